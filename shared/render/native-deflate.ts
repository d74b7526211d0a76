import { deflateSync } from 'node:zlib';
import pako from 'pako';

/**
 * pdf-lib compresses every stream (page contents, embedded font subsets) with pako, a JavaScript
 * deflate: about a third of the time of a letter. Node's zlib writes the same format (RFC 1950,
 * level 6 as pako's default) natively, several times faster. pdf-lib reads `pako.deflate` at each
 * call from pako's module object, which is shared with this module (the CLI's build keeps pako
 * external, a Lambda bundle holds one copy), so replacing the function once here is enough.
 */
function useNativeDeflate(): void {
  if ((pako.deflate as { native?: boolean }).native) return;
  const deflate = (data: Uint8Array) => {
    const out = deflateSync(data, { level: 6 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  };
  pako.deflate = Object.assign(deflate, { native: true });
}

useNativeDeflate();

/**
 * How the local S3 emulator (s3rver) names files for object keys. s3rver writes a key's segments as
 * directories and files as they are, so a segment over 255 bytes (a PEC attachment's long name) cannot
 * be created and ends the process, and "../" segments write outside the bucket's folder. S3 accepts
 * any key up to 1,024 bytes: here every segment is escaped ("&" as "&26", "." and ".." as "&2e")
 * and a long one is cut into pieces of under 200 bytes, each but the last ending in "&" (a directory
 * level that reads back as nothing). The mapping is reversible, so listings give the keys as they were
 * sent, and it keeps prefixes: the path of a key's prefix is a prefix of the key's path. An empty
 * segment ("a//b") is left to s3rver, which stores it as "a/b" (the one key S3 takes that it cannot tell apart).
 */
const PIECE_BYTES = 200;

export function encodeKeyPath(key: string): string {
  return key
    .split('/')
    .map((segment) => pieces(segment === '.' || segment === '..' ? segment.replace(/\./g, '&2e') : segment.replace(/&/g, '&26')).join('&/'))
    .join('/');
}

export function decodeKeyPath(path: string): string {
  return path
    .replace(/&\//g, '')
    .split('/')
    .map((segment) => segment.replace(/&(26|2e)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))))
    .join('/');
}

/** Cuts a segment into pieces of at most PIECE_BYTES bytes of UTF-8, never inside a character or an escape. */
function pieces(segment: string): string[] {
  if (Buffer.byteLength(segment) <= PIECE_BYTES) return [segment];
  const out: string[] = [];
  let current = '';
  for (const token of segment.match(/&[0-9a-f]{2}|[^]/gu) ?? []) {
    if (Buffer.byteLength(current + token) > PIECE_BYTES - 1) {
      out.push(current);
      current = '';
    }
    current += token;
  }
  if (current) out.push(current);
  return out;
}

/** Installs the mapping in s3rver's filesystem store (its only store). */
export function installS3rverKeyPaths(require: NodeRequire): void {
  const store = require('s3rver/lib/stores/filesystem') as { encodeKeyPath: (k: string) => string; decodeKeyPath: (p: string) => string };
  store.encodeKeyPath = encodeKeyPath;
  store.decodeKeyPath = decodeKeyPath;
}

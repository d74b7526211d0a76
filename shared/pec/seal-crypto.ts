import { webcrypto } from 'node:crypto';
import { RemoteSigningKey } from './remote-signing-key.ts';

const subtle = webcrypto.subtle;

/**
 * The WebCrypto xadesjs signs with: Node's, except that sign() with a RemoteSigningKey asks that key's
 * keeper (AWS KMS). xadesjs takes one engine for the whole process, so keys held in a file and keys
 * held in KMS go through the same one.
 */
export const sealCrypto = {
  getRandomValues: <T extends ArrayBufferView | null>(array: T): T => webcrypto.getRandomValues(array as never) as T,
  randomUUID: () => webcrypto.randomUUID(),
  subtle: new Proxy(subtle, {
    get(target, prop) {
      if (prop === 'sign') {
        return (algorithm: Parameters<typeof subtle.sign>[0], key: CryptoKey | RemoteSigningKey, data: BufferSource) =>
          key instanceof RemoteSigningKey ? key.sign(bytesOf(data)) : target.sign(algorithm, key, data);
      }
      // SubtleCrypto's methods refuse to run on any other `this` than Node's own object.
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }),
};

function bytesOf(data: BufferSource): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

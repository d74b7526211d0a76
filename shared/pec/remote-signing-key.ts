/**
 * A private key that never leaves its keeper (a key in AWS KMS), shaped as the CryptoKey xadesjs
 * expects: xadesjs reads only `algorithm` from it and hands it to the WebCrypto engine's sign(),
 * which sealCrypto (seal-crypto.ts) sends here instead of to Node.
 */
export class RemoteSigningKey {
  readonly type = 'private';
  readonly extractable = false;
  readonly usages = ['sign'];

  constructor(
    /** As a CryptoKey's: the name, with the hash for RSA or the curve for ECDSA. */
    readonly algorithm: { name: string; hash?: { name: string }; namedCurve?: string },
    /** The signature of these bytes, in WebCrypto's form (PKCS#1 v1.5, or r‖s for ECDSA). */
    readonly sign: (data: Uint8Array) => Promise<ArrayBuffer>,
  ) {}
}

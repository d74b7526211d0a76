import { X509Certificate } from 'node:crypto';
import { SignCommand, type KMSClient, type SigningAlgorithmSpec } from '@aws-sdk/client-kms';
import { SealError } from './errors.ts';
import { RemoteSigningKey } from './remote-signing-key.ts';

/** The seal's private key in AWS KMS, with the certificate issued for it (PEM). */
export interface KmsSealKeyOptions {
  /** Key id, key ARN or alias: what kms:Sign is called with. */
  keyId: string;
  certificatePem: string;
  /** Where the certificate came from, for messages. */
  certificateSource: string;
  kms: KMSClient;
}

/** What each kind of certificate key is signed with, in KMS's terms and in WebCrypto's. */
const ALGORITHMS = {
  rsa: { kms: 'RSASSA_PKCS1_V1_5_SHA_256', webcrypto: { name: 'RSASSA-PKCS1-v1_5', hash: { name: 'SHA-256' } }, hash: 'SHA-256', size: 0 },
  prime256v1: { kms: 'ECDSA_SHA_256', webcrypto: { name: 'ECDSA', namedCurve: 'P-256' }, hash: 'SHA-256', size: 32 },
  secp384r1: { kms: 'ECDSA_SHA_384', webcrypto: { name: 'ECDSA', namedCurve: 'P-384' }, hash: 'SHA-384', size: 48 },
} as const;

/**
 * The seal's identity when its key is kept in AWS KMS: the key never leaves KMS, each segnatura's
 * SignedInfo (under 4 KB: two references) is sent to kms:Sign as a RAW message and KMS hashes it. The
 * algorithm follows the certificate's public key (RSA → RSASSA_PKCS1_V1_5_SHA_256, ECDSA P-256 or
 * P-384 → ECDSA_SHA_256/384), so no kms:GetPublicKey is needed; a key that is not the certificate's
 * is caught when the seal is verified with the certificate. Throws SealError for a certificate that
 * does not parse or has another kind of key.
 */
export function kmsSealKey({ keyId, certificatePem, certificateSource, kms }: KmsSealKeyOptions) {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificatePem);
  } catch (err) {
    throw new SealError(`Sigillo della segnatura: ${certificateSource} non contiene un certificato leggibile (PEM).`, { cause: err });
  }
  const kind = certificate.publicKey.asymmetricKeyType === 'ec' ? certificate.publicKey.asymmetricKeyDetails?.namedCurve : certificate.publicKey.asymmetricKeyType;
  const algorithm = ALGORITHMS[kind as keyof typeof ALGORITHMS];
  if (!algorithm) throw new SealError(`Sigillo della segnatura: il certificato ${certificateSource} ha una chiave ${kind ?? 'sconosciuta'}; con AWS KMS servono RSA o ECDSA P-256/P-384.`);
  const key = new RemoteSigningKey(algorithm.webcrypto, async (data) => {
    let signature: Uint8Array | undefined;
    try {
      ({ Signature: signature } = await kms.send(new SignCommand({ KeyId: keyId, Message: data, MessageType: 'RAW', SigningAlgorithm: algorithm.kms as SigningAlgorithmSpec })));
    } catch (err) {
      throw new SealError(`Sigillo della segnatura: AWS KMS non ha firmato con la chiave ${keyId} (${(err as Error)?.name ?? 'errore'}).`, { cause: err });
    }
    if (!signature?.length) throw new SealError(`Sigillo della segnatura: AWS KMS non ha restituito la firma della chiave ${keyId}.`);
    // KMS gives ECDSA signatures in DER; XML Signature wants r‖s, as WebCrypto does.
    const bytes = algorithm.size ? ecdsaRaw(signature, algorithm.size, keyId) : signature;
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  });
  return { key, algorithm: { name: algorithm.webcrypto.name, hash: algorithm.hash }, certificate: certificate.raw.toString('base64') };
}

/** SEQUENCE { INTEGER r, INTEGER s } → r‖s, each left-padded to the curve's size. */
function ecdsaRaw(der: Uint8Array, size: number, keyId: string): Uint8Array {
  const fail = () => new SealError(`Sigillo della segnatura: la firma di AWS KMS con la chiave ${keyId} non è una firma ECDSA.`);
  let at = 0;
  const length = () => {
    const first = der[at++];
    if (first < 0x80) return first;
    let n = 0;
    for (let i = 0; i < (first & 0x7f); i++) n = (n << 8) | der[at++];
    return n;
  };
  if (der[at++] !== 0x30) throw fail();
  length();
  const out = new Uint8Array(size * 2);
  for (const offset of [0, size]) {
    if (der[at++] !== 0x02) throw fail();
    const n = length();
    let int = der.subarray(at, at + n);
    at += n;
    while (int.length > size && int[0] === 0) int = int.subarray(1);
    if (int.length > size) throw fail();
    out.set(int, offset + size - int.length);
  }
  return out;
}

import { readFileSync } from 'node:fs';
import { webcrypto, createPrivateKey } from 'node:crypto';
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import * as xadesjs from 'xadesjs';
import { SealError } from './errors.ts';
import { sealCrypto } from './seal-crypto.ts';
import type { RemoteSigningKey } from './remote-signing-key.ts';

// xadesjs (PeculiarVentures) signs on a DOM: in Node it is given @xmldom/xmldom, xpath and WebCrypto
// (Node's, through which a key kept in AWS KMS signs too).
xadesjs.setNodeDependencies({ DOMParser, XMLSerializer, DOMImplementation, xpath } as never);
xadesjs.Application.setEngine('NodeJS', sealCrypto as never);

/**
 * The AOO's seal: its private key and certificate, as two PEM files, or as one PKCS#12 file (.p12,
 * .pfx: the form certification authorities deliver) with its password, or a key kept in AWS KMS
 * (id, ARN or alias) with the certificate issued for it as a PEM file.
 */
export type SealSource =
  | { keyFile: string; certificateFile: string }
  | { pkcs12File: string; password: string }
  | { kmsKeyId: string; certificateFile: string; region: string; endpoint?: string };

/**
 * Seals a segnatura with the AOO's electronic seal: an enveloped XAdES baseline B signature
 * (SignedProperties with signing time and the signing certificate's digest, the certificate in
 * KeyInfo, SHA-256), written by xadesjs where AgID's schema wants it: at the end of
 * SegnaturaInformatica, in place of the note that said it was missing. The seal is verified with
 * its own certificate before it is returned. Throws SealError when the key or certificate cannot be
 * read or do not belong together.
 */
export function segnaturaSealer(source: SealSource): (segnatura: string, now?: Date) => Promise<string> {
  let identity: Promise<{ key: CryptoKey | RemoteSigningKey; algorithm: { name: string; hash?: string; namedCurve?: string }; certificate: string }> | null = null;
  return async (segnatura, now = new Date()) => {
    identity ??= 'kmsKeyId' in source ? kmsIdentity(source) : loadIdentity(source);
    const { key, algorithm, certificate } = await identity;
    const doc = xadesjs.Parse(segnatura);
    const signed = new xadesjs.SignedXml();
    await signed.Sign(algorithm as never, key as CryptoKey, doc, {
      references: [{ hash: 'SHA-256', transforms: ['enveloped', 'c14n'] }],
      x509: [certificate],
      signingCertificate: certificate,
      signingTime: { value: now },
    } as never);
    const root = doc.documentElement;
    // The note that stood for the missing seal gives way to the seal itself.
    for (const node of Array.from(root.childNodes)) if (node.nodeType === 8) root.removeChild(node);
    root.appendChild(signed.GetXml()!);
    const out = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root as never)}`;
    // A seal that does not verify with its own certificate (a key of another certificate) is no seal.
    if (!(await verifies(out))) {
      throw new SealError(`Sigillo della segnatura: ${'kmsKeyId' in source ? `la chiave ${source.kmsKeyId} di AWS KMS` : 'la chiave privata'} non corrisponde al certificato.`);
    }
    return out;
  };
}

/** Whether a sealed segnatura's ds:Signature verifies with the certificate it carries. */
export async function verifies(sealed: string): Promise<boolean> {
  const doc = xadesjs.Parse(sealed);
  const element = doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0];
  if (!element) return false;
  const signature = new xadesjs.SignedXml(doc);
  signature.LoadXml(element);
  return signature.Verify().catch(() => false);
}

/** A key in AWS KMS: the client talks to AWS with the function's role, or to `endpoint` when one is set. */
async function kmsIdentity(source: Extract<SealSource, { kmsKeyId: string }>) {
  let certificatePem: string;
  try {
    certificatePem = readFileSync(source.certificateFile, 'utf8');
  } catch (err) {
    throw new SealError(`Sigillo della segnatura: impossibile leggere il certificato ${source.certificateFile} (${(err as Error).message}).`, { cause: err });
  }
  const [{ KMSClient }, { kmsSealKey }] = await Promise.all([import('@aws-sdk/client-kms'), import('./kms-seal-key.ts')]);
  // With an endpoint (a KMS-compatible service on loopback, in tests) throwaway credentials, as for the emulators.
  const kms = new KMSClient({ region: source.region, ...(source.endpoint ? { endpoint: source.endpoint, credentials: { accessKeyId: 'carteggio', secretAccessKey: 'carteggio' } } : {}) });
  return kmsSealKey({ keyId: source.kmsKeyId, certificatePem, certificateSource: source.certificateFile, kms });
}

async function loadIdentity(files: Exclude<SealSource, { kmsKeyId: string }>) {
  let pemKey: string;
  let pemCert: string;
  const where = 'pkcs12File' in files ? files.pkcs12File : files.certificateFile;
  try {
    if ('pkcs12File' in files) [pemKey, pemCert] = await fromPkcs12(readFileSync(files.pkcs12File), files.password, files.pkcs12File);
    else {
      pemKey = readFileSync(files.keyFile, 'utf8');
      pemCert = readFileSync(files.certificateFile, 'utf8');
    }
  } catch (err) {
    if (err instanceof SealError) throw err;
    throw new SealError(`Sigillo della segnatura: impossibile leggere la chiave o il certificato (${(err as Error).message}).`, { cause: err });
  }
  const keyFile = 'pkcs12File' in files ? files.pkcs12File : files.keyFile;
  const body = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pemCert)?.[1].replace(/\s+/g, '');
  if (!body || !/^[A-Za-z0-9+/]+=*$/.test(body)) throw new SealError(`Sigillo della segnatura: ${where} non contiene un certificato.`);
  const keyObject = (() => {
    try {
      return createPrivateKey(pemKey);
    } catch (err) {
      throw new SealError(`Sigillo della segnatura: ${keyFile} non contiene una chiave privata leggibile (PEM senza password, o PKCS#12).`, { cause: err });
    }
  })();
  const pkcs8 = keyObject.export({ type: 'pkcs8', format: 'der' });
  const algorithm = keyObject.asymmetricKeyType === 'ec' ? { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const key = await webcrypto.subtle.importKey('pkcs8', pkcs8, algorithm, false, ['sign']);
  return { key, algorithm, certificate: body };
}

/** The key and the certificate a PKCS#12 file holds, as PEM (node-forge reads PKCS#12; Node cannot). */
async function fromPkcs12(der: Buffer, password: string, file: string): Promise<[string, string]> {
  const { default: forge } = await import('node-forge');
  let p12: ReturnType<typeof forge.pkcs12.pkcs12FromAsn1>;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary'))), password);
  } catch (err) {
    throw new SealError(`Sigillo della segnatura: ${file} non si apre (file PKCS#12 danneggiato o password errata).`, { cause: err });
  }
  const key = [...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []), ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? [])][0]?.key;
  const cert = (p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])[0]?.cert;
  if (!key || !cert) throw new SealError(`Sigillo della segnatura: ${file} non contiene sia la chiave sia il certificato.`);
  return [forge.pki.privateKeyToPem(key), forge.pki.certificateToPem(cert)];
}

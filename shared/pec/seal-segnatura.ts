import { readFileSync } from 'node:fs';
import { webcrypto, createPrivateKey } from 'node:crypto';
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import * as xadesjs from 'xadesjs';

// xadesjs (PeculiarVentures) signs on a DOM: in Node it is given @xmldom/xmldom, xpath and WebCrypto.
xadesjs.setNodeDependencies({ DOMParser, XMLSerializer, DOMImplementation, xpath } as never);
xadesjs.Application.setEngine('NodeJS', webcrypto as never);

/** The AOO's seal: its private key and certificate, as files in PEM. */
export interface SealFiles {
  /** PKCS#8 or PKCS#1 private key, PEM (RSA or EC P-256). */
  keyFile: string;
  /** The qualified seal certificate, PEM. */
  certificateFile: string;
}

/** A seal that cannot be used, said in Italian: which file and why. */
export class SealError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SealError';
  }
}

/**
 * Seals a segnatura with the AOO's electronic seal: an enveloped XAdES baseline B signature
 * (SignedProperties with signing time and the signing certificate's digest, the certificate in
 * KeyInfo, SHA-256), written by xadesjs where AgID's schema wants it: at the end of
 * SegnaturaInformatica, in place of the note that said it was missing. The seal is verified with
 * its own certificate before it is returned. Throws SealError when the key or certificate cannot be
 * read or do not belong together.
 */
export function segnaturaSealer(files: SealFiles): (segnatura: string, now?: Date) => Promise<string> {
  let identity: Promise<{ key: CryptoKey; algorithm: { name: string; hash?: string; namedCurve?: string }; certificate: string }> | null = null;
  return async (segnatura, now = new Date()) => {
    identity ??= loadIdentity(files);
    const { key, algorithm, certificate } = await identity;
    const doc = xadesjs.Parse(segnatura);
    const signed = new xadesjs.SignedXml();
    await signed.Sign(algorithm as never, key, doc, {
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
    if (!(await verifies(out))) throw new SealError('Sigillo della segnatura: la chiave privata non corrisponde al certificato.');
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

async function loadIdentity(files: SealFiles) {
  let pemKey: string;
  let pemCert: string;
  try {
    pemKey = readFileSync(files.keyFile, 'utf8');
    pemCert = readFileSync(files.certificateFile, 'utf8');
  } catch (err) {
    throw new SealError(`Sigillo della segnatura: impossibile leggere la chiave o il certificato (${(err as Error).message}).`, { cause: err });
  }
  const body = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pemCert)?.[1].replace(/\s+/g, '');
  if (!body || !/^[A-Za-z0-9+/]+=*$/.test(body)) throw new SealError(`Sigillo della segnatura: ${files.certificateFile} non è un certificato PEM.`);
  const keyObject = (() => {
    try {
      return createPrivateKey(pemKey);
    } catch (err) {
      throw new SealError(`Sigillo della segnatura: ${files.keyFile} non è una chiave privata PEM (senza password).`, { cause: err });
    }
  })();
  const pkcs8 = keyObject.export({ type: 'pkcs8', format: 'der' });
  const algorithm = keyObject.asymmetricKeyType === 'ec' ? { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const key = await webcrypto.subtle.importKey('pkcs8', pkcs8, algorithm, false, ['sign']);
  return { key, algorithm, certificate: body };
}

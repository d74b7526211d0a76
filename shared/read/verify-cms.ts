import { createHash, webcrypto } from 'node:crypto';
import type * as Asn1js from 'asn1js';
import type { Attribute, Certificate, CryptoEngine, SignedData, SignerInfo } from 'pkijs';

// pkijs and asn1js are loaded only for a signed file: most files are plain PDFs.
export type Cms = { asn1js: typeof Asn1js; pkijs: typeof import('pkijs') };
let cms: Promise<Cms> | null = null;
export const loadCms = (): Promise<Cms> => (cms ??= Promise.all([import('asn1js'), import('pkijs')]).then(([asn1js, pkijs]) => ({ asn1js, pkijs })));

/** Whether the signature was checked against the signed content, and how it went. */
export type Integrity = 'verificata' | 'non-valida' | 'non-verificabile';
/** What every signer record says of the certificate chain, in those words: trusted lists are not consulted. */
export const CHAIN_NOT_VERIFIED = 'integrity checked, chain not verified' as const;

/**
 * One signer of a CAdES envelope or of a PAdES signature, as its certificate and signed attributes
 * state it. The integrity is checked (signature against content); the certificate chain is not.
 */
export interface SignerFacts {
  /** The certificate's common name (CN), else given name and surname. */
  name: string | null;
  /** The issuing CA's common name. */
  issuer: string | null;
  /** ISO 8601: the signed `signingTime` attribute, else a signature time-stamp's time, else (PAdES) the dictionary's /M. */
  signingTime: string | null;
  kind: 'CAdES' | 'PAdES';
  /** The Italian fiscal code in the subject's serialNumber (`TINIT-…`, `IT:…`), when it is one. */
  fiscalCode: string | null;
  /** Whether signingTime (or, without one, the time of reading) is within the certificate's validity; null without a certificate. */
  certificateValidAtSigning: boolean | null;
  integrity: Integrity;
  chain: typeof CHAIN_NOT_VERIFIED;
  /** Set on a countersignature (it signs another signer's signature, not the document). */
  countersignature?: true;
}

const OID = {
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  countersignature: '1.2.840.113549.1.9.6',
  signatureTimeStamp: '1.2.840.113549.1.9.16.2.14',
  rsaEncryption: '1.2.840.113549.1.1.1',
  signedData: '1.2.840.113549.1.7.2',
  subjectKeyIdentifier: '2.5.29.14',
  cn: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  givenName: '2.5.4.42',
} as const;

/** Countersignatures of countersignatures are followed this deep. */
const MAX_COUNTERSIGNATURE_DEPTH = 3;

type EngineCrypto = ConstructorParameters<typeof CryptoEngine>[0]['crypto'];
let engine: CryptoEngine | null = null;
function cryptoEngine({ pkijs }: Cms): CryptoEngine {
  // Given explicitly: pkijs has no engine of its own under node, and no global engine is set here.
  engine ??= new pkijs.CryptoEngine({ name: 'carteggio-node-webcrypto', crypto: webcrypto as unknown as EngineCrypto });
  return engine;
}

/** A DER/BER ContentInfo holding SignedData, parsed; null for anything else (truncated, garbage, another content type). */
export function parseSignedData(der: Uint8Array, { asn1js, pkijs }: Cms): SignedData | null {
  try {
    const ab = der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength) as ArrayBuffer;
    const parsed = asn1js.fromBER(ab);
    if (parsed.offset === -1) return null;
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    if (info.contentType !== OID.signedData) return null;
    return new pkijs.SignedData({ schema: info.content });
  } catch {
    return null;
  }
}

/** The octets of an OCTET STRING, joined when it is constructed (as BER encoders split long content). */
export function octets(value: Asn1js.OctetString): Uint8Array {
  if (value.idBlock.isConstructed) {
    const parts = (value.valueBlock.value as Asn1js.OctetString[]).map(octets);
    return Buffer.concat(parts);
  }
  return new Uint8Array(value.valueBlock.valueHexView);
}

export interface VerifyOptions {
  kind: SignerFacts['kind'];
  /** The signed bytes of a detached signature (PAdES: the /ByteRange ranges); an attached one carries its own. */
  detachedContent?: Uint8Array;
  /** Used when the signer has neither a signingTime attribute nor a time-stamp (PAdES: the dictionary's /M). */
  fallbackSigningTime?: string | null;
  /** The time a certificate's validity is checked at when no signing time is known. */
  now?: Date;
}

/**
 * Every signer of a SignedData, each followed by its countersigners: who (certificate), when (signed
 * attribute), the certificate's validity at that time, and the signature checked against the content
 * with pkijs (`SignedData.verify`, `checkChain: false`). Never throws: what cannot be checked is
 * `non-verificabile`.
 */
export async function verifySignedData(signed: SignedData, options: VerifyOptions, loaded?: Cms): Promise<SignerFacts[]> {
  const lib = loaded ?? (await loadCms());
  const certificates = (signed.certificates ?? []).filter((c): c is Certificate => c instanceof lib.pkijs.Certificate);
  const eContent = signed.encapContentInfo?.eContent;
  const content = eContent ? octets(eContent) : options.detachedContent;
  const out: SignerFacts[] = [];
  for (const [index, si] of signed.signerInfos.entries()) {
    try {
      const cert = findCertificate(si, certificates, lib);
      const facts = describe(si, cert, options, lib);
      facts.integrity = await signerIntegrity(signed, index, si, cert, eContent ? undefined : options.detachedContent, content, lib);
      out.push(facts);
      out.push(...(await countersigners(si, certificates, options, lib, 1)));
    } catch {
      out.push({ name: null, issuer: null, signingTime: null, kind: options.kind, fiscalCode: null, certificateValidAtSigning: null, integrity: 'non-verificabile', chain: CHAIN_NOT_VERIFIED });
    }
  }
  return out;
}

function describe(si: SignerInfo, cert: Certificate | undefined, options: VerifyOptions, lib: Cms): SignerFacts {
  const signingTime = signedTime(si) ?? timeStampTime(si, lib) ?? options.fallbackSigningTime ?? null;
  const at = signingTime ? new Date(signingTime) : (options.now ?? new Date());
  return {
    name: cert ? personName(cert) : null,
    issuer: cert ? attribute(cert.issuer.typesAndValues, OID.cn) : null,
    signingTime,
    kind: options.kind,
    fiscalCode: cert ? fiscalCodeOf(attribute(cert.subject.typesAndValues, OID.serialNumber)) : null,
    certificateValidAtSigning: cert ? validAt(cert, at) : null,
    integrity: 'non-verificabile',
    chain: CHAIN_NOT_VERIFIED,
  };
}

function validAt(cert: Certificate, at: Date): boolean | null {
  const from = cert.notBefore.value;
  const to = cert.notAfter.value;
  if (!(from instanceof Date) || !(to instanceof Date) || Number.isNaN(at.getTime())) return null;
  return at.getTime() >= from.getTime() && at.getTime() <= to.getTime();
}

async function signerIntegrity(
  signed: SignedData,
  index: number,
  si: SignerInfo,
  cert: Certificate | undefined,
  detached: Uint8Array | undefined,
  content: Uint8Array | undefined,
  lib: Cms,
): Promise<Integrity> {
  if (!cert || !content) return 'non-verificabile';
  try {
    const ok = await signed.verify({ signer: index, checkChain: false, ...(detached ? { data: toArrayBuffer(detached) } : {}) }, cryptoEngine(lib));
    return ok ? 'verificata' : 'non-valida';
  } catch {
    // pkijs throws for a digest that does not match as for an algorithm it lacks: told apart here.
    return digestMatches(si, content, lib) === false ? 'non-valida' : 'non-verificabile';
  }
}

/** Whether the messageDigest signed attribute is the digest of `content`; null when it cannot be told. */
function digestMatches(si: SignerInfo, content: Uint8Array, lib: Cms): boolean | null {
  const expected = signedAttribute(si, OID.messageDigest) as Asn1js.OctetString | undefined;
  const hash = nodeHash(si.digestAlgorithm.algorithmId, lib);
  if (!expected || !hash) return null;
  try {
    const actual = createHash(hash).update(content).digest();
    return Buffer.from(expected.valueBlock.valueHexView).equals(actual);
  } catch {
    return null;
  }
}

/** Countersignatures (unsigned attribute 1.2.840.113549.1.9.6): each signs the parent's signature value. */
async function countersigners(parent: SignerInfo, certificates: Certificate[], options: VerifyOptions, lib: Cms, depth: number): Promise<SignerFacts[]> {
  if (depth > MAX_COUNTERSIGNATURE_DEPTH) return [];
  const out: SignerFacts[] = [];
  const values = (parent.unsignedAttrs?.attributes ?? []).filter((a: Attribute) => a.type === OID.countersignature).flatMap((a: Attribute) => a.values);
  for (const value of values) {
    let cs: SignerInfo;
    try {
      cs = new lib.pkijs.SignerInfo({ schema: value });
    } catch {
      continue;
    }
    const cert = findCertificate(cs, certificates, lib);
    const facts = describe(cs, cert, options, lib);
    facts.integrity = await counterIntegrity(cs, new Uint8Array(parent.signature.valueBlock.valueHexView), cert, lib);
    facts.countersignature = true;
    out.push(facts, ...(await countersigners(cs, certificates, options, lib, depth + 1)));
  }
  return out;
}

/**
 * A countersignature has no content-type attribute (RFC 5652 §11.4), which `SignedData.verify`
 * requires: its digest and signature are checked here with the same pkijs engine.
 */
async function counterIntegrity(cs: SignerInfo, parentSignature: Uint8Array, cert: Certificate | undefined, lib: Cms): Promise<Integrity> {
  if (!cert) return 'non-verificabile';
  const crypto = cryptoEngine(lib);
  try {
    const algorithm = crypto.getAlgorithmByOID(cs.digestAlgorithm.algorithmId, false) as { name?: string };
    if (!algorithm.name) return 'non-verificabile';
    let data: ArrayBuffer = toArrayBuffer(parentSignature);
    if (cs.signedAttrs) {
      const matches = digestMatches(cs, parentSignature, lib);
      if (matches === null) return 'non-verificabile';
      if (!matches) return 'non-valida';
      data = cs.signedAttrs.encodedValue;
    }
    const ok =
      cs.signatureAlgorithm.algorithmId === OID.rsaEncryption
        ? await crypto.verifyWithPublicKey(data, cs.signature, cert.subjectPublicKeyInfo, cs.signatureAlgorithm, algorithm.name)
        : await crypto.verifyWithPublicKey(data, cs.signature, cert.subjectPublicKeyInfo, cs.signatureAlgorithm);
    return ok ? 'verificata' : 'non-valida';
  } catch {
    return 'non-verificabile';
  }
}

/** The signer's certificate among those the SignedData carries: by issuer and serial, by key identifier, or the only one. */
function findCertificate(si: SignerInfo, certificates: Certificate[], { pkijs }: Cms): Certificate | undefined {
  const sid = si.sid as unknown;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return (
      certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ??
      certificates.find((c) => c.serialNumber.isEqual(sid.serialNumber)) ??
      (certificates.length === 1 ? certificates[0] : undefined)
    );
  }
  const keyId = subjectKeyId(sid);
  if (keyId) {
    const found = certificates.find((c) => {
      const ext = c.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier)?.parsedValue as Asn1js.OctetString | undefined;
      if (ext?.valueBlock?.valueHexView && Buffer.from(ext.valueBlock.valueHexView).equals(keyId)) return true;
      const key = c.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
      return createHash('sha1').update(key).digest().equals(keyId);
    });
    if (found) return found;
  }
  return certificates.length === 1 ? certificates[0] : undefined;
}

function subjectKeyId(sid: unknown): Buffer | null {
  const s = sid as { idBlock?: { isConstructed?: boolean }; valueBlock?: { value?: { valueBlock: { valueHexView: Uint8Array } }[]; valueHexView?: Uint8Array } };
  const view = s?.idBlock?.isConstructed ? s.valueBlock?.value?.[0]?.valueBlock.valueHexView : s?.valueBlock?.valueHexView;
  return view && view.byteLength ? Buffer.from(view) : null;
}

function signedAttribute(si: SignerInfo, oid: string): unknown {
  return (si.signedAttrs?.attributes ?? []).find((a: Attribute) => a.type === oid)?.values[0];
}

function signedTime(si: SignerInfo): string | null {
  const time = signedAttribute(si, OID.signingTime) as Asn1js.UTCTime | Asn1js.GeneralizedTime | undefined;
  return isoOf(time?.toDate ? time.toDate() : null);
}

/** The time of a signature time-stamp (unsigned attribute), as the token states it: the token is not verified. */
function timeStampTime(si: SignerInfo, lib: Cms): string | null {
  const token = (si.unsignedAttrs?.attributes ?? []).find((a: Attribute) => a.type === OID.signatureTimeStamp)?.values[0];
  if (!token) return null;
  try {
    const info = new lib.pkijs.ContentInfo({ schema: token });
    const signed = new lib.pkijs.SignedData({ schema: info.content });
    const eContent = signed.encapContentInfo.eContent;
    if (!eContent) return null;
    return isoOf(lib.pkijs.TSTInfo.fromBER(toArrayBuffer(octets(eContent))).genTime);
  } catch {
    return null;
  }
}

function isoOf(date: Date | null | undefined): string | null {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

function nodeHash(oid: string, lib: Cms): string | null {
  try {
    const algorithm = cryptoEngine(lib).getAlgorithmByOID(oid, false) as { name?: string };
    return algorithm.name ? algorithm.name.replace('-', '').toLowerCase() : null;
  } catch {
    return null;
  }
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function personName(cert: Certificate): string | null {
  const attrs = cert.subject.typesAndValues;
  const cn = attribute(attrs, OID.cn);
  if (cn) return cn;
  const given = attribute(attrs, OID.givenName);
  const surname = attribute(attrs, OID.surname);
  return given || surname ? [given, surname].filter(Boolean).join(' ') : null;
}

function attribute(attrs: { type: string; value: { valueBlock: { value: unknown } } }[], oid: string): string | null {
  const v = attrs.find((a) => a.type === oid)?.value.valueBlock.value;
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

const FISCAL_CODE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
/** Values of the characters in odd (1st, 3rd, …) positions for the check character; digits as the letter of the same rank. */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/**
 * The person's fiscal code in a certificate subject's serialNumber (OID 2.5.4.5), as Italian
 * qualified certificates write it: `TINIT-RSSMRA80A01H501U` (ETSI EN 319 412-1), or the older
 * `IT:RSSMRA80A01H501U`. Only a code of the right form with a right check character is returned.
 */
export function fiscalCodeOf(serialNumber: string | null | undefined): string | null {
  if (!serialNumber) return null;
  const m = /^\s*(?:TINIT-|TIN:IT-|IT:|IT-)?\s*([A-Za-z0-9]{16})\s*$/i.exec(serialNumber);
  if (!m) return null;
  const code = m[1].toUpperCase();
  if (!FISCAL_CODE.test(code)) return null;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = code.charCodeAt(i);
    const rank = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? ODD[rank] : rank;
  }
  return String.fromCharCode(65 + (sum % 26)) === code[15] ? code : null;
}

/** A reader's warnings for signers whose signature does not match what they signed (Italian). */
export function signatureWarnings(signers: readonly Pick<SignerFacts, 'name' | 'kind' | 'integrity' | 'countersignature'>[]): { code: string; message: string }[] {
  return signers
    .filter((s) => s.integrity === 'non-valida')
    .map((s) => ({
      code: 'signature-invalid',
      message: `${s.countersignature ? 'controfirma' : 'firma'} ${s.kind ?? ''} di ${s.name ?? 'firmatario senza nome'} non valida: ${
        s.countersignature ? 'la controfirma non corrisponde alla firma che dichiara di firmare' : 'il contenuto non corrisponde a quello firmato (alterato dopo la firma) o la firma è danneggiata'
      }. Il documento è stato letto comunque.`.replace(/\s+/g, ' '),
    }));
}

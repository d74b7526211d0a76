import type * as Asn1js from 'asn1js';
import type { Attribute, Certificate } from 'pkijs';

// pkijs and asn1js are loaded only for a signed envelope: most files are plain PDFs.
type Cms = { asn1js: typeof Asn1js; pkijs: typeof import('pkijs') };
let cms: Promise<Cms> | null = null;
const loadCms = () => (cms ??= Promise.all([import('asn1js'), import('pkijs')]).then(([asn1js, pkijs]) => ({ asn1js, pkijs })));

/** A repair or unwrapping done before parsing, recorded in the document's facts. */
export interface EnvelopeNote {
  code: 'cades-envelope' | 'base64-envelope' | 'leading-bytes' | 'missing-eof' | 'trailing-bytes';
  /** Italian, for the person reading the record. */
  message: string;
}

/** Who signed a CAdES envelope, as the signer's certificate names them. */
export interface EnvelopeSigner {
  /** The certificate's common name (CN), else given name and surname. */
  name: string | null;
  /** The issuing CA's common name. */
  issuer: string | null;
  /** The signed `signingTime` attribute (ISO 8601), when present. */
  signingTime: string | null;
}

export interface UnwrappedPdf {
  /** The bytes from the `%PDF-` header on: what a PDF parser should read. */
  pdf: Uint8Array;
  notes: EnvelopeNote[];
  signers: EnvelopeSigner[];
}

const PDF_HEADER = Buffer.from('%PDF-');
/** How far into a file a header is looked for: mail headers or a scanner's preamble are a few kB. */
const HEADER_WINDOW = 1024 * 1024;
const MAX_ENVELOPES = 4;

/**
 * Takes out the PDF a file carries, as common readers do: a CAdES `.p7m` (DER, Base64 or PEM, nested
 * up to four times) is opened and its signers recorded; bytes before `%PDF-` (mail headers) are
 * skipped; a missing `%%EOF` or padding after it is noted. Signatures are not verified here: a
 * signature's validity is a legal check made with the qualified trust lists, not by a reader.
 * Returns null when no PDF is found (the caller decides the rejection).
 */
export async function unwrapEnvelope(bytes: Uint8Array): Promise<UnwrappedPdf | null> {
  const notes: EnvelopeNote[] = [];
  const signers: EnvelopeSigner[] = [];
  let buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let depth = 0; depth < MAX_ENVELOPES; depth++) {
    const header = buf.subarray(0, HEADER_WINDOW).indexOf(PDF_HEADER);
    // A PDF header near the start wins: a DER envelope has its PDF a few hundred bytes in, but never at 0.
    if (header === 0 || (header > 0 && !looksLikeDer(buf) && !looksLikeBase64(buf))) {
      if (header > 0) notes.push({ code: 'leading-bytes', message: `ignorati ${header} byte prima dell’intestazione %PDF (ad es. intestazioni di posta)` });
      return { pdf: withTailNotes(buf.subarray(header), notes), notes, signers };
    }
    const der = looksLikeDer(buf) ? buf : decodeBase64(buf);
    if (der && der !== buf) notes.push({ code: 'base64-envelope', message: 'busta firmata codificata in Base64, decodificata' });
    const opened = der ? openSignedData(der, await loadCms()) : null;
    if (!opened) return null;
    notes.push({ code: 'cades-envelope', message: 'busta di firma CAdES (.p7m) aperta: letto il documento firmato' });
    signers.push(...opened.signers);
    buf = opened.content;
  }
  return null;
}

function withTailNotes(pdf: Buffer, notes: EnvelopeNote[]): Buffer {
  const tail = pdf.toString('latin1', Math.max(0, pdf.length - 8192));
  const eof = tail.lastIndexOf('%%EOF');
  if (eof < 0) notes.push({ code: 'missing-eof', message: 'manca il marcatore finale %%EOF: letto come fanno i comuni lettori PDF' });
  else if (tail.slice(eof + 5).replace(/[\r\n\s\0]/g, '').length > 0 || /\0{16}/.test(tail.slice(eof))) {
    notes.push({ code: 'trailing-bytes', message: 'byte in eccesso dopo il marcatore finale %%EOF, ignorati' });
  }
  return pdf;
}

/** A DER SEQUENCE with a definite or indefinite length: how every CMS ContentInfo starts. */
function looksLikeDer(buf: Buffer): boolean {
  return buf.length > 16 && buf[0] === 0x30 && (buf[1] === 0x80 || (buf[1] >= 0x81 && buf[1] <= 0x84));
}

function looksLikeBase64(buf: Buffer): boolean {
  const head = buf.toString('latin1', 0, 256);
  return /^\s*(-----BEGIN [A-Z0-9 ]+-----\s*)?MI[A-Za-z0-9+/]/.test(head);
}

function decodeBase64(buf: Buffer): Buffer | null {
  if (!looksLikeBase64(buf)) return null;
  const text = buf.toString('latin1').replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(text)) return null;
  const der = Buffer.from(text, 'base64');
  return looksLikeDer(der) ? der : null;
}

const SIGNED_DATA = '1.2.840.113549.1.7.2';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const CN = '2.5.4.3';
const GIVEN_NAME = '2.5.4.42';
const SURNAME = '2.5.4.4';

function openSignedData(der: Buffer, { asn1js, pkijs }: Cms): { content: Buffer; signers: EnvelopeSigner[] } | null {
  const { ContentInfo, SignedData, Certificate } = pkijs;
  try {
    const ab = der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength) as ArrayBuffer;
    const info = new ContentInfo({ schema: asn1js.fromBER(ab).result });
    if (info.contentType !== SIGNED_DATA) return null;
    const signed = new SignedData({ schema: info.content });
    const eContent = signed.encapContentInfo.eContent;
    if (!eContent) return null; // a detached signature carries no document
    const content = Buffer.from(octets(eContent));
    const certificates = (signed.certificates ?? []).filter((c): c is Certificate => c instanceof Certificate);
    const signers = signed.signerInfos.map((si) => {
      const sid = si.sid as { serialNumber?: Asn1js.Integer };
      const cert = certificates.find((c) => sid.serialNumber && c.serialNumber.isEqual(sid.serialNumber)) ?? (certificates.length === 1 ? certificates[0] : undefined);
      const time = (si.signedAttrs?.attributes ?? []).find((a: Attribute) => a.type === SIGNING_TIME)?.values[0] as Asn1js.UTCTime | Asn1js.GeneralizedTime | undefined;
      return {
        name: cert ? personName(cert) : null,
        issuer: cert ? attribute(cert.issuer.typesAndValues, CN) : null,
        signingTime: time?.toDate ? time.toDate().toISOString() : null,
      };
    });
    return { content, signers };
  } catch {
    return null;
  }
}

/** The octets of an OCTET STRING, joined when it is constructed (as BER encoders split long content). */
function octets(value: Asn1js.OctetString): Uint8Array {
  if (value.idBlock.isConstructed) {
    const parts = (value.valueBlock.value as Asn1js.OctetString[]).map(octets);
    return Buffer.concat(parts);
  }
  return new Uint8Array(value.valueBlock.valueHexView);
}

function personName(cert: Certificate): string | null {
  const attrs = cert.subject.typesAndValues;
  const cn = attribute(attrs, CN);
  if (cn) return cn;
  const given = attribute(attrs, GIVEN_NAME);
  const surname = attribute(attrs, SURNAME);
  return given || surname ? [given, surname].filter(Boolean).join(' ') : null;
}

function attribute(attrs: { type: string; value: { valueBlock: { value: unknown } } }[], oid: string): string | null {
  const v = attrs.find((a) => a.type === oid)?.value.valueBlock.value;
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

import { loadCms, parseSignedData, octets, verifySignedData, type SignerFacts } from './verify-cms.ts';

/** A repair or unwrapping done before parsing, recorded in the document's facts. */
export interface EnvelopeNote {
  code: 'cades-envelope' | 'base64-envelope' | 'leading-bytes' | 'missing-eof' | 'trailing-bytes';
  /** Italian, for the person reading the record. */
  message: string;
}

/** Who signed a CAdES envelope (and who countersigned), as the certificates name them, with the signature checked (see verify-cms.ts). */
export type EnvelopeSigner = SignerFacts;

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
 * up to four times) is opened and its signers recorded, each signature checked against the content it
 * carries (integrity only: the certificate chain against the qualified trust lists is a legal check
 * not made by a reader); bytes before `%PDF-` (mail headers) are skipped; a missing `%%EOF` or padding
 * after it is noted. A signature that does not verify is recorded as such, never refused here.
 * Returns null when no PDF is found (the caller decides the rejection); never throws for the file.
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
    const opened = der ? await openSignedData(der) : null;
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

async function openSignedData(der: Buffer): Promise<{ content: Buffer; signers: EnvelopeSigner[] } | null> {
  try {
    const lib = await loadCms();
    const signed = parseSignedData(der, lib);
    const eContent = signed?.encapContentInfo.eContent;
    if (!signed || !eContent) return null; // a detached signature carries no document
    const content = Buffer.from(octets(eContent));
    return { content, signers: await verifySignedData(signed, { kind: 'CAdES' }, lib) };
  } catch {
    return null;
  }
}

/**
 * Signed files made at test time: Mario Rossi's self-signed certificates (one valid at the signing
 * time, one expired before it), a small one-page PDF, CAdES envelopes of it (test/support p7m.ts)
 * and a PAdES signature written into it with pdf-lib (a signature field whose dictionary's /Contents
 * holds a CMS SignedData detached over the two /ByteRange ranges).
 */
import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { cadesSign, makeIdentity, type SigningIdentity } from '../../support/reading-kinds/p7m.ts';

export const MARIO = { commonName: 'Mario Rossi', givenName: 'Mario', surname: 'Rossi', serialNumber: 'TINIT-RSSMRA80A01H501U' } as const;
export const MARIO_FISCAL_CODE = 'RSSMRA80A01H501U';
export const SIGNED_AT = new Date('2025-06-10T09:15:00Z');

let valid: Promise<SigningIdentity> | undefined;
let expired: Promise<SigningIdentity> | undefined;
let countersigner: Promise<SigningIdentity> | undefined;

/** Mario Rossi's certificate, valid from 2024 to 2027 (SIGNED_AT inside). */
export const mario = () => (valid ??= makeIdentity({ ...MARIO, notBefore: new Date('2024-01-01T00:00:00Z'), notAfter: new Date('2027-01-01T00:00:00Z') }));
/** Mario Rossi's older certificate, expired on 1 January 2021, before SIGNED_AT. */
export const expiredMario = () => (expired ??= makeIdentity({ ...MARIO, notBefore: new Date('2018-01-01T00:00:00Z'), notAfter: new Date('2021-01-01T00:00:00Z') }));
/** A second person (the office head countersigning), valid at SIGNED_AT. */
export const anna = () =>
  (countersigner ??= makeIdentity({
    commonName: 'Anna Bianchi',
    givenName: 'Anna',
    surname: 'Bianchi',
    serialNumber: 'TINIT-BNCNNA75M41F205O',
    notBefore: new Date('2024-01-01T00:00:00Z'),
    notAfter: new Date('2027-01-01T00:00:00Z'),
  }));

/** A small one-page PDF with a line of text (so it is read, not refused as blank). */
export async function smallPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Allegato 1 - Referente per la supervisione: Mario Rossi', { x: 56, y: 780, size: 11, font });
  return doc.save({ useObjectStreams: false });
}

/** The PDF signed by Mario Rossi at SIGNED_AT, CAdES attached (.pdf.p7m, DER). */
export async function marioP7m(identity?: SigningIdentity): Promise<Uint8Array> {
  return cadesSign(await smallPdf(), { identity: identity ?? (await mario()), signingTime: SIGNED_AT });
}

/** A copy of `bytes` with the byte at `at` changed. */
export function withByteChanged(bytes: Uint8Array, at: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[at] ^= 0x01;
  return copy;
}

/**
 * Where in a file the PDF's binary comment is (the bytes after `%PDF-1.x\n%`): changing one of them
 * changes the signed content while the PDF stays readable.
 */
export function binaryCommentOffset(bytes: Uint8Array): number {
  const at = Buffer.from(bytes).indexOf('%PDF-');
  if (at < 0) throw new Error('no %PDF- header');
  return at + '%PDF-1.7\n%'.length + 1;
}

const PLACEHOLDER = 9_999_999_999;
/** Bytes reserved for the CMS in /Contents (hex doubles them). */
const CONTENTS_BYTES = 8192;

/**
 * The PDF signed by Mario Rossi in PAdES: a signature field on page 1 whose value is a signature
 * dictionary (/Filter Adobe.PPKLite, /SubFilter as given, /M, /ByteRange, /Contents); /ByteRange is
 * written over its placeholder, then the CMS detached over the two ranges into /Contents.
 */
export async function padesPdf(subFilter: 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached' = 'ETSI.CAdES.detached'): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await smallPdf());
  const page = doc.getPage(0);
  const signature = doc.context.register(
    doc.context.obj({
      Type: 'Sig',
      Filter: 'Adobe.PPKLite',
      SubFilter: subFilter,
      ByteRange: [0, PLACEHOLDER, PLACEHOLDER, PLACEHOLDER],
      Contents: PDFHexString.of('0'.repeat(CONTENTS_BYTES * 2)),
      M: PDFString.fromDate(SIGNED_AT),
      Name: PDFString.of('Mario Rossi'),
      Reason: PDFString.of('Trasmissione del modulo'),
    }),
  );
  const widget = doc.context.register(
    doc.context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Sig', Rect: [0, 0, 0, 0], F: 132, T: PDFString.of('Firma1'), V: signature, P: page.ref }),
  );
  page.node.set(PDFName.of('Annots'), doc.context.obj([widget]));
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ SigFlags: 3, Fields: [widget] }));
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));

  // The ranges: everything but the /Contents hex string, '<' and '>' included.
  const text = bytes.toString('latin1');
  const placeholder = /\/ByteRange \[ 0 9999999999 9999999999 9999999999 \]/.exec(text);
  const contentsAt = text.indexOf('/Contents <');
  if (!placeholder || contentsAt < 0) throw new Error('signature placeholders not found');
  const gapStart = contentsAt + '/Contents '.length;
  const gapEnd = text.indexOf('>', gapStart) + 1;
  const range = [0, gapStart, gapEnd, bytes.length - gapEnd];
  const written = `/ByteRange [ ${range.join(' ')} ]`.padEnd(placeholder[0].length, ' ');
  bytes.write(written, placeholder.index, 'latin1');

  const signed = Buffer.concat([bytes.subarray(0, gapStart), bytes.subarray(gapEnd)]);
  // PAdES baseline puts no signingTime attribute in the CMS: the time is the dictionary's /M.
  const cms = await cadesSign(signed, { identity: await mario(), detached: true, signingTime: null });
  if (cms.length > CONTENTS_BYTES) throw new Error('CMS larger than the space reserved for it');
  bytes.write(Buffer.from(cms).toString('hex').padEnd(CONTENTS_BYTES * 2, '0'), gapStart + 1, 'latin1');
  return new Uint8Array(bytes);
}

import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../shared/read/read-pdf.ts';
import { ReadLimits } from '../../../shared/read/read-limits.ts';
import { padesSignatures, pdfDate } from '../../../shared/read/pades-signature.ts';
import { binaryCommentOffset, MARIO_FISCAL_CODE, padesPdf, SIGNED_AT, smallPdf, withByteChanged } from './signed-files.ts';

// A PDF signed in PAdES: a signature dictionary whose /Contents is a CMS SignedData detached over the
// two /ByteRange ranges of the file.
const limits = ReadLimits.parse({ ocr: false });
const signersOf = async (bytes: Uint8Array) => (await readPdf(bytes, limits)).facts.signers;

describe('a PAdES-signed PDF (ETSI.CAdES.detached)', () => {
  it('is recognised as signed, kind PAdES, with Mario Rossi’s fiscal code', async () => {
    // Prepare
    const pdf = await padesPdf();
    // Act
    const signers = await signersOf(pdf);
    // Assess
    expect(signers).toEqual([expect.objectContaining({ kind: 'PAdES', name: 'Mario Rossi', fiscalCode: MARIO_FISCAL_CODE })]);
  });

  it('records the signature as verified over the byte ranges', async () => {
    // Prepare
    const pdf = await padesPdf();
    // Act
    const [signer] = await signersOf(pdf);
    // Assess
    expect(signer.integrity).toBe('verificata');
  });

  it('takes the signing time from the dictionary’s /M when the CMS has no signingTime (PAdES baseline)', async () => {
    // Prepare
    const pdf = await padesPdf();
    // Act
    const [signer] = await signersOf(pdf);
    // Assess
    expect(signer).toMatchObject({ signingTime: SIGNED_AT.toISOString(), certificateValidAtSigning: true });
  });

  it('with one byte inside the signed ranges changed, records the signature as not valid', async () => {
    // Prepare
    const pdf = await padesPdf();
    const altered = withByteChanged(pdf, binaryCommentOffset(pdf));
    // Act
    const [signer] = await signersOf(altered);
    // Assess
    expect(signer.integrity).toBe('non-valida');
  });

  it('with one byte inside the signed ranges changed, is still read and carries the warning signature-invalid', async () => {
    // Prepare
    const pdf = await padesPdf();
    const altered = withByteChanged(pdf, binaryCommentOffset(pdf));
    // Act
    const { facts } = await readPdf(altered, limits);
    // Assess
    expect(facts.warnings.map((w) => w.code)).toContain('signature-invalid');
  });

  it('with content appended after the signed ranges, warns that the signature covers an earlier version', async () => {
    // Prepare
    const pdf = await padesPdf();
    const appended = Buffer.concat([pdf, Buffer.from('\n% aggiornamento incrementale dopo la firma\n%%EOF\n', 'latin1')]);
    // Act
    const { warnings } = await padesSignatures(appended);
    // Assess
    expect(warnings.map((w) => w.code)).toEqual(['signature-partial']);
  });
});

describe('a PAdES signature whose /Contents is no CMS', () => {
  const damaged = async () => {
    const pdf = Buffer.from(await padesPdf());
    pdf.write('3082ffff0102', pdf.indexOf('/Contents <') + '/Contents <'.length, 'latin1');
    return new Uint8Array(pdf);
  };

  it('is recorded as a signature that is not valid, and the PDF is still read', async () => {
    // Prepare
    const pdf = await damaged();
    // Act
    const signers = await signersOf(pdf);
    // Assess
    expect(signers).toEqual([expect.objectContaining({ kind: 'PAdES', name: null, integrity: 'non-valida' })]);
  });
});

describe('other PDFs', () => {
  it('a PDF signed with SubFilter adbe.pkcs7.detached is read the same way', async () => {
    // Prepare
    const pdf = await padesPdf('adbe.pkcs7.detached');
    // Act
    const signers = await signersOf(pdf);
    // Assess
    expect(signers.map((s) => [s.kind, s.integrity])).toEqual([['PAdES', 'verificata']]);
  });

  it('an unsigned PDF has no signer', async () => {
    // Prepare
    const pdf = await smallPdf();
    // Act
    const signers = await signersOf(pdf);
    // Assess
    expect(signers).toEqual([]);
  });
});

describe('PDF dates', () => {
  it('D:YYYYMMDDHHmmSS+HH\'mm\' is read as the instant it names', () => {
    // Prepare
    const m = "D:20250610111500+02'00'";
    // Act
    const iso = pdfDate(m);
    // Assess
    expect(iso).toBe('2025-06-10T09:15:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../shared/read/read-pdf.ts';
import { ReadLimits } from '../../../shared/read/read-limits.ts';
import { PdfFacts } from '../../../shared/read/page-text.ts';
import { base64Lines, cadesSign, pemPkcs7 } from '../../support/reading-kinds/p7m.ts';
import { anna, binaryCommentOffset, expiredMario, MARIO_FISCAL_CODE, mario, marioP7m, SIGNED_AT, smallPdf, withByteChanged } from './signed-files.ts';

// A .pdf.p7m (CAdES attached) read as a region reads a submission: who signed, with which fiscal
// code, when, whether the certificate was valid then, and whether the signature matches the content.
const limits = ReadLimits.parse({ ocr: false });
const signersOf = async (bytes: Uint8Array) => (await readPdf(bytes, limits)).facts.signers;

describe('a CAdES .pdf.p7m signed by Mario Rossi', () => {
  it('records the fiscal code from the certificate’s serialNumber TINIT-…', async () => {
    // Prepare
    const p7m = await marioP7m();
    // Act
    const [signer] = await signersOf(p7m);
    // Assess
    expect(signer.fiscalCode).toBe(MARIO_FISCAL_CODE);
  });

  it('records the signature as verified against the content it carries', async () => {
    // Prepare
    const p7m = await marioP7m();
    // Act
    const [signer] = await signersOf(p7m);
    // Assess
    expect(signer.integrity).toBe('verificata');
  });

  it('records the certificate as valid at the signing time', async () => {
    // Prepare
    const p7m = await marioP7m();
    // Act
    const [signer] = await signersOf(p7m);
    // Assess
    expect(signer).toMatchObject({ signingTime: SIGNED_AT.toISOString(), certificateValidAtSigning: true });
  });

  it('records who signed, of which kind, and that the chain was not verified, in those words', async () => {
    // Prepare
    const p7m = await marioP7m();
    // Act
    const signers = await signersOf(p7m);
    // Assess
    expect(signers).toEqual([
      {
        name: 'Mario Rossi',
        issuer: 'Mario Rossi',
        signingTime: SIGNED_AT.toISOString(),
        kind: 'CAdES',
        fiscalCode: MARIO_FISCAL_CODE,
        certificateValidAtSigning: true,
        integrity: 'verificata',
        chain: 'integrity checked, chain not verified',
      },
    ]);
  });

  it('gives facts that the stored schema keeps whole', async () => {
    // Prepare
    const { facts } = await readPdf(await marioP7m(), limits);
    // Act
    const parsed = PdfFacts.parse(JSON.parse(JSON.stringify(facts)));
    // Assess
    expect(parsed.signers).toEqual(facts.signers);
  });
});

describe('a .pdf.p7m whose content was changed after signing', () => {
  const tampered = async () => {
    const p7m = await marioP7m();
    return withByteChanged(p7m, binaryCommentOffset(p7m));
  };

  it('is still read, with the signature recorded as not valid', async () => {
    // Prepare
    const p7m = await tampered();
    // Act
    const [signer] = await signersOf(p7m);
    // Assess
    expect(signer.integrity).toBe('non-valida');
  });

  it('carries the reader’s warning signature-invalid, in Italian', async () => {
    // Prepare
    const p7m = await tampered();
    // Act
    const { facts } = await readPdf(p7m, limits);
    // Assess
    expect(facts.warnings).toContainEqual({ code: 'signature-invalid', message: expect.stringMatching(/^firma CAdES di Mario Rossi non valida: .*letto comunque\.$/) });
  });

  it('gives no warning when the content is the one signed', async () => {
    // Prepare
    const p7m = await marioP7m();
    // Act
    const { facts } = await readPdf(p7m, limits);
    // Assess
    expect(facts.warnings.filter((w) => w.code.startsWith('signature-'))).toEqual([]);
  });
});

describe('a .pdf.p7m signed with a certificate expired before the signing time', () => {
  it('records the certificate as not valid at signing', async () => {
    // Prepare
    const p7m = await marioP7m(await expiredMario());
    // Act
    const [signer] = await signersOf(p7m);
    // Assess
    expect(signer.certificateValidAtSigning).toBe(false);
  });

  it('still records the signature itself as matching the content', async () => {
    // Prepare
    const p7m = await marioP7m(await expiredMario());
    // Act
    const [signer] = await signersOf(p7m);
    // Assess
    expect(signer.integrity).toBe('verificata');
  });
});

describe('a .p7m in another wrapping gives the same facts', () => {
  const expected = { name: 'Mario Rossi', fiscalCode: MARIO_FISCAL_CODE, integrity: 'verificata', certificateValidAtSigning: true, kind: 'CAdES' };

  it('Base64 in 64-character lines', async () => {
    // Prepare
    const b64 = Buffer.from(base64Lines(await marioP7m()), 'latin1');
    // Act
    const signers = await signersOf(b64);
    // Assess
    expect(signers).toEqual([expect.objectContaining(expected)]);
  });

  it('PEM armour', async () => {
    // Prepare
    const pem = Buffer.from(pemPkcs7(await marioP7m()), 'latin1');
    // Act
    const signers = await signersOf(pem);
    // Assess
    expect(signers).toEqual([expect.objectContaining(expected)]);
  });

  it('nested: a .p7m.p7m signed again by another person lists both, outer first, each verified', async () => {
    // Prepare
    const nested = await cadesSign(await marioP7m(), { identity: await anna(), signingTime: new Date(SIGNED_AT.getTime() + 3_600_000) });
    // Act
    const signers = await signersOf(nested);
    // Assess
    expect(signers.map((s) => [s.name, s.fiscalCode, s.integrity])).toEqual([
      ['Anna Bianchi', 'BNCNNA75M41F205O', 'verificata'],
      ['Mario Rossi', MARIO_FISCAL_CODE, 'verificata'],
    ]);
  });
});

describe('a countersigned .p7m', () => {
  it('lists the countersigner after the signer, marked countersignature and verified against the signature', async () => {
    // Prepare
    const p7m = await cadesSign(await smallPdf(), { identity: await mario(), signingTime: SIGNED_AT, countersigner: await anna() });
    // Act
    const signers = await signersOf(p7m);
    // Assess
    expect(signers.map((s) => [s.name, s.countersignature ?? false, s.integrity])).toEqual([
      ['Mario Rossi', false, 'verificata'],
      ['Anna Bianchi', true, 'verificata'],
    ]);
  });
});

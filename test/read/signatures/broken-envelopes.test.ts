import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../../shared/read/read-and-extract.ts';
import { ReadLimits } from '../../../shared/read/read-limits.ts';
import { unwrapEnvelope } from '../../../shared/read/unwrap-envelope.ts';
import { base64Lines } from '../../support/reading-kinds/p7m.ts';
import { marioP7m } from './signed-files.ts';

// A broken .p7m is the sender's to fix: refused with the clear Italian message, never a crash.
const limits = ReadLimits.parse({ ocr: false });
const NOT_PDF = { ok: false, code: 'not-pdf', message: 'Il file non è un PDF: non inizia con l’intestazione %PDF.' };

describe('a broken .p7m', () => {
  it('truncated DER is refused as not a PDF, in Italian', async () => {
    // Prepare
    const p7m = await marioP7m();
    const truncated = p7m.slice(0, Math.floor(p7m.length / 2));
    // Act
    const outcome = await readAndExtract(truncated, limits);
    // Assess
    expect(outcome).toMatchObject(NOT_PDF);
  });

  it('truncated DER does not make the unwrapping throw', async () => {
    // Prepare
    const p7m = await marioP7m();
    const truncated = p7m.slice(0, 300);
    // Act
    const unwrapped = unwrapEnvelope(truncated);
    // Assess
    await expect(unwrapped).resolves.toBeNull();
  });

  it('Base64 with garbage in it is refused as not a PDF, in Italian', async () => {
    // Prepare
    const b64 = base64Lines(await marioP7m());
    const garbage = Buffer.from(`${b64.slice(0, 400)}@@@ non è Base64 ***${b64.slice(400)}`, 'latin1');
    // Act
    const outcome = await readAndExtract(garbage, limits);
    // Assess
    expect(outcome).toMatchObject(NOT_PDF);
  });

  it('truncated Base64 is refused as not a PDF, in Italian', async () => {
    // Prepare
    const b64 = base64Lines(await marioP7m());
    const truncated = Buffer.from(b64.slice(0, Math.floor(b64.length / 2)), 'latin1');
    // Act
    const outcome = await readAndExtract(truncated, limits);
    // Assess
    expect(outcome).toMatchObject(NOT_PDF);
  });
});

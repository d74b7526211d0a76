import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import type { ReadOutcome } from '../../shared/read/read-outcome.ts';
import type { ExtractedFields } from '../../shared/records/extracted-fields.ts';

// The reading cases of ../shared/cases/reading: each file shows one condition of real offices' PDFs;
// its README states the right result. G* files are one fictional letter (G00) made to show a condition.
const dir = new URL('../../../shared/cases/reading/', import.meta.url);
const file = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const control = JSON.parse(readFileSync(new URL('G00_control_letter.expected.json', dir), 'utf8')) as ExtractedFields;
const pool = new ReaderPool(ReadLimits.parse({}), 2);
afterAll(() => pool.close());

async function read(name: string): Promise<Extract<ReadOutcome, { ok: true }>> {
  const outcome = await pool.read(file(name));
  if (!outcome.ok) throw new Error(`${name}: ${outcome.code} – ${outcome.message}`);
  return outcome;
}

/** Text fields compared as a person would: case, spaces and dash styles folded (OCR reads "–" as "-"). */
const folded = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[–—‐-]/g, '-').replace(/\s+/g, ' ').trim();

/** The fields of the control letter that any faithful reading gives, OCR included. */
function expectControlLetter(fields: ExtractedFields): void {
  expect(fields.protocol).toEqual(control.protocol);
  expect(fields.documentDate).toBe(control.documentDate);
  expect(folded(fields.sender)).toBe(folded(control.sender));
  expect(folded(fields.subject)).toBe(folded(control.subject));
  expect(fields.deadlines).toEqual(control.deadlines);
  expect(fields.meetings).toEqual(control.meetings);
  expect(fields.legalReferences).toEqual(expect.arrayContaining(control.legalReferences));
  expect(fields.amounts).toEqual(control.amounts);
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('the plain control letter', () => {
  it('gives exactly the expected fields', async () => {
    const { extraction } = await read('G00_control_letter.pdf');
    expect(extraction.fields).toEqual(control);
  });
});

describe('a file a parser can repair is read, and the repair recorded', () => {
  it('reads a file with one small incremental update as the letter it updates', async () => {
    const { extraction } = await read('G10b_incremental_update_info_only.pdf');
    expect(extraction.fields).toEqual(control);
  });

  it('reads a real Word "Salva come PDF" file with a hybrid cross-reference table', async () => {
    const { extraction } = await read('R02_avella_modulo_osservazioni.pdf');
    expect(extraction.fields.subject).toMatch(/piano triennale di prevenzione della corruzione/i);
  });

  it('reads a complete file whose final %%EOF is missing, and notes it', async () => {
    const { extraction, facts } = await read('G11d_no_eof_marker.pdf');
    expect(extraction.fields).toEqual(control);
    expect(facts.repairs.map((r) => r.code)).toContain('missing-eof');
  });

  it('opens a Base64-encoded CAdES .p7m and records its signer', async () => {
    const { extraction, facts } = await read('G09d_cades_base64.pdf.p7m');
    expect(extraction.fields).toEqual(control);
    expect(facts.repairs.map((r) => r.code)).toEqual(expect.arrayContaining(['base64-envelope', 'cades-envelope']));
    expect(facts.signers).toHaveLength(1);
    expect(facts.signers[0].name).toBeTruthy();
  });
});

describe('a scan is read by OCR, whatever is printed over it and whichever way up it was fed', () => {
  it('reads a scan with a printed archive note, and keeps the note as its own line', async () => {
    const { extraction, pages } = await read('G21_scan_with_text_header.pdf');
    expectControlLetter(extraction.fields);
    const printed = pages[0].lines.filter((l) => !l.ocr);
    expect(printed.length).toBeGreaterThan(0);
    expect(pages[0].lines.some((l) => l.ocr)).toBe(true);
  });

  it('turns an upside-down scan before reading it, and says so', async () => {
    const { extraction, facts } = await read('G16b_upside_down_scan.pdf');
    expectControlLetter(extraction.fields);
    expect(facts.repairs).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'scan-turned', page: 1 })]));
  });

  it('reads a 595×14,400 pt scan in parts instead of refusing it', async () => {
    const { extraction, facts } = await read('G19b_long_single_page_scan.pdf');
    expect(facts.ocrPages).toEqual([1]);
    expect(extraction.fields.protocol).toEqual(control.protocol);
  });
});

describe('a text layer that does not decode is read again by OCR, never passed off as empty', () => {
  it('reads a letter whose font has no ToUnicode map by OCR, with a warning', async () => {
    const { extraction, facts } = await read('G03_type0_no_tounicode.pdf');
    expectControlLetter(extraction.fields);
    expect(facts.warnings.map((w) => w.code)).toContain('undecodable-text');
  });

  it('puts no control character in any field when ligatures map to nothing', async () => {
    const { extraction } = await read('G04b_ligatures_unmapped.pdf');
    for (const s of allStrings(extraction.fields)) expect(s).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/);
    expect(extraction.fields.sender).toBe(control.sender);
  });

  it('reads an XFA form from its packets instead of its "please wait" page, with a warning', async () => {
    const { extraction, facts } = await read('G07_xfa_placeholder.pdf');
    expect(facts.warnings.map((w) => w.code)).toContain('xfa-form');
    expect(extraction.fields.subject).toMatch(/contributo regionale/i);
    expect(allStrings(extraction.fields).join(' ')).not.toMatch(/attendere/i);
  });
});

describe('text is read in the orientation a person sees it', () => {
  it('reads a page with /Rotate 90 as the upright letter', async () => {
    const { extraction } = await read('G01a_rotate90.pdf');
    expect(extraction.fields).toEqual(control);
  });

  it('keeps a segnatura printed up the margin out of the body lines, as a block of its own', async () => {
    const { pages } = await read('R03_roccarainola_lettera_segnatura.pdf');
    const body = pages[0].lines.filter((l) => !l.origins?.includes('vertical'));
    const margin = pages[0].lines.filter((l) => l.origins?.includes('vertical'));
    expect(body.some((l) => /REG_UFF_PROT|Protocollo N\./.test(l.text))).toBe(false);
    expect(margin.map((l) => l.text)).toContain('Protocollo N.0006005/2026 del 24/04/2026');
  });

  it('takes the sender’s segnatura as the protocol, not the receiver’s stamp', async () => {
    const { extraction } = await read('R03_roccarainola_lettera_segnatura.pdf');
    expect(extraction.fields.protocol).toEqual({ number: '0006005/2026', date: '2026-04-24' });
  });
});

describe('annotations and form fields are read where they are shown', () => {
  it('reads a protocol stamp that exists only as a FreeText annotation, marked as such', async () => {
    const { extraction } = await read('G05a_protocol_stamp_freetext_annot.pdf');
    expect(extraction.fields.protocol).toEqual(control.protocol);
    expect(extraction.evidence.protocol?.[0].origins).toContain('annotation');
  });

  it('reads the values of filled AcroForm fields, marked as form values', async () => {
    const expected = JSON.parse(readFileSync(new URL('G06a_acroform_filled_values.expected.json', dir), 'utf8')) as Partial<ExtractedFields>;
    const { extraction } = await read('G06a_acroform_filled_values.pdf');
    expect(extraction.fields).toMatchObject(expected);
    expect(extraction.evidence.protocol?.[0].origins).toContain('form-field');
  });
});

describe('text comes out clean', () => {
  it('composes decomposed accents: every string in NFC', async () => {
    const { extraction } = await read('G20a_nfd_combining_accents.pdf');
    expect(extraction.fields).toEqual(control);
    for (const s of allStrings(extraction.fields)) expect(s).toBe(s.normalize('NFC'));
  });

  it('reads text drawn twice at the same place (a shadow) once', async () => {
    const { pages } = await read('R30_dpc_scheda_province_table.pdf');
    const text = pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
    expect(text).toContain('LOMBARDIA');
    expect(text).not.toContain('LOMBARDIALOMBARDIA');
    expect(text).toMatch(/Totale\s+34889/);
  });
});

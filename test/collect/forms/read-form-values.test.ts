import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseItalianDate, parseItalianNumber, parseItalianPercentage, readFormValues } from '../../../shared/collect/read-form-values.ts';
import { formRegistry } from '../../../shared/collect/form-registry.ts';
import type { Line, PageText } from '../../../shared/read/page-text.ts';
import { readPdf } from '../../../shared/read/read-pdf.ts';
import { closeOcr } from '../../../shared/read/ocr-page.ts';
import { scannedCopy } from '../../../cli/scanned-copy.ts';
import { defaultReadLimits } from '../../../shared/read/read-limits.ts';
import { answers, body, filledForm, form } from './form-samples.ts';

const ids = formRegistry()
  .list()
  .map((d) => d.id)
  .filter((id) => id in answers);
const pagesOf = async (pdf: Uint8Array) => (await readPdf(pdf, { ...defaultReadLimits, ocr: false })).pages;
const everyField = (id: string, how: string) => Object.fromEntries(Object.keys(answers[id]).map((k) => [k, how]));

/** A page of text as the reader gives it, one line per [y, segments], for the label/value reading alone. */
function page(rows: [number, [number, string][]][], ocr = false): PageText[] {
  const lines: Line[] = rows.map(([y, segments], index) => ({
    page: 1,
    index,
    x: segments[0][0],
    y,
    size: 9,
    gapBefore: 0,
    text: segments.map((s) => s[1]).join('\t'),
    segments: segments.map(([x, text]) => ({ x, end: x + text.length * 4.5, text })),
    ...(ocr ? { ocr: true } : {}),
  }));
  return [{ page: 1, width: 595, height: 842, ocr, lines }];
}

describe('a form filled in its fields', () => {
  it.each(ids)('%s reads back exactly the values put in', async (id) => {
    // Prepare
    const pdf = await filledForm(form(id), answers[id]);
    // Act
    const { values } = await readFormValues(form(id), pdf);
    // Assess
    expect(values).toEqual(answers[id]);
  });

  it.each(ids)('%s marks every value as read from the AcroForm', async (id) => {
    // Prepare
    const pdf = await filledForm(form(id), answers[id]);
    // Act
    const { how } = await readFormValues(form(id), pdf, await pagesOf(pdf));
    // Assess
    expect(how).toEqual(everyField(id, 'acroform'));
  });

  it('gives back the body’s pre-filled name and code', async () => {
    // Prepare
    const pdf = await filledForm(form('allegato-1-referente'), answers['allegato-1-referente']);
    // Act
    const reading = await readFormValues(form('allegato-1-referente'), pdf);
    // Assess
    expect(reading.body).toEqual(body);
  });

  it('lists the fields left empty, in the order of the definition', async () => {
    // Prepare
    const { referenteEnte: _e, referenteTelefono: _t, ...some } = answers['allegato-1-referente'];
    const pdf = await filledForm(form('allegato-1-referente'), some);
    // Act
    const { missing } = await readFormValues(form('allegato-1-referente'), pdf);
    // Assess
    expect(missing).toEqual(['referenteEnte', 'referenteTelefono']);
  });

  it('keeps a value that is not what its type wants as it was typed, for validation to name', async () => {
    // Prepare
    const pdf = await filledForm(form('poa-supervisione'), answers['poa-supervisione'], { raw: { oreGruppo: 'dodici', dataInizio: '31/02/2024' } });
    // Act
    const { values } = await readFormValues(form('poa-supervisione'), pdf);
    // Assess
    expect([values.oreGruppo, values.dataInizio]).toEqual(['dodici', '31/02/2024']);
  });

  it('reads numbers, percentages and dates typed the Italian way', async () => {
    // Prepare
    const pdf = await filledForm(form('poa-supervisione'), answers['poa-supervisione'], { raw: { oreGruppo: '1.234', quotaPnrr: '62,5%', dataFine: '30.11.24' } });
    // Act
    const { values } = await readFormValues(form('poa-supervisione'), pdf);
    // Assess
    expect([values.oreGruppo, values.quotaPnrr, values.dataFine]).toEqual([1234, 62.5, '2024-11-30']);
  });
});

describe('a filled form flattened (no fields left), read through the reader', () => {
  it.each(ids)('%s gives the same values, by their labels', async (id) => {
    // Prepare
    const pdf = await filledForm(form(id), answers[id], { flatten: true });
    // Act
    const { values } = await readFormValues(form(id), pdf, await pagesOf(pdf));
    // Assess
    expect(values).toEqual(answers[id]);
  });

  it.each(ids)('%s marks every value as read from the text', async (id) => {
    // Prepare
    const pdf = await filledForm(form(id), answers[id], { flatten: true });
    // Act
    const { how } = await readFormValues(form(id), pdf, await pagesOf(pdf));
    // Assess
    expect(how).toEqual(everyField(id, 'text'));
  });

  it('does not take the next row’s label for the value of an empty field', async () => {
    // Prepare: the row of shares and hours left empty, single funding
    const { quotaPnrr: _a, quotaFnps: _b, orePnrr: _c, oreFnps: _d, ...single } = answers['poa-supervisione'];
    const pdf = await filledForm(form('poa-supervisione'), { ...single, fonte: 'fnps' }, { flatten: true });
    // Act
    const { missing } = await readFormValues(form('poa-supervisione'), pdf, await pagesOf(pdf));
    // Assess
    expect(missing).toEqual(['quotaPnrr', 'quotaFnps', 'orePnrr', 'oreFnps', 'modalitaAltro']);
  });

  it('gives back the body’s name and code from the text', async () => {
    // Prepare
    const pdf = await filledForm(form('allegato-1-referente'), answers['allegato-1-referente'], { flatten: true });
    // Act
    const reading = await readFormValues(form('allegato-1-referente'), pdf, await pagesOf(pdf));
    // Assess
    expect(reading.body).toEqual(body);
  });

  it('without the reader’s pages, reports every field missing rather than guessing', async () => {
    // Prepare
    const pdf = await filledForm(form('allegato-1-referente'), answers['allegato-1-referente'], { flatten: true });
    // Act
    const { missing } = await readFormValues(form('allegato-1-referente'), pdf);
    // Assess
    expect(missing).toEqual(form('allegato-1-referente').fields.map((f) => f.name));
  });
});

describe('a filled form printed and scanned (pictures only), read by OCR', () => {
  const id = 'poa-supervisione';
  let reading: Awaited<ReturnType<typeof readFormValues>>;
  beforeAll(async () => {
    // Prepare: flattened, then each page turned into a 200 dpi picture, as a scanner would
    const scan = await scannedCopy(await filledForm(form(id), answers[id], { flatten: true }));
    // Act
    reading = await readFormValues(form(id), scan, (await readPdf(scan, defaultReadLimits)).pages);
  });
  afterAll(() => closeOcr());

  it('gives the same values', () => {
    // Assess
    expect(reading.values).toEqual(answers[id]);
  });

  it('marks every value as read by OCR', () => {
    // Assess
    expect(reading.how).toEqual(everyField(id, 'ocr'));
  });
});

describe('label and value reading from text', () => {
  it('reads a value written after its label on the same line (a form retyped in a word processor)', async () => {
    // Prepare
    const pages = page([
      [700, [[50, 'Nome e cognome del referente: Antonella Tortorella']]],
      [680, [[50, 'Telefono: 0882 339606']]],
    ]);
    // Act
    const { values } = await readFormValues(form('allegato-1-referente'), new Uint8Array(), pages);
    // Assess
    expect(values).toEqual({ referenteNome: 'Antonella Tortorella', referenteTelefono: '0882 339606' });
  });

  it('reads a value in the next column of the label’s line', async () => {
    // Prepare
    const pages = page([[700, [[50, 'Ore di supervisione di gruppo'], [300, '24 ore']]]]);
    // Act
    const { values } = await readFormValues(form('poa-supervisione'), new Uint8Array(), pages);
    // Assess
    expect(values).toEqual({ oreGruppo: 24 });
  });

  it('finds a label with an OCR slip and marks its value as read by OCR', async () => {
    // Prepare: "0re" for "Ore", a stray space, the value in the box below
    const pages = page(
      [
        [700, [[50, '0re di supervisione di gru ppo *'], [220, 'Ore di supervisione individuale *']]],
        [682, [[52, '32'], [222, '30']]],
      ],
      true,
    );
    // Act
    const reading = await readFormValues(form('poa-supervisione'), new Uint8Array(), pages);
    // Assess
    expect([reading.values, reading.how]).toEqual([
      { oreGruppo: 32, oreIndividuale: 30 },
      { oreGruppo: 'ocr', oreIndividuale: 'ocr' },
    ]);
  });

  it('reads a choice by its label, forgiving case and accents', async () => {
    // Prepare
    const pages = page([
      [700, [[50, 'Fonte di finanziamento *']]],
      [682, [[52, 'pnrr E QUOTA fnps']]],
    ]);
    // Act
    const { values } = await readFormValues(form('poa-supervisione'), new Uint8Array(), pages);
    // Assess
    expect(values).toEqual({ fonte: 'entrambe' });
  });
});

describe('Italian numbers, percentages and dates', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 234', 1234],
    ['16 ore', 16],
    ['1,234.5', 1234.5],
    ['-3', -3],
    ['dodici', null],
    ['12,5,3', null],
  ])('number %j → %j', (raw, expected) => {
    expect(parseItalianNumber(raw)).toBe(expected);
  });

  it.each([
    ['60 %', 60],
    ['60%', 60],
    ['62,5 %', 62.5],
    ['40', 40],
    ['sessanta', null],
  ])('percentage %j → %j', (raw, expected) => {
    expect(parseItalianPercentage(raw)).toBe(expected);
  });

  it.each([
    ['01/03/2024', '2024-03-01'],
    ['1/3/2024', '2024-03-01'],
    ['01.03.24', '2024-03-01'],
    ['01-03-2024', '2024-03-01'],
    ['1° marzo 2024', '2024-03-01'],
    ['2024-03-01', '2024-03-01'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['31/04/2024', null],
    ['marzo 2024', null],
  ])('date %j → %j', (raw, expected) => {
    expect(parseItalianDate(raw)).toBe(expected);
  });
});

import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { LetterFonts } from '../../shared/render/letter-fonts.ts';
import { Typesetter, PAGE, type TextStyle } from '../../shared/render/typeset.ts';
import { renderLetter } from '../../shared/render/render-letter.ts';
import { validateLetterInput } from '../../shared/render/validate-letter-input.ts';
import { LIMITS, TEMPLATE_SCHEMAS, type TemplateName } from '../../shared/render/letter-schemas.ts';
import { readPdf } from '../../shared/read/read-pdf.ts';
import { defaultReadLimits } from '../../shared/read/read-limits.ts';
import { FILLS, worstInput } from '../bench/letter-worst-cases.ts';

const example = (t: TemplateName) => JSON.parse(readFileSync(new URL(`../../templates/examples/${t}.json`, import.meta.url), 'utf8'));
const stamp = { numero: '0000042', data: '2024-03-05' };
const WIDTH = PAGE.width - PAGE.left - PAGE.right;
const body: TextStyle = { size: 10.5, align: 'justify', keepLines: false, hyphenate: true };

async function typesetter() {
  const doc = await PDFDocument.create();
  return { fonts: await LetterFonts.embed(doc), setter: (fonts: LetterFonts) => new Typesetter(fonts) };
}
/** The text items of every page, in order, as pdf.js reads them. */
async function pdfjsLines(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const lines: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items) if ('str' in item && item.str.trim()) lines.push(item.str.trim());
    }
    return lines;
  } finally {
    await doc.destroy();
  }
}
const textOfLine = (line: { words: { parts: { text: string }[] }[] }) => line.words.map((w) => w.parts.map((p) => p.text).join('')).join(' ');

/**
 * Line breaking was superlinear in the length of a word (1,000 characters 0.2 s, 10,000 13 s,
 * 30,000 over 100 s): these words used to time out. No timing is asserted; the suite's timeout is the bound.
 */
describe('a word longer than a line', () => {
  it.each([
    ['30,000 letters', 'abcdefghilmnopqrstuvz'.repeat(1430).slice(0, 30_000)],
    ['30,000 digits and stops', '0123456789./-'.repeat(2310).slice(0, 30_000)],
    ['30,000 letters in bold and italic parts', null],
  ])('%s is cut by characters into full lines, nothing lost, nothing wider than the line', async (_what, word) => {
    const { fonts, setter } = await typesetter();
    const runs = word
      ? [{ text: word, bold: false, italic: false }]
      : Array.from({ length: 30 }, (_, i) => ({ text: 'aeiou'.repeat(200), bold: i % 2 === 0, italic: i % 3 === 0 }));
    const expected = runs.map((r) => r.text).join('');
    const lines = setter(fonts).wrap(runs, WIDTH, body);
    expect(lines.map(textOfLine).join('')).toBe(expected);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(WIDTH + 0.001);
    // Full lines: every line but the last is filled to within one character's width.
    for (const line of lines.slice(0, -1)) expect(line.width).toBeGreaterThan(WIDTH - 12);
    expect(lines[lines.length - 1].last).toBe(true);
  });

  it('sets a decomposed accent as the accented letter (NFC), never parting the two', async () => {
    const { fonts, setter } = await typesetter();
    const word = 'e\u0301a\u0300'.repeat(3000);
    const lines = setter(fonts).wrap([{ text: word, bold: false, italic: false }], 100, body);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(textOfLine(line)).not.toMatch(/^\p{M}/u);
    expect(lines.map(textOfLine).join('')).toBe('éà'.repeat(3000));
    expect(fonts.missing.size).toBe(0);
  });

  it('still hyphenates a real Italian word at a syllable, and a word past 64 letters by characters', async () => {
    const { fonts, setter } = await typesetter();
    const words = 'precipitevolissimevolmente '.repeat(20).trim();
    const hyphenated = setter(fonts).wrap([{ text: words, bold: false, italic: false }], 200, body);
    const broken = hyphenated.map(textOfLine).filter((l) => l.endsWith('-'));
    expect(broken.length).toBeGreaterThan(0);
    for (const l of broken) expect(['pre-', 'preci-', 'precipi-', 'precipite-', 'precipitevo-', 'precipitevolis-', 'precipitevolissi-', 'precipitevolissime-', 'precipitevolissimevol-']).toContain(l.split(' ').pop());
    const long = setter(fonts).wrap([{ text: 'a'.repeat(65), bold: false, italic: false }], 100, body);
    expect(long.map(textOfLine).join('')).toBe('a'.repeat(65));
    expect(long.every((l) => !textOfLine(l).endsWith('-'))).toBe(true);
  });

  it('renders the longest body the schema accepts as one word, and refuses a longer one in Italian', async () => {
    const corpo = 'abcdefghilmnopqrstuvz'.repeat(1000).slice(0, LIMITS.corpo);
    const v = validateLetterInput('lettera', { ...example('lettera'), corpo });
    if (!v.ok) throw new Error(v.errors.join('\n'));
    const { pdf, pages } = await renderLetter('lettera', v.value, stamp);
    expect(pages).toBeGreaterThan(5);
    // Read with pdf.js itself (Carteggio's reader would send lines with no Italian word to OCR):
    // the body's lines are the only ones of lower-case letters alone, and joined they are the word.
    const bodyLines = (await pdfjsLines(pdf)).filter((l) => /^[a-z]+$/.test(l));
    expect(bodyLines.join('')).toBe(corpo);
    const tooLong = validateLetterInput('lettera', { ...example('lettera'), corpo: corpo + 'x'.repeat(10_000) });
    expect(!tooLong.ok && tooLong.errors).toEqual(['corpo: al massimo 20.000 caratteri']);
  });

  it('gives a table column with an overlong word its share, without cutting the numbers beside it', async () => {
    const data = example('riepilogo-poa');
    data.ambiti[0].ambito = 'Ambito'.repeat(25);
    const v = validateLetterInput('riepilogo-poa', data);
    if (!v.ok) throw new Error(v.errors.join('\n'));
    const { pdf } = await renderLetter('riepilogo-poa', v.value, stamp);
    const read = await readPdf(pdf, { ...defaultReadLimits, ocr: false });
    const lines = read.pages.flatMap((p) => p.lines.map((l) => l.text));
    const abitanti = data.ambiti[0].abitanti.toLocaleString('it-IT', { useGrouping: 'always' } as Intl.NumberFormatOptions);
    expect(lines.some((l) => l.includes(abitanti))).toBe(true);
  });
});

describe('every template at every maximum its schema allows', () => {
  // The largest valid letters (every text at its maximum, every list full): they render. Their time
  // is measured by test/bench/letter-worst-bench.ts, not asserted here.
  it.each((Object.keys(TEMPLATE_SCHEMAS) as TemplateName[]).flatMap((t) => FILLS.slice(0, 2).map((f) => [t, f] as const)))('%s filled with %s renders', async (t, fill) => {
    const v = validateLetterInput(t, worstInput(t, fill));
    if (!v.ok) throw new Error(v.errors.join('\n'));
    const { pages } = await renderLetter(t, v.value as never, stamp);
    expect(pages).toBeGreaterThan(1);
  }, 30_000);
});

describe('the schemas bound what a request can ask', () => {
  type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; checks?: { _zod: { def: { check: string; maximum?: number } } }[] };
  /** Every string and array of a schema without a maximum, by path. */
  function unbounded(schema: z.ZodType, path: string): string[] {
    const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
    const zod = { def, bag: { maximum: def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum } };
    switch (def.type) {
      case 'object':
        return Object.entries(def.shape!).flatMap(([k, s]) => unbounded(s, path ? `${path}.${k}` : k));
      case 'array':
        return [...(zod.bag.maximum === undefined ? [`${path} (elenco)`] : []), ...unbounded(def.element!, `${path}[]`)];
      case 'optional':
      case 'default':
      case 'nullable':
      case 'prefault':
        return unbounded(def.innerType!, path);
      case 'pipe':
        return [...unbounded(def.in!, path), ...unbounded(def.out!, path)];
      case 'string':
        return zod.bag.maximum === undefined ? [path] : [];
      default:
        return [];
    }
  }

  it.each(Object.keys(TEMPLATE_SCHEMAS) as TemplateName[])('%s: every text has a maximum length, every list a maximum number of items', (t) => {
    expect(unbounded(TEMPLATE_SCHEMAS[t] as unknown as z.ZodType, '')).toEqual([]);
  });

  it('says in Italian what is too long or too many', () => {
    const data = example('convocazione');
    const v = validateLetterInput('convocazione', {
      ...data,
      oggetto: 'x'.repeat(LIMITS.oggetto + 1),
      destinatari: Array.from({ length: LIMITS.destinatari + 1 }, () => data.destinatari[0]),
      mittente: { ...data.mittente, righeIntestazione: ['y'.repeat(LIMITS.riga + 1)] },
    });
    expect(!v.ok && v.errors).toEqual([
      'mittente.righeIntestazione[1]: riga di intestazione: al massimo 200 caratteri',
      'oggetto: al massimo 500 caratteri',
      'destinatari: al massimo 50 voci',
    ]);
  });

  it('answers a value of the wrong type in Italian, never with zod’s English', () => {
    const v = validateLetterInput('riepilogo-poa', { ...example('riepilogo-poa'), anno: 'duemila', ambiti: [{ ...example('riepilogo-poa').ambiti[0], abitanti: 1.5, ore: { gruppo: -1, individuale: 'tre', organizzativa: 0 } }] });
    expect(!v.ok && v.errors).toEqual([
      'anno: deve essere un numero, non un testo',
      'ambiti[1].abitanti: deve essere un numero intero',
      'ambiti[1].ore.gruppo: almeno 0',
      'ambiti[1].ore.individuale: deve essere un numero, non un testo',
    ]);
    for (const e of !v.ok ? v.errors : []) expect(e).not.toMatch(/Invalid|expected|received|Too (big|small)/);
  });
});

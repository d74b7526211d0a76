import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { XMLParser } from 'fast-xml-parser';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFArray, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../shared/render/render-letter.ts';
import { validateLetterInput } from '../../shared/render/validate-letter-input.ts';
import { TEMPLATE_SCHEMAS, type TemplateName } from '../../shared/render/letter-schemas.ts';
import { readPdf } from '../../shared/read/read-pdf.ts';
import { defaultReadLimits } from '../../shared/read/read-limits.ts';
import { italianSyllables } from '../../shared/render/hyphenate-italian.ts';
import { fontProblems, fontsOf, glyphCount, javascriptIn, readWithPdfjs } from './pdf-checks.ts';

const examples = new URL('../../templates/examples/', import.meta.url);
const example = (t: TemplateName) => JSON.parse(readFileSync(new URL(`${t}.json`, examples), 'utf8'));
const stamp = { numero: '0000042', data: '2024-03-05' };
const textOf = async (pdf: Uint8Array) => (await readPdf(pdf, { ...defaultReadLimits, ocr: false })).pages.map((p) => p.lines.map((l) => l.text.replace(/\t/g, ' ')));

async function render(t: TemplateName, data: unknown) {
  const v = validateLetterInput(t, data);
  if (!v.ok) throw new Error(v.errors.join('\n'));
  return renderLetter(t, v.value as never, stamp);
}

describe('every template renders from its example data', () => {
  it.each(Object.keys(TEMPLATE_SCHEMAS) as TemplateName[])('%s', async (t) => {
    expect(readdirSync(examples)).toContain(`${t}.json`);
    const { pdf, pages } = await render(t, example(t));
    const text = (await textOf(pdf)).flat().join('\n');
    expect(pages).toBeGreaterThan(0);
    expect(text).toContain(example(t).mittente.ente);
    expect(text).toContain('Prot. n. 0000042 del 05/03/2024');
    expect(text).toContain(`Pagina ${pages} di ${pages}`);
  });
});

describe('template input is checked before anything is generated', () => {
  it('lists every missing or invalid field, in Italian, with its place', () => {
    const data = example('convocazione');
    delete data.oggetto;
    data.riunione.ora = '25:00';
    data.destinatari[1].pec = 'non-una-pec';
    const v = validateLetterInput('convocazione', data);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors).toEqual(
      expect.arrayContaining([
        'oggetto: campo obbligatorio mancante',
        'riunione.ora: ora nel formato HH:MM',
        'destinatari[2].pec: pec del destinatario non valida',
      ]),
    );
  });
});

describe('dates in a letter are real and in order', () => {
  it('refuses a date that is not in the calendar', () => {
    const v = validateLetterInput('sollecito', { ...example('sollecito'), nuovaScadenza: '2024-02-30' });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.errors).toContain('nuovaScadenza: data inesistente nel calendario');
  });

  it('refuses a new deadline that does not follow the original one', () => {
    const data = example('sollecito');
    const v = validateLetterInput('sollecito', { ...data, nuovaScadenza: data.scadenzaOriginale });
    expect(!v.ok && v.errors).toContain('nuovaScadenza: deve essere successiva alla scadenza originale');
  });

  it('refuses a second call that comes before the first', () => {
    const data = example('convocazione');
    data.riunione.secondaConvocazione = { data: data.riunione.data, ora: '8.30' };
    data.riunione.ora = '09:00';
    const v = validateLetterInput('convocazione', data);
    expect(!v.ok && v.errors).toContain('riunione.secondaConvocazione: la seconda convocazione deve seguire la prima');
  });
});

describe('values supplied by users or documents are printed, never interpreted', () => {
  it('prints Markdown, HTML, template syntax and formulas literally', async () => {
    const hostile = '**grassetto** <b>tag</b> {{mittente.pec}} # titolo | cella =SOMMA(A1) &amp; [link](http://x)';
    const data = { ...example('lettera'), oggetto: hostile, corpo: `1. non una lista ${hostile}` };
    const text = (await textOf((await render('lettera', data)).pdf)).flat().join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(hostile);
    expect(text).toContain('1. non una lista');
  });

  it('prints a "\\pagebreak" line in the data as text, without breaking the page', async () => {
    const plain = await render('lettera', example('lettera'));
    const data = { ...example('lettera'), corpo: `Prima riga.\n\n\\pagebreak\n\nSeconda riga.` };
    const hostile = await render('lettera', data);
    const text = (await textOf(hostile.pdf)).flat().join(' ');
    expect(text).toContain('\\pagebreak');
    expect(hostile.pages).toBe(plain.pages);
  });
});

describe('typesetting', () => {
  it('breaks words at line ends only at Italian syllable boundaries', async () => {
    const corpo = Array.from({ length: 12 }, () => 'La programmazione sovrambito dell’amministrazione comunale richiede rendicontazione, interoperabilità e professionalità multidisciplinari nell’erogazione dei servizi socioassistenziali territoriali.').join(' ');
    const pages = await textOf((await render('lettera', { ...example('lettera'), corpo })).pdf);
    const lines = pages.flat();
    const broken = lines.map((l, i) => [l, lines[i + 1]] as const).filter(([l]) => /\p{Ll}-$/u.test(l));
    expect(broken.length).toBeGreaterThan(0);
    for (const [l, next] of broken) {
      const head = /(\p{L}+)-$/u.exec(l)![1];
      const tail = /^(\p{L}+)/u.exec(next ?? '')![1];
      const syllables = italianSyllables((head + tail).toLowerCase());
      const boundaries = syllables.map((_, k) => syllables.slice(0, k).join('').length);
      expect(boundaries).toContain(head.length);
    }
  });

  it('keeps every Italian character of the text (à è é ì ò ù ’ “ ” « » € –)', async () => {
    const corpo = 'Città, perché è così: più «virgolette» e “citazioni” – l’importo è di € 1.234,56.';
    const text = (await textOf((await render('lettera', { ...example('lettera'), corpo })).pdf)).flat().join(' ');
    expect(text).toContain(corpo);
  });

  it('reuses a batch\'s font subsets only for letters that set the same characters in the same order', async () => {
    // Prepare: two letters of one batch, then one whose text brings characters the others lack.
    const batch = await Promise.all([1, 2].map(() => render('lettera', example('lettera'))));
    const other = 'Qualità: 9 ½ ore, «Zażółć» & ÆØÅ — ¿quién? ¡sí!';
    // Act
    const different = await render('lettera', { ...example('lettera'), corpo: other });
    const again = await render('lettera', example('lettera'));
    // Assess: equal letters embed equal font programs; the different one prints its own text.
    const programs = async (pdf: Uint8Array) => fontsOf(await PDFDocument.load(pdf)).map((f) => Buffer.from(f.programBytes ?? []).toString('base64')).sort();
    const first = await programs(batch[0].pdf);
    expect(await programs(batch[1].pdf)).toEqual(first);
    expect(await programs(again.pdf)).toEqual(first);
    expect(await programs(different.pdf)).not.toEqual(first);
    expect((await textOf(different.pdf)).flat().join(' ')).toContain(other);
    expect((await textOf(again.pdf)).flat().join(' ')).toContain(example('lettera').oggetto);
  });

  it('prints pasted tabs as spaces, and a character the typeface lacks as a visible stand-in it reports', async () => {
    // Prepare: text as it comes from a spreadsheet or a chat, with a tab, an arrow, a tick and an emoji.
    const corpo = 'Colonna\tdue → tre ✓ fatto 😀 fine.';
    // Act
    const letter = await render('lettera', { ...example('lettera'), corpo });
    // Assess
    const text = (await textOf(letter.pdf)).flat().join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Colonna due -> tre v fatto ? fine.');
    expect(letter.unprintable.sort()).toEqual(['→', '✓', '😀'].sort());
  });

  it('addresses many bodies "in indirizzo" and lists them after the signatures', async () => {
    // Prepare: forty Ambiti, as a region writes to them.
    const destinatari = Array.from({ length: 40 }, (_, i) => ({ nome: `All’Ambito territoriale n. ${i + 1}`, pec: `ambito${i + 1}@pec.it` }));
    // Act
    const pages = await textOf((await render('lettera', { ...example('lettera'), destinatari })).pdf);
    // Assess
    const all = pages.flat().join(' ');
    const header = all.slice(0, all.indexOf('Oggetto:'));
    expect(header).toContain('Ai destinatari in indirizzo');
    expect(header).not.toContain('All’Ambito territoriale n.');
    expect(all.indexOf('Elenco dei destinatari')).toBeGreaterThan(all.indexOf(example('lettera').firmatari[0].nome));
    for (const d of destinatari) expect(all).toContain(`${d.nome} – PEC: ${d.pec}`);
  });

  it('continues a long letter on further pages, each with its page number', async () => {
    const corpo = Array.from({ length: 30 }, (_, i) => `Paragrafo ${i + 1}: ` + 'si richiama l’attenzione sugli adempimenti previsti dalla normativa vigente. '.repeat(4)).join('\n\n');
    const { pdf, pages } = await render('lettera', { ...example('lettera'), corpo });
    expect(pages).toBeGreaterThan(2);
    const text = await textOf(pdf);
    text.forEach((lines, i) => expect(lines.join(' ')).toContain(`Pagina ${i + 1} di ${pages}`));
  });
});

describe('PDF/A-2b', async () => {
  const { pdf, pages } = await render('convocazione', example('convocazione'));
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const titillium = (file: string) => readFileSync(join(dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/titillium-web/package.json')), file));

  it('has XMP metadata declaring PDF/A-2B, matching the document information', () => {
    const stream = doc.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream;
    expect(stream.dict.get(PDFName.of('Type'))).toEqual(PDFName.of('Metadata'));
    expect(stream.dict.get(PDFName.of('Subtype'))).toEqual(PDFName.of('XML'));
    const xmp = Buffer.from(stream.contents).toString('utf8');
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${doc.getTitle()}</rdf:li>`);
    expect(xmp).toContain(`<rdf:li>${doc.getAuthor()}</rdf:li>`);
    expect(stream.dict.get(PDFName.of('Filter'))).toBeUndefined();
    // The identification is in the PDF/A namespace, not merely a tag that looks like it.
    const description = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xmp)['x:xmpmeta']['rdf:RDF']['rdf:Description'];
    expect(description['@xmlns:pdfaid']).toBe('http://www.aiim.org/pdfa/ns/id/');
    expect([description['pdfaid:part'], description['pdfaid:conformance']]).toEqual([2, 'B']);
  });

  it('has an sRGB output intent and a document ID', () => {
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toEqual(PDFName.of('GTS_PDFA1'));
    const profile = intent.lookup(PDFName.of('DestOutputProfile')) as PDFRawStream;
    expect(profile.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    expect(doc.context.trailerInfo.ID).toBeDefined();
  });

  it('embeds every font as a subset: a TrueType program in its descriptor, an ABCDEF+ name, a ToUnicode map', () => {
    const fonts = fontsOf(doc);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fontProblems(fonts)).toEqual([]);
    for (const f of fonts) {
      expect(f).toMatchObject({ subtype: 'Type0', descendant: 'CIDFontType2', program: 'FontFile2', encoding: 'Identity-H', toUnicode: true, subsetTagged: true });
      expect(f.name).toMatch(/^[A-Z]{6}\+TitilliumWeb-/);
    }
    // A subset holds the glyphs the letter uses, not the typeface's whole repertoire.
    const full = glyphCount(titillium('400Regular/TitilliumWeb_400Regular.ttf'));
    for (const f of fonts) expect(glyphCount(f.programBytes!)).toBeLessThan(full / 2);
  });

  it('has every font pdf.js draws with found in the file, the XMP identification, the page count', async () => {
    const read = await readWithPdfjs(pdf);
    expect(read.pages).toBe(pages);
    expect(read.fonts.length).toBeGreaterThan(0);
    expect(read.fonts.filter((f) => f.missingFile)).toEqual([]);
    expect(read.xmp.get('pdfaid:part')).toBe('2');
    expect(read.xmp.get('pdfaid:conformance')).toBe('B');
    expect(read.encrypted).toBe(false);
  });

  it('is A4 on every page, with no encryption and no JavaScript', () => {
    expect(doc.getPageCount()).toBe(pages);
    for (const page of doc.getPages()) {
      expect(page.getMediaBox().width).toBeCloseTo(595.28, 1);
      expect(page.getMediaBox().height).toBeCloseTo(841.89, 1);
    }
    expect(doc.isEncrypted).toBe(false);
    expect(doc.context.trailerInfo.Encrypt).toBeUndefined();
    expect(javascriptIn(doc)).toEqual([]);
  });

  describe('the checks themselves fail where they should', () => {
    it('reports a standard font drawn without its program as not embedded, as pdf.js does', async () => {
      const plain = await PDFDocument.create();
      plain.addPage().drawText('Ciao', { font: await plain.embedFont(StandardFonts.Helvetica) });
      const bytes = await plain.save();
      expect(fontProblems(fontsOf(await PDFDocument.load(bytes)))).toContain('Helvetica: non incorporato');
      expect((await readWithPdfjs(bytes)).fonts).toEqual([{ name: 'Helvetica', missingFile: true }]);
    });

    it('reports a font embedded whole, without the subset tag, as not a subset', async () => {
      const whole = await PDFDocument.create();
      whole.registerFontkit(fontkit);
      const program = titillium('400Regular/TitilliumWeb_400Regular.ttf');
      whole.addPage().drawText('Ciao', { font: await whole.embedFont(program, { subset: false }) });
      const fonts = fontsOf(await PDFDocument.load(await whole.save()));
      expect(fontProblems(fonts)).toEqual([expect.stringMatching(/non in sottoinsieme/)]);
      expect(glyphCount(fonts[0].programBytes!)).toBe(glyphCount(program));
    });

    it('reports a subset-named font whose descriptor lost its program as not embedded', async () => {
      const stripped = await PDFDocument.load(pdf, { updateMetadata: false });
      for (const [, obj] of stripped.context.enumerateIndirectObjects()) {
        if (obj instanceof PDFDict && obj.get(PDFName.of('Type'))?.toString() === '/FontDescriptor') obj.delete(PDFName.of('FontFile2'));
      }
      const problems = fontProblems(fontsOf(stripped));
      expect(problems.length).toBe(fontsOf(doc).length);
      for (const p of problems) expect(p).toMatch(/^[A-Z]{6}\+TitilliumWeb-.*: non incorporato$/);
    });

    it('finds a JavaScript action and a document script', async () => {
      const scripted = await PDFDocument.load(pdf, { updateMetadata: false });
      scripted.catalog.set(PDFName.of('OpenAction'), scripted.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
      expect(javascriptIn(scripted)).toEqual([expect.stringMatching(/OpenAction: azione JavaScript$/)]);
      // A document-level script (the catalog's JavaScript name tree) is written when the file is saved.
      const plain = await PDFDocument.load(pdf, { updateMetadata: false });
      plain.addJavaScript('saluto', 'app.alert(2)');
      const saved = await PDFDocument.load(await plain.save(), { updateMetadata: false });
      expect(javascriptIn(saved)).toEqual(expect.arrayContaining([expect.stringMatching(/JavaScript: script del documento$/), expect.stringMatching(/azione JavaScript$/)]));
    });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { simpleParser } from 'mailparser';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { buildSegnatura, type SegnaturaInput } from '../../shared/pec/build-segnatura.ts';
import { buildEml } from '../../shared/pec/build-eml.ts';
import { mimeHeaderText, xmlText } from '../../shared/pec/safe-text.ts';
import { renderLetter } from '../../shared/render/render-letter.ts';
import { validateLetterInput } from '../../shared/render/validate-letter-input.ts';
import { XsdStructure, nonXmlChars } from './xsd-structure.ts';

/** Characters XML 1.0 cannot hold (or discourages), as they arrive pasted from Word or read from PDFs. */
export const HOSTILE: [string, string][] = [
  ['U+0001', '\u0001'],
  ['U+000B (a capo manuale di Word)', '\u000b'],
  ['U+001F', '\u001f'],
  ['U+FFFE', '\ufffe'],
  ['U+0000', '\u0000'],
  ['U+000C', '\u000c'],
  ['U+007F', '\u007f'],
  ['U+0085', '\u0085'],
  ['U+FFFF', '\uffff'],
  ['U+D800 (surrogato isolato)', '\ud800'],
  ['U+DFFF (surrogato isolato)', '\udfff'],
  ['U+1FFFE', '\u{1fffe}'],
];
/** Every one of them, kept apart so two lone surrogates never pair into a valid character. */
const ALL = HOSTILE.map(([, c]) => c).join('\u0001');
/** What a mail reader would show as garbage, or an XML parser refuse: C0/C1 controls, non-characters, lone surrogates. */
const GARBAGE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const SCHEMA = new URL('../../../shared/refs/agid-segnatura/segnatura_protocollo.xsd', import.meta.url);
const xsd = new XsdStructure(readFileSync(SCHEMA, 'utf8'));
const DS_SIGNATURE = '{http://www.w3.org/2000/09/xmldsig#}Signature';
const example = (t: string) => JSON.parse(readFileSync(new URL(`../../templates/examples/${t}.json`, import.meta.url), 'utf8'));

/** Well-formed XML 1.0: fast-xml-parser's validator, plus the character rule it does not check. */
function wellFormed(xml: string): { parser: true | unknown; chars: string[] } {
  return { parser: XMLValidator.validate(xml), chars: nonXmlChars(xml) };
}

const segnaturaWith = (c: string): SegnaturaInput => ({
  codiceAmministrazione: 'c_i158',
  codiceAoo: 'AOO_SS',
  codiceRegistro: 'REG_PROT',
  numero: '0000042',
  data: '2024-03-05',
  oggetto: `Piano${c}di Zona – riga 1${c}riga 2`,
  classifica: { codice: `VII${c}.3`, denominazione: `Servizi${c}sociali` },
  mittente: { denominazione: `Città${c}di San Severo`, pec: 'protocollo@pec.comune.it' },
  destinatari: [
    { denominazione: `Regione${c}Puglia`, codiceIpa: 'r_puglia', pec: 'inclusione@pec.regione.it', perConoscenza: false },
    { denominazione: `Cooperativa${c}«Aurora»`, perConoscenza: true },
  ],
  documento: { nome: '0000042.pdf', mimeType: 'application/pdf', sha256: new Uint8Array(32).fill(7) },
});

describe('text for XML and MIME (safe-text)', () => {
  it('keeps what XML 1.0 allows: accents, tabs, line breaks, characters beyond the BMP', () => {
    const text = 'Città – «ok»\tsì\nriga\r\n𝔄 😀 €';
    expect(xmlText(text)).toBe(text);
  });

  it.each(HOSTILE)('leaves out %s (a separator becomes a space)', (_name, c) => {
    const out = xmlText(`a${c}b`);
    expect(out).toMatch(/^a ?b$/);
    expect(nonXmlChars(`<x>${out}</x>`)).toEqual([]);
  });

  it('makes a header one line of printable text', () => {
    expect(mimeHeaderText(`Oggetto\r\n\tsu due\u000brighe${ALL}  fine `)).toBe('Oggetto su due righe fine');
  });
});

describe('segnatura.xml with characters outside XML 1.0 in every text', () => {
  it.each(HOSTILE)('%s: well-formed, and structurally valid against AgID’s schema but for the seal', (_name, c) => {
    const xml = buildSegnatura(segnaturaWith(c));
    expect(wellFormed(xml)).toEqual({ parser: true, chars: [] });
    expect(xsd.validate(xml, { absentAllowed: [DS_SIGNATURE] })).toEqual([]);
    // Without the AOO's seal the schema's last required element is missing, and only that.
    const strict = xsd.validate(xml);
    expect(strict).toHaveLength(1);
    expect(strict[0]).toMatch(/SegnaturaInformatica: .*attesi .*Signature\)$/);
  });

  it('keeps the text around a removed character, and turns Word’s line break into a space', () => {
    const xml = buildSegnatura(segnaturaWith('\u000b'));
    expect(xml).toContain('<prot:Oggetto>Piano di Zona – riga 1 riga 2</prot:Oggetto>');
    expect(buildSegnatura(segnaturaWith('\u0001'))).toContain('<prot:DenominazioneAmministrazione>Cittàdi San Severo</prot:DenominazioneAmministrazione>');
  });
});

describe('the structural schema check itself', () => {
  const good = buildSegnatura(segnaturaWith(' '));
  const check = (xml: string) => xsd.validate(xml, { absentAllowed: [DS_SIGNATURE] });

  it('accepts the segnatura with a ds:Signature in its place', () => {
    expect(xsd.validate(good.replace('<!--', '<ds:Signature/><!--'))).toEqual([]);
  });

  it.each([
    ['a number of fewer than 7 digits', (x: string) => x.replace('>0000042<', '>42<'), /NumeroRegistrazione.*pattern/],
    ['a date that is not xs:date', (x: string) => x.replace('>2024-03-05<', '>05/03/2024<'), /DataRegistrazione.*xs:date/],
    ['a missing Oggetto', (x: string) => x.replace(/<prot:Oggetto>.*<\/prot:Oggetto>/, ''), /Intestazione.*non conformi/],
    ['Classifica before Oggetto', (x: string) => x.replace(/(<prot:Oggetto>.*<\/prot:Oggetto>)(\s*)(<prot:Classifica>[\s\S]*?<\/prot:Classifica>)/, '$3$2$1'), /Intestazione.*non conformi/],
    ['an address type not in the enumeration', (x: string) => x.replace('prot:tipo="smtp"', 'prot:tipo="fax"'), /tipo.*valori ammessi/],
    ['an unqualified attribute', (x: string) => x.replace('prot:perConoscenza="true"', 'perConoscenza="true"'), /namespace sbagliato/],
    ['a wrong fixed version', (x: string) => x.replace('prot:versione="3.0.0"', 'prot:versione="2.0"'), /valore fisso 3\.0\.0/],
    ['no addressee', (x: string) => x.replace(/<prot:Destinatario[\s\S]*<\/prot:Destinatario>/, ''), /Descrizione.*non conformi/],
    ['an impronta that is not base64', (x: string) => x.replace(/(<prot:Impronta[^>]*>)[^<]*/, '$1non base64!'), /base64Binary/],
    ['text where elements are due', (x: string) => x.replace('<prot:Mittente>', '<prot:Mittente>testo'), /testo non ammesso/],
    ['an element of no namespace', (x: string) => x.replace(/prot:Oggetto>/g, 'Oggetto>'), /Intestazione.*non conformi/],
  ])('refuses %s', (_what, mutate, error) => {
    expect(check(good)).toEqual([]);
    expect(check(mutate(good)).join('\n')).toMatch(error);
  });
});

describe('.eml with characters outside XML 1.0 and MIME headers', () => {
  it.each(HOSTILE)('%s: no control character reaches a header, the body or the segnatura attached', async (_name, c) => {
    const segnatura = buildSegnatura(segnaturaWith(c));
    const eml = await buildEml({
      from: { name: `Città${c}di San Severo – Ufficio${c}di Piano`, address: 'protocollo@pec.comune.it' },
      to: ['inclusione@pec.regione.it'],
      cc: [],
      subject: `Prot. n. 0000042 del 05/03/2024 – Piano${c}di Zona`,
      text: `Si trasmette${c}la nota.\nOggetto: Piano${c}di Zona`,
      attachments: [
        { filename: '0000042.pdf', content: new Uint8Array([37, 80, 68, 70]), contentType: 'application/pdf' },
        { filename: `Segnatura${c}.xml`, content: segnatura, contentType: 'application/xml' },
      ],
      date: new Date('2024-03-05T10:00:00Z'),
      messageId: '<0000042.2024.c_i158@carteggio.local>',
    });
    // The raw message: 7-bit lines, no control character but CR LF (and tab, in folded headers).
    expect(eml.toString('latin1')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u00ff]/);
    const mail = await simpleParser(eml);
    expect(mail.subject).not.toMatch(GARBAGE);
    expect(mail.subject).toMatch(/^Prot\. n\. 0000042 del 05\/03\/2024 – Piano ?di Zona$/);
    expect(mail.from?.value[0].name).not.toMatch(GARBAGE);
    expect(mail.text).not.toMatch(GARBAGE);
    for (const a of mail.attachments) expect(a.filename).not.toMatch(GARBAGE);
    const attached = mail.attachments.find((a) => a.contentType === 'application/xml')!.content.toString('utf8');
    expect(wellFormed(attached)).toEqual({ parser: true, chars: [] });
  });
});

/** The XMP packet of a PDF (the catalog's /Metadata stream). */
async function xmpOf(pdf: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const stream = doc.context.lookup(doc.catalog.get(PDFName.of('Metadata'))) as PDFRawStream;
  return Buffer.from(stream.getContents()).toString('utf8');
}

describe('the PDF’s XMP metadata (XML too) with characters outside XML 1.0 in the subject and the sender', () => {
  it.each(HOSTILE)('%s', async (_name, c) => {
    const data = example('lettera');
    const v = validateLetterInput('lettera', { ...data, oggetto: `Piano${c}di Zona`, mittente: { ...data.mittente, ente: `Città${c}di San Severo` } });
    if (!v.ok) throw new Error(v.errors.join('\n'));
    const { pdf } = await renderLetter('lettera', v.value, { numero: '0000042', data: '2024-03-05' });
    const xmp = await xmpOf(pdf);
    expect(xmp).toContain('Piano');
    expect(wellFormed(xmp.replace(/<\?xpacket[^>]*\?>/g, ''))).toEqual({ parser: true, chars: [] });
  });
});

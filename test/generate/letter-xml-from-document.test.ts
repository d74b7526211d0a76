import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { simpleParser } from 'mailparser';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { UNSEALED_NOTE, generateLetter } from '../../shared/generate/generate-letter.ts';
import type { DocumentRecord } from '../../shared/records/document-record.ts';
import { memoryGenerateDeps } from './memory-generate-deps.ts';
import { XsdStructure, nonXmlChars } from '../pec/xsd-structure.ts';

/** Every character XML 1.0 cannot hold, kept apart so two lone surrogates never pair into a valid one. */
const ALL = ['\u0001', '\u000b', '\u001f', '\ufffe', '\u0000', '\u000c', '\u007f', '\u0085', '\uffff', '\ud800', '\udfff', '\u{1fffe}'].join('\u0001');
const GARBAGE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const xsd = new XsdStructure(readFileSync(new URL('../../../shared/refs/agid-segnatura/segnatura_protocollo.xsd', import.meta.url), 'utf8'));
const DS_SIGNATURE = '{http://www.w3.org/2000/09/xmldsig#}Signature';
const example = (t: string) => JSON.parse(readFileSync(new URL(`../../templates/examples/${t}.json`, import.meta.url), 'utf8'));
const wellFormed = (xml: string) => ({ parser: XMLValidator.validate(xml), chars: nonXmlChars(xml) });

async function xmpOf(pdf: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const stream = doc.context.lookup(doc.catalog.get(PDFName.of('Metadata'))) as PDFRawStream;
  return Buffer.from(stream.getContents()).toString('utf8');
}

/** `--from-document`: the fields of an ingested PDF reach the segnatura, the .eml and the XMP. */
describe('a letter pre-filled from an ingested document whose fields hold control characters', () => {
  const circular = (subject: string): DocumentRecord => ({
    id: 'b'.repeat(64),
    status: 'extracted',
    rejection: null,
    fileName: 'circolare.pdf',
    readerVersion: 2,
    size: 1,
    original: { bucket: 'carteggio-archive', key: 'originals/b' },
    text: null,
    facts: null,
    extraction: {
      fields: {
        docType: 'circolare', sender: 'Regione Calabria', protocol: { number: '0032047', date: '2021-01-26' }, documentDate: '2021-01-26',
        subject, recipients: [], cc: [], deadlines: [{ date: '2021-02-10' }], meetings: [], legalReferences: [], emails: [], signatories: [], amounts: [],
      },
      tags: [],
      evidence: {},
    },
    receivedAt: '2024-03-01T10:00:00.000Z',
    processedAt: '2024-03-01T10:00:01.000Z',
    durationMs: 1,
  });

  it('writes a well-formed, schema-conforming segnatura, a clean .eml and XMP, and records that the seal is missing', async () => {
    const deps = memoryGenerateDeps([circular(`Piani di Zona${ALL}– rendicontazione`)], () => new Date('2024-03-05T10:00:00Z'));
    const { oggetto, riferimento, scadenzaOriginale, ...rest } = example('sollecito');
    void oggetto; void riferimento; void scadenzaOriginale;
    const letter = await generateLetter({ template: 'sollecito', data: rest, fromDocumentId: 'b'.repeat(64) }, deps);
    expect(wellFormed(letter.segnatura)).toEqual({ parser: true, chars: [] });
    expect(xsd.validate(letter.segnatura, { absentAllowed: [DS_SIGNATURE] })).toEqual([]);
    const stored = Buffer.from(deps.files.get(`${letter.record.outputs.segnatura.bucket}/${letter.record.outputs.segnatura.key}`)!).toString('utf8');
    expect(stored).toBe(letter.segnatura);
    const mail = await simpleParser(letter.eml);
    expect(mail.subject).not.toMatch(GARBAGE);
    expect(mail.text).not.toMatch(GARBAGE);
    expect(wellFormed((await xmpOf(letter.pdf)).replace(/<\?xpacket[^>]*\?>/g, ''))).toEqual({ parser: true, chars: [] });
    expect(letter.record.sigilloSegnatura).toEqual({ apposto: false, nota: UNSEALED_NOTE });
    expect(letter.record.sigilloSegnatura?.nota).toMatch(/non sigillata.*ds:Signature/);
  });

  it('cuts a subject longer than a letter may hold, rather than refuse the letter', async () => {
    const deps = memoryGenerateDeps([circular('Rendicontazione '.repeat(200).trim())], () => new Date('2024-03-05T10:00:00Z'));
    const { oggetto, riferimento, scadenzaOriginale, ...rest } = example('sollecito');
    void oggetto; void riferimento; void scadenzaOriginale;
    const letter = await generateLetter({ template: 'sollecito', data: rest, fromDocumentId: 'b'.repeat(64) }, deps);
    expect(letter.record.oggetto.length).toBeLessThanOrEqual(500);
    expect(letter.record.oggetto).toMatch(/^Sollecito – Rendicontazione .*…$/);
  });

  it('uses the seal when one is configured, and records it', async () => {
    const deps = memoryGenerateDeps([], () => new Date('2024-03-05T10:00:00Z'));
    const seal = async (xml: string) => xml.replace(/<!--[^>]*-->/, '<ds:Signature/>');
    const letter = await generateLetter({ template: 'lettera', data: example('lettera') }, { ...deps, sealSegnatura: seal });
    expect(xsd.validate(letter.segnatura)).toEqual([]);
    expect(letter.record.sigilloSegnatura?.apposto).toBe(true);
  });
});

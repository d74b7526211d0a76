import { describe, expect, it } from 'vitest';
import { repairOcrAddress } from '../../shared/extract/ocr-address-repair.ts';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

// Addresses read by OCR from a scanned page, with one letter misread; the printed words are those of the
// document's own text layer. Addresses and names are invented.
describe('an e-mail address read by OCR with a letter wrong', () => {
  it('puts back a provider’s domain ("gmeil" is "gmail")', () => {
    expect(repairOcrAddress('assemblea.valdora@gmeil.com', new Set())).toBe('assemblea.valdora@gmail.com');
  });

  it('puts back a body’s word ("regiane" is "regione", "protocallo" is "protocollo")', () => {
    expect(repairOcrAddress('protocallo@regiane.valdora.it', new Set(['valdora']))).toBe('protocollo@regione.valdora.it');
  });

  it('puts back a word of a compound from the words the document prints ("tessilvaldoumbrla" beside "Tessilvaldo Umbria")', () => {
    expect(repairOcrAddress('ordini@tessilvaldoumbrla.it', new Set(['tessilvaldo']))).toBe('ordini@tessilvaldoumbria.it');
  });

  it('leaves a word one edit from two known words as read', () => {
    expect(repairOcrAddress('info@maroni.it', new Set(['marini', 'moroni']))).toBe('info@maroni.it');
  });

  it('leaves another form of a word as read ("metropolitana" beside a printed "metropolitane")', () => {
    expect(repairOcrAddress('studio@cittametropolitana.it', new Set(['citta', 'metropolitane']))).toBe('studio@cittametropolitana.it');
  });

  it('leaves short words as read', () => {
    expect(repairOcrAddress('uff@asl.it', new Set(['asp']))).toBe('uff@asl.it');
  });
});

describe('the addresses of a document', () => {
  const pages = () =>
    letterPages(`
COMUNE DI VALDORA
Oggetto: trasmissione

Scrivere a segreteria@gmeil.com per informazioni.
`);

  it('repairs an address read by OCR', () => {
    const scanned = pages();
    scanned[0].lines[2] = { ...scanned[0].lines[2], ocr: true };
    expect(extractFields(scanned).fields.emails).toEqual(['segreteria@gmail.com']);
  });

  it('keeps a printed address as printed', () => {
    expect(extractFields(pages()).fields.emails).toEqual(['segreteria@gmeil.com']);
  });
});

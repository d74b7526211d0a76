import { describe, expect, it } from 'vitest';
import { repairOcrAddress } from '../../shared/extract/ocr-address-repair.ts';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

// Addresses read by OCR from a scanned page, with one letter misread; the printed words are those of the
// document's own text layer. Addresses and names are invented.
describe('an e-mail address read by OCR with a letter wrong', () => {
  it('puts back a provider’s domain ("gmeil.com" is "gmail.com")', () => {
    expect(repairOcrAddress('assemblea.valdora@gmeil.com', new Set())).toBe('assemblea.valdora@gmail.com');
  });

  it('puts back a body’s word whose letter OCR took for a look-alike ("regiane", "protocallo")', () => {
    expect(repairOcrAddress('protocallo@regiane.valdora.it', new Set(['valdora']))).toBe('protocollo@regione.valdora.it');
  });

  it('puts back a word the document prints ("tessilvaldo" read "tessilvalda")', () => {
    expect(repairOcrAddress('ordini@tessilvalda.it', new Set(['tessilvaldo']))).toBe('ordini@tessilvaldo.it');
  });
});

describe('an e-mail address read right by OCR (misfires a fresh reader found)', () => {
  it.each([
    ['seambiente@postecert.it', 'a real PEC domain one letter from another'],
    ['mario.rossi@email.it', 'a provider one letter from another'],
    ['anna.bianchi@ymail.com', 'a provider one letter from another'],
    ['servizio.ambiente@comune.valdora.it', 'a word one letter longer than a known one'],
    ['protocollo@pec.comune.santa-maria.it', 'a word one letter shorter than a known one'],
    ['segretaria@comune.valdora.it', 'another form of a known word'],
    ['ragione.sociale@ditta.it', 'a word one letter from a known one, the letters unlike'],
  ])('leaves %s as read (%s)', (address) => {
    expect(repairOcrAddress(address, new Set(['valdora']))).toBe(address);
  });

  it('leaves a word the document prints one letter away as read, the letters unlike ("russo" beside "rosso")', () => {
    expect(repairOcrAddress('marco.russo@comune.valdora.it', new Set(['rosso', 'valdora']))).toBe('marco.russo@comune.valdora.it');
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

describe('a Region’s own domain read by OCR', () => {
  it('puts "fvg" back from "fug", one letter off a Region’s domain', () => {
    expect(repairOcrAddress('protezione.civile@certregione.fug.it', new Set())).toBe('protezione.civile@certregione.fvg.it');
  });
});

describe('a public body’s word with a c read as a t', () => {
  it('reads "pec.tomune.valdora.vd.it" as "pec.comune.valdora.vd.it"', () => {
    expect(repairOcrAddress('protocollo@pec.tomune.valdora.vd.it', new Set())).toBe('protocollo@pec.comune.valdora.vd.it');
  });
});

describe('look-alike letters in an address’s shorter and longer words', () => {
  it('puts back a four-letter word of public bodies’ addresses ("infa@" → "info@")', () => {
    expect(repairOcrAddress('infa@tecnoidraulica.it', new Set())).toBe('info@tecnoidraulica.it');
  });

  it('puts back two look-alike letters in a long word ("protacallo" → "protocollo")', () => {
    expect(repairOcrAddress('protacallo@pec.comune.valdora.it', new Set())).toBe('protocollo@pec.comune.valdora.it');
  });

  it('leaves a four-letter word that is no address word as read ("sala")', () => {
    expect(repairOcrAddress('sala@teatro.it', new Set())).toBe('sala@teatro.it');
  });
});

describe('certified-mail words and an extra letter in an address read by OCR', () => {
  it('puts back "postacert" in a Region’s PEC domain ("pastacert")', () => {
    expect(repairOcrAddress('stpc.valdora@pastacert.regione.emilia-romagna.it', new Set())).toBe('stpc.valdora@postacert.regione.emilia-romagna.it');
  });

  it('drops a letter OCR added to a body’s word ("comunce" → "comune")', () => {
    expect(repairOcrAddress('borse.scuola@comunce.valdora.it', new Set())).toBe('borse.scuola@comune.valdora.it');
  });

  it('leaves a word one letter longer than no body’s word as read ("comunale")', () => {
    expect(repairOcrAddress('ufficio@polizia.comunale.valdora.it', new Set())).toBe('ufficio@polizia.comunale.valdora.it');
  });
});

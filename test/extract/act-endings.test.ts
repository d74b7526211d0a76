import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

// What comes after the text of an act or a letter: its signature, a counterparty's acceptance, an annex
// form to fill in. Bodies, names and numbers are invented.

describe('a convocation with no subject line', () => {
  // Prepare: the addressees and copies in the right column; then a heading and the body across the page;
  // the President signs in the right column at the end.
  const pages = letterPages(`
COMUNE DI VALDORA
Presidenza del Consiglio Comunale

>Ai Consiglieri comunali
>Al Sindaco
>e, p.c. Al Prefetto di Valdora
>Al Comando Stazione Carabinieri

AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE
Il Presidente del Consiglio Comunale, ai sensi del vigente Regolamento del Consiglio, convoca il Consiglio in seduta ordinaria

Valdora, 12 marzo 2031
>Il Presidente del Consiglio Comunale
>Rosa Neri
`);

  it('reads the copies above the body and not the signature below it', () => {
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.cc).toEqual(['Al Prefetto di Valdora', 'Al Comando Stazione Carabinieri']);
  });
});

describe('a counterparty’s acceptance under an act', () => {
  it('is not a signatory of the issuing body', () => {
    // Prepare: the mayor signs the decree; the appointee signs for acceptance under it.
    const pages = letterPages(`
COMUNE DI VALDORA

DECRETO SINDACALE N. 4 DEL 03/03/2031

Oggetto: nomina del responsabile dell'Area Servizi Sociali

Si nomina la dott.ssa Lia Verdi responsabile dell'Area.

>IL SINDACO
>Mario Rossi

Per accettazione:
L'incaricata – f.to dott.ssa Lia Verdi
`);
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.signatories).toEqual([{ role: 'IL SINDACO', name: 'Mario Rossi' }]);
  });
});

describe('a letter with an annex form to fill in', () => {
  it('takes its signatories from the letter, not from the form’s blank signature line', () => {
    // Prepare: page 1 the letter, page 2 the annex form with blanks and its own signature line.
    const pages = letterPages(
      `
ASL VALDORA
Prot. n. 1234 del 02/02/2031

>Ai Responsabili degli Uffici di Piano

Oggetto: rilevazione delle dimissioni protette

Si chiede di compilare la scheda allegata.

>Il Direttore del Distretto
>Anna Bianchi
`,
      `
Allegato 1 - SCHEDA DI RILEVAZIONE
Distretto | ______________________
Comune capofila | ______________________
Numero di persone | ______________________
Referente | ______________________

Il Responsabile dell'Ufficio di Piano ______________________
`,
    );
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.signatories).toEqual([{ role: 'Il Direttore del Distretto', name: 'Anna Bianchi' }]);
  });
});

describe('a cover letter with an annex sheet signed by another office', () => {
  it('takes its signatories from the cover letter, not from the annex headed "ALLEGATO"', () => {
    // Prepare: page 1 the Comune's cover letter; page 2 the annex sheet, filled in and signed by the Ufficio di Piano.
    const pages = letterPages(
      `
COMUNE DI VALDORA
Prot. n. 1234 del 02/02/2031

>Alla Regione Valdora

Oggetto: inoltro della scheda di censimento

Si trasmette la scheda allegata.

>Il Responsabile del Servizio Politiche Sociali
>f.to dott. Rocco Verdi
`,
      `
ALLEGATO - SCHEDA DI CENSIMENTO DEL PERSONALE
Profilo professionale | Unità
Assistenti sociali | 9

>Il Coordinatore dell'Ufficio di Piano
>Nicola Bianchi
`,
    );
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.signatories).toEqual([{ role: 'Il Responsabile del Servizio Politiche Sociali', name: 'Rocco Verdi' }]);
  });
});

describe('the attestation of publication signed by its clerk', () => {
  it('reads "L’addetto alla pubblicazione" as a role', () => {
    const pages = letterPages(`
COMUNE DI VALDORA
DETERMINAZIONE N. 12 DEL 03/03/2031

Oggetto: approvazione del POA

Si approva il POA.

>Il Responsabile del Servizio
>Anna Neri

CERTIFICATO DI PUBBLICAZIONE
Si certifica che la presente è pubblicata all'albo dal 04/03/2031.
>L'addetto alla pubblicazione
>Maria Fois
`);
    const { fields } = extractFields(pages);
    expect(fields.signatories).toContainEqual({ role: "L'addetto alla pubblicazione", name: 'Maria Fois' });
  });
});

describe('a purchase letter followed by the supplier’s quote', () => {
  const letter = `
PREFETTURA DI VALDORA
Prot. n. 0004411 del 12/03/2031

>Alla ditta Tessilvaldo S.r.l.
>Via dei Tessitori, 4 – Valdora

Oggetto: ordinativo di fornitura di coperte

Si ordina la fornitura descritta nel preventivo allegato.

>Il Dirigente
>Marta Galli
`;
  const quote = `
TESSILVALDO S.r.l.
Via dei Tessitori, 4 – Valdora – P.IVA 01234567890
PREVENTIVO N. 12/2031 del 02/03/2031
Spett.le Prefettura di Valdora
Coperte in lana | 200 | € 35,00 | € 7.000,00
Per accettazione: ____________________

»Tessilvaldo S.r.l.
»Il Legale Rappresentante
»Bruno Sala
`;

  it('takes its signatories from the letter, not from the supplier’s side of the quote', () => {
    const { fields } = extractFields(letterPages(letter, quote));
    expect(fields.signatories).toEqual([{ role: 'Il Dirigente', name: 'Marta Galli' }]);
  });

  it('takes no signatory from a scanned quote whose "S.r.l." OCR read "5.R.L." and whose heading stands below the customer’s block', () => {
    // Prepare: the quote as OCR reads it: the legal form's S as a 5, the place and date and a three-line "Spett.le" block above its heading.
    const scannedQuote = `
TESSILVALDO 5.R.L.
Via dei Tessitori, 4 – Valdora – P.IVA 01234567890
»Valdora, 02/03/2031
>Spett.le Prefettura di Valdora
>Ufficio Contratti
>Via Roma, 1 – Valdora
PREVENTIVO N. 12/2031
Coperte in lana | 200 | € 35,00 | € 7.000,00

»Tessilvaldo S.r.l.
»Il Legale Rappresentante
»Bruno Sala
`;
    const { fields } = extractFields(letterPages(letter, scannedQuote));
    expect(fields.signatories).toEqual([{ role: 'Il Dirigente', name: 'Marta Galli' }]);
  });

  it('still counts the quote’s figures among the amounts', () => {
    const { fields } = extractFields(letterPages(letter, quote));
    expect(fields.amounts).toEqual(expect.arrayContaining([35, 7000]));
  });

  it('keeps a letter whose second page goes on about the company, signed at its end', () => {
    // Prepare: page 2 continues the letter; it names the company, but no quote of the company's heads it.
    const second = `
la ditta Tessilvaldo S.r.l. consegnerà le coperte entro trenta giorni dall'ordine.

>Il Dirigente
>Marta Galli
`;
    const { fields } = extractFields(letterPages(letter.replace(/>Il Dirigente\n>Marta Galli\n/, ''), second));
    expect(fields.signatories).toEqual([{ role: 'Il Dirigente', name: 'Marta Galli' }]);
  });
});

describe('a determinazione whose second page lists the invoices it pays (a misfire a fresh reader found)', () => {
  it('keeps its signatory: a row naming an invoice and a company is no supplier’s document', () => {
    const pages = letterPages(
      `
COMUNE DI VALDORA
DETERMINAZIONE N. 123 DEL 12/03/2031
Oggetto: liquidazione di fatture per forniture di cancelleria
Viste le fatture elettroniche di seguito elencate:
`,
      `
Fattura n. 12/PA del 10/02/2031 | Cartoleria Alfa S.r.l. | € 1.200,00
Fattura n. 14/PA del 12/02/2031 | Cartoleria Alfa S.r.l. | € 300,00
DETERMINA
di liquidare le fatture elencate.

>Il Responsabile del Settore
>Mario Rossi
`,
    );
    expect(extractFields(pages).fields.signatories).toEqual([{ role: 'Il Responsabile del Settore', name: 'Mario Rossi' }]);
  });
});

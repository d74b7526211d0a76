import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

// An act is dated in its heading; the visas, opinions and attestations printed after it carry their own days.
describe('an act followed by its attestation of publication', () => {
  const pages = letterPages(`
COMUNE DI ROCCALTA

DELIBERAZIONE DELLA GIUNTA COMUNALE N. 31 DEL 04-05-2031

Oggetto: approvazione del progetto dei centri estivi

L'anno duemilatrentuno, il giorno quattro del mese di maggio, si è riunita la Giunta Comunale.

DELIBERA

di approvare il progetto.

IL SINDACO | IL SEGRETARIO COMUNALE
Anna Rossi | Marco Bianchi

ATTESTATO DI PUBBLICAZIONE
La presente deliberazione viene pubblicata all'Albo pretorio dal 06-05-2031 per quindici giorni.
»Roccalta, lì 06-05-2031
»Il Messo comunale
»Luigi Verdi
`);

  it('takes the date of the act’s heading, not the attestation’s', () => {
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.documentDate).toBe('2031-05-04');
  });
});

describe('a certificate of publication that is the whole document', () => {
  const pages = letterPages(`
COMUNE DI ROCCALTA

CERTIFICATO DI PUBBLICAZIONE

Si certifica che la Delibera di Giunta n. 31 del 04/05/2031 è affissa all'Albo dal 06/05/2031.

Roccalta, 06/05/2031 | IL SEGRETARIO COMUNALE
`);

  it('is dated by its own place-and-date line', () => {
    const { fields } = extractFields(pages);
    expect(fields.documentDate).toBe('2031-05-06');
  });
});

describe('a visa issued as a sheet of its own', () => {
  it('is dated by its own place-and-date line, not by the act its heading names', () => {
    // Prepare: the determinazione's number and date head the sheet; the sheet is signed two days later.
    const pages = letterPages(`
Determinazione n. 87 del 14/10/2031 - Allegato: visto di regolarità contabile
COMUNE DI VALDORA

VISTO DI REGOLARITÀ CONTABILE
Determinazione del Settore Servizi Sociali | N. 87 del 14/10/2031

Oggetto: affidamento del servizio di trasporto sociale

Si attesta la copertura finanziaria della spesa.

Valdora, 16.10.2031

>IL RESPONSABILE DEL SERVIZIO FINANZIARIO
>Anna Conte
`);
    // Act
    const date = extractFields(pages).fields.documentDate;
    // Assess
    expect(date).toBe('2031-10-16');
  });
});

describe('an act’s heading numbered by an office code', () => {
  it('dates the act from "DETERMINAZIONE DIRIGENZIALE DPH004/214 del 22 aprile 2031"', () => {
    const pages = letterPages(`
GIUNTA REGIONALE DI VALDORA
DETERMINAZIONE DIRIGENZIALE DPH004/214 del 22 aprile 2031

OGGETTO: riparto delle risorse agli Enti d'Ambito
`);
    expect(extractFields(pages).fields.documentDate).toBe('2031-04-22');
  });
});

describe('an act’s number and date in a cell beside the subject', () => {
  it('dates the act from "N. 38 del 19/03/2031" under its kind', () => {
    const pages = letterPages(`
COMUNE DI VALDORA
Provincia di Valdora
COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE
N. 38 del 19/03/2031 | OGGETTO: contributi alle associazioni
`);
    expect(extractFields(pages).fields.documentDate).toBe('2031-03-19');
  });
});

describe('a dateline written "Dato in …, addì …"', () => {
  it('dates the decree from its dateline, a place with "nel" in its name', () => {
    const pages = letterPages(`
COMUNE DI MONTEVALDO NEL SANNIO
Prot. n. 0000512 del 03/02/2031

Oggetto: nomina del responsabile

Si nomina il responsabile.

Dato in Montevaldo nel Sannio, addì 2 febbraio 2031
`);
    expect(extractFields(pages).fields.documentDate).toBe('2031-02-02');
  });
});

describe('a subject that wraps onto a line of a weekday and a date', () => {
  it('is no dateline: the place-and-date line at the end dates the act', () => {
    const pages = letterPages(`
PROVINCIA DI VALDORA
DECRETO DEL PRESIDENTE | n° 47 del 12/05/2031

OGGETTO: INDIZIONE DELLE ELEZIONI DEL CONSIGLIO PROVINCIALE PER
DOMENICA 5 LUGLIO 2031.

Si indicono le elezioni.

Valdora, lì 13.05.31
`);
    expect(extractFields(pages).fields.documentDate).toBe('2031-05-13');
  });
});

describe('a board’s proposal headed by the session it is for', () => {
  it('is dated by the session in its heading', () => {
    const pages = letterPages(`
Senato Accademico – seduta del 21 aprile 2031 – Proposta di delibera – Punto 5.2

Oggetto: modifiche al regolamento

IL SENATO ACCADEMICO
`);
    expect(extractFields(pages).fields.documentDate).toBe('2031-04-21');
  });

  it('is not dated by a session cited in its text', () => {
    const pages = letterPages(`
UNIVERSITÀ DEGLI STUDI DI VALDORA

Oggetto: modifiche al regolamento

Il Senato, nella seduta del 21 aprile 2031, ha espresso parere favorevole sulla proposta di delibera.
`);
    expect(extractFields(pages).fields.documentDate).toBeNull();
  });
});

describe('a sheet annexed to an act, headed by it', () => {
  it('is dated by the act it is annexed to, whose number has a letter prefix', () => {
    // Prepare: an accounting sheet whose only heading names its determinazione; no place-date line, no protocol.
    const pages = letterPages(`
Direzione Regionale Politiche Sociali
SCHEDA CONTABILE
Allegato alla Determinazione n. H04412 del 21/09/2031
Capitolo di bilancio | U0000H41000
Importo complessivo | € 120.000,00
`);
    // Act
    const { documentDate } = extractFields(pages).fields;
    // Assess
    expect(documentDate).toBe('2031-09-21');
  });

  it('is not dated by an act cited in a sentence that mentions its annex', () => {
    const pages = letterPages(`
Direzione Regionale Politiche Sociali
Si trasmette la scheda, come previsto nell'allegato alla Determinazione n. H04412 del 21/09/2031.
`);
    expect(extractFields(pages).fields.documentDate).toBeNull();
  });
});

describe('an act’s heading set as a table', () => {
  it('is dated by the "Data" cell beside its number', () => {
    const pages = letterPages(`
COMUNE DI VALDORA
COPIA
DELIBERAZIONE DELLA GIUNTA COMUNALE
N. 87 | Data 14/10/2031

OGGETTO: APPROVAZIONE DEL PROGETTO
`);
    expect(extractFields(pages).fields.documentDate).toBe('2031-10-14');
  });

  it('is dated by the "Data" row of an annex’s table, not by its publication row', () => {
    const pages = letterPages(`
REGIONE VALDORA
ALLEGATO ALLA DETERMINAZIONE DIRIGENZIALE
Numero | 15AJ.2031/D.01842
Data pubblicazione all'Albo | 20/10/2031
Data | 12/10/2031

SCHEDA CONTABILE
`);
    expect(extractFields(pages).fields.documentDate).toBe('2031-10-12');
  });
});

describe('a table under an act’s heading about something else (misfires a fresh reader found)', () => {
  it('takes no date from a supplier’s invoice table', () => {
    const pages = letterPages(`
COMUNE DI VALDORA
PROVVEDIMENTO DI LIQUIDAZIONE
Fornitore | Cartoleria Alfa S.r.l.
Fattura n. | 123/2031
Data | 01/09/2031
Importo | € 1.220,00

Oggetto: liquidazione della fattura
`);
    expect(extractFields(pages).fields.documentDate).toBeNull();
  });

  it('takes no date from an applicant’s request table', () => {
    const pages = letterPages(`
COMUNE DI VALDORA
ORDINANZA DIRIGENZIALE N. 45
Richiedente | Edil Beta S.r.l.
Istanza prot. n. | 3321
Data | 03/10/2031

Oggetto: chiusura temporanea di via Roma
`);
    expect(extractFields(pages).fields.documentDate).toBeNull();
  });
});

describe('a cited act’s type before its date', () => {
  it('is no place-and-date line ("D.M. 26/09/2016" wrapped alone in a table cell)', () => {
    // Prepare: the notice's date is its protocol's; the cell's wrapped line cites a ministerial decree by its date.
    const pages = letterPages(`CONSORZIO SOCIALE VALDORA
Prot. N. 0004521 del 12/03/2031

Oggetto: assegni di cura

Linea | Destinatari | Risorse
A | persone di cui all'art. 3 del | 874.020,00
D.M. 26/09/2016`);
    // Act
    const { documentDate } = extractFields(pages).fields;
    // Assess
    expect(documentDate).toBe('2031-03-12');
  });
});

describe('a certificate dated from the town hall', () => {
  it('reads "Dalla Residenza Municipale, lì diciannove ottobre duemilatrentuno" as its place-and-date line', () => {
    const pages = letterPages(`COMUNE DI VALDORA\n\nCERTIFICATO DI PUBBLICAZIONE\n\nSi certifica che la deliberazione è stata pubblicata all'Albo.\n\nDalla Residenza Municipale, lì diciannove ottobre duemilatrentuno\n\n>Il Messo Comunale`);
    expect(extractFields(pages).fields.documentDate).toBe('2031-10-19');
  });
});

describe('a dateline printed after the protocol on its line', () => {
  it('dates the letter from "Prot. n. … – Place, date", not from the dateline of the quote annexed to it', () => {
    // Prepare: the order's protocol and dateline share a line; the supplier's quote on page 2 (its heading
    // lost to OCR, as on a scan) has its own dateline.
    const pages = letterPages(
      `REGIONE VALDORA\n\nProt. n. 21457/PC – Borgo Alto, 14 ottobre 2031\n\n>Alla ditta Rossi S.r.l.\n\nOggetto: ordine di fornitura\n\nSi ordina la fornitura del Vostro preventivo.\n\n>Il Dirigente\n>Mario Bianchi`,
      `ROSSI S.R.L.\n\nN. 114/2031 del 02/10/2031\n\nPos. 1 – torre faro – € 5.480,00\n\nValdora, 2 ottobre 2031\n\nIl Legale Rappresentante – Ivo Rossi`,
    );
    // Act
    const { documentDate } = extractFields(pages).fields;
    // Assess
    expect(documentDate).toBe('2031-10-14');
  });
});

describe('a receiver’s register stamp over the letterhead', () => {
  it('is no dateline: "ARRIVO del …" does not date the letter, its own protocol does', () => {
    // Prepare: the Ministry's note, received and stamped by a Region the day after.
    const pages = letterPages(
      `»REGIONE VALDORA\n»Protocollo n. 0031287/14A2\n»ARRIVO del 13/02/2031\nMINISTERO DEL LAVORO E DELLE POLITICHE SOCIALI\n\nProt. n. 0001873 del 12/02/2031\n\n>Alle Regioni\n\nOggetto: riparto del Fondo\n\nSi comunica il riparto.\n\n>IL DIRETTORE GENERALE\n>Lorenzo Neri`,
    );
    // Act
    const { documentDate } = extractFields(pages).fields;
    // Assess
    expect(documentDate).toBe('2031-02-12');
  });
});

describe('an act dated only by its opening formula, the year first', () => {
  it.each([
    ["L'anno duemilatrentuno, il giorno quindici del mese di ottobre, alle ore 9:45, si è riunito il Coordinamento.", '2031-10-15'],
    ["L'anno 2031, addì 28 del mese di ottobre, presso la sede del Comune, tra i Comuni associati", '2031-10-28'],
  ])('is dated by "%s"', (opening, iso) => {
    const pages = letterPages(`AMBITO TERRITORIALE SOCIALE VALDORA\n\nVERBALE DI DELIBERAZIONE\n\nOGGETTO: programmazione del Fondo\n\n${opening}\n\nIl Coordinamento approva la programmazione.`);
    expect(extractFields(pages).fields.documentDate).toBe(iso);
  });

  it('is not dated by such a formula in the middle of a sentence', () => {
    const pages = letterPages(`COMUNE DI VALDORA\n\nOGGETTO: relazione\n\nSi ricorda che nel corso dell'anno 2031, il giorno 15 ottobre, si è tenuto il convegno.`);
    expect(extractFields(pages).fields.documentDate).toBeNull();
  });
});

describe('an act of a register of acts', () => {
  it('is dated by its heading "Rep. atti n. 9/CU del 29 gennaio 2031"', () => {
    const pages = letterPages(`CONFERENZA UNIFICATA\n\nRep. atti n. 9/CU del 29 gennaio 2031\n\nIntesa sullo schema di decreto di riparto del Fondo.\n\nLA CONFERENZA UNIFICATA\n\nSANCISCE L'INTESA`);
    expect(extractFields(pages).fields.documentDate).toBe('2031-01-29');
  });
});

describe('minutes that recall the call of their meeting', () => {
  it('are dated by their opening formula though "a seguito di convocazione prot. n. …" follows it', () => {
    const pages = letterPages(
      "AMBITO TERRITORIALE SOCIALE VALDORA\n\nVERBALE DI DELIBERAZIONE N. 7\n\nOGGETTO: programmazione del Fondo\n\nL'anno duemilatrentuno, il giorno quindici del mese di ottobre, alle ore 9:45, nella Sala consiliare del Comune di Valdora,\na seguito di convocazione prot. n. 48213 del 02/10/2031, si è riunito in prima convocazione il Coordinamento Istituzionale.",
    );
    expect(extractFields(pages).fields.documentDate).toBe('2031-10-15');
  });
});

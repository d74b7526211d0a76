import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

describe('a protocol stamp with a classification line', () => {
  // Prepare: the stamp in the right column, and a place line whose date was never filled in.
  const pages = letterPages(`
REGIONE VALDORA
Dipartimento Politiche della Persona

>Protocollo in uscita N. 0045678
>del 14/05/2031 ore 09:12
>Classificazione 07.03.01 – Fascicolo 2031/4

Valdora,

>Ai Comuni capofila degli Ambiti

Oggetto: liquidazione della prima quota del fondo
`);

  it('does not read the classification code as the document’s date', () => {
    // Act
    const { fields } = extractFields(pages);
    // Assess: the date is the protocol's, the only full date the letter bears.
    expect(fields.documentDate).toBe('2031-05-14');
  });
});

describe('a segnatura written with slashes: IPA code, AOO, register, date, number', () => {
  const pages = letterPages(`
REGIONE VALDORA
Sezione Inclusione Sociale

r_valdora/AOO_021/PROT/03/04/2031/0004567

>Al Comune di Montefalco

Oggetto: richiesta di integrazione documentale
`);

  it('reads the number at its end and the date inside it', () => {
    const { fields } = extractFields(pages);
    expect(fields.protocol).toEqual({ number: '0004567', date: '2031-04-03' });
  });

  it('dates the document from it when no place-and-date line is printed', () => {
    const { fields } = extractFields(pages);
    expect(fields.documentDate).toBe('2031-04-03');
  });
});

describe('minutes without a subject line that cite the convocation’s protocol', () => {
  const wrapped = letterPages(`
UNIONE DEI COMUNI DI VALDORA

VERBALE N. 3 DEL 12 MARZO 2031

Il giorno 12 marzo 2031, alle ore 9:00, presso la sala consiliare dell'Unione, a seguito di
convocazione prot. n. 4455 del 05/03/2031, si è riunita la Conferenza dei Sindaci dell'Ambito.
`);

  it('does not take a number cited in a sentence that runs on from the line above', () => {
    const { fields } = extractFields(wrapped);
    expect(fields.protocol).toBeNull();
  });

  it('does not take a number cited inside a sentence on one line of prose', () => {
    const { fields } = extractFields(
      letterPages(`
UNIONE DEI COMUNI DI VALDORA

VERBALE N. 3 DEL 12 MARZO 2031

In seguito alla convocazione prot. n. 4455 del 05/03/2031 si è riunita la Conferenza dei Sindaci dell'Ambito.
`),
    );
    expect(fields.protocol).toBeNull();
  });

  it('dates the minutes from their heading', () => {
    const { fields } = extractFields(wrapped);
    expect(fields.documentDate).toBe('2031-03-12');
  });

  it('still takes a protocol printed after the office’s name on a short heading line', () => {
    const { fields } = extractFields(
      letterPages(`
UNIONE DEI COMUNI DI VALDORA
Ufficio di Piano – Prot. n. 0000777 del 01/02/2031

Si comunica che gli uffici resteranno chiusi nella giornata di lunedì.
`),
    );
    expect(fields.protocol).toEqual({ number: '0000777', date: '2031-02-01' });
  });
});

describe('a segnatura of any register, by its IPA code and dotted fields', () => {
  it('reads a Prefettura’s segnatura at the head of the letter as the protocol', () => {
    // Prepare: the segnatura printed under the letterhead, above the subject (up the margin it reads the same).
    const pages = letterPages(`
Prefettura di Valdora
Ufficio Territoriale del Governo
m_it.AOO-VA_UTGVA.REG-UFF.0018734.08-06-2031

Valdora, 9 giugno 2031

Ai Sindaci dei Comuni della provincia

Oggetto: convocazione della cabina di regia

Si comunica quanto segue.
`);
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.protocol).toEqual({ number: '0018734', date: '2031-06-08' });
  });

  it('does not take an incoming register’s segnatura for the letter’s own', () => {
    const pages = letterPages(`
Comune di Valdora

c_x123.AOO_VA.REGISTRO UFFICIALE(E).0004411.03-02-2031

Alla Regione

Oggetto: richiesta di dati
`);
    expect(extractFields(pages).fields.protocol).toBeNull();
  });
});

describe('the writer’s own reference', () => {
  it('reads "Ns. Prot. n." as the letter’s protocol under a letterhead’s line of words', () => {
    // Prepare: the line above is a sentence-like line of the letterhead, not the body.
    const pages = letterPages(`
SOLE NASCENTE SOCIETÀ COOPERATIVA SOCIALE
a responsabilità limitata - ONLUS - Servizi educativi, sociali e socio-sanitari
Ns. Prot. n. 45/2031/DG

Spett.le
Comune di Valdora

Oggetto: manifestazione di interesse
`);
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.protocol?.number).toBe('45/2031/DG');
  });
});

describe('an outgoing stamp that says "Partenza"', () => {
  it('reads "Protocollo Partenza N." as the letter’s own protocol', () => {
    const pages = letterPages(`
REGIONE VALDORA
>REGIONE VALDORA - GIUNTA REGIONALE
>Protocollo Partenza N. 61874/2031 del 14-04-2031

>Ai Comuni capofila degli Ambiti

Oggetto: rendicontazione del fondo
`);
    expect(extractFields(pages).fields.protocol).toEqual({ number: '61874/2031', date: '2031-04-14' });
  });
});

describe('a general register’s stamp with dashes between its fields', () => {
  it('reads "Protocollo Generale - N. 0143382/2031 del 08/09/2031 - Uscita" as the letter’s own protocol', () => {
    const pages = letterPages(`
COMUNE DI VALDORA - Protocollo Generale - N. 0143382/2031 del 08/09/2031 - Uscita
COMUNE DI VALDORA

>Ai Sindaci dell'Ambito

Oggetto: convocazione del Comitato dei Sindaci
`);
    expect(extractFields(pages).fields.protocol).toEqual({ number: '0143382/2031', date: '2031-09-08' });
  });
});

describe('a titolario class of a stamp read by OCR', () => {
  const stamped = (ocr: boolean) => {
    const pages = letterPages(`
LICEO STATALE "GALILEI" DI VALDORA
Prot. n. 0004127/11.3 del 28/04/2031

>Ai Docenti

Oggetto: convocazione del Collegio dei Docenti
`);
    pages[0].lines[1] = { ...pages[0].lines[1], ocr };
    return extractFields(pages).fields.protocol?.number;
  };

  it('gives the Roman class back where OCR read its I’s as 1’s ("/11.3" is "/II.3")', () => {
    expect(stamped(true)).toBe('0004127/II.3');
  });

  it('leaves a printed number as printed', () => {
    expect(stamped(false)).toBe('0004127/11.3');
  });

  it('leaves a class of one "1" as read: an Arabic class 1 is printed so', () => {
    const pages = letterPages(`
COMUNE DI VALDORA
Prot. n. 4567/1.6 del 28/04/2031

Oggetto: comunicazione
`);
    pages[0].lines[1] = { ...pages[0].lines[1], ocr: true };
    expect(extractFields(pages).fields.protocol?.number).toBe('4567/1.6');
  });
});

describe('a number with its register’s direction letter', () => {
  it('reads "Protocollo U.0587412 del 19-06-2031" as number 0587412', () => {
    const pages = letterPages(`
REGIONE VALDORA - Protocollo U.0587412 del 19-06-2031 - Direzione Inclusione Sociale

>Ai Distretti socio-sanitari

Oggetto: sollecito
`);
    expect(extractFields(pages).fields.protocol).toEqual({ number: '0587412', date: '2031-06-19' });
  });
});

describe('a general register’s label abbreviated "Prot. gen. n."', () => {
  it('reads the number after it', () => {
    const pages = letterPages(`
CITTÀ DI VALDORA
Prot. gen. n. 0009874 | Valdora, 05/03/2031

>Ai cittadini

Oggetto: contributi
`);
    expect(extractFields(pages).fields.protocol?.number).toBe('0009874');
  });
});

describe('a bare "Rif. Prot." on the letter’s own heading line', () => {
  const letter = (line: string) =>
    letterPages(`
AZIENDA SPECIALE CONSORTILE "COMUNI INSIEME"
${line}

>Ai Sindaci dei Comuni soci

OGGETTO: convocazione dell'assemblea consortile
`);

  it('is the letter’s own number when nothing else numbers it ("Bollate, 14 aprile 2031 - Rif. Prot. n. 0000981/2031")', () => {
    expect(extractFields(letter('Bollate, 14 aprile 2031 - Rif. Prot. n. 0000981/2031')).fields.protocol).toEqual({ number: '0000981/2031', date: '2031-04-14' });
  });

  it('is another letter’s number when it cites a note ("Rif. nota prot. n. …")', () => {
    expect(extractFields(letter('Bollate, 14 aprile 2031 - Rif. nota prot. n. 0000981/2031')).fields.protocol).toBeNull();
  });
});

describe('a segnatura of the Presidenza del Consiglio', () => {
  const letter = (segnatura: string) =>
    letterPages(`
${segnatura}
Presidenza del Consiglio dei Ministri
DIPARTIMENTO PER LE POLITICHE DELLA FAMIGLIA

>Alla Società Segni & Parole s.r.l.

Oggetto: affidamento del servizio di interpretariato
`);

  it('reads "DIPOFAM-0003871-P-16/03/2031", sent (P), as the letter’s own protocol', () => {
    expect(extractFields(letter('DIPOFAM-0003871-P-16/03/2031')).fields.protocol).toEqual({ number: '0003871', date: '2031-03-16' });
  });

  it('leaves a received one ("… -A- …") to the register that received it', () => {
    expect(extractFields(letter('DIPOFAM-0003871-A-16/03/2031')).fields.protocol).toBeNull();
  });
});

describe('a segnatura that opens with its number and date, as the Ministry of Health prints it', () => {
  const letter = (segnatura: string) =>
    letterPages(`
${segnatura}
Ministero della Salute
DIREZIONE GENERALE DELLA PREVENZIONE SANITARIA

>Agli Assessorati alla Sanità delle Regioni

Oggetto: prevenzione dell’influenza
`);

  it('reads "0012345-15/05/2031-DGPRE-DGPRE-P", sent (P), as the letter’s own protocol', () => {
    expect(extractFields(letter('0012345-15/05/2031-DGPRE-DGPRE-P')).fields.protocol).toEqual({ number: '0012345', date: '2031-05-15' });
  });

  it('leaves a received one ("… -A") to the register that received it', () => {
    expect(extractFields(letter('0012345-15/05/2031-DGPRE-DGPRE-A')).fields.protocol).toBeNull();
  });
});

describe('a ministerial segnatura wrapped in a narrow stamp box', () => {
  it('joins the register’s name and its number on the line below', () => {
    const pages = letterPages(`
>m_pi.AOODRVA.REGISTRO UFFICIALE.
>U.0009876.20-04-2031
Ministero dell'Istruzione e del Merito
Ufficio Scolastico Regionale per il Valdora

>Ai Dirigenti scolastici

Oggetto: supplenze
`);
    expect(extractFields(pages).fields.protocol).toEqual({ number: '0009876', date: '2031-04-20' });
  });
});

describe('numbers of the letter answered (misfires a fresh reader found)', () => {
  it('keeps the letter’s own "Prot. n." over a Presidenza del Consiglio segnatura it cites', () => {
    const pages = letterPages(`
REGIONE VALDORA
Prot. n. 5521 del 20/03/2031
Vostro riferimento: | DIPOFAM-0003871-P-16/03/2031

>Al Dipartimento per le politiche della famiglia

Oggetto: riscontro
`);
    expect(extractFields(pages).fields.protocol).toEqual({ number: '5521', date: '2031-03-20' });
  });

  it('takes no "Rif. Prot. n." after a note of the recipient ("Vostra nota 10/03/2031 - Rif. Prot. n. 3344")', () => {
    const pages = letterPages(`
COMUNE DI VALDORA
Vostra nota 10/03/2031 - Rif. Prot. n. 3344

>Alla Regione Valdora

Oggetto: riscontro
`);
    expect(extractFields(pages).fields.protocol).toBeNull();
  });

  it('takes no "Rif. Prot. n. … del …" on a line of its own for the letter’s number', () => {
    const pages = letterPages(`
COMUNE DI VALDORA
Valdora, 5 aprile 2031
Rif. Prot. n. 12345 del 02/04/2031

>Alla Regione Valdora

Oggetto: riscontro alla Vostra nota
`);
    expect(extractFields(pages).fields.protocol).toBeNull();
  });
});

describe('a number-first segnatura cited under a reference label (a misfire a fresh reader found)', () => {
  it('keeps the letter’s own "Prot. n." over the segnatura of the note it answers', () => {
    const pages = letterPages(`
REGIONE VALDORA
Prot. n. 4567 del 20/05/2031
Vs. nota del
0012345-15/05/2031-DGPRE-DGPRE-P

>Al Ministero della Salute

Oggetto: riscontro
`);
    expect(extractFields(pages).fields.protocol).toEqual({ number: '4567', date: '2031-05-20' });
  });
});

describe('a number-first segnatura under the letterhead (a misfire a fresh reader found)', () => {
  it('is the letter’s own on the third line, as on the first', () => {
    const pages = letterPages(`
Ministero della Salute
DIREZIONE GENERALE DELLA PREVENZIONE SANITARIA
0012345-15/05/2031-DGPRE-DGPRE-P

>Agli Assessorati alla Sanità delle Regioni

Oggetto: prevenzione
`);
    expect(extractFields(pages).fields.protocol).toEqual({ number: '0012345', date: '2031-05-15' });
  });
});

describe('a segnatura with its fields between bars', () => {
  const letter = (segnatura: string) =>
    letterPages(`
>${segnatura}
REGIONE VALDORA
Giunta Regionale

>Ai Comuni capofila degli Ambiti

Oggetto: riparto del fondo
`);

  it('reads "0412785|23/11/2031|R_VALDORA|GRV|DPS|P", sent, as the letter’s own protocol', () => {
    expect(extractFields(letter('0412785|23/11/2031|R_VALDORA|GRV|DPS|P')).fields.protocol).toEqual({ number: '0412785', date: '2031-11-23' });
  });

  it('reads it through the bars OCR misreads ("]|")', () => {
    expect(extractFields(letter('0412785|23/11/2031]|R_VALDORA|GRV|DPS|P')).fields.protocol).toEqual({ number: '0412785', date: '2031-11-23' });
  });

  it('leaves a received one ("…|A") to the register that received it', () => {
    expect(extractFields(letter('0412785|23/11/2031|R_VALDORA|GRV|DPS|A')).fields.protocol).toBeNull();
  });
});

describe('a register that prints its year before the number', () => {
  it('reads "Prot. 2031. 0612874 21/10/2031" as number 0612874 of 21/10/2031', () => {
    // Prepare: a Region's stamp, its fields spaced along one line.
    const pages = letterPages(`REGIONE VALDORA  Prot. 2031. 0612874  21/10/2031 11:42  Mitt. : 500500 DG per le politiche sociali

>Agli Ambiti Territoriali Sociali

Oggetto: Fondo nazionale politiche sociali`);
    // Act
    const { protocol } = extractFields(pages).fields;
    // Assess
    expect(protocol).toEqual({ number: '0612874', date: '2031-10-21' });
  });

  it('still reads "Prot. n. 387/2031" with its year after the number', () => {
    const { protocol } = extractFields(letterPages('COMUNE DI VALDORA\nProt. n. 387/2031 del 12/03/2031\n\nOggetto: dati')).fields;
    expect(protocol?.number).toBe('387/2031');
  });
});

describe('a register’s stamp that says "Partenza" for outgoing', () => {
  it('is the letter’s own protocol ("REG_PROT - 0001873 - Partenza - 21/04/2031")', () => {
    // Prepare
    const pages = letterPages('UNIONE DEI COMUNI DI VALDORA - REG_PROT - 0001873 - Partenza - 21/04/2031 - 10:42\n\nIL PRESIDENTE\n\nOggetto: convocazione');
    // Act
    const { protocol } = extractFields(pages).fields;
    // Assess
    expect(protocol).toEqual({ number: '0001873', date: '2031-04-21' });
  });

  it('is the arrival, not the letter’s, when it says "Arrivo"', () => {
    const pages = letterPages('UNIONE DEI COMUNI DI VALDORA - REG_PROT - 0001873 - Arrivo - 21/04/2031 - 10:42\n\nIL PRESIDENTE\n\nOggetto: convocazione');
    expect(extractFields(pages).fields.protocol).toBeNull();
  });
});

describe('a register’s string opening a line under the sentence that cites it', () => {
  it('is no protocol of the document: "… convocato con nota prot." / "PG/2031/0198455 del 14/04/2031."', () => {
    // Prepare: minutes with no protocol of their own; the convocation's number wraps to the start of a line.
    const pages = letterPages(
      'REGIONE VALDORA\nDirezione Generale Politiche Sociali\n\nVERBALE N. 2/2031\n\nOggetto: Riunione del Tavolo – seduta del 22 aprile 2031.\n\nIl giorno 22 aprile 2031, alle ore 10:00, si è riunito il Tavolo di coordinamento, convocato con nota prot.\nPG/2031/0198455 del 14/04/2031. Risultano collegati:',
    );
    // Act
    const { protocol } = extractFields(pages).fields;
    // Assess
    expect(protocol).toBeNull();
  });
});

describe('a register’s box of two cells, its label in one and its number in the other', () => {
  it('reads "COMUNE DI … – PROTOCOLLO GENERALE | N. 21457 del 14/04/2031" as the protocol', () => {
    const pages = letterPages('COMUNE DI VALDORA\nCOLLEGIO DEI REVISORI DEI CONTI\n\nCOMUNE DI VALDORA – PROTOCOLLO GENERALE | N. 21457 del 14/04/2031\n\nVERBALE N. 9 DEL 13 APRILE 2031\n\n>Al Sindaco\n\nOggetto: Parere\n\nIl Collegio esprime parere favorevole.');
    expect(extractFields(pages).fields.protocol).toEqual({ number: '21457', date: '2031-04-14' });
  });
});

import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { makePdf } from '../support/make-pdf.ts';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

const limits = ReadLimits.parse({ ocr: false });
async function deadlinesOf(lines: string[]) {
  const outcome = await readAndExtract(await makePdf([lines]), limits);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.extraction.fields.deadlines;
}

describe('a limit the text says is set for a date', () => {
  it('reads "il termine è fissato al …" as a deadline', () => {
    const pages = letterPages('Valdora, 20 aprile 2031\n\nOggetto: monitoraggio\n\nPer il secondo periodo il termine è fissato al 15 luglio 2031.');
    expect(extractFields(pages).fields.deadlines).toEqual([{ date: '2031-07-15' }]);
  });
});

describe('dates in an act’s recitals', () => {
  it('leaves out a condition a recital states ("rilevato che … entro il …")', () => {
    const pages = letterPages(`Valdora, 21 aprile 2031

Oggetto: regolamento

- rilevato che le procedure i cui bandi sono pubblicati entro il 30 giugno 2031 restano disciplinate dalle norme previgenti;`);
    expect(extractFields(pages).fields.deadlines).toEqual([]);
  });

  it('keeps a deadline of the act’s own list', () => {
    const pages = letterPages(`Valdora, 21 aprile 2031

Oggetto: avviso

- le domande devono pervenire entro il 30 giugno 2031;`);
    expect(extractFields(pages).fields.deadlines).toEqual([{ date: '2031-06-30' }]);
  });
});

describe('a window in which filings are received', () => {
  it('takes the end of the last window as the deadline', async () => {
    // Prepare: filings accepted on two days, each in its own window of hours, with no "entro".
    const lines = [
      'PROVINCIA DI VALDORA',
      '',
      'Oggetto: elezioni del Presidente',
      '',
      'Le candidature dovranno essere presentate all’Ufficio Elettorale nei seguenti giorni:',
      'dalle ore 08:00 alle ore 20:00 di sabato 16 maggio 2031;',
      'dalle ore 08:00 alle ore 12:00 di domenica 17 maggio 2031.',
    ];
    // Act
    const deadlines = await deadlinesOf(lines);
    // Assess
    expect(deadlines).toEqual([{ date: '2031-05-17' }]);
  });
});

describe('a window in which a decree says filings be received', () => {
  it('takes the end of the last window as the deadline ("di stabilire che le liste siano presentate …")', async () => {
    // Prepare: a decree's operative point in the subjunctive, two windows, no "entro".
    const lines = [
      'PROVINCIA DI VALDORA',
      '',
      'Oggetto: indizione delle elezioni del Consiglio provinciale',
      '',
      '2. di stabilire che le liste dei candidati siano presentate all’Ufficio elettorale dalle ore 8.00 alle ore 20.00',
      'di domenica 19 aprile 2031 e dalle ore 8.00 alle ore 12.00 di lunedì 20 aprile 2031;',
    ];
    // Act
    const deadlines = await deadlinesOf(lines);
    // Assess
    expect(deadlines).toEqual([{ date: '2031-04-20' }]);
  });
});

describe('what the issuer undertakes to do', () => {
  it('is not a deadline for the reader', async () => {
    const deadlines = await deadlinesOf([
      'COMUNE DI VALDORA',
      '',
      'Oggetto: assegni di cura',
      '',
      'Le domande vanno presentate entro il 10 aprile 2031.',
      'La graduatoria sarà pubblicata sul sito istituzionale entro il 30 aprile 2031.',
    ]);
    expect(deadlines).toEqual([{ date: '2031-04-10' }]);
  });

  it('is not a deadline when said in the active voice ("provvederà a pubblicare")', async () => {
    const deadlines = await deadlinesOf([
      'PROVINCIA DI VALDORA',
      '',
      'Oggetto: elezioni provinciali',
      '',
      'Le liste vanno presentate entro il 15 giugno 2031.',
      "L'Ufficio elettorale provvederà a pubblicare il numero degli elettori entro il 31 maggio 2031.",
    ]);
    expect(deadlines).toEqual([{ date: '2031-06-15' }]);
  });
});

describe('a date the text then calls the limit', () => {
  it('"fino al …, termine oltre il quale …" is a deadline', () => {
    // Prepare
    const pages = letterPages(`
MINISTERO DEL VALDORA

>Alle Prefetture

Oggetto: rendicontazione 2030

Le domande relative al 2030 potranno essere inoltrate fino al 31 maggio 2031, termine
oltre il quale non saranno più ammesse.
`);
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.deadlines.map((d) => d.date)).toEqual(['2031-05-31']);
  });

  it('"valido fino al …" alone is a period, not a deadline', () => {
    const pages = letterPages(`
MINISTERO DEL VALDORA

>Alle Prefetture

Oggetto: convenzione

La convenzione resta valida fino al 31 dicembre 2031 e potrà essere rinnovata.
`);
    const { fields } = extractFields(pages);
    expect(fields.deadlines).toEqual([]);
  });
});

describe('deadline rules of the sixth session (misfires a fresh reader found)', () => {
  const letter = (body: string) => letterPages(`Valdora, 4 maggio 2031\n\n>Ai Sindaci dei Comuni\n\nOggetto: adempimenti\n\n${body}`);

  it('keeps a deadline the readers undertake in the active voice ("I Comuni provvederanno a pubblicare … entro il")', () => {
    expect(extractFields(letter("I Comuni provvederanno a pubblicare il manifesto all'albo pretorio entro il 15 giugno 2031.")).fields.deadlines).toEqual([{ date: '2031-06-15' }]);
  });

  it('keeps a request inside a sentence that opens "Considerato che"', () => {
    const body = 'Considerato che il termine per la rendicontazione è scaduto, in via eccezionale si invitano i Comuni\na trasmettere la documentazione entro il 30 giugno 2031.';
    expect(extractFields(letter(body)).fields.deadlines).toEqual([{ date: '2031-06-30' }]);
  });

  it('reads no date in "entro 7/10 giorni lavorativi"', () => {
    expect(extractFields(letter('Il rimborso sarà disposto entro 7/10 giorni lavorativi dalla ricezione della domanda.')).fields.deadlines).toEqual([]);
  });

  it('applies the issuer’s and the recurring rules to day/month figures too', () => {
    const body = 'La graduatoria sarà pubblicata entro il 30/07. La dichiarazione va presentata entro il 31/03 di ogni anno.';
    expect(extractFields(letter(body)).fields.deadlines).toEqual([]);
  });
});

describe('something that runs out on a date', () => {
  it('is no deadline: "i progetti in scadenza al 31 dicembre"', () => {
    const pages = letterPages('Valdora, 4 novembre 2031\n\nOggetto: avviso\n\nLe domande vanno presentate entro il 30 novembre 2031. Le domande di rinnovo dei progetti in scadenza al 31 dicembre 2031 seguono i medesimi termini.');
    expect(extractFields(pages).fields.deadlines).toEqual([{ date: '2031-11-30' }]);
  });

  it('is a deadline when the text names the date as the term: "scadenza: 31 dicembre"', () => {
    const pages = letterPages('Valdora, 4 novembre 2031\n\nOggetto: avviso\n\nTermine di presentazione delle domande – scadenza il 31 dicembre 2031.');
    expect(extractFields(pages).fields.deadlines).toEqual([{ date: '2031-12-31' }]);
  });
});

describe('deadline rules of the sixth session, second review (misfires a fresh reader found)', () => {
  const letter = (body: string) => letterPages(`Valdora, 4 maggio 2031\n\n>Ai Sindaci dei Comuni\n\nOggetto: adempimenti\n\n${body}`);

  it('reads "entro il 15/06 ore 12.00" as a deadline', () => {
    expect(extractFields(letter("Le schede dovranno essere trasmesse entro il 15/06 ore 12.00 all'indirizzo indicato.")).fields.deadlines).toEqual([{ date: '2031-06-15' }]);
  });

  it.each([
    'Questa Regione provvederà a liquidare il contributo entro il 30 giugno 2031.',
    'Ricevute le schede, si provvederà a liquidare il contributo entro il 30 giugno 2031.',
    "L'Ufficio di Piano, sulla base delle domande pervenute e verificati i requisiti previsti, provvederà a pubblicare la graduatoria entro il 30 giugno 2031.",
  ])('takes no deadline from what the issuer undertakes: %s', (body) => {
    expect(extractFields(letter(body)).fields.deadlines).toEqual([]);
  });

  it('keeps the deadline when the singular subject is the reader ("codesto Comune provvederà a pubblicare")', () => {
    expect(extractFields(letter("Codesto Comune provvederà a pubblicare l'avviso entro il 30 giugno 2031.")).fields.deadlines).toEqual([{ date: '2031-06-30' }]);
  });

  it('keeps a filing term "in scadenza al …"', () => {
    expect(extractFields(letter('Le domande dovranno pervenire, pena esclusione, con termine in scadenza al 30 giugno 2031.')).fields.deadlines).toEqual([{ date: '2031-06-30' }]);
  });
});

describe('a certificate that runs out (the DURC)', () => {
  it('is no deadline: "DURC prot. INAIL_55128740, con scadenza 14/01/2032"', () => {
    const pages = letterPages('Valdora, 22 settembre 2031\n\nOggetto: affidamento\n\nACCERTATA la regolarità contributiva della ditta mediante DURC prot. INAIL_55128740, con scadenza 14/01/2032;');
    expect(extractFields(pages).fields.deadlines).toEqual([]);
  });
});

describe('deadline rules of the sixth session, third review (misfires a fresh reader found)', () => {
  const letter = (body: string) => letterPages(`Valdora, 4 novembre 2031\n\n>Ai Comuni capofila degli Ambiti\n\nOggetto: adempimenti\n\n${body}`);

  it.each([
    "Le domande per il conferimento dell'incarico, con scadenza 15 novembre 2031, vanno presentate all'Ufficio Protocollo.",
    "È pubblicato l'avviso per la concessione di contributi alle associazioni, con scadenza il 15 novembre 2031.",
  ])('keeps a filing term "con scadenza": %s', (body) => {
    expect(extractFields(letter(body)).fields.deadlines).toEqual([{ date: '2031-11-15' }]);
  });

  it.each([
    'Il Comune capofila provvederà ad approvare il Piano di attuazione locale entro il 30 novembre 2031.',
    "Ogni Ambito provvederà a notificare ai beneficiari l'esito entro il 30 novembre 2031.",
  ])('keeps a deadline the reader undertakes in the singular: %s', (body) => {
    expect(extractFields(letter(body)).fields.deadlines).toEqual([{ date: '2031-11-30' }]);
  });

  it('reads no date in "entro 6/12 ore dalla chiamata"', () => {
    expect(extractFields(letter("L'intervento dovrà essere eseguito dalla ditta entro 6/12 ore dalla chiamata.")).fields.deadlines).toEqual([]);
  });
});

describe('a term recalled as past', () => {
  it('is no deadline ("dovevano pervenire entro il 31 ottobre 2030"), while the new one is', async () => {
    const deadlines = await deadlinesOf([
      'COMUNE DI VALDORA',
      '',
      'Oggetto: controlli interni',
      '',
      'Le schede dovranno essere restituite entro il 10 aprile 2031.',
      'Si rammenta che le schede del primo semestre dovevano pervenire entro il 31 ottobre 2030.',
    ]);
    expect(deadlines).toEqual([{ date: '2031-04-10' }]);
  });
});

describe('a recital that cites an act and what it provides', () => {
  const ordinance = (recital: string) =>
    extractFields(
      letterPages(`COMUNE DI VALDORA
ORDINANZA SINDACALE N. 61 DEL 12/11/2031
Oggetto: allerta meteo – chiusura delle scuole nei giorni 13 e 14 novembre 2031.
IL SINDACO
${recital}
ORDINA
la chiusura delle scuole.`),
    ).fields.deadlines;

  it('sets no deadline ("Visto l’Avviso regionale …, con il quale … sino alle ore 24:00 del 14/11/2031")', () => {
    expect(ordinance('Visto l’Avviso regionale n. 26317 del 12/11/2031, con il quale è dichiarata l’allerta rossa dalle ore 00:00 del 13/11/2031 e sino alle ore 24:00 del 14/11/2031;')).toEqual([]);
  });

  it('keeps a term the cited note asks of the reader ("Vista la nota …, con la quale si chiede di trasmettere entro …")', () => {
    expect(ordinance('Vista la nota regionale n. 12 del 10/11/2031, con la quale si chiede ai Comuni di trasmettere i dati entro il 30/11/2031;')).toEqual([{ date: '2031-11-30' }]);
  });
});

describe('an authority’s own act in the indicative is not the reader’s deadline', () => {
  const notice = (body: string) => letterPages(`CONSORZIO SOCIALE VALDORA\nProt. n. 1234 del 02/05/2031\n\nOggetto: contributi per i centri estivi\n\n${body}`);

  it.each([
    'Il Consorzio approva la graduatoria entro il 15 giugno 2031.',
    "Il Consorzio formula la graduatoria sulla base del punteggio della valutazione e la pubblica all'Albo entro il 15 giugno 2031.",
    'Questo Ufficio liquiderà i contributi entro il 15 giugno 2031.',
    'La graduatoria è approvata entro il 15 giugno 2031.',
    "La graduatoria delle domande ammesse è approvata entro il 15 giugno 2031.",
  ])('takes no deadline from: %s', (body) => {
    expect(extractFields(notice(body)).fields.deadlines).toEqual([]);
  });

  it.each([
    ['REGIONE VALDORA', 'La Regione provvede al riparto delle risorse entro il 15 giugno 2031.'],
    ["AMBITO TERRITORIALE SOCIALE VALDORA\nUfficio di Piano", "L'Ufficio di Piano approva la graduatoria entro il 15 giugno 2031 e la pubblica sul sito."],
  ])('takes no deadline from the issuer its letterhead names (%s): %s', (letterhead, body) => {
    expect(extractFields(letterPages(`${letterhead}\nProt. n. 1234 del 02/05/2031\n\nOggetto: contributi\n\n${body}`)).fields.deadlines).toEqual([]);
  });

  it('takes no deadline from the second act of the same subject ("… e liquida i contributi entro il …")', () => {
    const fields = extractFields(notice('Il Consorzio approva la graduatoria entro il 15 giugno 2031 e liquida i contributi entro il 30 novembre 2031.')).fields;
    expect(fields.deadlines).toEqual([]);
  });

  it('keeps the reader’s duty the authority announces ("Il Consorzio rende noto che le domande devono pervenire entro il …")', () => {
    const fields = extractFields(notice('Il Consorzio rende noto che le domande devono pervenire entro il 30 maggio 2031.')).fields;
    expect(fields.deadlines).toEqual([{ date: '2031-05-30' }]);
  });

  it('keeps a deadline whose subject is the reader in the plural ("Gli Ambiti approvano il Piano entro il …")', () => {
    expect(extractFields(notice('Gli Ambiti approvano il Piano di zona entro il 30 maggio 2031.')).fields.deadlines).toEqual([{ date: '2031-05-30' }]);
  });

  it('keeps a deadline the issuer’s verb of reporting introduces ("La Direzione comunica che il termine … è fissato al …")', () => {
    const fields = extractFields(notice('La Direzione comunica che le schede vanno trasmesse entro il 30 maggio 2031.')).fields;
    expect(fields.deadlines).toEqual([{ date: '2031-05-30' }]);
  });
});

describe('a filing window that names both its days', () => {
  const decree = (body: string) => letterPages(`PROVINCIA DI VALDORA\nDecreto n. 27 del 28/07/2031\n\nOggetto: elezione del Consiglio provinciale\n\n${body}`);

  it('ends on the day of its closing hour ("dalle ore 8:00 di domenica 6 settembre 2031 alle ore 12:00 di lunedì 7 settembre 2031")', () => {
    const fields = extractFields(decree('3. di stabilire che le liste dovranno essere presentate dalle ore 8:00 di sabato 6 settembre 2031 alle ore 12:00 di domenica 7 settembre 2031;')).fields;
    expect(fields.deadlines).toEqual([{ date: '2031-09-07' }]);
  });

  it('ends on its last day ("devono essere presentate dal 9 marzo 2031 al 10 aprile 2031")', () => {
    const fields = extractFields(decree('Le domande devono essere presentate dal 9 agosto 2031 al 10 settembre 2031, con una delle seguenti modalità.')).fields;
    expect(fields.deadlines).toEqual([{ date: '2031-09-10' }]);
  });

  it('is no period named in the next clause ("… vanno inviate entro il 15/08/2031; il corso si terrà dal … al …")', () => {
    const fields = extractFields(decree('Le iscrizioni vanno inviate entro il 15/08/2031; il corso si terrà dal 01/10/2031 al 30/10/2031.')).fields;
    expect(fields.deadlines).toEqual([{ date: '2031-08-15' }]);
  });
});

describe('what the issuer will do, in the future passive', () => {
  const letter = (body: string) => letterPages(`PROVINCIA DI VALDORA\nDecreto n. 27 del 28/07/2031\n\nOggetto: elezione del Consiglio provinciale\n\n${body}`);

  it('is no deadline: "l’Ufficio elettorale sarà costituito con successivo decreto entro il …"', () => {
    expect(extractFields(letter("2. di dare atto che l'Ufficio elettorale provinciale sarà costituito con successivo decreto entro il 28 agosto 2031;")).fields.deadlines).toEqual([]);
  });

  it('keeps the reader’s duty that follows it: "sarà attivato il POA … che dovrà essere compilato … entro il …"', () => {
    expect(extractFields(letter('Parallelamente sarà attivato anche il POA per il 2032 che dovrà essere compilato con le stesse modalità entro il 31 ottobre 2031.')).fields.deadlines).toEqual([{ date: '2031-10-31' }]);
  });

  it('keeps what the reader files: "i dati saranno trasmessi entro il …"', () => {
    expect(extractFields(letter('I dati richiesti saranno trasmessi dai Comuni entro il 31 ottobre 2031.')).fields.deadlines).toEqual([{ date: '2031-10-31' }]);
  });
});

describe('an item of a list of recitals', () => {
  it('sets no deadline: "Visti: … - la nota regionale …, con la quale gli enti gestori sono invitati a trasmettere … entro il …;"', () => {
    // Prepare: the headed list, an item wrapped after an abbreviation's dot, then the notice's own term.
    const pages = letterPages(`CONSORZIO SOCIALE VALDORA
Prot. N. 0004521 del 02/03/2031

Oggetto: assegni di cura

Visti:
- la L. 8 novembre 2000, n. 328;
- il D.P.C.M. 3 ottobre 2022 e il D.M.
26 settembre 2016 per la definizione della disabilità gravissima;
- la nota regionale prot. n. 87654 del 20/02/2031, con la quale gli enti gestori sono invitati a
trasmettere la programmazione degli interventi entro il 31/03/2031;

RENDE NOTO

che le domande devono pervenire entro il 10 aprile 2031.`);
    // Act
    const { deadlines } = extractFields(pages).fields;
    // Assess
    expect(deadlines).toEqual([{ date: '2031-04-10' }]);
  });
});

describe('the issuer’s own undertaking, named as its letterhead names it', () => {
  const comune = (body: string) => letterPages(`COMUNE DI VALDORA\nDELIBERAZIONE N. 27 DEL 18/02/2031\n\nOggetto: centri estivi\n\nDELIBERA\n${body}`);
  const region = (body: string) => letterPages(`REGIONE VALDORA\nProt. n. 4521 del 18/02/2031\n\n>Ai Comuni\n\nOggetto: centri estivi\n\n${body}`);

  it('is no deadline in the Comune’s own act: "il Comune provvederà alla rendicontazione alla Regione entro il …"', () => {
    expect(extractFields(comune('- il Comune provvederà alla rendicontazione alla Regione entro il 31 gennaio 2032;')).fields.deadlines).toEqual([]);
  });

  it('is the reader’s deadline in a Region’s letter to the Comuni', () => {
    expect(extractFields(region('Il Comune provvederà alla rendicontazione alla Regione entro il 31 gennaio 2032.')).fields.deadlines).toEqual([{ date: '2032-01-31' }]);
  });

  it('is no deadline when the Ambito that heads the letter "si impegna ad avviare … entro il …"', () => {
    const pages = letterPages(`COMUNE DI VALDORA\nAmbito Territoriale Sociale n. 1 – Ente capofila\nProt. n. 98431 del 27/10/2031\n\n>Al Ministero del Lavoro\n\nOggetto: trasmissione del POA\n\nL'Ambito si impegna ad avviare le attività entro il 1° dicembre 2031.`);
    expect(extractFields(pages).fields.deadlines).toEqual([]);
  });

  it('keeps what a supplier undertakes in the Comune’s order ("La Ditta si impegna a consegnare … entro il …")', () => {
    const pages = letterPages(`COMUNE DI VALDORA\nProt. n. 6341 del 16/04/2031\n\n>Spett.le Ditta Rossi S.r.l.\n\nOggetto: ordine di fornitura\n\nLa Ditta si impegna a consegnare la merce entro il 15 maggio 2031.`);
    expect(extractFields(pages).fields.deadlines).toEqual([{ date: '2031-05-15' }]);
  });
});

describe('deadline rules of the eighth session (misfires a fresh reader found)', () => {
  const region = (body: string, to = '>Agli Ambiti Territoriali Sociali') =>
    letterPages(`REGIONE PUGLIA\nDipartimento Welfare\nProt. n. 1234 del 02/03/2031\n\n${to}\n\nOggetto: rendicontazione\n\n${body}`);
  const notice = (body: string) => letterPages(`COMUNE DI VALDORA\nSettore Servizi Sociali\n\nAVVISO PUBBLICO\n\nOggetto: contributi\n\n${body}\n\nValdora, 02/03/2031`);

  it.each([
    'Si ricorda che, in mancanza, la Regione procederà alla revoca delle risorse assegnate agli Ambiti che non abbiano trasmesso la rendicontazione entro il 30 aprile 2031.',
    'Pertanto la scrivente Sezione assegna agli Ambiti inadempienti il termine perentorio del 30 aprile 2031 per la trasmissione della rendicontazione.',
    "L'Ufficio di Piano trasmette alla Regione la scheda di monitoraggio entro il 30 aprile 2031.",
    'Il contributo è erogato previa presentazione della rendicontazione delle spese entro il 30 aprile 2031.',
    'Le risorse sono erogate agli Ambiti che abbiano trasmesso la programmazione entro il 30 aprile 2031.',
    'Questo Ufficio procederà alla liquidazione del saldo a seguito della presentazione della rendicontazione entro il 30 aprile 2031.',
    'Il Dipartimento di Sanità Pubblica chiede ai Comuni di trasmettere i dati entro il 30 aprile 2031.',
    'Saranno ammesse esclusivamente le candidature pervenute entro le ore 12:00 del 30 aprile 2031.',
    'Dal 10 marzo 2031 sarà attivata la piattaforma regionale, sulla quale gli Ambiti potranno caricare i dati entro il 30 aprile 2031.',
  ])('keeps the reader’s deadline in a Region’s letter: %s', (body) => {
    expect(extractFields(region(body)).fields.deadlines).toEqual([{ date: '2031-04-30' }]);
  });

  it('keeps the deadline of the one Comune the Region writes to ("Al Comune di Valdora" names the reader, not the issuer)', () => {
    expect(extractFields(region('Il Comune provvede alla rendicontazione delle spese entro il 30 aprile 2031.', '>Al Comune di Valdora')).fields.deadlines).toEqual([{ date: '2031-04-30' }]);
  });

  it('keeps the member Comuni’s deadline in a letter of their Ambito’s lead Comune', () => {
    const pages = letterPages(`COMUNE DI NARDÒ\nEnte capofila dell'Ambito Territoriale Sociale di Nardò\nUfficio di Piano\nProt. n. 1234 del 02/03/2031\n\n>Ai Comuni dell'Ambito\n\nOggetto: rendicontazione\n\nIl Comune trasmette all'Ufficio di Piano la rendicontazione delle spese sostenute entro il 30 aprile 2031.`);
    expect(extractFields(pages).fields.deadlines).toEqual([{ date: '2031-04-30' }]);
  });

  it('keeps a notice’s term after its list of recitals left unpunctuated', () => {
    expect(extractFields(notice('Visti:\n- la D.G.R. n. 123 del 10/02/2031\n- il D.D. n. 45 del 20/02/2031\n\nCon la presente si trasmette la scheda di monitoraggio, da restituire compilata entro il 30 aprile 2031.')).fields.deadlines).toEqual([{ date: '2031-04-30' }]);
  });

  it('keeps a determinazione’s term after its recitals ended by "s.m.i."', () => {
    const pages = notice("VISTI:\n- il D.Lgs. 18 agosto 2000, n. 267;\n- il vigente Regolamento di contabilità e s.m.i.\nDETERMINA\n- di approvare l'avviso pubblico allegato;\n- di stabilire che le domande siano presentate entro il 30 aprile 2031;");
    expect(extractFields(pages).fields.deadlines).toEqual([{ date: '2031-04-30' }]);
  });

  it.each([
    'Le domande per il servizio di trasporto scolastico devono essere presentate entro il 30 aprile 2031 per il periodo dal 15 settembre 2031 al 10 giugno 2032.',
    'Le rendicontazioni devono essere trasmesse entro il 30 aprile 2031 e riferirsi alle spese sostenute dal 1° gennaio 2030 al 31 dicembre 2030.',
  ])('takes no period the filing is about for its window: %s', (body) => {
    expect(extractFields(notice(body)).fields.deadlines).toEqual([{ date: '2031-04-30' }]);
  });

  it('reads the window "dal 1° al 30 aprile 2031"', () => {
    expect(extractFields(notice('Le domande possono essere presentate dal 1° al 30 aprile 2031.')).fields.deadlines).toEqual([{ date: '2031-04-30' }]);
  });
});

describe('deadline rules of the ninth session', () => {
  /** A letter headed by `letterhead`, dated 2 March 2031, with one paragraph of body. */
  const letter = (letterhead: string, body: string) =>
    extractFields(letterPages(`${letterhead}\n\nValdora, 2 marzo 2031\n\n>Al Sig. Mario Bianchi\n\nOggetto: comunicazione\n\n${body}\n\n>Il Responsabile\n>Anna Neri`)).fields.deadlines;

  it('reads a term "è prorogato al …" as the new deadline, not the term it replaces', () => {
    expect(letter('MINISTERO DEL LAVORO', 'Il termine originariamente fissato al 31 marzo 2031 è prorogato al 15 aprile 2031.')).toEqual([{ date: '2031-04-15' }]);
  });

  it('takes no contract extended to a date for a deadline ("il contratto è prorogato al …")', () => {
    expect(letter('COMUNE DI VALDORA', 'Il contratto di servizio è prorogato al 31 dicembre 2031.')).toEqual([]);
  });

  it('reads the issuer’s "questo Ambito completerà … entro" as its own act, whatever the verb', () => {
    expect(letter('AMBITO TERRITORIALE SOCIALE VALDORA', "Per l'annualità 2030 questo Ambito completerà l'inserimento dei dati entro il 15 aprile 2031.")).toEqual([]);
  });

  it('keeps a deadline the issuer will ask of the reader ("questa Regione chiederà … entro")', () => {
    expect(letter('REGIONE VALDORA', 'Si comunica che questa Regione chiederà agli Ambiti di trasmettere i dati entro il 15 aprile 2031.')).toEqual([{ date: '2031-04-15' }]);
  });

  it('reads a future passive done by the issuer’s office ("sarà trasmessa dall’Ufficio di Piano … entro") as its own act', () => {
    expect(letter('COMUNE DI VALDORA\nComune capofila dell’Ambito Territoriale Sociale', "La documentazione sarà trasmessa dall'Ufficio di Piano a mezzo PEC entro il 12 ottobre 2031.")).toEqual([]);
  });

  it('reads what a health district undertakes under its own letterhead as its own act', () => {
    expect(letter('AZIENDA SANITARIA LOCALE VALDORA\nDistretto Socio Sanitario di Valdora', "Il Distretto trasmetterà all'Ufficio di Piano, entro il 31 dicembre 2031, il primo report.")).toEqual([]);
  });

  it('reads the clause past an initial’s dot: "all’indirizzo della S.V. entro" is still the issuer’s office’s act', () => {
    expect(letter('COMUNE DI VALDORA\nUfficio di Piano – Ambito Territoriale', "L'Ufficio trasmetterà copia dei documenti all'indirizzo PEC della S.V. entro il 20 novembre 2031.")).toEqual([]);
  });
});

describe('what an office its letterhead names will do', () => {
  const letter = (letterhead: string, body: string) =>
    extractFields(letterPages(`${letterhead}\n\nValdora, 2 marzo 2031\n\n>Agli Ambiti Territoriali\n\nOggetto: verbale\n\n${body}\n\n>Il Dirigente\n>Anna Neri`)).fields.deadlines;

  it('reads "la UOD 01 trasmetterà al Ministero … entro" under a letterhead naming the UOD as its own act', () => {
    expect(letter('REGIONE VALDORA\nUOD 01 – Programmazione sociale', 'b) la UOD 01 trasmetterà al Ministero la sintesi della programmazione entro il 15 maggio 2031;')).toEqual([]);
  });

  it('keeps the same words under a letterhead that names no such office (the reader’s office)', () => {
    expect(letter('MINISTERO DEL LAVORO', "b) l'Ufficio di Piano trasmetterà alla Regione la sintesi della programmazione entro il 15 maggio 2031;")).toEqual([{ date: '2031-05-15' }]);
  });
});

describe('two terms of a rule that recurs', () => {
  it('takes neither date of "la seconda entro il 31 gennaio e la terza entro il 30 aprile di ciascun anno accademico"', () => {
    const pages = letterPages('Valdora, 2 marzo 2031\n\nOggetto: contribuzione\n\nIl Regolamento prevede il versamento in tre rate: la prima all\'atto dell\'iscrizione, la seconda entro il 31 gennaio e la terza entro il 30 aprile di ciascun anno accademico.');
    expect(extractFields(pages).fields.deadlines).toEqual([]);
  });
});

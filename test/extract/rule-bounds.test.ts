import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';
import { tableColumns } from '../../shared/extract/table-columns.ts';
import type { Line, PageText } from '../../shared/read/page-text.ts';

/** Pages as OCR gives them: every line marked as read by OCR. */
const scanned = (...texts: string[]): PageText[] => letterPages(...texts).map((p) => ({ ...p, ocr: true, lines: p.lines.map((l) => ({ ...l, ocr: true })) }));
const fieldsOf = (...texts: string[]) => extractFields(letterPages(...texts)).fields;
/** A Giunta's deliberation, its opinions (signed lines) after its dispositive part. */
const deliberation = (subject: string, opinions = '') => `COMUNE DI VALDORA
DELIBERAZIONE N. 27 DEL 18/02/2031

Oggetto: ${subject}

DELIBERA
di approvare.${opinions ? `\n\n${opinions}` : ''}`;

describe('a bundle’s main document goes on where its own body continues (misfires a fresh reader found)', () => {
  it('keeps page 2 of a Prefecture’s letter headed with the body’s shorter name', () => {
    const fields = fieldsOf(
      `Prefettura – Ufficio Territoriale del Governo di Valdora
Prot. n. 0012345 del 14/04/2031

>Ai Sindaci dei Comuni della Provincia

Oggetto: adempimenti elettorali.

Si richiama l'attenzione delle SS.LL. sugli adempimenti.`,
      `PREFETTURA DI VALDORA
Ufficio Elettorale
Ai fini della trasmissione dei dati si raccomanda la massima collaborazione.

>Il Prefetto
>Maria Bianchi`,
    );
    expect(fields.signatories.map((s) => s.name)).toEqual(['Maria Bianchi']);
  });

  it('keeps page 2 of a Region’s letter that opens with "Nota bene:" under its department', () => {
    const fields = fieldsOf(
      `REGIONE VALDORA
Dipartimento Welfare
Prot. n. 0004567 del 10/03/2031

>Ai Comuni capofila degli Ambiti territoriali

Oggetto: Fondo per le non autosufficienze. Indicazioni operative.

Si forniscono le indicazioni.`,
      `Dipartimento Welfare
Nota bene: le schede vanno compilate in ogni parte.
Le schede dovranno essere trasmesse entro il 30 aprile 2031.

>Il Direttore del Dipartimento
>Anna Verdi`,
    );
    expect(fields.signatories.map((s) => s.name)).toEqual(['Anna Verdi']);
  });

  it('keeps another body’s notice that a deliberation approves, before the act’s closing and signatures', () => {
    const fields = fieldsOf(
      `COMUNE DI VALDORA
DELIBERAZIONE DELLA GIUNTA COMUNALE N. 34 DEL 12/03/2031

Oggetto: approvazione dell'avviso dell'Ambito

DELIBERA
di approvare l'avviso allegato.`,
      `AMBITO TERRITORIALE SOCIALE DI VALDORA
AVVISO PUBBLICO PER L'ASSEGNO DI CURA

Possono presentare domanda i residenti.`,
      `Letto, approvato e sottoscritto.

Il Sindaco | Il Segretario Comunale
Mario Rossi | Laura Viola`,
    );
    expect(fields.signatories.map((s) => s.name)).toEqual(['Mario Rossi', 'Laura Viola']);
  });
});

describe('a short act is an act, not a frame (misfires a fresh reader found)', () => {
  it('reads a mayor’s decree without recitals, "IL SINDACO, in virtù …" then "NOMINA", as a decree', () => {
    const fields = fieldsOf(`COMUNE DI VALDORA
DECRETO SINDACALE N. 5 DEL 03/03/2031

Oggetto: nomina del responsabile

IL SINDACO, in virtù dei poteri conferiti dall'art. 50 del D.Lgs. 267/2000,
NOMINA
il dott. Carlo Neri responsabile del servizio.

>Il Sindaco
>Mario Rossi`);
    expect(fields.docType).toBe('decreto');
  });

  it('reads an ordinance whose verb is spaced out ("O R D I N A") as a decree, blank lines or not', () => {
    const fields = fieldsOf(`COMUNE DI VALDORA
ORDINANZA N. 14 DEL 05/06/2031

Oggetto: chiusura della strada

Tenuto conto dei lavori in corso;
O R D I N A
la chiusura della strada.

Il Responsabile ______________________
Visto per la pubblicazione ______________________`);
    expect(fields.docType).toBe('decreto');
  });
});

describe('a letter that transmits what calls its own meeting (misfires a fresh reader found)', () => {
  it('is a convocation when its subject transmits the agenda ("Trasmissione ordine del giorno")', () => {
    const fields = fieldsOf(`COMUNE DI VALDORA
Prot. n. 4567 del 02/05/2031

>Ai Consiglieri comunali

Oggetto: Trasmissione ordine del giorno – sessione ordinaria.

Il Consiglio comunale è convocato in sessione ordinaria il giorno 12 maggio 2031 alle ore 18:00 e, in seconda convocazione, il giorno 13 maggio 2031 alle ore 18:00.`);
    expect(fields.docType).toBe('convocazione');
  });
});

describe('a past term beside a new one (misfires a fresh reader found)', () => {
  const letter = (body: string) => fieldsOf(`REGIONE VALDORA
Valdora, 10/03/2031

>Ai Comuni

Oggetto: sollecito

${body}`);

  it('keeps the new term of a reminder in the sentence that recalls the missed one', () => {
    expect(letter('Poiché numerosi Comuni non hanno ancora trasmesso i dati che dovevano pervenire entro il 28 febbraio 2031, si invitano gli stessi a provvedere entro e non oltre il 31 marzo 2031.').deadlines).toEqual([{ date: '2031-03-31' }]);
  });

  it('keeps a term postponed in the sentence that tells the old one ("era fissato … vanno presentate entro")', () => {
    expect(letter('Il termine, che era fissato al 15 marzo 2031, viene differito e le istanze vanno presentate entro il 15 aprile 2031.').deadlines).toEqual([{ date: '2031-04-15' }]);
  });

  it('keeps a future duty after a past subject ("che doveva ancora aderire … dovrà farlo entro")', () => {
    expect(letter('Il Comune che doveva ancora aderire alla piattaforma dovrà farlo entro il 30 aprile 2031.').deadlines).toEqual([{ date: '2031-04-30' }]);
  });

  it('keeps the cue after another one ("cui erano tenuti entro il 28 febbraio, li trasmettano entro il 25 marzo")', () => {
    expect(letter('I Comuni che non hanno trasmesso i dati, cui erano tenuti entro il 28 febbraio, li trasmettano entro il 25 marzo 2031.').deadlines).toContainEqual({ date: '2031-03-25' });
  });
});

describe('windows of hours that are no filing (misfires a fresh reader found)', () => {
  it('takes no deadline from a session "trasmessa in diretta streaming dalle ore … alle ore … di …"', () => {
    const fields = fieldsOf(`COMUNE DI VALDORA
Valdora, 10/04/2031

>Ai Consiglieri

Oggetto: seduta del Consiglio

Si dispone che i lavori del Consiglio vengano trasmessi in diretta streaming dalle ore 9:00 alle ore 13:00 di lunedì 5 maggio 2031 sul sito istituzionale.`);
    expect(fields.deadlines).toEqual([]);
  });
});

describe('an election told, not called (misfires a fresh reader found)', () => {
  it('is no meeting when a note reports that the Prefect "ha stabilito di indire le elezioni"', () => {
    const fields = fieldsOf(`PREFETTURA DI VALDORA
Valdora, 10/03/2031

>Ai Sindaci

Oggetto: elezioni comunali

Si comunica che è stato emanato il decreto con cui il Prefetto ha stabilito di indire le elezioni comunali per domenica 25 maggio 2031, dalle ore 7:00 alle ore 23:00.`);
    expect(fields.meetings).toEqual([]);
  });

  it('is no meeting in a recital of the decree that called it ("con il quale si è disposto di indire …")', () => {
    const fields = fieldsOf(`PREFETTURA DI VALDORA
DECRETO N. 12 DEL 10/04/2031

Oggetto: rinvio delle elezioni

Visto il proprio decreto del 20 marzo 2031, con il quale si è disposto di indire le elezioni per domenica 25 maggio 2031 dalle ore 7:00 alle ore 23:00;
DECRETA
il rinvio delle elezioni.`);
    expect(fields.meetings).toEqual([]);
  });
});

describe('an addressee block whose last line names where it files (misfires a fresh reader found)', () => {
  it('keeps "Albo Pretorio" and "Amministrazione Trasparente" as the ends of wrapped blocks', () => {
    const fields = fieldsOf(`COMUNE DI VALDORA

>Al Messo Comunale
>per la pubblicazione all'
>Albo Pretorio
>Al Responsabile della sezione
>Amministrazione Trasparente

Oggetto: pubblicazione`);
    expect(fields.recipients).toEqual(["Al Messo Comunale per la pubblicazione all' Albo Pretorio", 'Al Responsabile della sezione Amministrazione Trasparente']);
  });
});

describe('OCR repairs that must leave correct text alone (misfires a fresh reader found)', () => {
  it('reads no amount from opening hours in capitals ("DALLE 9,00 ALLE 12,00 E 15,00")', () => {
    const fields = extractFields(scanned(`COMUNE DI VALDORA
Prot. n. 4567 del 10/03/2031

Oggetto: orari

L'UFFICIO È APERTO IL LUNEDÌ DALLE 9,00 ALLE 12,00 E 15,00 ALLE 17,30.`)).fields;
    expect(fields.amounts).toEqual([]);
  });

  it('reads no amount from an energy class or a rate ("classe E 125,30 kWh", "È 2,50 PER CENTO")', () => {
    const fields = extractFields(scanned(`COMUNE DI VALDORA

Oggetto: avviso di vendita

L'immobile, in classe energetica E 125,30 kWh/m2 anno, è posto in vendita a € 85.000,00.
L'INTERESSE LEGALE È 2,50 PER CENTO.`)).fields;
    expect(fields.amounts).toEqual([85000]);
  });

  it('joins no address to a website after it when the address ends in a foreign top-level domain', () => {
    const fields = extractFields(scanned(`COMUNE DI VALDORA

Oggetto: gemellaggio

Contatti: info@gemellaggio.ch sito.comune.valdora.it`)).fields;
    expect(fields.emails).toEqual(['info@gemellaggio.ch']);
  });
});

describe('a header over a column the rows leave blank (misfires a fresh reader found)', () => {
  const row = (index: number, y: number, cells: [number, number, string][]): Line => ({
    page: 1, index, x: cells[0][0], y, size: 10, gapBefore: 0.6,
    text: cells.map((c) => c[2]).join('\t'), segments: cells.map(([x, end, text]) => ({ x, end, text })),
  });

  it('does not head the populations with "Contributo (€)" when the contributions are blank', () => {
    const lines = [
      row(0, 400, [[60, 110, 'Comune'], [220, 290, 'Popolazione'], [400, 480, 'Contributo (€)']]),
      row(1, 382, [[60, 110, 'Vallerosa'], [250, 290, '12.345']]),
      row(2, 364, [[60, 115, 'Montebello'], [255, 290, '8.910']]),
    ];
    expect(tableColumns(lines).map((c) => c.header)).not.toContain('Popolazione Contributo (€)');
  });
});

describe('the session’s rules within their bounds: a second fresh reader’s misfires', () => {
  const cover = (sender: string, subject: string) => `${sender}
Settore Servizi Sociali
Prot. n. 4512 del 10/03/2031

>Alla Regione Valdora

Oggetto: ${subject}

Si trasmette, per quanto di competenza, la nota allegata.

>Il Dirigente
>Luigi Bianchi`;
  const forwarded = (sender: string) => `${sender}
Servizio Edilizia Scolastica
Prot. n. 998877 del 02/03/2031

>Al Comune di Montalto

Oggetto: lavori di manutenzione straordinaria.

Si comunica che i lavori avranno inizio il 20/03/2031.

>Il Dirigente
>Carla Neri`;

  it('tells a Comune from the Città metropolitana named after the same city', () => {
    const fields = fieldsOf(cover('COMUNE DI MONTALTO', 'Trasmissione nota della Città metropolitana.'), forwarded('CITTÀ METROPOLITANA DI MONTALTO'));
    expect(fields.signatories.map((s) => s.name)).toEqual(['Luigi Bianchi']);
  });

  it('tells apart two Comuni whose names end in the same word', () => {
    const fields = fieldsOf(cover('COMUNE DI PIEVE DI VALDORA', 'Trasmissione nota del Comune di Borca.'), forwarded('COMUNE DI BORCA DI VALDORA'));
    expect(fields.signatories.map((s) => s.name)).toEqual(['Luigi Bianchi']);
  });

  it('keeps a notice’s second page, whose running title is set in capitals, with its first', () => {
    const fields = fieldsOf(
      `COMUNE DI VALDORA
Ente capofila dell'Ambito Territoriale Sociale n. 3

AVVISO PUBBLICO CONTRIBUTI LOCAZIONE 2031

Art. 1 – Finalità
Il contributo sostiene il pagamento dei canoni.`,
      `Ambito Territoriale Sociale n. 3
AVVISO PUBBLICO CONTRIBUTI LOCAZIONE 2031

Art. 3 – Domande
Le domande vanno presentate entro il 30 aprile 2031.

Valdora, 12/03/2031

>Il Responsabile dell'Ufficio di Piano
>Mario Rossi`,
    );
    expect([fields.documentDate, fields.signatories.map((s) => s.name)]).toEqual(['2031-03-12', ['Mario Rossi']]);
  });

  it('keeps a decree whose second page repeats its heading as a running header', () => {
    const fields = fieldsOf(
      `COMUNE DI VALDORA
Provincia di Montalto

DECRETO SINDACALE
N. 7 DEL 10/03/2031
>Alla Dott.ssa Anna Gialli
>SEDE

Oggetto: Nomina del Responsabile del Settore Finanziario.

IL SINDACO
Visto il D.Lgs. 267/2000;
Visto il regolamento sull'ordinamento degli uffici;
Considerato che occorre provvedere;`,
      `Decreto n. 7 del 10/03/2031
Oggetto: nomina del Responsabile del Settore Finanziario.

DECRETA
1. di nominare la Dott.ssa Anna Gialli Responsabile del Settore Finanziario.

>Il Sindaco
>avv. Paolo Neri`,
    );
    expect(fields.signatories.map((s) => s.name)).toEqual(['Paolo Neri']);
  });

  it('leaves out a blank accounting form sent to be filled in', () => {
    const fields = fieldsOf(
      `REGIONE VALDORA
Prot. n. 0004567 del 12/03/2031

>Ai Comuni capofila

Oggetto: rendicontazione del Fondo povertà.

Si chiede di compilare la scheda allegata entro il 30 aprile 2031.

>Il Dirigente della Sezione
>Anna Gialli`,
      `ALLEGATO CONTABILE – Scheda di rendicontazione da compilare a cura degli Ambiti
Ambito ______________________
Importo impegnato ______________________
Importo liquidato ______________________

>Il Responsabile del Servizio Finanziario
>______________________`,
    );
    expect(fields.signatories.map((s) => s.name)).toEqual(['Anna Gialli']);
  });

  it('reads a decree whose recital has a dash and whose verb is "CONFERISCE" as a decree, blank lines or not', () => {
    const fields = fieldsOf(`COMUNE DI VALDORA
DECRETO SINDACALE N. 7 DEL 10/03/2031

Oggetto: conferimento dell'incarico

IL SINDACO
- Visto il D.Lgs. 267/2000;
CONFERISCE
l'incarico alla dott.ssa Anna Gialli.

Il Sindaco ______________________
Per accettazione ______________________`);
    expect(fields.docType).toBe('decreto');
  });

  it('reads a call of the Assembly transmitted with its papers ("Trasmissione atti – Assemblea") as a convocation', () => {
    const fields = fieldsOf(`COMUNE DI VALDORA
Prot. n. 4567 del 10/03/2031

>Ai Sindaci dell'Ambito

Oggetto: Trasmissione atti – Assemblea dei Sindaci.

È convocata l'Assemblea dei Sindaci per il giorno 25 marzo 2031 alle ore 10:00 presso la sala consiliare.`);
    expect(fields.docType).toBe('convocazione');
  });

  it.each([
    ['Gli Ambiti che avrebbero dovuto già trasmettere i dati sono tenuti a farlo entro il 20 marzo 2031.'],
    ['Gli enti che dovevano rendicontare provvedano entro il 20 marzo 2031.'],
    ['Poiché i dati dovevano essere completi, si chiede di reinviarli entro il 20 marzo 2031.'],
    ['La scheda, che doveva essere compilata in ogni sua parte, andrà trasmessa entro il 20 marzo 2031.'],
  ])('keeps the term a present duty sets after a past one: %s', (sentence) => {
    const fields = fieldsOf(`REGIONE VALDORA\nValdora, 10/03/2031\n\n>Ai Comuni\n\nOggetto: dati\n\n${sentence}`);
    expect(fields.deadlines).toEqual([{ date: '2031-03-20' }]);
  });

  it.each([
    ['Nella riunione del Comitato del 25 marzo 2031 sarà esaminato l’aumento della tariffa oraria dalle 18,50 alle 21,30 euro.'],
    ['All’assemblea dei soci del 25 marzo 2031 si discuterà il passaggio delle quote da 10,00 euro alle 12,50 previste.'],
  ])('reads no meeting time from figures after "alle": %s', (sentence) => {
    expect(fieldsOf(`COMUNE DI VALDORA\nValdora, 10/03/2031\n\nOggetto: tariffe\n\n${sentence}`).meetings).toEqual([]);
  });

  it('glues no heading or office onto a one-word signed name ("F.to Geom. Rossi" / "Visto Contabile")', () => {
    const fields = fieldsOf(deliberation('lavori', 'Parere di regolarità tecnica: FAVOREVOLE. Il Responsabile del Settore F.to Geom. Rossi\nVisto Contabile'));
    expect(fields.signatories.map((s) => s.name)).not.toContain('Rossi Visto Contabile');
  });

  it.each([
    ['Coefficienti: 1 | 0,80000 | 1,00000 | 0,54 (tariffa in euro)', 0.8],
    ['Mutuo al tasso fisso del 3,25000% annuo per euro 250.000,00', 3.25],
    ['Gasolio: quantità litri 2.500,0000 al prezzo di euro 3.200,00', 2500],
  ])('reads no price to five decimals from a coefficient, a rate or a quantity: %s', (line, notAmount) => {
    expect(fieldsOf(`COMUNE DI VALDORA\n\nOggetto: spese\n\n${line}`).amounts).not.toContain(notAmount);
  });

  it('keeps the suffix of a year-first register’s number ("Prot. 2031. 0001234/IV.1")', () => {
    expect(fieldsOf('REGIONE VALDORA\nProt. 2031. 0001234/IV.1 del 10/03/2031\n\nOggetto: dati').protocol?.number).toBe('0001234/IV.1');
  });
});

describe('kinds of blind set 23, the real set’s kinds written again', () => {
  it('dates the hours of the vote by the call in the sentence before ("Sono convocati per domenica …. Le operazioni di voto si svolgeranno dalle ore 8:00")', () => {
    const fields = fieldsOf(`PROVINCIA DI VALDORA
DECRETO PRESIDENZIALE N. 14 DEL 20/03/2031

Oggetto: convocazione dei comizi elettorali

DECRETA
1. Sono convocati per domenica 31 maggio 2031 i comizi elettorali per l'elezione del Consiglio Provinciale. Le operazioni di voto si svolgeranno dalle ore 8:00 alle ore 20:00 presso il seggio centrale.`);
    expect(fields.meetings).toEqual([{ date: '2031-05-31', time: '08:00' }]);
  });

  it('reads a decree’s "le liste sono presentate … dalle ore … di lunedì 11 maggio" as a filing window', () => {
    const fields = fieldsOf(`PROVINCIA DI VALDORA
DECRETO PRESIDENZIALE N. 14 DEL 20/03/2031

Oggetto: elezioni

4. Le liste dei candidati sono presentate presso l'Ufficio Elettorale dalle ore 8:00 alle ore 20:00 di domenica 10 maggio 2031 e dalle ore 8:00 alle ore 12:00 di lunedì 11 maggio 2031.`);
    expect(fields.deadlines).toEqual([{ date: '2031-05-11' }]);
  });

  it('reads a frame whose only visa is its blank heading ("Visto di regolarità contabile …") as a sheet', () => {
    const fields = fieldsOf(`REGIONE VALDORA
DETERMINAZIONE DIRIGENZIALE
N. 1187 DEL 04/02/2031

Visto di regolarità contabile ai sensi dell'art. 56 del D.Lgs. 118/2011.
Il Responsabile del Servizio Bilancio | data ______________
______________________________

Il Dirigente del Servizio | ______________________________`);
    expect(fields.docType).toBe('altro');
  });

  it('keeps "ALLEGATO 1 – SCHEDA CONTABILE" with the act it belongs to', () => {
    const fields = fieldsOf(
      `REGIONE VALDORA
DETERMINAZIONE DIRIGENZIALE N. 1187 DEL 04/02/2031

Oggetto: liquidazione dell'acconto

>Il Dirigente del Servizio
>Marco Pini`,
      `ALLEGATO 1 – SCHEDA CONTABILE

Oggetto: liquidazione dell'acconto

>L'Istruttore contabile
>Laura Gatti`,
    );
    expect(fields.signatories.map((s) => s.name)).toEqual(['Marco Pini', 'Laura Gatti']);
  });

  it('takes no session’s heading ("CONSIGLIO COMUNALE DEL 05.03.2031") for the letter’s place and date', () => {
    const fields = fieldsOf(`COMUNE DI VALDORA
Prot. n. 1689 del 27/02/2031

INTEGRAZIONE ORDINE DEL GIORNO
CONSIGLIO COMUNALE DEL 05.03.2031

Il Consiglio comunale è convocato per il giorno 05.03.2031 alle ore 18.00.`);
    expect(fields.documentDate).toBe('2031-02-27');
  });

  it('reads a signer with the role in brackets after the name, wrapped in its cell', () => {
    // Prepare: an opinions table's last cell, its bracket wrapped onto two lines at the cell's left edge.
    const [page] = letterPages(deliberation('variazione'));
    const at = (index: number, y: number, gap: number, cells: [number, number, string][]): Line => ({
      page: 1, index, x: cells[0][0], y, size: 10, gapBefore: gap, text: cells.map((c) => c[2]).join('\t'), segments: cells.map(([x, end, text]) => ({ x, end, text })),
    });
    const n = page.lines.length;
    const lines = [
      ...page.lines,
      at(n, 487, 0.6, [[64, 144, 'Regolarità contabile'], [183, 227, 'Favorevole'], [302, 352, '18/02/2031'], [420, 530, 'F.to dott. Francesco Lenti']]),
      at(n + 1, 475, 0, [[420, 513, "(Responsabile dell'Area"]]),
      at(n + 2, 463, 0, [[420, 466, 'Finanziaria)']]),
    ];
    // Act
    const { signatories } = extractFields([{ ...page, lines }]).fields;
    // Assess
    expect(signatories).toContainEqual({ role: "Responsabile dell'Area Finanziaria", name: 'Francesco Lenti' });
  });
});

describe('one signer read with the role cut short and whole', () => {
  it('keeps the whole role once ("Il Responsabile" and "Responsabile dell’Area Tecnica" for one name)', () => {
    const fields = fieldsOf(
      deliberation('variazione', "Parere di regolarità tecnica: FAVOREVOLE. Il Responsabile – F.to ing. Salvo Parri\nRegolarità tecnica | Favorevole | F.to ing. Salvo Parri (Responsabile dell'Area Tecnica)"),
    );
    expect(fields.signatories.filter((s) => s.name === 'Salvo Parri')).toEqual([{ role: "Responsabile dell'Area Tecnica", name: 'Salvo Parri' }]);
  });
});

describe('a citation broken by the page’s end', () => {
  it('reads "… dalla L. 30" | footer | header | "dicembre 2030, n. 240" whole, the running lines left out', () => {
    // Prepare: every page opens with the board's running header and ends with the university's footer.
    const fields = fieldsOf(
      `Proposta di delibera
UNIVERSITÀ DI VALDORA

Oggetto: relazione sulla ricerca

La relazione è redatta nel rispetto di quanto previsto dalla L. 30
Università di Valdora – Piazza Cavour 19 – Valdora`,
      `Proposta di delibera
dicembre 2030, n. 240, e dallo Statuto.
Il Consiglio è invitato a prenderne atto.
Università di Valdora – Piazza Cavour 19 – Valdora`,
    );
    // Act, Assess
    expect(fields.legalReferences).toContain('L. 240/2030');
  });
});

describe('"GIUNTA REGIONALE" printed under a picture (misfires a fresh reader found)', () => {
  /** A letter whose first line was read by OCR from the picture above the printed letterhead. */
  const pictured = (picture: string) => {
    const [page] = letterPages(`${picture}\nGIUNTA REGIONALE\nDirezione Generale per le Politiche Sociali\n\n>Ai Comuni\n\nOggetto: fondo`);
    const lines = page.lines.map((l, i) => (i === 0 ? { ...l, origins: ['picture' as const] } : l));
    return extractFields([{ ...page, lines }]).fields.sender;
  };

  it('takes the Region the picture names ("REGIONE VALDORA")', () => {
    expect(pictured('REGIONE VALDORA')).toBe('Regione Valdora');
  });

  it('takes no programme’s banner for the sender ("Ministero del Lavoro e delle Politiche Sociali" in a funding banner)', () => {
    expect(pictured('Ministero del Lavoro e delle Politiche Sociali')).toBe('Giunta Regionale');
  });
});

describe('the third fresh reader’s misfires', () => {
  const letter = (body: string, dateline = 'Valdora, 2 aprile 2031') => fieldsOf(`COMUNE DI VALDORA\nProt. n. 1234 | ${dateline}\n\n>Ai cittadini\n\nOggetto: elezioni\n\n${body}`);

  it('takes no office’s opening hours for the time of the vote', () => {
    expect(letter('Sono convocati per domenica 24 maggio 2031 i comizi elettorali per l’elezione del Sindaco. Per il rilascio dei duplicati delle tessere elettorali, nei giorni precedenti le votazioni l’Ufficio elettorale resterà aperto dalle ore 9:00 alle ore 18:00.').meetings).toEqual([]);
  });

  it('dates the vote by the date its call names, not by the decree’s ("con decreto del 30 marzo … sono convocati per domenica 24 maggio")', () => {
    expect(letter('Con decreto del 30 marzo 2031 sono convocati per domenica 24 maggio 2031 i comizi elettorali. Le operazioni di voto si svolgeranno dalle ore 7:00 alle ore 23:00.').meetings).toEqual([{ date: '2031-05-24', time: '07:00' }]);
  });

  it('takes no call of people about the elections for the vote ("sono convocati … gli scrutatori … per le elezioni")', () => {
    expect(letter('Sono convocati per giovedì 21 maggio 2031 gli scrutatori nominati per le elezioni comunali. Le operazioni di voto si svolgeranno dalle ore 7:00 alle ore 23:00.').meetings).toEqual([]);
  });

  it('takes no vote a deliberation’s premise recounts', () => {
    expect(letter('PREMESSO che con decreto prefettizio sono convocati per domenica 24 maggio 2031 i comizi elettorali. Le operazioni di voto si svolgeranno dalle ore 7:00 alle ore 23:00.').meetings).toEqual([]);
  });

  it('takes no deadline from papers open to view ("sono depositati … e consultabili dalle ore 9:00 alle ore 12:00 del …")', () => {
    expect(letter('Gli atti sono depositati presso la Segreteria generale e sono consultabili dalle ore 9:00 alle ore 12:00 del giorno 18 aprile 2031.').deadlines).toEqual([]);
  });

  it('takes no deadline from a window told before the letter’s date', () => {
    expect(letter('Le liste dei candidati sono presentate alla Segreteria comunale; quest’anno ciò è avvenuto dalle ore 8:00 alle ore 20:00 del 24 marzo 2031.').deadlines).toEqual([]);
  });

  it('still dates a letter by "Casa Comunale, lì 5 marzo 2031" and "Palazzo della Giunta Regionale, 5 marzo 2031"', () => {
    for (const line of ['Casa Comunale, lì 5 marzo 2031', 'Palazzo della Giunta Regionale, 5 marzo 2031']) {
      expect(fieldsOf(`COMUNE DI VALDORA\n\n>Ai cittadini\n\nOggetto: avviso\n\nSi comunica quanto segue.\n\n${line}`).documentDate).toBe('2031-03-05');
    }
  });

  it('reads a block’s name with its role in brackets under the block’s role as one signature', () => {
    const fields = fieldsOf('COMUNE DI VALDORA\n\nOggetto: avviso\n\nSi comunica quanto segue.\n\n>Il Dirigente\n>F.to Anna Verdi (Responsabile P.O. delegata)');
    expect(fields.signatories.filter((s) => s.role === 'Responsabile P.O. delegata')).toEqual([]);
  });

  it('leaves out a blank accounting sheet with fields to fill in, though not titled "da compilare"', () => {
    const fields = fieldsOf(
      'REGIONE VALDORA\nProt. n. 0004567 del 02/03/2031\n\n>Ai Comuni capofila\n\nOggetto: rendicontazione\n\nSi trasmette il modello di rendicontazione, da restituire entro il 31 marzo 2031.\n\n>Il Dirigente\n>Anna Verdi',
      'ALLEGATO 1 – SCHEDA CONTABILE\nSpesa impegnata € ______________\nSpesa liquidata € ______________\n\n>Il Responsabile dell’Ufficio di Piano\n>______________',
    );
    expect(fields.signatories.map((s) => s.name)).toEqual(['Anna Verdi']);
  });
});

describe('kinds of blind set 24, written after the third review', () => {
  it('reads a school’s segnatura wrapped in its stamp ("VAIC81200X - REGISTRO PROTOCOLLO" / "0004127 - 06/05/2031 - IV.5 - U")', () => {
    const fields = fieldsOf(`ISTITUTO COMPRENSIVO STATALE "DON MILANI"
VAIC81200X - REGISTRO PROTOCOLLO
0004127 - 06/05/2031 - IV.5 - U
Circolare n. 187

>Ai Docenti

Oggetto: orientamento`);
    expect(fields.protocol).toEqual({ number: '0004127', date: '2031-05-06' });
  });

  it('takes no arrival ("… - E") of a school’s register for the letter’s own number', () => {
    const fields = fieldsOf('ISTITUTO COMPRENSIVO VALDORA\nVAIC81200X - REGISTRO PROTOCOLLO - 0004127 - 06/05/2031 - IV.5 - E\n\n>Ai Docenti\n\nOggetto: orientamento');
    expect(fields.protocol?.number).not.toBe('0004127');
  });

  it('takes no number cited by a sentence wrapped right before its label ("… con nota" / "prot. n. 4519 del …")', () => {
    const fields = fieldsOf(`COMUNE DI VALDORA

>Ai Sindaci

Oggetto: avviso pubblico

Restano valide le iscrizioni effettuate a seguito dell'avviso pubblicato con nota
prot. n. 4519 del 12/03/2030.`);
    expect(fields.protocol).toBeNull();
  });

  it('drops a police officer’s rank from the name ("Magg. Ciro Esposito")', () => {
    const fields = fieldsOf('COMUNE DI VALDORA\n\nOggetto: ordine\n\nSi ordina la fornitura.\n\n>Il Responsabile del Settore Polizia Municipale\n>Magg. Ciro Esposito');
    expect(fields.signatories).toEqual([{ role: 'Il Responsabile del Settore Polizia Municipale', name: 'Ciro Esposito' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';
import { tableColumns } from '../../shared/extract/table-columns.ts';
import type { Line, PageText } from '../../shared/read/page-text.ts';

/** Pages as OCR gives them: every line marked as read by OCR. */
const scanned = (...texts: string[]): PageText[] => letterPages(...texts).map((p) => ({ ...p, ocr: true, lines: p.lines.map((l) => ({ ...l, ocr: true })) }));
const fieldsOf = (...texts: string[]) => extractFields(letterPages(...texts)).fields;

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

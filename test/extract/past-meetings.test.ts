import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

describe('a meeting the letter recounts is not one it convenes', () => {
  it('leaves out a meeting the sentence says was held ("tenutasi")', () => {
    // Prepare: no date on the letter, so only the wording can tell.
    const pages = letterPages("Si ricorda che nell'ultima riunione, tenutasi il 4 febbraio 2031 alle ore 10:00, il Comitato aveva chiesto una relazione.");
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.meetings).toEqual([]);
  });

  it('leaves out a meeting dated before the letter itself', () => {
    const pages = letterPages(`
Valdora, 20 marzo 2031

Oggetto: esiti del tavolo tecnico

Come concordato nella riunione del tavolo tecnico del 3 marzo 2031 alle ore 10:00, si trasmette il verbale.
`);
    const { fields } = extractFields(pages);
    expect(fields.meetings).toEqual([]);
  });

  it('keeps the meeting the same letter calls after its own date', () => {
    const pages = letterPages(`
Valdora, 20 marzo 2031

Oggetto: convocazione del tavolo tecnico

Il tavolo tecnico è convocato per il giorno 27 marzo 2031 alle ore 10:00 presso la sede dell'Ambito.
`);
    const { fields } = extractFields(pages);
    expect(fields.meetings).toEqual([{ date: '2031-03-27', time: '10:00' }]);
  });
});

describe('an event named after a word of filing', () => {
  it('a presentation held as a webinar is a meeting, though "presentazione" also names filings', () => {
    // Prepare
    const pages = letterPages(`
REGIONE VALDORA

>Agli Ambiti territoriali

Oggetto: programma regionale 2031 e webinar di presentazione

Gli Ambiti dovranno trasmettere la programmazione entro il 18 aprile 2031. La presentazione del programma avverrà
in un webinar giovedì 27 marzo 2031 dalle ore 10:00 alle ore 12:00; il link sarà inviato agli Ambiti.
`);
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.meetings).toEqual([{ date: '2031-03-27', time: '10:00' }]);
  });

  it('an interview an act fixes for the candidates is a meeting, after the window for applications', () => {
    const pages = letterPages(`
UNIVERSITÀ DEGLI STUDI DI VALDORA

DECRETO N. 77 DEL 03/03/2031

DECRETA

1. che le domande debbano essere presentate tramite la piattaforma entro le ore 13:00 del 24-03-2031;
2. che il colloquio dei candidati ammessi si svolga il 31-03-2031 alle ore 10:00 in modalità telematica;
`);
    const { fields } = extractFields(pages);
    expect(fields.meetings).toEqual([{ date: '2031-03-31', time: '10:00' }]);
  });

  it('a window for applications with no event named is no meeting', () => {
    const pages = letterPages(`
COMUNE DI ROCCALTA

AVVISO PUBBLICO

Le domande dovranno essere presentate all'ufficio protocollo dalle ore 9:00 di lunedì 12 maggio 2031.
`);
    const { fields } = extractFields(pages);
    expect(fields.meetings).toEqual([]);
  });
});

describe('a summons to a hearing', () => {
  it('is a meeting the document convenes', () => {
    const pages = letterPages(`
TRIBUNALE PER I MINORENNI DI VALDORA

>Alla sig.ra Anna Rossi

Oggetto: procedimento n. 123/2031 V.G.

Si invita la S.V. a comparire all'udienza del 29 gennaio 2032, ore 11.15, presso l'aula 3.
`);
    const { fields } = extractFields(pages);
    expect(fields.meetings).toEqual([{ date: '2032-01-29', time: '11:15' }]);
  });
});

describe('a notice fixing a hearing and its fallback', () => {
  const notice = letterPages(`
TRIBUNALE ORDINARIO DI VALDORA
Cancelleria della Volontaria Giurisdizione

>Al Sig. Marco Neri

AVVISO DI FISSAZIONE DELL'UDIENZA

Si avvisano le persone in indirizzo che l'udienza per l'audizione del beneficiario è fissata per il giorno giovedì 11 giugno 2031, ore 10:30, presso l'aula n. 4.

In caso di impedimento, il Giudice procederà all'audizione presso il luogo in cui questi si trova il giorno 12 giugno 2031 alle ore 9:00.

>Valdora, 14 maggio 2031
`);

  it('takes the hearing "fissata per il giorno …" and the fallback hearing as meetings', () => {
    expect(extractFields(notice).fields.meetings).toEqual([
      { date: '2031-06-11', time: '10:30' },
      { date: '2031-06-12', time: '09:00' },
    ]);
  });

  it('makes the notice a convocation', () => {
    expect(extractFields(notice).fields.docType).toBe('convocazione');
  });

  it('leaves out a hearing the text says was held', () => {
    const pages = letterPages(`
TRIBUNALE ORDINARIO DI VALDORA

>Valdora, 14 maggio 2031

Oggetto: relazione

Nel corso dell'udienza tenutasi il 2 maggio 2031, ore 10:30, il Giudice ha chiesto una relazione.
`);
    expect(extractFields(pages).fields.meetings).toEqual([]);
  });
});

describe('an election a decree calls', () => {
  const decree = (verb: string) => `PROVINCIA DI VALDORA
DECRETO PRESIDENZIALE n° 27 del 11/03/2031

Oggetto: elezioni del Consiglio provinciale

DECRETA
1. ${verb} del Consiglio provinciale per il giorno domenica 10.05.2031, dalle ore 8.00 alle ore 20.00, presso il seggio centrale;`;

  it('is a meeting when the decree resolves "di indire le elezioni"', () => {
    expect(extractFields(letterPages(decree('di indire le elezioni'))).fields.meetings).toEqual([{ date: '2031-05-10', time: '08:00' }]);
  });

  it('is a meeting when the decree resolves "di convocare i comizi elettorali"', () => {
    expect(extractFields(letterPages(decree('di convocare i comizi elettorali per l’elezione'))).fields.meetings).toEqual([{ date: '2031-05-10', time: '08:00' }]);
  });

  it('is no meeting when what is called is a tender ("di indire una gara")', () => {
    expect(extractFields(letterPages(decree('di indire una gara per il servizio'))).fields.meetings).toEqual([]);
  });
});

describe('a time written out with "e"', () => {
  it('reads "ore 9 e 30" as 09:30', () => {
    const pages = letterPages('Valdora, 12 maggio 2031\n\nOggetto: tavolo tecnico\n\nLa seconda sessione si terrà giovedì 4 giugno 2031, ore 9 e 30, in videoconferenza.');
    expect(extractFields(pages).fields.meetings).toEqual([{ date: '2031-06-04', time: '09:30' }]);
  });
});

describe('meetings a letter sets beside its main one', () => {
  it('reads the preparatory meetings that "si terranno martedì 12/5, alle h. 15:00"', () => {
    // Prepare
    const pages = letterPages(`
ISTITUTO COMPRENSIVO VALDORA
Prot. n. 1234 del 05/05/2031

>Ai Docenti

Oggetto: convocazione del Collegio dei docenti

Il Collegio dei docenti è convocato giovedì 14 maggio 2031 alle ore 16.30.
Le riunioni preparatorie dei dipartimenti si terranno martedì 12/5, alle h. 15:00, nei rispettivi plessi.
`);
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.meetings).toContainEqual({ date: '2031-05-12', time: '15:00' });
  });
});

describe('sessions laid out as a calendar table', () => {
  const letter = (subject: string, intro: string) =>
    letterPages(`
ASL VALDORA – Distretto 1
Prot. n. 2222 del 05/06/2031

>Ai Servizi Sociali dei Comuni

Oggetto: ${subject}

${intro}
Data | Ora | Casi
mercoledì 24 giugno 2031 | 09:30 | 14
mercoledì 8 luglio 2031 | 09:30 | 11
`);

  it('reads each row’s date and time as a meeting when the lines above convene', () => {
    const { fields } = extractFields(letter('calendario delle sedute UVM', 'Le sedute dell’Unità di Valutazione Multidimensionale si terranno come segue:'));
    expect(fields.meetings).toEqual([{ date: '2031-06-24', time: '09:30' }, { date: '2031-07-08', time: '09:30' }]);
  });

  it('reads no meeting from a table of dates and times that convenes nothing', () => {
    const { fields } = extractFields(letter('accessi allo sportello sociale', 'Si riportano gli accessi registrati allo sportello:'));
    expect(fields.meetings).toEqual([]);
  });
});

describe('minutes that set the body’s next session', () => {
  const minutes = (decision: string) =>
    letterPages(`
AMBITO TERRITORIALE SOCIALE XIX
VERBALE DELLA CONFERENZA DEI SINDACI N. 2/2031
OGGETTO: Verbale della seduta

L'anno duemilatrentuno, addì quindici del mese di aprile, alle ore 15.30, si è riunita la Conferenza dei Sindaci.
${decision}
`);

  it('reads "stabilisce di riunirsi nuovamente il giorno …" as a meeting, not the minuted session', () => {
    const pages = minutes('Sul punto 3, la Conferenza rinvia l’esame e stabilisce di riunirsi nuovamente il giorno 6 maggio 2031 alle ore 16.00, senza ulteriore avviso.');
    expect(extractFields(pages).fields.meetings).toEqual([{ date: '2031-05-06', time: '16:00' }]);
  });

  it('reads no meeting in minutes that set none', () => {
    const pages = minutes('La seduta è tolta alle ore 17.45.');
    expect(extractFields(pages).fields.meetings).toEqual([]);
  });
});

describe('sessions dated in words (misfires a fresh reader found)', () => {
  it('reads no meeting in minutes that open on their own session in words', () => {
    const pages = letterPages(`
VERBALE DELLA CONFERENZA DEI SERVIZI
Il giorno ventidue del mese di aprile dell'anno duemilatrentuno, alle ore 10.00, presso la sede regionale si tiene la riunione.
`);
    expect(extractFields(pages).fields.meetings).toEqual([]);
  });

  it('reads no meeting in a past decision to meet again ("aveva stabilito di riunirsi nuovamente")', () => {
    const pages = letterPages(`
VERBALE N. 3
Richiamato il verbale n. 2, nel quale la Commissione aveva stabilito di riunirsi nuovamente il giorno 20 aprile 2031 alle ore 10.00, si procede.
`);
    expect(extractFields(pages).fields.meetings).toEqual([]);
  });

  it('reads a call dated in words as a meeting', () => {
    const pages = letterPages(`
Oggetto: convocazione della Conferenza dei Sindaci
La Conferenza dei Sindaci è convocata per il giorno ventidue del mese di aprile dell'anno duemilatrentuno, alle ore 10.00, presso la sede dell'Ambito.
`);
    expect(extractFields(pages).fields.meetings).toEqual([{ date: '2031-04-22', time: '10:00' }]);
  });
});

describe('meeting rules of the sixth session (misfires a fresh reader found)', () => {
  it('sets no meeting when what "è fissata" is a publication, not the interview', () => {
    const pages = letterPages('Valdora, 4 maggio 2031\n\nOggetto: selezione\n\nLa pubblicazione degli esiti del colloquio è fissata per il giorno 10 giugno 2031 alle ore 12:00.');
    expect(extractFields(pages).fields.meetings).toEqual([]);
  });

  it('reads "ore 9 e 16 giugno" as 09:00 on the 15th, not 09:16', () => {
    const pages = letterPages('Valdora, 4 maggio 2031\n\nOggetto: prove orali\n\nLe prove orali si terranno nei giorni 15 giugno 2031 ore 9 e 16 giugno 2031 ore 15.');
    expect(extractFields(pages).fields.meetings).toEqual([
      { date: '2031-06-15', time: '09:00' },
      { date: '2031-06-16', time: '15:00' },
    ]);
  });
});

describe('hearings fixed in other words (misfires a fresh reader found)', () => {
  it.each([
    "l'udienza pubblica è fissata per il giorno 20 maggio 2031 alle ore 10:00.",
    'la prossima udienza è fissata per il giorno 20 maggio 2031 alle ore 10:00.',
    "la data dell'udienza è fissata al giorno 20 maggio 2031 alle ore 10:00.",
    "L'udienza nel procedimento R.G. 123/2031 è fissata per il giorno 20 maggio 2031 alle ore 10:00.",
  ])('takes the hearing in "%s"', (sentence) => {
    const pages = letterPages(`TRIBUNALE DI VALDORA\n\n>Al Sig. Marco Neri\n\nOggetto: procedimento\n\nSi comunica che ${sentence}`);
    expect(extractFields(pages).fields.meetings).toEqual([{ date: '2031-05-20', time: '10:00' }]);
  });
});

describe('a second call written "alle 15,00", without "ore"', () => {
  it('is a meeting at 15:00', () => {
    const pages = letterPages('COMUNE DI VALDORA\nValdora, 20/11/2031\n\nOggetto: Coordinamento istituzionale\n\nLa S.V. è convocata in prima convocazione giovedì 03.12.2031 alle ore 9.30 e, in seconda convocazione, venerdì 04.12.2031 alle 15,00, nella stessa sede.');
    expect(extractFields(pages).fields.meetings).toEqual([{ date: '2031-12-03', time: '09:30' }, { date: '2031-12-04', time: '15:00' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { makePdf } from '../support/make-pdf.ts';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

const limits = ReadLimits.parse({ ocr: false });
async function docTypeOf(lines: string[]) {
  const outcome = await readAndExtract(await makePdf([lines]), limits);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.extraction.fields.docType;
}
const region = ['REGIONE VALDORA', 'Dipartimento Politiche Sociali', 'Prot. n. 0004567 del 12/03/2031', ''];

describe('a protocolled letter that is a letter, not a note', () => {
  it('is a letter when it is addressed to a company', async () => {
    const type = await docTypeOf([...region, 'Alla Ditta Servizi Integrati S.r.l.', 'Via Roma, 1 – Valdora', '', 'Oggetto: ordine di fornitura', '', 'Si ordina la fornitura indicata.']);
    expect(type).toBe('lettera');
  });

  it('is a letter when it greets its reader on a line of its own', async () => {
    const type = await docTypeOf([...region, 'All’Assessore alle Politiche Sociali', '', 'Oggetto: osservazioni sul riparto', '', 'Gentile Assessore,', 'desideriamo sottoporLe alcune considerazioni.']);
    expect(type).toBe('lettera');
  });
});

describe('a Region’s letter to many', () => {
  it('is a circular when it instructs the officials of a class of bodies', async () => {
    const type = await docTypeOf([...region, 'Ai Coordinatori degli Ambiti Territoriali Sociali', 'LORO SEDI', '', 'Oggetto: indicazioni operative', '', 'Si forniscono le indicazioni.']);
    expect(type).toBe('circolare');
  });

  it('is a note when it writes to the bodies themselves', async () => {
    const type = await docTypeOf([...region, 'Ai Comuni capofila degli Ambiti Territoriali Sociali', 'LORO SEDI', '', 'Oggetto: rendicontazione del fondo', '', 'Si chiede di trasmettere la rendicontazione.']);
    expect(type).toBe('nota');
  });

  it('is a note when it reminds its officials of what was asked', async () => {
    const type = await docTypeOf([...region, 'Ai Responsabili degli Uffici di Piano', 'LORO SEDI', '', 'Oggetto: Sollecito – trasmissione dei POA', '', 'Si sollecita la trasmissione.']);
    expect(type).toBe('nota');
  });

  it('is a note when it names its addressees one by one', async () => {
    const type = await docTypeOf([...region, 'All’Ambito Territoriale Nord', '', 'All’Ambito Territoriale Sud', '', 'All’Ambito Territoriale Est', '', 'Oggetto: sollecito della relazione', '', 'Si sollecita la trasmissione della relazione.']);
    expect(type).toBe('nota');
  });
});

describe('a meeting mentioned in a letter', () => {
  it('does not make a convocation of a letter whose subject is about something else', async () => {
    const type = await docTypeOf([
      ...region,
      'Ai Responsabili degli Uffici di Piano',
      '',
      'Oggetto: invito a presentare progetti distrettuali – indicazioni operative',
      '',
      'I progetti vanno presentati entro il 30/04/2031.',
      'Per illustrare l’invito si terrà un webinar il 20/03/2031 alle ore 10:00.',
    ]);
    expect(type).toBe('circolare');
  });

  it('makes a convocation of a letter whose subject names the meeting, without the verb "convocare"', async () => {
    const type = await docTypeOf([
      'COMUNE DI VALDORA',
      '',
      'Ai componenti del Tavolo tecnico',
      '',
      'Oggetto: riunione del Tavolo tecnico per la non autosufficienza',
      '',
      'La riunione si terrà il 20/03/2031 alle ore 10:00 presso la sala consiliare.',
    ]);
    expect(type).toBe('convocazione');
  });
});

describe('an act’s accounting annex', () => {
  it('is "altro", though it names the determinazione it is annexed to', async () => {
    const type = await docTypeOf(['REGIONE VALDORA', 'Direzione Inclusione Sociale', '', 'ALLEGATO CONTABILE', 'Determinazione n. G04417 del 02/04/2031', '', 'Oggetto: impegno di spesa', '', 'Impegni di spesa come da tabella.']);
    expect(type).toBe('altro');
  });
});

describe('an act’s frame, without its text', () => {
  it('is "altro": a determinazione’s heading, numbers, Oggetto and blank signature lines', async () => {
    const type = await docTypeOf(['REGIONE VALDORA', 'Direzione Inclusione Sociale', '', 'DETERMINAZIONE DIRIGENZIALE', 'Registro delle determinazioni n. G01234 del 05/03/2031', '', 'Oggetto: impegno di spesa in favore dei Comuni capofila', '', 'Il Responsabile del procedimento', '______________________________', 'Pubblicata sul Bollettino Ufficiale n. ______ del __________']);
    expect(type).toBe('altro');
  });

  it('stays "decreto" when its recitals and dispositive part are printed', async () => {
    const type = await docTypeOf(['REGIONE VALDORA', '', 'DETERMINAZIONE DIRIGENZIALE n. G01234 del 05/03/2031', '', 'Oggetto: impegno di spesa', '', 'VISTA la legge regionale n. 11/2016;', 'DETERMINA', 'di impegnare la somma indicata.']);
    expect(type).toBe('decreto');
  });

  it('leaves a board’s proposal, argued in prose, what it proposes', async () => {
    const type = await docTypeOf(['UNIVERSITÀ DI VALDORA', 'Proposta di delibera', '', 'Oggetto: convenzione con l’Agenzia per il diritto allo studio', '', 'Il Rettore ricorda al Consiglio che la convenzione scade a fine anno.']);
    expect(type).toBe('delibera');
  });
});

describe('an office’s visa or opinion issued as a sheet of its own', () => {
  it('is "altro" when headed "VISTO DI REGOLARITÀ CONTABILE" above the act it names', async () => {
    const type = await docTypeOf(['COMUNE DI VALDORA', 'Servizio Finanziario', '', 'VISTO DI REGOLARITÀ CONTABILE', 'Determinazione del Settore Servizi Sociali N. 87 del 14/10/2031', '', 'Oggetto: affidamento del servizio di trasporto sociale', '', 'Il Responsabile del Servizio Finanziario', 'APPONE', 'il visto di regolarità contabile.']);
    expect(type).toBe('altro');
  });

  it('is "altro" when headed "PARERE DI REGOLARITÀ TECNICA" above the proposal it judges', async () => {
    const type = await docTypeOf(['COMUNE DI VALDORA', '', 'PARERE DI REGOLARITÀ TECNICA', 'Proposta di deliberazione della Giunta Comunale n. 142 del 05-11-2031', '', 'Oggetto: progetto Inverno solidale', '', 'Esaminata la proposta, ESPRIME parere favorevole.']);
    expect(type).toBe('altro');
  });
});

describe('a subject that names the letter’s own kind', () => {
  it('is a letter when the subject opens "Lettera di …"', async () => {
    const type = await docTypeOf([...region, 'Al Comune di Roccalta', '', 'Oggetto: Lettera di invito alla regolarizzazione dei premi', '', 'Si invita codesto Ente a versare la differenza.']);
    expect(type).toBe('lettera');
  });

  it('is not the kind of a paper the subject cites ("Nota regionale prot. n. …")', async () => {
    const type = await docTypeOf([...region, 'Alla Sede INPS di Valdora', '', 'Oggetto: Circolare INPS n. 12/2031 – richiesta di chiarimenti', '', 'Si chiedono chiarimenti.']);
    expect(type).toBe('nota');
  });
});

describe('a subject that names the paper answered (misfires a fresh reader found)', () => {
  it('is a note when the subject is "Lettera di codesto Comune … – Riscontro"', async () => {
    const type = await docTypeOf([...region, 'Al Comune di Roccalta', '', 'Oggetto: Lettera di codesto Comune del 3 marzo 2031, prot. n. 456 – Riscontro.', '', 'Si riscontra la lettera in oggetto.']);
    expect(type).toBe('nota');
  });

  it('is a ministry’s note when the subject is "Circolare di questo Ministero n. 12 …"', async () => {
    const type = await docTypeOf(["MINISTERO DELL'INTERNO", 'Prot. n. 4567 del 12/05/2031', '', 'Alle Prefetture - UTG', 'LORO SEDI', '', 'Oggetto: Circolare di questo Ministero n. 12 del 3 marzo 2031 – Chiarimenti.', '', 'Si forniscono chiarimenti.']);
    expect(type).toBe('nota');
  });

  it('is a notice, not a convocation, when it calls a session off', async () => {
    const type = await docTypeOf(['COMUNE DI VALDORA', '', 'AVVISO DI ANNULLAMENTO DELLA SEDUTA DEL CONSIGLIO COMUNALE', '', 'Si rende noto che la seduta convocata per il giorno 20 maggio 2031 alle ore 18:00 è annullata.']);
    expect(type).toBe('avviso');
  });
});

describe('a local body’s word to one body', () => {
  it('is a note when a school writes to its Comune', async () => {
    const type = await docTypeOf(['ISTITUTO COMPRENSIVO “G. VERDI”', 'Prot. n. 0001234 del 12/03/2031', '', 'Al Comune di Valdora', 'Servizio Sociale Professionale', '', 'Oggetto: segnalazione di frequenza irregolare', '', 'Si segnala la frequenza irregolare di un alunno.']);
    expect(type).toBe('nota');
  });

  it('is a note when a Region writes to one Comune', async () => {
    const type = await docTypeOf([...region, 'Al Comune di Roccalta', '', 'Oggetto: contributo regionale – assegnazione', '', 'Si comunica l’assegnazione del contributo.']);
    expect(type).toBe('nota');
  });

  it('is a note when a Comune writes to a class of bodies', async () => {
    const type = await docTypeOf(['COMUNE DI VALDORA', 'Prot. n. 0001234 del 12/03/2031', '', 'Ai Comuni dell’Ambito', '', 'Oggetto: quote associate', '', 'Si comunicano le quote.']);
    expect(type).toBe('nota');
  });

  it('is a note when a Comune reminds one body', async () => {
    const type = await docTypeOf(['COMUNE DI VALDORA', 'Prot. n. 0001234 del 12/03/2031', '', 'Al Comune capofila di Roccalta', '', 'Oggetto: Sollecito – trasferimento della quota', '', 'Si sollecita il trasferimento.']);
    expect(type).toBe('nota');
  });
});

describe('the letter-to-one-body rule’s bounds (misfires a fresh reader found)', () => {
  it.each([
    ['an Ispettorato del Lavoro', 'ISPETTORATO TERRITORIALE DEL LAVORO DI VALDORA'],
    ['a Prefettura – UTG named in full', 'UFFICIO TERRITORIALE DEL GOVERNO DI VALDORA'],
    ['a Regional Council', 'CONSIGLIO REGIONALE DEL VALDORA'],
  ])('keeps %s’s registered letter to one Comune a note', async (_, letterhead) => {
    const type = await docTypeOf([letterhead, 'Prot. n. 4567 del 12/10/2031', '', 'Al Comune di Roccalta', '', 'Oggetto: richiesta di documentazione', '', 'Si chiede di trasmettere la documentazione.']);
    expect(type).toBe('nota');
  });

  it('keeps a Comune’s note to four bodies named one by one a note', async () => {
    const type = await docTypeOf(['COMUNE DI VALDORA', 'Prot. n. 4567 del 12/10/2031', '', 'Alla Prefettura di Roccalta', 'All’ASP di Roccalta', 'Al Comando Stazione Carabinieri', 'Alla Provincia di Roccalta', '', 'Oggetto: chiusura della strada comunale', '', 'Si comunica la chiusura.']);
    expect(type).toBe('nota');
  });

  it('keeps a reminder a note wherever the subject says so', async () => {
    const type = await docTypeOf(['COMUNE DI VALDORA', 'Prot. n. 4567 del 12/10/2031', '', 'All’Ambito Territoriale Sociale di Roccalta', '', 'Oggetto: Rendicontazione delle spese 2030 – sollecito', '', 'Si sollecita la trasmissione.']);
    expect(type).toBe('nota');
  });
});

describe('a cover note', () => {
  it('is a note when it transmits another paper, even to a company', async () => {
    const type = await docTypeOf([
      ...region,
      'Alla Cooperativa Sociale Il Faro S.r.l.',
      '',
      'Oggetto: nota regionale sull’accreditamento dei servizi. Trasmissione.',
      '',
      'Si trasmette in allegato la nota indicata in oggetto, per gli adempimenti di competenza.',
    ]);
    expect(type).toBe('nota');
  });
});

describe('a cover note forwarding another body’s decree', () => {
  // Prepare: the forwarded decree's letterhead is a picture (no text); its heading and Oggetto open page 2.
  const cover = `CITTÀ DI VALDORA
Ufficio di Piano
Prot. n. 0058821 del 15/12/2031

>Ai Sindaci dei Comuni dell'Ambito
>LORO SEDI

Oggetto: Trasmissione del Decreto regionale n. 18244 del 04/12/2031 e incontro tecnico di Ambito.

Si trasmette il Decreto n. 18244 del 04/12/2031 della Direzione Generale Famiglia.
L'Ufficio di Piano convoca un incontro tecnico il giorno martedì 12 gennaio 2032 alle ore 10.00.

>IL DIRIGENTE
>Paolo Neri`;
  const decree = `DIREZIONE GENERALE FAMIGLIA
DECRETO N. 18244 Del 04/12/2031

Oggetto: approvazione dell'avviso per l'adesione dei Comuni

RICHIAMATA la L.R. 3/2008;
DECRETA
1. di approvare l'Avviso.

>IL DIRIGENTE
>Maria Rossi`;

  it('is a note, though the decree it forwards decrees', () => {
    expect(extractFields(letterPages(cover, decree)).fields.docType).toBe('nota');
  });

  it('is signed by the cover’s signer only', () => {
    expect(extractFields(letterPages(cover, decree)).fields.signatories.map((s) => s.name)).toEqual(['Paolo Neri']);
  });

  it('cites the Region’s decree as a director’s decree', () => {
    expect(extractFields(letterPages(cover, decree)).fields.legalReferences).toContain('D.D. 18244/2031');
  });

  it('keeps a decree that prints its attestation on page 2 one document', () => {
    const act = `COMUNE DI VALDORA
DECRETO SINDACALE
N. 17 DEL 08/05/2031

OGGETTO: nomina del referente

DECRETA
di nominare il referente.

>IL SINDACO
>Carlo Bianchi`;
    const attestation = `ATTESTAZIONE DI PUBBLICAZIONE
Estremi identificativi dell'atto:
Decreto n. 17 del 08/05/2031;
Oggetto: nomina del referente

>IL RESPONSABILE DELLE PUBBLICAZIONI
>Anna Verdi`;
    expect(extractFields(letterPages(act, attestation)).fields.signatories.map((s) => s.name)).toEqual(['Carlo Bianchi', 'Anna Verdi']);
  });
});

describe('a Region’s answer to a note', () => {
  it('is a note, not a circular, even when it addresses a class of bodies', async () => {
    const type = await docTypeOf([
      ...region,
      'Ai Comuni capofila degli Ambiti Territoriali',
      '',
      'Oggetto: liquidazione del fondo e riscontro alla nota dell’Ambito Nord',
      '',
      'In riscontro alla nota indicata in oggetto, si comunica che il fondo è liquidato.',
    ]);
    expect(type).toBe('nota');
  });
});

describe('a bundle: a cover letter and the note it forwards', () => {
  // Prepare: the cover mentions the meeting; only the forwarded note, under another body's letterhead, gives its date.
  const cover = ['COMUNE DI VALDORA', 'Prot. n. 0001234 del 10/04/2031', '', 'Ai Responsabili dei Servizi Sociali', '', 'Oggetto: assegno di inclusione – incontro tecnico con gli operatori', '', 'Si comunica che l’Istituto ha organizzato l’incontro descritto nella nota allegata.'];
  const forwarded = ['ISTITUTO NAZIONALE PREVIDENZA SOCIALE', 'Direzione regionale', '', 'Ai Comuni dell’Ambito', '', 'Oggetto: incontro tecnico sull’assegno di inclusione', '', 'L’incontro si terrà il 22/04/2031 alle ore 10:00 in videoconferenza.'];

  it('takes its kind from the cover, not from a meeting the forwarded note calls', async () => {
    // Act
    const outcome = await readAndExtract(await makePdf([cover, forwarded]), limits);
    if (!outcome.ok) throw new Error(outcome.message);
    // Assess
    expect(outcome.extraction.fields.docType).toBe('nota');
  });

  it('still lists the meeting the forwarded note calls', async () => {
    const outcome = await readAndExtract(await makePdf([cover, forwarded]), limits);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.extraction.fields.meetings).toEqual([{ date: '2031-04-22', time: '10:00' }]);
  });
});

describe('a letter between offices without a protocol', () => {
  it('is a note when it neither greets its reader nor writes to a company', async () => {
    const type = await docTypeOf(['ORDINE DEGLI ASSISTENTI SOCIALI DEL MOLISE', '', 'Ai Responsabili degli Uffici di Piano', '', 'Oggetto: riconoscimento dei crediti formativi', '', 'Si comunica che le attività saranno riconosciute.']);
    expect(type).toBe('nota');
  });

  it('is still a letter when it greets its reader', async () => {
    const type = await docTypeOf(['ORDINE DEGLI ASSISTENTI SOCIALI DEL MOLISE', '', 'Al Sindaco del Comune di Valdora', '', 'Oggetto: riconoscimento dei crediti formativi', '', 'Gentile Sindaco,', 'Le scrivo in merito alle attività.']);
    expect(type).toBe('lettera');
  });
});

describe('kinds a document shows by its form', () => {
  it('a form to fill in, under a declaration in the first person, is a modulo', async () => {
    // Prepare: a blank form of a police headquarters, with lines of blanks between its words.
    const form = [
      'QUESTURA DI VALDORA',
      '',
      'Alla Questura di Valdora – Ufficio Immigrazione',
      '',
      'Oggetto: comunicazione di ospitalità a cittadino straniero',
      '',
      'Il/La sottoscritto/a ______________________ nato/a a ______________',
      'il ___/___/______ residente a ______________________ in via ______________',
      'dichiara di aver dato ospitalità dal ___/___/______ al cittadino ______________________',
    ];
    // Act, Assess
    expect(await docTypeOf(form)).toBe('modulo');
  });

  it('a public notice followed by its annex form is an avviso', async () => {
    const pdf = await makePdf([
      ['COMUNE DI ROCCALTA', '', 'AVVISO PUBBLICO', '', 'Oggetto: AVVISO PUBBLICO per contributi ai caregiver familiari', '', 'Le domande si presentano con il modulo allegato.'],
      [
        'Allegato A – Domanda',
        'Il/La sottoscritto/a ______________________ nato/a a ______________',
        'il ___/___/______ residente a ______________________ in via ______________',
        'chiede il contributo per il familiare ______________________',
      ],
    ]);
    const outcome = await readAndExtract(pdf, limits);
    expect(outcome.ok && outcome.extraction.fields.docType).toBe('avviso');
  });

  it('the minutes of a meeting ("VERBALE DELLA RIUNIONE") are altro, though they fix the next one', async () => {
    const minutes = [
      'ANCI VALDORA',
      '',
      'VERBALE DELLA RIUNIONE DELLA CONSULTA WELFARE',
      '',
      'Il giorno 4 giugno 2031, alle ore 10.00, si è riunita la Consulta.',
      'La prossima riunione è convocata per il giorno 9 luglio 2031 alle ore 10.00.',
    ];
    expect(await docTypeOf(minutes)).toBe('altro');
  });
});

describe('forms', () => {
  it('calls a programming sheet filled in by an Ambito a form, though it names a plan', async () => {
    const type = await docTypeOf(['AMBITO TERRITORIALE SOCIALE DI VALDORA', 'SCHEDA DI PROGRAMMAZIONE - PIANO OPERATIVO ANALITICO (POA)', 'Sezione 1 - Anagrafica', 'Comune capofila    Valdora']);
    expect(type).toBe('modulo');
  });

  it('calls a self-declaration filled in a form', async () => {
    const type = await docTypeOf(['Il sottoscritto Paolo Rossi, nato a Valdora il 03/11/1968,', 'consapevole delle sanzioni penali,', 'DICHIARA', 'di non percepire altri contributi.']);
    expect(type).toBe('modulo');
  });
});

describe('a filled form titled as the plan it fills', () => {
  const fields = ['Denominazione | Ambito di Valdora', 'Ente gestore | Consorzio Valli', 'Comuni dell’Ambito | undici', 'Referente | Anna Neri', 'Posta elettronica | poa@valdora.it', 'Modalità di svolgimento | In presenza'];
  const page = (title: string, rows: string[]) => `
CONSORZIO SERVIZI SOCIALI VALLI DI VALDORA
${title}

Sezione A – Anagrafica dell’Ambito
${rows.join('\n')}

Sezione B – Attività
Le attività si svolgono presso la sede del Consorzio, con incontri mensili.
`;

  it('is a form when its page is made of labels and their values in a column', () => {
    // Act
    const { fields: f } = extractFields(letterPages(page('PIANO OPERATIVO ANALITICO 2031', fields)));
    // Assess
    expect(f.docType).toBe('modulo');
  });

  it('is still a plan when only a few rows of its page are fields', () => {
    const { fields: f } = extractFields(letterPages(page('PIANO OPERATIVO ANALITICO 2031', fields.slice(0, 3))));
    expect(f.docType).toBe('piano');
  });

  it('is no form when it is addressed: a letter with a table of data stays a letter', () => {
    const letter = `
COMUNE DI VALDORA
> Alla Regione Valdora
> Settore Politiche Sociali

Oggetto: dati dell’Ambito per il riparto 2031

Si trasmettono i dati richiesti:
${fields.join('\n')}
`;
    expect(extractFields(letterPages(letter)).fields.docType).not.toBe('modulo');
  });
});

describe('a circular that calls a meeting', () => {
  it('is a convocation, as LABELS.md says, though headed "Circolare"', async () => {
    const type = await docTypeOf([
      'ISTITUTO COMPRENSIVO VALDORA',
      'Circolare n. 112',
      '',
      'Ai Docenti',
      '',
      'Oggetto: convocazione del Collegio dei docenti',
      '',
      'Il Collegio dei docenti è convocato giovedì 14/05/2031 alle ore 16:30.',
    ]);
    expect(type).toBe('convocazione');
  });
});

describe('headings that name a kind', () => {
  it('reads an institute’s "Messaggio n. 7" to the bodies as a circular', async () => {
    expect(await docTypeOf(['ISTITUTO NAZIONALE DELLA PREVIDENZA SOCIALE', 'Direzione Regionale Valdora', 'Messaggio n. 7', '', 'Ai Comuni capofila', '', 'Oggetto: verifiche sui requisiti di residenza'])).toBe('circolare');
  });

  it('reads a board item whose running header says "… – Proposta di delibera – …" as a deliberation', async () => {
    expect(await docTypeOf(['Consiglio di Amministrazione – seduta del 28.04.2031 – Proposta di delibera – punto 7.3', 'UNIVERSITÀ DEGLI STUDI DI VALDORA', 'Oggetto: convenzione per il servizio di supporto psicologico', '', 'Il Responsabile del procedimento riferisce.'])).toBe('delibera');
  });

  it('does not read a letter that names a proposal of deliberation above its subject as one', async () => {
    // A misfire a fresh reader found.
    expect(await docTypeOf(['COMUNE DI VALDORA', 'Rif. pratica n. 12 – Proposta di delibera n. 34/2031', '', 'Al Segretario Generale', '', 'Oggetto: trasmissione degli atti', '', 'Si trasmettono gli atti istruttori.'])).not.toBe('delibera');
  });

  it('reads "VERBALE DELLA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 12" as a deliberation', async () => {
    expect(await docTypeOf(['COMUNE DI VALDORA', 'VERBALE DELLA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 12 DEL 03/03/2031', 'Oggetto: approvazione del regolamento', '', 'IL CONSIGLIO COMUNALE delibera di approvare il regolamento.'])).toBe('delibera');
  });

  it('reads minutes headed "VERBALE DELLA CONFERENZA DEI SINDACI N. 2" as "altro"', async () => {
    expect(await docTypeOf(['AMBITO TERRITORIALE SOCIALE XIX', 'VERBALE DELLA CONFERENZA DEI SINDACI N. 2/2031', 'Oggetto: approvazione del riparto', '', 'Si è riunita la Conferenza dei Sindaci.'])).toBe('altro');
  });
});

describe('where the main document of a bundle ends', () => {
  const order = `PREFETTURA DI VALDORA
Prot. n. 21457 del 14/11/2031
Valdora, data del protocollo

>Alla Ditta Idrotecnica Alfa S.r.l.

Oggetto: ordine di fornitura urgente

Visto il preventivo allegato, si ordina la fornitura.

>IL PREFETTO
>Salvatore Neri`;

  it('ends before a supplier’s quote headed beside its place and date ("PREVENTIVO N. 418/2031 | Montalto, 13/11/2031")', () => {
    const quote = `IDROTECNICA ALFA S.r.l.
Via dell'Artigianato, 18 – Montalto
PREVENTIVO N. 418/2031 | Montalto, 13/11/2031

Idrovora con motore diesel | € 7.700,00

Per accettazione | IDROTECNICA ALFA S.r.l.
| Giorgio Bianchi`;
    const { fields } = extractFields(letterPages(order, quote));
    expect([fields.signatories.map((s) => s.name), fields.documentDate]).toEqual([['Salvatore Neri'], '2031-11-14']);
  });

  it('ends before another body’s paper titled as what it is, without an Oggetto of its own', () => {
    const circular = `ISTITUTO COMPRENSIVO VALDORA
Circ. n. 142 | Valdora, 03.03.2031

>Ai Genitori degli alunni

Oggetto: Pacchetto scuola. Trasmissione avviso regionale.

Si porta a conoscenza delle famiglie l'avviso regionale.

>La Dirigente Scolastica
>Lucia Bardi`;
    const notice = `REGIONE VALDORA
Settore Educazione e Istruzione

AVVISO – PACCHETTO SCUOLA 2031/2032

Il contributo è destinato agli studenti residenti.

>Il Dirigente responsabile
>Stefano Monti`;
    expect(extractFields(letterPages(circular, notice)).fields.signatories.map((s) => s.name)).toEqual(['Lucia Bardi']);
  });

  it('keeps an act’s accounting annex, signed by the body’s own officers', () => {
    const frame = `REGIONE VALDORA
DETERMINAZIONE DIRIGENZIALE n. G02871 del 05/03/2031

Oggetto: impegno di spesa

>Il Dirigente dell'Area
>Marco Pini`;
    const annex = `ALLEGATO CONTABILE
Scheda di impegno – esercizio 2031

Oggetto: impegno di spesa

>Il Funzionario istruttore contabile
>Laura Gatti`;
    expect(extractFields(letterPages(frame, annex)).fields.signatories.map((s) => s.name)).toEqual(['Marco Pini', 'Laura Gatti']);
  });
});


describe('a local body’s answer to the note of the one body it writes to', () => {
  const letter = (subject: string, opening: string) =>
    letterPages(`COMUNE DI VALDORA\nSettore Servizi Sociali\nProt. n. 15402 del 21/10/2031\n\n>Al Responsabile dell'Ufficio di Piano\n>dell'Ambito Territoriale Sociale di Roccalta\n\nOggetto: ${subject}\n\n${opening}`);

  it('is a note: "Riscontro alla nota prot. n. 8911 del 09/10/2031 – Ricognizione del personale"', () => {
    const fields = extractFields(letter('Riscontro alla nota prot. n. 8911 del 09/10/2031 – Ricognizione del personale.', 'Si comunicano i dati richiesti.')).fields;
    expect(fields.docType).toBe('nota');
  });

  it('is a note when the answer is said in the opening ("In riscontro alla nota …, si trasmette …")', () => {
    const fields = extractFields(letter('Ricognizione del personale dei servizi sociali.', 'In riscontro alla nota in oggetto, si comunicano i dati richiesti.')).fields;
    expect(fields.docType).toBe('nota');
  });

  it('is a note when it answers nothing too', () => {
    const fields = extractFields(letter('Ricognizione del personale dei servizi sociali.', 'Si comunicano i dati del personale in servizio.')).fields;
    expect(fields.docType).toBe('nota');
  });
});

describe('a board’s proposal of a resolution', () => {
  it('is a deliberation: "… si propone che il Consiglio di Amministrazione / DELIBERI"', () => {
    // Prepare
    const pages = letterPages(`Consiglio di Amministrazione – Proposta di delibera\n\nOggetto: convenzione per le borse di studio – Approvazione.\n\nIl Rettore ricorda che la convenzione scade.\n\nTutto ciò premesso, si propone che il Consiglio di Amministrazione\n\nDELIBERI\n\n1. di approvare lo schema di convenzione.`);
    // Act
    const { docType } = extractFields(pages).fields;
    // Assess
    expect(docType).toBe('delibera');
  });
});

// The labelled sets call a body's registered answer to a private person a note unless it greets them ("Gentile Sig. …,"):
// 2 notes and no letter un-greeted, 2 letters greeted (see doc-type.ts).
describe('a local body’s answer to a private person it does not greet', () => {
  it.each([
    ['>Al Sig. Mario Rossi\n>Via Roma 12', 'In riscontro alla Sua nota del 10 febbraio 2031, si comunica che l’istanza di rimborso è stata accolta.'],
    ['>Alla Sig.ra Maria Neri\n>genitore dell’alunno L. Neri', 'In risposta alla Sua richiesta del 20 febbraio 2031, si comunica che la documentazione potrà essere ritirata.'],
  ])('is a note (%s)', (to, body) => {
    const pages = letterPages(`COMUNE DI VALDORA\nUfficio Tributi\nProt. n. 2345 del 02/03/2031\n\n${to}\n\nOggetto: riscontro alla Sua istanza\n\n${body}`);
    expect(extractFields(pages).fields.docType).toBe('nota');
  });
});

import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

/** The signatories of a document written as text pages (see letterPages). */
function signatoriesOf(...pages: string[]) {
  // Act
  return extractFields(letterPages(...pages)).fields.signatories;
}

describe('an albo attestation whose signature is a blank rule under the role', () => {
  it('keeps the role of each attestation with no name, though the sheet goes on after it', () => {
    // Prepare: the frame of an act for the albo, its attestations on page 1, an accounting sheet on page 2.
    const frame = `
Il presente provvedimento viene pubblicato all'Albo telematico dell'ente
dal ________________ al ________________.
Il Responsabile dell'Albo
__________________________
Si certifica l'avvenuta pubblicazione all'Albo telematico dell'ente dal
________________ al ________________ per dieci giorni consecutivi.
Il Responsabile
__________________________
`;
    const sheet = [
      'Scheda contabile allegata alla determinazione dirigenziale',
      'Oggetto: liquidazione delle attività formative',
      ...Array.from({ length: 30 }, (_, i) => `- voce ${i + 1}: capitolo di spesa ordinario;`),
    ].join('\n');
    const signatories = signatoriesOf(frame, sheet);
    // Assess
    expect(signatories).toEqual([
      { role: "Il Responsabile dell'Albo", name: null },
      { role: 'Il Responsabile', name: null },
    ]);
  });

  it('takes no body sentence that starts with a role for a block', () => {
    const signatories = signatoriesOf(`
Oggetto: trasmissione del piano

Il Responsabile del procedimento è a disposizione per chiarimenti.
__________________________

Il Dirigente
Anna Rossi
`);
    expect(signatories).toEqual([{ role: 'Il Dirigente', name: 'Anna Rossi' }]);
  });
});

describe('blank signature rules beside their role or under a visa’s label', () => {
  it('keeps each role with no name: "Il Dirigente della Struttura ____" and "Visto di regolarità contabile – Il Dirigente …" over a rule', () => {
    const signatories = signatoriesOf(
      `
Scheda contabile della determinazione
Oggetto: liquidazione agli enti gestori
Comune di Valdora | 00120680079 | 47.750,00
Il Dirigente della Struttura ______________________________
Visto di regolarità contabile – Il Dirigente della Struttura Ragioneria
______________________________
`,
    );
    expect(signatories).toEqual([
      { role: 'Il Dirigente della Struttura', name: null },
      { role: 'Il Dirigente della Struttura Ragioneria', name: null },
    ]);
  });
});

describe('the audit body of a municipality signs its opinions', () => {
  it("reads \"L'Organo di Revisione\" over the auditor's name as a signature block", () => {
    const signatories = signatoriesOf(`
Oggetto: parere sul riaccertamento ordinario dei residui

L'Organo di revisione esprime parere favorevole alla proposta di deliberazione.

L'Organo di Revisione
Dr. Marco Neri
`);
    expect(signatories).toEqual([{ role: "L'Organo di Revisione", name: 'Marco Neri' }]);
  });

  it('reads "Il Revisore dei Conti" as a role too', () => {
    const signatories = signatoriesOf(`
Oggetto: parere sulla variazione di bilancio

Si esprime parere favorevole.

Il Revisore dei Conti
Dott.ssa Carla Bruni
`);
    expect(signatories).toEqual([{ role: 'Il Revisore dei Conti', name: 'Carla Bruni' }]);
  });
});

describe('a second title of the same signer, printed without an article under the first', () => {
  it('continues the role instead of opening a nameless block', () => {
    const signatories = signatoriesOf(`
Oggetto: gestione documentale

Si invitano i Dirigenti ad attenersi alle presenti indicazioni.

Cordialmente.
Il Segretario Generale
Responsabile Trasparenza e Anticorruzione
Laura Verdi
`);
    expect(signatories).toEqual([{ role: 'Il Segretario Generale Responsabile Trasparenza e Anticorruzione', name: 'Laura Verdi' }]);
  });

  it('still opens a new block at a role with its own article', () => {
    const signatories = signatoriesOf(`
Oggetto: gestione documentale

Si invitano i Dirigenti ad attenersi alle presenti indicazioni.

Il Responsabile del Procedimento
Il Dirigente
Laura Verdi
`);
    expect(signatories).toEqual([
      { role: 'Il Responsabile del Procedimento', name: null },
      { role: 'Il Dirigente', name: 'Laura Verdi' },
    ]);
  });
});

describe('an opinion signed in its own cell, after its label and verdict', () => {
  it('reads the role that runs on to the next line and the name after "F.to", with no dash between them', () => {
    // Prepare: the pareri of a deliberation in ruled cells, each beside its date, as albo copies print them.
    const signatories = signatoriesOf(`
Oggetto: approvazione del regolamento del servizio di trasporto sociale

LA GIUNTA COMUNALE delibera di approvare il regolamento allegato.

PARERI (art. 49 D.Lgs. 267/2000)
Regolarità tecnica: FAVOREVOLE. Il Responsabile del | Data 02/03/2026
Settore Servizi Sociali F.to dott.ssa Livia Marzano
Regolarità contabile: FAVOREVOLE. Il Responsabile del | Data 03/03/2026
Servizio Finanziario F.to rag. Ottavio Pellecchia
`);
    // Assess
    expect(signatories).toEqual([
      { role: 'Il Responsabile del Settore Servizi Sociali', name: 'Livia Marzano' },
      { role: 'Il Responsabile del Servizio Finanziario', name: 'Ottavio Pellecchia' },
    ]);
  });

  it('takes no sentence of the body that names a role without signing', () => {
    const signatories = signatoriesOf(`
Oggetto: trasmissione degli atti

Come richiesto. Il Responsabile del Servizio trasmetterà gli atti entro il mese.

Il Dirigente
Anna Rossi
`);
    expect(signatories).toEqual([{ role: 'Il Dirigente', name: 'Anna Rossi' }]);
  });
});

describe('a sentence that opens with a role and an accented verb', () => {
  it('is body text, not a signature block: "Il Responsabile del procedimento è …" over a name', () => {
    // Prepare: the sentence stands alone on its line, a name-like line under it, before the real signature.
    const signatories = signatoriesOf(`
Oggetto: avvio del procedimento

Il Responsabile del procedimento è
Maria Luisa Ferri

Il Dirigente
Anna Rossi
`);
    // Assess
    expect(signatories).toEqual([{ role: 'Il Dirigente', name: 'Anna Rossi' }]);
  });
});

describe('an opinion in the right cell of its row, its name on the cell’s next line', () => {
  it('reads "… Servizio Finanziario F.to rag." over "Gerardo Pace" as one signature', () => {
    // Prepare: label and date in the left cell, role and mark in the right cell, the name under them.
    const signatories = signatoriesOf(`
Oggetto: approvazione del progetto "Dopo di Noi"

LA GIUNTA COMUNALE delibera di approvare il progetto.

PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000
Tecnica: favorevole. Data 20/04/2031 | Il Responsabile del Servizio Finanziario F.to rag.
 | Gerardo Pace
`);
    // Assess
    expect(signatories).toContainEqual({ role: 'Il Responsabile del Servizio Finanziario', name: 'Gerardo Pace' });
  });
});

describe('an opinion signed by title and name, without "F.to"', () => {
  it('reads the role ending in the title ("… Edilizia Scolastica ing.") over the name as one signature', () => {
    const signatories = signatoriesOf(`
Oggetto: nomina del Vice Presidente

IL PRESIDENTE decreta la nomina.

IL PRESIDENTE | IL SEGRETARIO GENERALE
avv. Franco Galli | dott.ssa Lina Perri
Parere tecnico: favorevole. | Il Dirigente del Settore Edilizia ing.
D.Lgs. 267/2000 | Claudio Sposito
`);
    expect(signatories).toContainEqual({ role: 'Il Dirigente del Settore Edilizia', name: 'Claudio Sposito' });
  });

  it('takes no sentence naming the official in charge for a signature', () => {
    const signatories = signatoriesOf(`
Oggetto: avvio del procedimento

Il Responsabile del procedimento è l'ing. Mario Rossi

Il Dirigente
Anna Rossi
`);
    expect(signatories).toEqual([{ role: 'Il Dirigente', name: 'Anna Rossi' }]);
  });
});

describe('a self-declaration signed by its declarant', () => {
  it('reads "Il Dichiarante" over the name as a signature block', () => {
    const signatories = signatoriesOf(`
DICHIARAZIONE SOSTITUTIVA DI ATTO DI NOTORIETÀ
Il sottoscritto Paolo Neri, legale rappresentante del Comune di Valdora, DICHIARA che le spese non sono finanziate da altre fonti.

Valdora, 24 febbraio 2031
>Il Dichiarante
>Paolo Neri
`);
    expect(signatories).toEqual([{ role: 'Il Dichiarante', name: 'Paolo Neri' }]);
  });
});

describe('officials named in the text of a letter or an act (misfires a fresh reader found)', () => {
  it('takes no official named mid-sentence for a signatory', () => {
    const signatories = signatoriesOf(`
Oggetto: chiarimenti sul riparto

Come da nota del 10/02/2031. Il Direttore della Direzione Salute dott. Massimo Neri
con nota prot. 4567 ha chiesto chiarimenti.

Il Dirigente dell'Area
Barbara Soli
`);
    expect(signatories).toEqual([{ role: "Il Dirigente dell'Area", name: 'Barbara Soli' }]);
  });

  it('takes no contact official ("Il Responsabile del procedimento ing. …") whose sentence goes on below', () => {
    const signatories = signatoriesOf(`
Oggetto: avvio del procedimento

Il Responsabile del procedimento ing. Mario Bianchi
resta a disposizione per ogni chiarimento.

Il Dirigente
Anna Rossi
`);
    expect(signatories).toEqual([{ role: 'Il Dirigente', name: 'Anna Rossi' }]);
  });

  it('takes no presiding officer named in a deliberation’s opening formula', () => {
    const signatories = signatoriesOf(`
Oggetto: approvazione del regolamento

Presiede la seduta: il Vice Sindaco dott. Mario Rossi.
Partecipa: il Segretario Comunale dott.ssa Anna Bianchi.
LA GIUNTA COMUNALE delibera di approvare il regolamento.

Il Presidente | Il Segretario Comunale
Mario Rossi | Anna Bianchi
`);
    expect(signatories).toEqual([
      { role: 'Il Presidente', name: 'Mario Rossi' },
      { role: 'Il Segretario Comunale', name: 'Anna Bianchi' },
    ]);
  });
});

describe('an opinion whose role runs on to the line of its mark and name', () => {
  it('reads "Il Responsabile del Servizio" / "Economico-Finanziario F.to rag. Silvia Bonizzi" as one signature', () => {
    const signatories = signatoriesOf(`
Oggetto: approvazione del bilancio

IL CONSIGLIO DI AMMINISTRAZIONE delibera di approvare il bilancio.

Parere contabile: favorevole. Data | Il Responsabile del Servizio
20.03.2031 | Economico-Finanziario F.to rag. Silvia Bonizzi
`);
    expect(signatories).toEqual([{ role: 'Il Responsabile del Servizio Economico-Finanziario', name: 'Silvia Bonizzi' }]);
  });

  it('takes the name set against the cell beside it ("… del dott. Giovanni Bonetti") under a role ending with "F.to"', () => {
    // Prepare: the visa's text wraps close to the right cell, so its name reads as the end of the left cell's line.
    const pages = letterPages(`
Oggetto: impegno di spesa

VISTO DI REGOLARITÀ CONTABILE attestante la | Il Responsabile del Servizio Finanziario F.to
copertura finanziaria ai sensi dell'art. 183, comma 7, del dott. Giovanni Bonetti
`);
    expect(extractFields(pages).fields.signatories).toEqual([{ role: 'Il Responsabile del Servizio Finanziario', name: 'Giovanni Bonetti' }]);
  });
});

describe('a police signature on behalf of the Questore', () => {
  it('joins "p. IL QUESTORE" with the signer’s own role, and drops the rank before the name', () => {
    const signatories = signatoriesOf(`
Oggetto: permessi di soggiorno per minori stranieri non accompagnati

Si comunica quanto segue.

>p. IL QUESTORE
>Il Dirigente dell'Ufficio Immigrazione
>(Vice Questore Fabrizio Galli)
`);
    expect(signatories).toEqual([{ role: "p. IL QUESTORE Il Dirigente dell'Ufficio Immigrazione", name: 'Fabrizio Galli' }]);
  });
});

describe('signature blocks a fresh reader found lost or misread', () => {
  it('reads "IL SINDACO F.to" over a centred name as the mayor’s signature, the mark dropped', () => {
    const signatories = signatoriesOf(`
Oggetto: comunicazione

Si comunica quanto segue.

»IL SINDACO F.to
»Mario Rossi
`);
    expect(signatories).toEqual([{ role: 'IL SINDACO', name: 'Mario Rossi' }]);
  });

  it('takes no counterparty’s "Per il Legale Rappresentante della Ditta" for a signatory', () => {
    const signatories = signatoriesOf(`
Oggetto: contratto di servizio

Il Dirigente
Anna Rossi

Per il Legale Rappresentante della Ditta
Giovanni Verdi
`);
    expect(signatories).toEqual([{ role: 'Il Dirigente', name: 'Anna Rossi' }]);
  });
});

describe('an opinion signed after its own label', () => {
  it('reads "PARERE DI REGOLARITÀ TECNICA: Il Dirigente del Settore 1 F.to dott.ssa Caterina Fudali" as a signature', () => {
    const signatories = signatoriesOf(`
Oggetto: nomina del Vice Presidente

IL PRESIDENTE decreta la nomina.

PARERE DI REGOLARITÀ TECNICA: Il Dirigente del Settore 1 F.to dott.ssa Caterina Fudali
`);
    expect(signatories).toContainEqual({ role: 'Il Dirigente del Settore 1', name: 'Caterina Fudali' });
  });

  it('takes no word of the table below for a surname ("F.to dott. Rossi" over "Data … | Favorevole")', () => {
    // A misfire a fresh reader found: a one-word name is not completed from the next line.
    const signatories = signatoriesOf(`
Oggetto: approvazione del progetto

PARERE TECNICO: Il Responsabile del Servizio Tecnico F.to dott. Rossi
Data 10/03/2031 | Favorevole
`);
    expect(signatories.some((s) => /Favorevole/i.test(s.name ?? ''))).toBe(false);
  });
});

describe('a counterparty’s blank rule (a misfire a fresh reader found)', () => {
  it('is no signatory: "Per accettazione" over "Il Legale Rappresentante della Ditta ______"', () => {
    const signatories = signatoriesOf(`
Oggetto: lettera d'ordine

Il Dirigente
Anna Rossi

Per accettazione
Il Legale Rappresentante della Ditta ____________________
`);
    expect(signatories).toEqual([{ role: 'Il Dirigente', name: 'Anna Rossi' }]);
  });
});

describe('an act signed above its opinions and attestation of publication', () => {
  it('keeps the act’s own signer, however long the opinions below run', () => {
    // Prepare: five opinions after the act, each under its heading, so the act's signature lies far from the end.
    const opinion = (n: number) => `PARERE DI REGOLARITÀ ${['TECNICA', 'CONTABILE', 'AMMINISTRATIVA', 'GIURIDICA', 'ECONOMICA'][n - 1]}\nSi esprime parere favorevole in ordine alla regolarità del presente provvedimento, ai sensi dell'art. 49.\nValdora, 30/10/2031 | IL DIRIGENTE DELL'AREA ${n}\n | Ing. ${['Mario Neri', 'Luca Bassi', 'Ugo Conti', 'Rita Galli', 'Pia Ferri'][n - 1]}`;
    const signatories = signatoriesOf(
      `DECRETO DEL PRESIDENTE\n\nOggetto: dimensionamento\n\nDECRETA\n\n1. di approvare il piano;\n2. di dichiarare il presente decreto immediatamente eseguibile.\n\n>IL PRESIDENTE\n>Carlo Bruni\n`,
      `${[1, 2, 3, 4, 5].map(opinion).join('\n\n')}\n\nATTESTATO DI PUBBLICAZIONE\nIl presente decreto viene pubblicato all'Albo Pretorio on line per quindici giorni consecutivi, ai sensi dell'art. 124.\n>IL SEGRETARIO GENERALE\n>Dott. Anna Sala\n`,
    );
    expect(signatories.map((s) => s.name)).toContain('Carlo Bruni');
  });
});

describe('an opinion’s signer whose surname wraps onto the next line', () => {
  const act = (wrap: string) => `COMUNE DI VALDORA
DELIBERAZIONE N. 3 DEL 01/02/2031

Oggetto: accordo di programma

DELIBERA
di approvare l'accordo.

PARERI
Parere di regolarità tecnica: FAVOREVOLE. Il Dirigente del Settore Politiche Sociali – F.to dott.ssa Antonella
${wrap}
Parere di regolarità contabile: FAVOREVOLE. Il Dirigente del Settore Finanze – F.to dott. Paolo Neri`;

  it('reads the name whole ("Antonella" / "Di Iorio")', () => {
    expect(signatoriesOf(act('Di Iorio'))).toContainEqual({ role: 'Il Dirigente del Settore Politiche Sociali', name: 'Antonella Di Iorio' });
  });

  it('takes no role on the next line for the name’s end', () => {
    expect(signatoriesOf(act('Segretario Generale')).map((s) => s.name)).not.toContain('Antonella Segretario Generale');
  });
});

describe('opinions an act records in a sentence each, signed at its end', () => {
  const act = (opinions: string) =>
    letterPages(`COMUNE DI VALDORA
DELIBERAZIONE N. 27 DEL 18/02/2031

Oggetto: approvazione del progetto.

DELIBERA
di approvare il progetto.

IL SINDACO | IL SEGRETARIO
Luigi Bianchi | Carla Verdi

${opinions}`);

  it('reads the signer after the dash: "Parere favorevole di regolarità tecnica. Il Dirigente del Settore Tecnico – ing. Antonio Rossi"', () => {
    // Act
    const names = extractFields(act('Parere favorevole di regolarità tecnica. Il Dirigente del Settore Tecnico – ing. Antonio Rossi\nParere favorevole di regolarità contabile espresso dal Responsabile del Servizio Finanziario – dott.ssa Maria Neri.')).fields.signatories.map((s) => s.name);
    // Assess
    expect(names).toEqual(expect.arrayContaining(['Antonio Rossi', 'Maria Neri', 'Luigi Bianchi', 'Carla Verdi']));
    expect(names).toHaveLength(4);
  });

  it('reads no signer from an opinion that names no one ("… ai sensi dell’art. 49 del D.Lgs. 267/2000")', () => {
    const names = extractFields(act('Si esprime parere favorevole in ordine alla regolarità tecnica, ai sensi dell’art. 49 del D.Lgs. 267/2000.')).fields.signatories.map((s) => s.name);
    expect(names).toEqual(['Luigi Bianchi', 'Carla Verdi']);
  });
});

describe('an opinion’s cell that opens with its date', () => {
  it('reads its signer: "Data: 10/04/2031 Il Dirigente del Settore" / "Servizi alla Persona F.to dott. Luca Benassi"', () => {
    // Prepare: the opinion's verdict in the left cell; the right cell dated, then its role wrapped, the mark and the name.
    const signatories = signatoriesOf(`COMUNE DI VALDORA
DELIBERAZIONE N. 27 DEL 18/02/2031

Oggetto: centri estivi

DELIBERA
di approvare.

PARERE DI REGOLARITÀ TECNICA: FAVOREVOLE | Data: 10/04/2031 Il Dirigente del Settore
» Servizi alla Persona F.to dott. Luca Benassi`);
    // Assess
    expect(signatories.map((s) => s.name)).toContain('Luca Benassi');
  });
});

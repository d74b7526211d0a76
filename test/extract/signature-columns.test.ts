import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

/** A short note that ends with the signature block given, as its last lines. */
function signatoriesOf(signature: string) {
  // Prepare
  const pages = letterPages(`
COMUNE DI VALDORA

Prot. n. 0001234 del 10/02/2031

>Alla Regione Valdora

Oggetto: trasmissione del piano delle attività

Si trasmette il piano delle attività per l'anno in corso.

Distinti saluti.

${signature}
`);
  // Act
  return extractFields(pages).fields.signatories;
}

describe('two signature columns whose roles wrap onto a second line', () => {
  it('joins both role lines of each column and takes the third line as the name', () => {
    const signatories = signatoriesOf(
      ['Il Presidente del | Il Direttore del Consorzio', 'Comitato di Coordinamento | Intercomunale Valle Alta', 'Marco Lenti | dott. Paolo Arca'].join('\n'),
    );
    // Assess
    expect(signatories).toEqual([
      { role: 'Il Presidente del Comitato di Coordinamento', name: 'Marco Lenti' },
      { role: 'Il Direttore del Consorzio Intercomunale Valle Alta', name: 'Paolo Arca' },
    ]);
  });
});

describe('a role that wraps onto a second line in one column', () => {
  it('continues the role after a line that ends on a preposition', () => {
    const signatories = signatoriesOf(['Il Presidente della', 'Commissione Consiliare Permanente', 'Lucia Verdi'].join('\n'));
    expect(signatories).toEqual([{ role: 'Il Presidente della Commissione Consiliare Permanente', name: 'Lucia Verdi' }]);
  });

  it('takes the last of two capitalised lines as the name, the first continuing the role', () => {
    const signatories = signatoriesOf(['Il Coordinatore del Consorzio', 'Intercomunale Alto Fiume', 'Franco Neri'].join('\n'));
    expect(signatories).toEqual([{ role: 'Il Coordinatore del Consorzio Intercomunale Alto Fiume', name: 'Franco Neri' }]);
  });

  it('still reads a name directly under a one-line role', () => {
    const signatories = signatoriesOf(['Il Dirigente del Settore', 'Anna Rossi'].join('\n'));
    expect(signatories).toEqual([{ role: 'Il Dirigente del Settore', name: 'Anna Rossi' }]);
  });
});

describe('the roles of elected members who sign', () => {
  it('reads a councillor delegated to a subject as a role', () => {
    const signatories = signatoriesOf(['La Consigliera metropolitana delegata alle Politiche sociali', 'Giulia Serra'].join('\n'));
    expect(signatories).toEqual([{ role: 'La Consigliera metropolitana delegata alle Politiche sociali', name: 'Giulia Serra' }]);
  });
});

describe('a role named in the body is not a signature', () => {
  it('leaves out the role column of an attendance table above the minutes’ text', () => {
    // Prepare: minutes whose attendance table has a column of roles, then the text, then the signatures.
    const pages = letterPages(`
UNIONE DEI COMUNI DI VALDORA

VERBALE N. 2 DEL 10 MARZO 2031

Sono presenti:
Mario Bianchi – Sindaco di Valdora | Presidente
Luca Verdi – Sindaco di Montefalco | componente

Assiste con funzioni di segretario verbalizzante la dott.ssa Anna Neri, responsabile dell'Ufficio di Piano.

Il Coordinamento approva all'unanimità il riparto delle risorse proposto dall'Ufficio di Piano per l'anno in corso.

Il Presidente | Il Segretario verbalizzante
Mario Bianchi | Anna Neri
`);
    // Act
    const { signatories } = extractFields(pages).fields;
    // Assess
    expect(signatories).toEqual([
      { role: 'Il Presidente', name: 'Mario Bianchi' },
      { role: 'Il Segretario verbalizzante', name: 'Anna Neri' },
    ]);
  });
});

describe('two signature columns whose marks are glued to the names', () => {
  const pages = letterPages(`
COMUNE DI ROCCALTA

DELIBERAZIONE DELLA GIUNTA COMUNALE N. 31 DEL 04-05-2031

Oggetto: approvazione del progetto dei centri estivi

DELIBERA

di approvare il progetto.

Letto, confermato e sottoscritto.
IL SINDACO | IL SEGRETARIO COMUNALE
f.toAnna Rossi | f.toDott. Marco Bianchi

ATTESTATO DI PUBBLICAZIONE
La presente deliberazione viene pubblicata all'Albo pretorio dal 06-05-2031 per quindici giorni.
»Roccalta, lì 06-05-2031
»Il Messo comunale
»f.to Luigi Verdi
`);

  it('reads each column’s role and name, the mark and the title dropped', () => {
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.signatories).toEqual(
      expect.arrayContaining([
        { role: 'IL SINDACO', name: 'Anna Rossi' },
        { role: 'IL SEGRETARIO COMUNALE', name: 'Marco Bianchi' },
      ]),
    );
  });

  it('reads the messenger who attests the publication as a signatory', () => {
    const { fields } = extractFields(pages);
    expect(fields.signatories).toContainEqual({ role: 'Il Messo comunale', name: 'Luigi Verdi' });
  });
});

describe('a signature block broken by a page', () => {
  const pages = letterPages(
    `
CAMERA DI COMMERCIO DI VALDORA – Deliberazione di Giunta n. 87 del 28/10/2031

DELIBERAZIONE DI GIUNTA N. 87 DEL 28/10/2031

Oggetto: bando per i contributi alle imprese sociali

LA GIUNTA DELIBERA di approvare il bando.

»Il Responsabile del Servizio Contabilità e Bilancio

»pag. 1/2
`,
    `
CAMERA DI COMMERCIO DI VALDORA – Deliberazione di Giunta n. 87 del 28/10/2031

»Silvia Rossi

»pag. 2/2
`,
  );

  it('joins the role at the foot of one page to the name at the top of the next, across the running header', () => {
    // Act
    const { fields } = extractFields(pages);
    // Assess
    expect(fields.signatories).toContainEqual({ role: 'Il Responsabile del Servizio Contabilità e Bilancio', name: 'Silvia Rossi' });
  });
});

describe('a judge’s visa beside the clerk who signs', () => {
  it('takes the judge marked "V°" and the clerk, each under their role', () => {
    const signatories = signatoriesOf(['V° Il Giudice delegato | Il Funzionario giudiziario', 'dott.ssa Anna Ferri | Paolo Conti'].join('\n'));
    expect(signatories).toEqual([
      { role: 'Il Giudice delegato', name: 'Anna Ferri' },
      { role: 'Il Funzionario giudiziario', name: 'Paolo Conti' },
    ]);
  });

  it('takes a cancelliere and a procuratore as roles that sign', () => {
    const signatories = signatoriesOf(['Il Cancelliere | Il Procuratore della Repubblica', 'Maria Neri | dott. Luca Sarti'].join('\n'));
    expect(signatories.map((s) => s.name)).toEqual(['Maria Neri', 'Luca Sarti']);
  });
});

describe('a printed signature marked by a footnote’s asterisk', () => {
  it('takes the name after "*f.to"', () => {
    expect(signatoriesOf(['IL DIRETTORE GENERALE', "*f.to Dott. Marco Dell'Olmo"].join('\n'))).toEqual([{ role: 'IL DIRETTORE GENERALE', name: "Marco Dell'Olmo" }]);
  });
});

describe('a role with its signer in brackets on the same line', () => {
  it('takes the name in brackets as the signer', () => {
    expect(signatoriesOf('»Il Responsabile del Settore (ing. Paolo Neri)\n»Documento firmato digitalmente ai sensi del D.Lgs. 82/2005')).toEqual([
      { role: 'Il Responsabile del Settore', name: 'Paolo Neri' },
    ]);
  });

  it('keeps an office in brackets as part of the role', () => {
    expect(signatoriesOf('Il Responsabile del Settore (Servizi Sociali)\nMaria Bianchi')).toEqual([{ role: 'Il Responsabile del Settore (Servizi Sociali)', name: 'Maria Bianchi' }]);
  });
});

describe('a name printed above its role', () => {
  it('takes the name above as the signer of the role under it', () => {
    expect(signatoriesOf('»Franca Rinaldi\n»Il Sindaco')).toEqual([{ role: 'Il Sindaco', name: 'Franca Rinaldi' }]);
  });

  it('gives a name above to no role that has its own name below', () => {
    expect(signatoriesOf('Il Dirigente\nMarco Verdi\nIl Segretario\nAnna Russo')).toEqual([
      { role: 'Il Dirigente', name: 'Marco Verdi' },
      { role: 'Il Segretario', name: 'Anna Russo' },
    ]);
  });
});

describe('two blank signature rules side by side', () => {
  it('keeps each column’s role as a signature with no name', () => {
    expect(signatoriesOf('Il Funzionario istruttore | Il Dirigente dell’Area\n______________________ | ______________________')).toEqual([
      { role: 'Il Funzionario istruttore', name: null },
      { role: 'Il Dirigente dell’Area', name: null },
    ]);
  });
});

describe('a table of signers, a role and its name on each row', () => {
  it('takes one signatory per row, roles without an article included', () => {
    const signatories = signatoriesOf(['Il Presidente | dott. Carlo Neri', 'Componente | dott.ssa Anna Lo Bue', 'Componente | rag. Paolo Sarti'].join('\n'));
    expect(signatories).toEqual([
      { role: 'Il Presidente', name: 'Carlo Neri' },
      { role: 'Componente', name: 'Anna Lo Bue' },
      { role: 'Componente', name: 'Paolo Sarti' },
    ]);
  });

  it('reads a title whose dot OCR read as a comma', () => {
    expect(signatoriesOf('Il Presidente | dott, Carlo Neri\nComponente | rag. Paolo Sarti').map((s) => s.name)).toEqual(['Carlo Neri', 'Paolo Sarti']);
  });

  it('leaves two signature columns, roles over names, to the columns', () => {
    expect(signatoriesOf('Il Presidente | Il Segretario\nCarlo Neri | Anna Russo')).toEqual([
      { role: 'Il Presidente', name: 'Carlo Neri' },
      { role: 'Il Segretario', name: 'Anna Russo' },
    ]);
  });
});

describe('signature rules of the sixth session (misfires a fresh reader found)', () => {
  it('takes no office printed above a role for its signer', () => {
    expect(signatoriesOf('>Servizio Politiche Sociali\n>Il Dirigente')).toEqual([{ role: 'Il Dirigente', name: null }]);
  });

  it('gives a name to one role only', () => {
    expect(signatoriesOf('IL SINDACO\nCarlo Neri\nIL SEGRETARIO COMUNALE\ndocumento firmato digitalmente')).toEqual([
      { role: 'IL SINDACO', name: 'Carlo Neri' },
      { role: 'IL SEGRETARIO COMUNALE', name: null },
    ]);
  });

  it('keeps an office in brackets in the role and takes the name below', () => {
    expect(signatoriesOf('Il Responsabile (Protezione Civile)\nCarlo Neri')).toEqual([{ role: 'Il Responsabile (Protezione Civile)', name: 'Carlo Neri' }]);
  });
});

describe('signature rules of the sixth session, second review (misfires a fresh reader found)', () => {
  it('reads two rows of role headings side by side as four columns of role and name, not as a table of signers', () => {
    const signatories = signatoriesOf(
      ['IL DIRETTORE AMMINISTRATIVO | IL DIRETTORE SANITARIO', 'dott. Mario Rossi | dott.ssa Anna Verdi', '', 'IL DIRETTORE SOCIOSANITARIO | IL DIRETTORE GENERALE', 'dott. Luca Bianchi | dott.ssa Carla Neri'].join('\n'),
    );
    expect(signatories.map((s) => `${s.role} / ${s.name}`).sort()).toEqual([
      'IL DIRETTORE AMMINISTRATIVO / Mario Rossi',
      'IL DIRETTORE GENERALE / Carla Neri',
      'IL DIRETTORE SANITARIO / Anna Verdi',
      'IL DIRETTORE SOCIOSANITARIO / Luca Bianchi',
    ]);
  });

  it('gives the role under a bracketed signer no name of its line', () => {
    expect(signatoriesOf('>Il Dirigente (Mario Rossi)\n>Il Sindaco')).toEqual([
      { role: 'Il Dirigente', name: 'Mario Rossi' },
      { role: 'Il Sindaco', name: null },
    ]);
  });
});

describe('a ruled table of signatures, each role beside its blank rule', () => {
  it('keeps each role, with or without its article, as a signature with no name', () => {
    expect(signatoriesOf(['Istruttore | ______________________________', 'Responsabile P.O. | ______________________________', 'Il Dirigente | ______________________________'].join('\n'))).toEqual([
      { role: 'Istruttore', name: null },
      { role: 'Responsabile P.O.', name: null },
      { role: 'Il Dirigente', name: null },
    ]);
  });
});

describe('signature rules of the ninth session', () => {
  it('reads names printed over their roles in two columns, each with its "f.to"', () => {
    const signatories = signatoriesOf(['f.to Aldo Ferrante | f.to dott.ssa Carla Ninni', 'Il Messo Comunale | Il Segretario Generale'].join('\n'));
    expect(signatories).toEqual([
      { role: 'Il Messo Comunale', name: 'Aldo Ferrante' },
      { role: 'Il Segretario Generale', name: 'Carla Ninni' },
    ]);
  });

  it('reads an opinion’s signer whose role follows the name after a dash, the cell wrapping onto two more lines', () => {
    const signatories = signatoriesOf(
      [
        'Parere | Esito | Data | Il Responsabile',
        'Regolarità tecnica | Favorevole | 12/03/2031 | F.to dott.ssa Ilaria',
        ' |  |  | Benvenga – Dirigente',
        ' |  |  | Settore Servizi Sociali',
      ].join('\n'),
    );
    expect(signatories).toEqual([{ role: 'Dirigente Settore Servizi Sociali', name: 'Ilaria Benvenga' }]);
  });

  it('takes no role of a table’s heading or of an attendance row for a signature', () => {
    const signatories = signatoriesOf(['Componente | Carica | Presente', 'Mauro Pini | Sindaco | sì', 'Elena Cossu | Assessore | no', '', 'Il Sindaco', 'Mauro Pini'].join('\n'));
    expect(signatories).toEqual([{ role: 'Il Sindaco', name: 'Mauro Pini' }]);
  });
});

describe('signature rules of the ninth session, blind sets 28 and 29', () => {
  it('gives every title stacked under a name printed above them to that one signer', () => {
    const signatories = signatoriesOf(['Dott.ssa Anna Riva | Dott. Paolo Sarti', "Responsabile dell'Ufficio di Piano | Sindaco del Comune di Valdora", ' | Presidente del Comitato dei Sindaci'].join('\n'));
    expect(signatories).toEqual([
      { role: "Responsabile dell'Ufficio di Piano", name: 'Anna Riva' },
      { role: 'Sindaco del Comune di Valdora Presidente del Comitato dei Sindaci', name: 'Paolo Sarti' },
    ]);
  });

  it('keeps the body in brackets under a role as part of the role, and the name under it', () => {
    expect(signatoriesOf(['Il Coordinatore tecnico', '(Regione Valdora)', 'Paola Ferri'].join('\n'))).toEqual([{ role: 'Il Coordinatore tecnico (Regione Valdora)', name: 'Paola Ferri' }]);
  });

  it('drops the title "Istr. Dir." (istruttore direttivo) from a name', () => {
    expect(signatoriesOf(['Il Responsabile del procedimento', 'Istr. Dir. Carla Neri'].join('\n'))).toEqual([{ role: 'Il Responsabile del procedimento', name: 'Carla Neri' }]);
  });

  it('lets no short last line of a paragraph above bridge three signature columns', () => {
    const signatories = signatoriesOf(
      ['Il Presidente apre la seduta e illustra i punti.', 'La seduta è tolta alle ore 12:45.', 'Letto, confermato e sottoscritto.', 'Valdora, 24 aprile 2031', 'Il Segretario | La Presidente | Il Direttore', 'Ugo Sala | Rita Moro | Enzo Lupi'].join('\n'),
    );
    expect(signatories.map((s) => s.name)).toEqual(['Ugo Sala', 'Rita Moro', 'Enzo Lupi']);
  });

  it('keeps an opinion’s signer whose name stands above the role, though the next attestation’s text follows', () => {
    const signatories = signatoriesOf(
      ['PARERE DI REGOLARITÀ CONTABILE', 'Si esprime parere favorevole in ordine alla regolarità contabile della presente proposta di deliberazione.', '»Dott.ssa Maria Vetri', '»Responsabile del Servizio Finanziario', 'ATTESTAZIONE DI PUBBLICAZIONE', 'Si attesta che copia del presente verbale è pubblicata all’Albo Pretorio on line del Comune per quindici giorni.', '»Il Responsabile', '»Ugo Sala'].join('\n'),
    );
    expect(signatories).toContainEqual({ role: 'Responsabile del Servizio Finanziario', name: 'Maria Vetri' });
  });

  it('reads "Vicesindaco" as a role and a place beginning "Vice…" as none', () => {
    expect(signatoriesOf(['Vicenza, data del protocollo', '', 'Il Vicesindaco', 'Marta Lodi'].join('\n'))).toEqual([{ role: 'Il Vicesindaco', name: 'Marta Lodi' }]);
  });
});

describe('a table of signers, each name beside its role', () => {
  it('takes one signatory per row, the name first', () => {
    const signatories = signatoriesOf(['Il Collegio dei Revisori dei Conti', 'dott. Giorgio Ferri | Presidente', 'rag. Silvia Bella | Componente', 'dott.ssa Marta Neri | Componente'].join('\n'));
    expect(signatories).toEqual(
      expect.arrayContaining([
        { role: 'Presidente', name: 'Giorgio Ferri' },
        { role: 'Componente', name: 'Silvia Bella' },
        { role: 'Componente', name: 'Marta Neri' },
      ]),
    );
  });
});

describe('two blank signature rules under roles, one of which wraps', () => {
  it('keeps both roles, the wrapped one whole, with no name, though the sheet goes on after them', () => {
    // Prepare: an accounting sheet whose visa stands at the foot of its first page; the second page is its table.
    const first = ['REGIONE VALDORA', '', 'SCHEDA CONTABILE', '', 'Visto di regolarità contabile.', '', 'Il Dirigente responsabile | Il Dirigente del Settore Ragioneria e', ' | Contabilità', '______________________ | ______________________'].join('\n');
    const second = Array.from({ length: 30 }, (_, i) => `Capitolo ${6400 + i} | 2031 | ${i + 1}.000,00`).join('\n');
    // Act
    const { signatories } = extractFields(letterPages(first, second)).fields;
    // Assess
    expect(signatories).toEqual([
      { role: 'Il Dirigente responsabile', name: null },
      { role: 'Il Dirigente del Settore Ragioneria e Contabilità', name: null },
    ]);
  });
});

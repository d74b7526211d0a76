import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterField as fieldOf, type Field } from '../support/letter-field.ts';
import { letterPages } from '../support/letter-pages.ts';

// Kinds blind sets 53 (Southern Ambiti in Campania, Puglia and Calabria), 54 (the Regione Siciliana collects the POA from its
// Distretti) and 55 (mountains and autonomies of the North) showed on first contact (fifteenth session), each written anew
// with invented bodies and figures: every row fails on the code before its fix.
const calendar = "Distretto Sanitario di Valdora – Unità Operativa Socio-Sanitaria\n\nProt. n. 0098765 del 04/11/2031 | Valdora, 4 novembre 2031\n\n>Al Consorzio Sociale Valdora\n>Ufficio di Piano\n\nOggetto: Calendario delle sedute UVI.\n\nSi comunica che l'Unità di Valutazione Integrata del Distretto è convocata nelle sedute di seguito indicate:\n\nSeduta | Data | Ora | Comuni di residenza dei\n | | | richiedenti\n1 | 25/11/2031 9:30 | | Valdora, Borgo\n2 | 27/11/2031 | 14:30 | Sasso,\n | | | Torre\n\nDistinti saluti.\n\n>Il Direttore del Distretto Sanitario\n>dott. Mario Neri";
const coverOfNote = "CONSORZIO SOCIALE VALDORA\nUfficio di Piano\n\nValdora, 6 novembre 2031\n\n>Ai Responsabili dei Servizi Sociali dei Comuni\n\nOggetto: Trasmissione della nota del Distretto Sanitario prot. n. 0098765 del 04/11/2031.\n\nSi trasmette la nota indicata in oggetto, con il calendario delle sedute UVI.\n\nCordiali saluti.\n\n>Il Responsabile dell'Ufficio di Piano\n>dott.ssa Carla Neri\n\nAllegato: nota del Distretto Sanitario";

const BLIND_KINDS: [string, string, Field, unknown][] = [
  ['reads the blocks under an "e p.c." alone at the left margin as copies, when the addressees stand in the right-hand column', 'CONSORZIO SOCIALE VALDORA\n\nProt. n. 0004215 del 02/11/2031 | Valdora, 2 novembre 2031\n\n>Alla Regione Terramare\n>Direzione Politiche Sociali\n\ne p.c.\n>Ai Sindaci dei Comuni dell\'Ambito\n>LORO SEDI\n\n>Al Presidente del Coordinamento Istituzionale\n>SEDE\n\nOggetto: Rendicontazione.\n\nSi trasmettono i dati.\n\n>Il Direttore\n>Anna Neri', 'cc', ["Ai Sindaci dei Comuni dell'Ambito", 'Al Presidente del Coordinamento Istituzionale']],
  ['reads the sessions of a calendar whose time runs into the date\'s cell and whose cells wrap ("1 | 25/11/2031 9:30 | | Valdora")', calendar, 'meetings', [{ date: '2031-11-25', time: '09:30' }, { date: '2031-11-27', time: '14:30' }]],
  ['signs a cover letter by its own signer when the note it forwards opens on the next page with a protocol of its own, its letterhead a picture', `${coverOfNote}\n---page---\n${calendar}`, 'signatories', [{ role: "Il Responsabile dell'Ufficio di Piano", name: 'Carla Neri' }]],
  ['reads the Provincia di Trento\'s segnatura when its register\'s caption stands lower in the head, beside the addressees', "PAT/RFS171-12/10/2031-0741266\nPROVINCIA AUTONOMA DI TRENTO\nServizio politiche sociali\n\nNumero di protocollo associato al documento | >Ai Presidenti delle Comunità\ncome metadato (DPCM 3.12.2013, art. 20). | LORO SEDI\n\nOggetto: Supervisione professionale.\n\nSi comunica quanto segue.\n\n>Il Dirigente\n>Anna Neri", 'protocol', { number: '0741266', date: '2031-10-12' }],
  ['reads a register\'s string of barred fields in its own order ("ASLVAL|REG_PROT|2031|0198734|U|12/10/2031 11:42")', 'ASLVAL|REG_PROT|2031|0198734|U|12/10/2031 11:42\nAZIENDA SANITARIA LOCALE DI VALDORA\nDistretto di Borgo\n\n>Al Comune di Borgo\n\nOggetto: Convocazione UVM.\n\nLa S.V. è convocata.\n\n>Il Direttore\n>Anna Neri', 'protocol', { number: '0198734', date: '2031-10-12' }],
  ['reads a segnatura stamped in two lines with its direction last ("…REGISTRO UFFICIALE." / "0048712.03-11-2031.U")', '@@AGE.AGEDP-VA.REGISTRO UFFICIALE.\n@@0048712.03-11-2031.U\nAgenzia delle Entrate\nDirezione Provinciale di Valdora\n\n>Al Comune di Borgo\n\nOggetto: Controlli ISEE.\n\nSi comunica quanto segue.\n\n>Il Direttore\n>Anna Neri', 'protocol', { number: '0048712', date: '2031-11-03' }],
  ['reads the protocol of a heading line that gives the repertory first ("Repertorio n. 214/2031 – Prot. n. 98765 del …")', "Università degli Studi di Valdora\nDipartimento di Scienze Sociali\nCorso di laurea in Servizio sociale – Corso di laurea magistrale in Politiche e management per il welfare\nRepertorio n. 214/2031 – Prot. n. 98765 del 27/11/2031 – Tit. III cl. 14\n\nCONVENZIONE DI TIROCINIO\n\nTRA l'Università e il Comune di Borgo si conviene quanto segue.\n\nIl Direttore | Il Sindaco\nAnna Neri | Marco Bini", 'protocol', { number: '98765', date: '2031-11-27' }],
];

describe('kinds blind sets 53–55 showed on first contact', () => {
  it.each(BLIND_KINDS)('%s', (_rule, text, field, expected) => {
    expect(fieldOf(text, field)).toEqual(expected);
  });
});

describe('a general register\'s line printed up the margin', () => {
  it('gives the protocol after "PG", with its direction and filing fields ("Protocollo Generale – PG 0612345/2031 del … – USCITA – Class. 7.8")', () => {
    // Prepare: a note whose register printed its line vertically in the margin.
    const [page] = letterPages('COMUNE DI VALDORA\nDirezione Welfare\n\n>Ai Direttori dei Municipi\n\nOggetto: Dati FNA.\n\nSi chiedono i dati entro il 13 ottobre 2031.\n\n>Il Direttore\n>Anna Neri\n\nComune di Valdora – Protocollo Generale – PG 0612345/2031 del 07/10/2031 – USCITA – Class. 7.8');
    const lines = page.lines.map((l, i) => (i === page.lines.length - 1 ? { ...l, origins: ['vertical' as const] } : l));
    // Act
    const { protocol } = extractFields([{ ...page, lines }]).fields;
    // Assess
    expect(protocol).toEqual({ number: '0612345/2031', date: '2031-10-07' });
  });
});

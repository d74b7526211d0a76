import { describe, expect, it } from 'vitest';
import { letterField as fieldOf, type Field } from '../support/letter-field.ts';

// Kinds blind sets 53 (Southern Ambiti in Campania, Puglia and Calabria), 54 (the Regione Siciliana collects the POA from its
// Distretti) and 55 (mountains and autonomies of the North) showed on first contact (fifteenth session), each written anew
// with invented bodies and figures: every row fails on the code before its fix.
const calendar = "Distretto Sanitario di Valdora – Unità Operativa Socio-Sanitaria\n\nProt. n. 0098765 del 04/11/2031 | Valdora, 4 novembre 2031\n\n>Al Consorzio Sociale Valdora\n>Ufficio di Piano\n\nOggetto: Calendario delle sedute UVI.\n\nSi comunica che l'Unità di Valutazione Integrata del Distretto è convocata nelle sedute di seguito indicate:\n\nSeduta | Data | Ora | Comuni di residenza dei\n | | | richiedenti\n1 | 25/11/2031 9:30 | | Valdora, Borgo\n2 | 27/11/2031 | 14:30 | Sasso,\n | | | Torre\n\nDistinti saluti.\n\n>Il Direttore del Distretto Sanitario\n>dott. Mario Neri";
const coverOfNote = "CONSORZIO SOCIALE VALDORA\nUfficio di Piano\n\nValdora, 6 novembre 2031\n\n>Ai Responsabili dei Servizi Sociali dei Comuni\n\nOggetto: Trasmissione della nota del Distretto Sanitario prot. n. 0098765 del 04/11/2031.\n\nSi trasmette la nota indicata in oggetto, con il calendario delle sedute UVI.\n\nCordiali saluti.\n\n>Il Responsabile dell'Ufficio di Piano\n>dott.ssa Carla Neri\n\nAllegato: nota del Distretto Sanitario";

const BLIND_KINDS: [string, string, Field, unknown][] = [
  ['reads the blocks under an "e p.c." alone at the left margin as copies, when the addressees stand in the right-hand column', 'CONSORZIO SOCIALE VALDORA\n\nProt. n. 0004215 del 02/11/2031 | Valdora, 2 novembre 2031\n\n>Alla Regione Terramare\n>Direzione Politiche Sociali\n\ne p.c.\n>Ai Sindaci dei Comuni dell\'Ambito\n>LORO SEDI\n\n>Al Presidente del Coordinamento Istituzionale\n>SEDE\n\nOggetto: Rendicontazione.\n\nSi trasmettono i dati.\n\n>Il Direttore\n>Anna Neri', 'cc', ["Ai Sindaci dei Comuni dell'Ambito", 'Al Presidente del Coordinamento Istituzionale']],
  ['reads the sessions of a calendar whose time runs into the date\'s cell and whose cells wrap ("1 | 25/11/2031 9:30 | | Valdora")', calendar, 'meetings', [{ date: '2031-11-25', time: '09:30' }, { date: '2031-11-27', time: '14:30' }]],
  ['signs a cover letter by its own signer when the note it forwards opens on the next page with a protocol of its own, its letterhead a picture', `${coverOfNote}\n---page---\n${calendar}`, 'signatories', [{ role: "Il Responsabile dell'Ufficio di Piano", name: 'Carla Neri' }]],
];

describe('kinds blind sets 53–55 showed on first contact', () => {
  it.each(BLIND_KINDS)('%s', (_rule, text, field, expected) => {
    expect(fieldOf(text, field)).toEqual(expected);
  });
});

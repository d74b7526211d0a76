import { describe, expect, it } from 'vitest';
import { letterField as fieldOf, type Field } from '../support/letter-field.ts';

// Kinds blind sets 41 (the albo pretorio and mail of a Campanian social-services consortium and small Comuni) and 42 (national
// mail reaching Regions and Ambiti) showed on first contact (thirteenth session), each written anew with invented bodies and
// figures: every row fails on the code before its fix.
const letter = (signature: string) =>
  `COMUNE DI VALDORA\nServizi Sociali\n\nValdora, 12 marzo 2031\n\n>Alla Regione Terramare\n\nOggetto: Trasmissione dati.\n\nSi trasmettono i dati richiesti.\n\n${signature}`;
const BLIND_KINDS: [string, string, Field, unknown][] = [
  ['reads "F.to:" glued to the name by a colon as the signature mark', letter('>Il Presidente del Consiglio Comunale\n>F.to:Lucia Ferraro'), 'signatories', [{ role: 'Il Presidente del Consiglio Comunale', name: 'Lucia Ferraro' }]],
  ['drops a title glued to the name ("Rag.Paolo Neri")', letter('>Il Responsabile del Settore\n>F.to Rag.Paolo Neri'), 'signatories', [{ role: 'Il Responsabile del Settore', name: 'Paolo Neri' }]],
  ['reads the Presidenza del Consiglio\'s segnatura stamped as an annotation ("DAR-0004512-P-02/03/2031")', '@@PRESIDENZA DEL CONSIGLIO DEI MINISTRI\n@@DAR-0004512-P-02/03/2031\nPresidenza del Consiglio dei Ministri\nCONFERENZA UNIFICATA\n\n>Ai Presidenti delle Regioni\n\nOggetto: Convocazione della seduta.\n\nLa Conferenza è convocata per giovedì 12 marzo 2031, alle ore 16,00.\n\n>Il Ministro\n>Anna Neri', 'protocol', { number: '0004512', date: '2031-03-02' }],
  ['reads a message\'s dotted segnatura named by its register ("INPS.HERMES.22/02/2031.0001234")', 'INPS.HERMES.22/02/2031.0001234\n\nIstituto Nazionale della Previdenza Sociale\nDirezione Centrale Inclusione sociale\n\nRoma, 22-02-2031\n\nMessaggio n. 1234\n\nOggetto: Assegno di inclusione. Rinnovo.\n\nSi forniscono indicazioni.\n\n>Il Direttore Generale\n>Anna Neri', 'protocol', { number: '0001234', date: '2031-02-22' }],
  ['reads a Ministry\'s running head "Nota 12-04-2031, AOO DGTS n. 0005519" with a space in its AOO code', 'Nota 12-04-2031, AOO DGTS n. 0005519\n\nMinistero del Lavoro e delle Politiche Sociali\nDirezione Generale del Terzo settore\n\n>Alle Regioni\n\nOggetto: Rilevazione nazionale.\n\nSi trasmette la scheda.\n\n>Il Direttore Generale\n>Anna Neri', 'protocol', { number: '0005519', date: '2031-04-12' }],
  ['reads the Gazzetta\'s signer "Il Ministro: MORETTI", role and surname in capitals on one line', 'PRESIDENZA DEL CONSIGLIO DEI MINISTRI\n\nDECRETO 19 aprile 2031\n\nRiparto del Fondo.\n\nArt. 1\n1. Il fondo è ripartito.\n\nRoma, 19 aprile 2031\n\n>Il Ministro: MORETTI\nRegistrato alla Corte dei conti il 20 maggio 2031', 'signatories', [{ role: 'Il Ministro', name: 'MORETTI' }]],
  ['reads "L\'Autorità Responsabile" of a fund as a role that signs', 'MINISTERO DELL\'INTERNO\nDipartimento per le Libertà Civili\n\nAVVISO PUBBLICO\n\nSi rende noto che gli Ambiti possono presentare proposte entro il 15 giugno 2031.\n\n>L\'Autorità Responsabile\n>Bianca Neri', 'signatories', [{ role: "L'Autorità Responsabile", name: 'Bianca Neri' }]],
  ['finds a decree\'s signer above the long annex table it carries after the signature', `PRESIDENZA DEL CONSIGLIO DEI MINISTRI\n\nDECRETO 19 aprile 2031\n\nRiparto del Fondo.\n\nArt. 1\n1. Il fondo è ripartito come da tabella allegata.\n\nRoma, 19 aprile 2031\n\n>Il Ministro\n>Paolo Moretti\n\nALLEGATO\nTabella di riparto\nRegione | Quota % | Risorse (euro)\n${Array.from({ length: 30 }, (_, i) => `Regione ${i + 1} | 3,${i} | ${100 + i}.000,00`).join('\n')}`, 'signatories', [{ role: 'Il Ministro', name: 'Paolo Moretti' }]],
  ['finds an act\'s signature on a page before the two pages of its visas and certificates', 'CONSORZIO SOCIO ASSISTENZIALE VALDORA\n\nDETERMINAZIONE DEL DIRETTORE N. 12 DEL 03-02-2031\n\nOggetto: Contributi del Fondo per le non autosufficienze.\n\nIL DIRETTORE\nPremesso che il Consorzio esercita le funzioni socio-assistenziali;\n\nDETERMINA\n\n1. di concedere i contributi;\n2. di pubblicare il presente atto.\n\n>IL DIRETTORE\n>F.to dott.ssa Marta Neri\n\nVISTO DI REGOLARITÀ CONTABILE\nSi attesta la copertura finanziaria della spesa. Impegno n. 2031/118.\n---page---\n>IL RESPONSABILE DEL SERVIZIO FINANZIARIO\n>F.to rag. Piero Bini\n\nCERTIFICATO DI PUBBLICAZIONE\nSi certifica che la presente determinazione è pubblicata all\'Albo pretorio on line del Consorzio dal 05/02/2031 per quindici giorni consecutivi.\n---page---\nValdora, 05/02/2031\n\n>L\'ADDETTO ALLA PUBBLICAZIONE\n>F.to Elena Rossi', 'signatories', [{ role: 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO', name: 'Piero Bini' }, { role: "L'ADDETTO ALLA PUBBLICAZIONE", name: 'Elena Rossi' }, { role: 'IL DIRETTORE', name: 'Marta Neri' }]],
];

describe('kinds blind sets 41 and 42 showed on first contact', () => {
  it.each(BLIND_KINDS)('%s', (_rule, text, field, expected) => {
    expect(fieldOf(text, field)).toEqual(expected);
  });
});

// What the new rules must not take: each row right before them and after.
const GUARDS: [string, string, Field, unknown][] = [
  ['takes no opinion\'s verdict in capitals ("Il Responsabile del Servizio: FAVOREVOLE") for a surname', letter('Parere di regolarità tecnica\nIl Responsabile del Servizio: FAVOREVOLE'), 'signatories', []],
];

describe('what the thirteenth session\'s rules leave alone', () => {
  it.each(GUARDS)('%s', (_rule, text, field, expected) => {
    expect(fieldOf(text, field)).toEqual(expected);
  });
});

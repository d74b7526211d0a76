import { describe, expect, it } from 'vitest';
import { readAndExtract } from '../../shared/read/read-and-extract.ts';
import { ReadLimits } from '../../shared/read/read-limits.ts';
import { makePdf } from '../support/make-pdf.ts';

const limits = ReadLimits.parse({ ocr: false });
async function senderOf(letterhead: (string | { text: string; x?: number; size?: number })[]) {
  // Prepare: a letterhead above an ordinary addressed letter.
  const pdf = await makePdf([[...letterhead, '', 'Ai Responsabili degli Uffici di Piano', '', 'Oggetto: indicazioni operative', '', 'Si comunica quanto segue.']]);
  // Act
  const outcome = await readAndExtract(pdf, limits);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.extraction.fields.sender;
}

describe('a letterhead set in spaced capitals', () => {
  it('cuts the joined letters after the kind of body and its preposition', async () => {
    expect(await senderOf(['P R O V I N C I A   A U T O N O M A   D I   V A L D O R A'])).toBe('Provincia Autonoma di Valdora');
  });

  it('keeps a name whole when a short word hides inside it', async () => {
    expect(await senderOf(['R E G I O N E   M O L I S E'])).toBe('Regione Molise');
  });

  it('keeps a dash between the parts of a name', async () => {
    expect(await senderOf(['R E G I O N E   E M I L I A - R O M A G N A'])).toBe('Regione Emilia-Romagna');
  });

  it('takes the body, not the department printed under it', async () => {
    expect(await senderOf(['R E G I O N E   M O L I S E', 'D I P A R T I M E N T O   W E L F A R E'])).toBe('Regione Molise');
  });

  it('takes the body, not the department printed above it', async () => {
    expect(await senderOf(['D I P A R T I M E N T O   W E L F A R E', 'R E G I O N E   M O L I S E'])).toBe('Regione Molise');
  });
});

describe('a kind of body on one line and its name on the next', () => {
  it('joins the name set in spaced capitals on the line below', async () => {
    expect(await senderOf(['R E G I O N E', 'M O L I S E', 'D I P A R T I M E N T O   W E L F A R E'])).toBe('Regione Molise');
  });

  it('joins the name below "COMUNE DI"', async () => {
    expect(await senderOf(['COMUNE DI', 'MONTEFALCONE', 'Settore Servizi Sociali'])).toBe('Comune di Montefalcone');
  });
});

describe('an office beside its body', () => {
  it('yields to the body named in larger type on the line below', async () => {
    const sender = await senderOf([{ text: 'Dipartimento per le Politiche Sociali', x: 300, size: 8 }, { text: 'ASL Valdora', size: 20 }]);
    expect(sender).toBe('ASL Valdora');
  });

  it('names the sender when no body is printed', async () => {
    expect(await senderOf(['Dipartimento per le Politiche della Famiglia'])).toBe('Dipartimento per le Politiche della Famiglia');
  });
});

describe('the council of a professional order', () => {
  it('names the council as the sender', async () => {
    expect(await senderOf(['Consiglio Regionale dell’Ordine degli Psicologi del Molise'])).toBe('Consiglio Regionale dell’Ordine degli Psicologi del Molise');
  });
});

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

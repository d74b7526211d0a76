import { describe, expect, it } from 'vitest';
import { pageFurniture } from '../../shared/extract/page-furniture.ts';
import { letterPages } from '../support/letter-pages.ts';

const linesOf = (...pages: string[]) => letterPages(...pages).flatMap((p) => p.lines);
const message = 'Messaggio di posta certificata\n\nSi trasmette la nota.\n\nCordiali saluti\n\nRoberta Neri\nResponsabile del Servizio Inclusione';

describe('page furniture', () => {
  it('takes the page number and the browser\'s address at the foot of a page alone (a printed PEC\'s message)', () => {
    // Prepare
    const lines = linesOf(`${message}\n\n»1/2\nhttps://webmail.legalmail.it/webmail/#/message/INBOX.Inviata/48213`);
    // Act
    const furniture = [...pageFurniture(lines)].map((l) => l.text);
    // Assess
    expect(new Set(furniture)).toEqual(new Set(['1/2', 'https://webmail.legalmail.it/webmail/#/message/INBOX.Inviata/48213']));
  });

  it('leaves the last lines of a page alone in the text when they are no number nor address', () => {
    // Prepare
    const lines = linesOf(message);
    // Act
    const furniture = pageFurniture(lines);
    // Assess
    expect(furniture.size).toBe(0);
  });

  it('takes a footer every page repeats, its page number changing', () => {
    // Prepare
    const lines = linesOf('Prima pagina.\n\nComune di Valdora – Via Roma 1 – pag. 1/2', 'Seconda pagina.\n\nComune di Valdora – Via Roma 1 – pag. 2/2');
    // Act
    const furniture = [...pageFurniture(lines)].map((l) => l.text);
    // Assess
    expect(furniture).toEqual(['Comune di Valdora – Via Roma 1 – pag. 1/2', 'Comune di Valdora – Via Roma 1 – pag. 2/2']);
  });
});

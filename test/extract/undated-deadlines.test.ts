import { describe, expect, it } from 'vitest';
import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from '../support/letter-pages.ts';

/** The deadlines of a circular that prints no date of its own and no protocol. */
function deadlinesOf(body: string) {
  // Prepare
  const pages = letterPages(`
COMUNE DI VALDORA
Segreteria Generale

>Ai Sigg. Dirigenti
>LORO SEDI

${body}

Il Segretario Generale
Laura Verdi
`);
  // Act
  return extractFields(pages).fields.deadlines;
}

describe('an undated circular recalling the deadlines of past years', () => {
  it('keeps its own deadline and drops one that fell long before the dates it is about', () => {
    const deadlines = deadlinesOf(`Oggetto: 12/08/2031 - obbligo di produrre in digitale gli atti amministrativi

Si ricorda che le amministrazioni entro il 12 agosto dovranno adeguare i propri sistemi.
Si richiamano i decreti del 2029, con le regole tecniche per il protocollo informatico,
da adottarsi entro l'11 ottobre 2030, già recepite dal nostro Ente.`);
    // Assess
    expect(deadlines).toEqual([{ date: '2031-08-12' }]);
  });

  it('keeps a deadline a few months before a later date it prints', () => {
    const deadlines = deadlinesOf(`Oggetto: corso di formazione sul protocollo informatico

Le iscrizioni vanno inviate entro il 15/03/2031; il corso si terrà dal 01/06/2031 al 30/06/2031.`);
    expect(deadlines).toEqual([{ date: '2031-03-15' }]);
  });
});

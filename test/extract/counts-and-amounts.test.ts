import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../shared/extract/amounts.ts';
import { SourceText } from '../../shared/extract/source-text.ts';
import { letterPages } from '../support/letter-pages.ts';

/** The euro amounts of a text written as one page (see letterPages). */
const amountsOf = (text: string) => extractAmounts(new SourceText(letterPages(text))).map((f) => f.value);

describe('a count of things on a page about the budget', () => {
  it('takes no figure followed by what it counts for euros', () => {
    // Act: prose about a financial statement, its figures counting projects.
    const amounts = amountsOf(`
Il lavoro di chiusura del bilancio è complesso per la quantità di progetti gestiti
(2.549 progetti da riscontare, 3.468 progetti con riporto di budget, per un totale di 6.125 progetti).
`);
    // Assess
    expect(amounts).toEqual([]);
  });

  it('still reads the unlabelled figures of a row of a money table', () => {
    const amounts = amountsOf(`
Riparto delle risorse del fondo
Comune | Quota 2031 | Quota 2032
Valdora | 12.500 | 14.750
`);
    expect(amounts.sort((a, b) => a - b)).toEqual([12500, 14750]);
  });
});

describe('a table row whose description runs into its amount', () => {
  it('reads the figure in cents that ends the row, on a page that speaks of euros', () => {
    // Prepare, Act: the first row's description is long enough to close the column gap, so the row is one cell.
    const amounts = amountsOf(`
INAIL – DIREZIONE REGIONALE VALDORA

Oggetto: rimborso degli interventi per il reinserimento lavorativo

Sono ammessi al rimborso, in euro, gli interventi seguenti:
Intervento | Importo ammesso (euro)
Adeguamento della postazione con sollevatore elettrico 14.320,00
Rampa di accesso e porta automatica | 9.870,50
Formazione e tutoraggio | 3.600,00
`);
    // Assess
    expect(amounts).toEqual(expect.arrayContaining([14320, 9870.5, 3600]));
  });
});

describe('a quote’s table of taxable amounts, VAT and totals', () => {
  const quote = `
Si approva il prospetto dell'offerta, in euro:
Voce | Imponibile | IVA 22% | Totale
Pronto intervento | 3.600,00 | 792,00 | 4.392,00
Sicurezza | 500,00 | 110,00 | 610,00
Impegno n. 388/2031 di € 5.002,00.
`;

  it('takes the figures in cents under each money heading, below a thousand too', () => {
    expect(amountsOf(quote)).toEqual(expect.arrayContaining([792, 500, 110, 610]));
  });

  it('does not take the year of an act’s number before "di €" for an amount', () => {
    expect(amountsOf(quote)).not.toContain(2031);
  });
});

describe('a table of shares beside a page about money', () => {
  it('takes no figure in cents under a share’s heading', () => {
    const amounts = amountsOf(`
Il fondo di € 1.000.000,00 è ripartito come segue:
Ambito | Quota % | Importo
Nord | 37,66 | 376.600,00
Sud | 62,34 | 623.400,00
`);
    expect(amounts).not.toContain(37.66);
  });
});

describe('a budget variation signed with + and −', () => {
  it('takes "+ 18.600,00" in a money column as 18600', () => {
    const amounts = amountsOf(`
Voce di bilancio | Variazione (euro)
Entrata – Trasferimenti correnti | + 18.600,00
`);
    expect(amounts).toContain(18600);
  });
});

describe('a sign OCR read twice', () => {
  it('reads "€£4.812.377,19" as one amount', () => {
    expect(amountsOf('Risultato di amministrazione | €£4.812.377,19')).toEqual([4812377.19]);
  });
});

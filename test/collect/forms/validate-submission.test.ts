import { describe, expect, it } from 'vitest';
import { readFormValues } from '../../../shared/collect/read-form-values.ts';
import { validateSubmission, type SubmissionReason } from '../../../shared/collect/validate-submission.ts';
import type { SubmissionContext } from '../../../shared/collect/submission-rules.ts';
import { answers, filledForm, form, poaContext } from './form-samples.ts';

const poa = answers['poa-supervisione'];
const ricognizione = answers['allegato-2-ricognizione'];
const validate = (id: string, values: Record<string, unknown>, context: SubmissionContext = poaContext) => validateSubmission(form(id), values, context);
const byRule = (reasons: SubmissionReason[], rule: string) => reasons.filter((r) => r.rule === rule).map(({ severity, message }) => ({ severity, message }));

describe('outcome', () => {
  it.each(Object.keys(answers))('%s: complete answers within every rule are accepted with no reasons', (id) => {
    // Act
    const result = validate(id, answers[id]);
    // Assess
    expect(result).toEqual({ outcome: 'accepted', reasons: [] });
  });

  it('warnings alone accept the answer with warnings', () => {
    // Act: no organisational supervision is a warning only
    const result = validate('poa-supervisione', { ...poa, oreOrganizzativa: 0, oreFnps: 9 });
    // Assess
    expect(result.outcome).toBe('accepted_with_warnings');
  });

  it('one error rejects the answer', () => {
    // Act
    const result = validate('poa-supervisione', { ...poa, oreGruppo: 12, orePnrr: 18 });
    // Assess
    expect(result.outcome).toBe('rejected');
  });
});

describe('a form filled with values out of range', () => {
  it('is rejected, each value named with its field and range in Italian', async () => {
    // Prepare: the form as an Ambito would return it
    const pdf = await filledForm(form('poa-supervisione'), poa, { raw: { oreGruppo: '2500', anno: '2019', quotaPnrr: '120 %' } });
    const { values } = await readFormValues(form('poa-supervisione'), pdf);
    // Act
    const result = validate('poa-supervisione', values);
    // Assess
    expect(result).toEqual({
      outcome: 'rejected',
      reasons: [
        { field: 'anno', severity: 'error', message: 'Anno del POA: un numero intero da 2023 a 2030' },
        { field: 'quotaPnrr', severity: 'error', message: 'Quota PNRR (%): una percentuale da 0 a 100' },
        { field: 'oreGruppo', severity: 'error', message: 'Ore di supervisione di gruppo: un numero intero da 0 a 2000' },
      ],
    });
  });

  it('a word where a number is due is rejected with what the field wants', async () => {
    // Prepare
    const pdf = await filledForm(form('poa-supervisione'), poa, { raw: { gruppi: 'due' } });
    const { values } = await readFormValues(form('poa-supervisione'), pdf);
    // Act
    const { reasons } = validate('poa-supervisione', values);
    // Assess
    expect(reasons).toEqual([{ field: 'gruppi', severity: 'error', message: 'Gruppi di supervisione: un numero intero da 1 a 200' }]);
  });

  it('no domain rule reasons on a value the schema refused', () => {
    // Act: 3000 groups is out of range; the group-hours rule must not compute a minimum of 48,000 hours
    const { reasons } = validate('poa-supervisione', { ...poa, gruppi: 3000 });
    // Assess
    expect(reasons.map((r) => r.rule ?? 'schema')).toEqual(['schema']);
  });
});

describe('POA rules (nota MLPS sul POA, scheda LEPS 2.7.2)', () => {
  it.each([
    // rule, values changed, context, what it says
    ['poa-ore-gruppo', { oreGruppo: 12, orePnrr: 18 }, poaContext, [{ severity: 'error', message: 'Ore di supervisione di gruppo: 12, il minimo è 16' }]],
    [
      'poa-ore-gruppo',
      { assistentiSociali: 30, gruppi: 2, oreGruppo: 20, oreIndividuale: 30, orePnrr: 36, oreFnps: 20 },
      { population: 150_000 },
      [{ severity: 'error', message: 'Ore di supervisione di gruppo: 20, il minimo è 32 (16 ore per ciascuno dei 2 gruppi)' }],
    ],
    [
      'poa-ore-individuale',
      { assistentiSociali: 20, oreIndividuale: 15, orePnrr: 22 },
      { population: 100_000 },
      [
        {
          severity: 'warning',
          message: 'Ore di supervisione individuale: 15, ne sono attese almeno 30 (15 ore annue per ogni gruppo di supervisione, di norma di 15 assistenti sociali: 2 gruppi per 20 assistenti sociali)',
        },
      ],
    ],
    ['poa-ore-organizzativa', { oreOrganizzativa: 4, oreFnps: 13 }, poaContext, [{ severity: 'error', message: 'Ore di supervisione organizzativa: 4, il minimo è 6' }]],
    [
      'poa-ore-organizzativa',
      { oreOrganizzativa: 0, oreFnps: 9 },
      poaContext,
      [{ severity: 'warning', message: "Ore di supervisione organizzativa: nessuna; se nell'Ambito operano équipe interprofessionali il minimo è 6 ore annue" }],
    ],
    [
      'poa-composizione-gruppi',
      { assistentiSociali: 40, gruppi: 2, oreGruppo: 32, oreIndividuale: 45, orePnrr: 48, oreFnps: 35 },
      { population: 200_000 },
      [{ severity: 'warning', message: 'Gruppi di supervisione: 2 per 40 assistenti sociali; di norma un gruppo ne riunisce 15, quindi i gruppi sarebbero 3' }],
    ],
    [
      'poa-composizione-gruppi',
      { assistentiSociali: 2, gruppi: 3, oreGruppo: 48, orePnrr: 54 },
      {},
      [{ severity: 'error', message: 'Gruppi di supervisione: 3, ma gli assistenti sociali in servizio sono 2: ogni gruppo riunisce almeno un assistente sociale' }],
    ],
    ['poa-quote-finanziamento', { quotaFnps: 30 }, poaContext, [{ severity: 'error', message: 'Quote di finanziamento: PNRR 60 % e FNPS 30 % fanno 90 %, devono fare 100 %' }]],
    [
      'poa-quote-finanziamento',
      { quotaPnrr: 100, quotaFnps: 0 },
      poaContext,
      [{ severity: 'error', message: 'Quota FNPS: 0 %, ma la fonte indicata è «PNRR e quota FNPS»; se la supervisione è finanziata da una sola fonte, indicare quella fonte' }],
    ],
    [
      'poa-quote-finanziamento',
      { fonte: 'pnrr', quotaPnrr: 100, quotaFnps: 40, orePnrr: undefined, oreFnps: undefined },
      poaContext,
      [{ severity: 'error', message: 'Quota FNPS: 40 %, ma la fonte indicata è solo «PNRR M5C2 1.1.4»' }],
    ],
    [
      'poa-doppio-finanziamento',
      { orePnrr: 37, oreFnps: 15 },
      poaContext,
      [
        {
          severity: 'error',
          message: "Ore finanziate: 37 con PNRR e 15 con FNPS fanno 52, più delle 37 ore di supervisione previste: un'ora non può essere finanziata da entrambe le fonti (divieto di doppio finanziamento)",
        },
      ],
    ],
    [
      'poa-doppio-finanziamento',
      { orePnrr: 20, oreFnps: 10 },
      poaContext,
      [{ severity: 'warning', message: 'Ore finanziate: 20 con PNRR e 10 con FNPS fanno 30, meno delle 37 ore di supervisione previste: indicare con quale fonte sono finanziate le altre 7' }],
    ],
    ['poa-periodo', { dataFine: '2024-01-15' }, poaContext, [{ severity: 'error', message: 'Data di fine delle attività: 15/01/2024, prima della data di inizio (01/02/2024)' }]],
    [
      'poa-periodo',
      { dataFine: '2025-03-31' },
      poaContext,
      [{ severity: 'warning', message: "Periodo di svolgimento: dal 01/02/2024 al 31/03/2025, ma il POA è per l'anno 2024: le attività si programmano nell'anno solare" }],
    ],
    [
      'as-abitanti',
      {},
      { population: 90_000 },
      [{ severity: 'warning', message: "Assistenti sociali: 15 per 90.000 abitanti, 1 ogni 6000; l'obiettivo è almeno 1 ogni 5000 abitanti, cioè 18" }],
    ],
    [
      'as-dato-campagna',
      {},
      { population: 75_000, assistentiSociali: 18 },
      [{ severity: 'warning', message: 'Assistenti sociali: 15 nel modulo, 18 nei dati della campagna; verificare quale dei due è aggiornato' }],
    ],
  ] as const)('%s fires on %j', (rule, over, context, expected) => {
    // Act
    const { reasons } = validate('poa-supervisione', { ...poa, ...over }, context);
    // Assess
    expect(byRule(reasons, rule)).toEqual(expected);
  });

  it.each([
    // rule, values at the boundary the rule allows
    ['poa-ore-gruppo', { oreGruppo: 16, gruppi: 1 }],
    ['poa-ore-gruppo', { assistentiSociali: 30, gruppi: 2, oreGruppo: 32, oreIndividuale: 30, orePnrr: 48, oreFnps: 20 }],
    ['poa-ore-individuale', { assistentiSociali: 15, gruppi: 1, oreIndividuale: 15 }],
    ['poa-ore-organizzativa', { oreOrganizzativa: 6 }],
    ['poa-composizione-gruppi', { assistentiSociali: 30, gruppi: 2, oreGruppo: 32, oreIndividuale: 30, orePnrr: 48, oreFnps: 20 }],
    ['poa-quote-finanziamento', { quotaPnrr: 60, quotaFnps: 40 }],
    ['poa-quote-finanziamento', { fonte: 'fnps', quotaPnrr: undefined, quotaFnps: 100, orePnrr: undefined, oreFnps: undefined }],
    ['poa-doppio-finanziamento', { orePnrr: 22, oreFnps: 15 }],
    ['poa-doppio-finanziamento', { fonte: 'pnrr', quotaPnrr: undefined, quotaFnps: undefined, orePnrr: undefined, oreFnps: undefined }],
    ['poa-periodo', { dataInizio: '2024-01-01', dataFine: '2024-12-31' }],
    ['as-abitanti', { assistentiSociali: 15 }],
  ] as const)('%s does not fire on %j', (rule, over) => {
    // Act
    const { reasons } = validate('poa-supervisione', { ...poa, ...over }, { population: 75_000 });
    // Assess
    expect(byRule(reasons, rule)).toEqual([]);
  });

  it('does not judge the ratio of assistenti sociali without the population', () => {
    // Act
    const { reasons } = validate('poa-supervisione', { ...poa, assistentiSociali: 1, gruppi: 1 }, {});
    // Assess
    expect(byRule(reasons, 'as-abitanti')).toEqual([]);
  });
});

describe('Allegato 2 rules', () => {
  it('counts full- and part-time assistenti sociali by head against the population', () => {
    // Act
    const { reasons } = validate('allegato-2-ricognizione', ricognizione, { population: 100_000 });
    // Assess
    expect(byRule(reasons, 'as-abitanti')).toEqual([
      {
        severity: 'warning',
        message: "Assistenti sociali: 15 (tempo pieno e parziale, contati per persona) per 100.000 abitanti, 1 ogni 6667; l'obiettivo è almeno 1 ogni 5000 abitanti, cioè 20",
      },
    ]);
  });

  it('refuses more permanent assistenti sociali than those counted', () => {
    // Act
    const { reasons } = validate('allegato-2-ricognizione', { ...ricognizione, asTempoIndeterminato: 16 });
    // Assess
    expect(byRule(reasons, 'ricognizione-tempo-indeterminato')).toEqual([
      { severity: 'error', message: 'Assistenti sociali a tempo indeterminato: 16, più dei 15 assistenti sociali indicati a tempo pieno e parziale' },
    ]);
  });
});

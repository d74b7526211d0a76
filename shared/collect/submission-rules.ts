import { LEPS_SUPERVISIONE } from '../render/poa-summary.ts';
import { italianNumber, type FormValues } from './form-definition.ts';

/** What a campaign knows about the body beyond its answer. */
export interface SubmissionContext {
  /** Inhabitants of the body's territory. */
  population?: number;
  /** Assistenti sociali the region already knows of (from the campaign's import). */
  assistentiSociali?: number;
}

export interface RuleFinding {
  /** The field a person should look at, when one. */
  field?: string;
  severity: 'error' | 'warning';
  /** Italian, saying the value found, the value due and why, so the person knows what to change. */
  message: string;
}

/**
 * A domain rule about an answer, beyond types and ranges (which the form's schema checks). A rule
 * applies to the forms it names, reads only the fields it lists for each, and runs only when every
 * one of those fields is valid (a value the schema refused is reported by the schema, not guessed at).
 * Optional fields it lists may be absent: the rule must cope.
 */
export interface SubmissionRule {
  id: string;
  /** Form id → the fields the rule reads on that form. */
  forms: Readonly<Record<string, readonly string[]>>;
  /** What the rule rests on, for whoever must defend it. */
  source: string;
  check(values: FormValues, context: SubmissionContext, formId: string): RuleFinding[];
}

const POA = 'poa-supervisione';
const RICOGNIZIONE = 'allegato-2-ricognizione';

const M = LEPS_SUPERVISIONE;
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const n = italianNumber;
const dmy = (iso: string) => iso.split('-').reverse().join('/');
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** Declared assistenti sociali on either form (Allegato 2 counts full and part time by head). */
function declaredAs(values: FormValues, formId: string): { count: number; field: string; note: string } | undefined {
  if (formId === POA) {
    const as = num(values.assistentiSociali);
    return as === undefined ? undefined : { count: as, field: 'assistentiSociali', note: '' };
  }
  const full = num(values.asTempoPieno);
  const part = num(values.asTempoParziale);
  return full === undefined || part === undefined ? undefined : { count: full + part, field: 'asTempoPieno', note: ' (tempo pieno e parziale, contati per persona)' };
}

const FUNDING_LABEL: Record<string, string> = { pnrr: 'PNRR M5C2 1.1.4', fnps: 'Quota vincolata FNPS' };

/**
 * The domain's rules, one entry each. A new rule is a new entry; a rule for a new form names that
 * form's id and fields (test/collect/forms checks that they exist).
 */
export const SUBMISSION_RULES: readonly SubmissionRule[] = [
  {
    id: 'poa-ore-gruppo',
    forms: { [POA]: ['oreGruppo', 'gruppi'] },
    // MLPS, nota «Programmazione FNPS - Piano operativo analitico POA» (seed 000), from the Piano nazionale
    // 2021-2023, scheda LEPS 2.7.2: "per la supervisione di gruppo mono-professionale degli assistenti sociali
    // un numero minimo di 16 ore annue rappresenta il LEPS: per l'ente datore di lavoro tali ore costituiscono
    // il livello minimo da garantire agli assistenti sociali". Each assistente sociale is in one group, so
    // each group meets at least 16 hours: the form asks for the total of all groups.
    source: 'Piano nazionale degli interventi e dei servizi sociali 2021-2023, scheda LEPS 2.7.2; nota MLPS sul POA',
    check(v) {
      const hours = num(v.oreGruppo)!;
      const groups = num(v.gruppi)!;
      const min = M.gruppo * groups;
      if (hours >= min) return [];
      const why = groups > 1 ? ` (${M.gruppo} ore per ciascuno dei ${n(groups)} gruppi)` : '';
      return [{ field: 'oreGruppo', severity: 'error', message: `Ore di supervisione di gruppo: ${n(hours)}, il minimo è ${n(min)}${why}` }];
    },
  },
  {
    id: 'poa-ore-individuale',
    forms: { [POA]: ['oreIndividuale', 'gruppi', 'assistentiSociali'] },
    // Seed 000: "La supervisione individuale degli assistenti sociali prevede un numero minimo di 15 ore annue
    // per ogni gruppo di supervisione che è di norma composto da 15 assistenti sociali". The groups due are
    // the declared ones or, if more, one per 15 assistenti sociali. A warning, not a refusal: the group of 15
    // is a norm, not a bound, and "se non si rendesse necessario utilizzare tutte le ore di supervisione
    // individuale, l'Ente potrà successivamente ridistribuire le ore" to group or organisational supervision.
    source: 'Nota MLPS sul POA (scheda LEPS 2.7.2): 15 ore annue per ogni gruppo, di norma di 15 assistenti sociali',
    check(v) {
      const hours = num(v.oreIndividuale)!;
      const groups = Math.max(num(v.gruppi)!, Math.ceil(num(v.assistentiSociali)! / 15));
      const expected = M.individuale * groups;
      if (hours >= expected) return [];
      return [
        {
          field: 'oreIndividuale',
          severity: 'warning',
          message: `Ore di supervisione individuale: ${n(hours)}, ne sono attese almeno ${n(expected)} (${M.individuale} ore annue per ogni gruppo di supervisione, di norma di 15 assistenti sociali: ${n(groups)} ${plural(groups, 'gruppo', 'gruppi')} per ${n(num(v.assistentiSociali)!)} assistenti sociali)`,
        },
      ];
    },
  },
  {
    id: 'poa-ore-organizzativa',
    forms: { [POA]: ['oreOrganizzativa'] },
    // Seed 000: "La supervisione organizzativa di équipe interprofessionale prevede un numero minimo di 6 ore
    // annue", then: the path "potrà comprendere incontri di supervisione organizzativa, in presenza di équipe
    // multiprofessionali". Planned below 6 is refused; none at all is a warning (an Ambito without
    // interprofessional équipes may have none).
    source: 'Nota MLPS sul POA (scheda LEPS 2.7.2): minimo 6 ore annue di supervisione organizzativa di équipe',
    check(v) {
      const hours = num(v.oreOrganizzativa)!;
      if (hours >= M.organizzativa) return [];
      if (hours === 0) {
        return [
          {
            field: 'oreOrganizzativa',
            severity: 'warning',
            message: `Ore di supervisione organizzativa: nessuna; se nell'Ambito operano équipe interprofessionali il minimo è ${M.organizzativa} ore annue`,
          },
        ];
      }
      return [{ field: 'oreOrganizzativa', severity: 'error', message: `Ore di supervisione organizzativa: ${n(hours)}, il minimo è ${M.organizzativa}` }];
    },
  },
  {
    id: 'poa-composizione-gruppi',
    forms: { [POA]: ['gruppi', 'assistentiSociali'] },
    // Seed 000: each group "è di norma composto da 15 assistenti sociali". More than 15 per group is a
    // warning; more groups than assistenti sociali cannot be.
    source: 'Nota MLPS sul POA (scheda LEPS 2.7.2): gruppi di norma di 15 assistenti sociali',
    check(v) {
      const groups = num(v.gruppi)!;
      const as = num(v.assistentiSociali)!;
      if (groups > as) {
        return [
          {
            field: 'gruppi',
            severity: 'error',
            message: `Gruppi di supervisione: ${n(groups)}, ma gli assistenti sociali in servizio sono ${n(as)}: ogni gruppo riunisce almeno un assistente sociale`,
          },
        ];
      }
      if (as > 15 * groups) {
        const due = Math.ceil(as / 15);
        return [
          {
            field: 'gruppi',
            severity: 'warning',
            message: `Gruppi di supervisione: ${n(groups)} per ${n(as)} assistenti sociali; di norma un gruppo ne riunisce 15, quindi i gruppi sarebbero ${n(due)}`,
          },
        ];
      }
      return [];
    },
  },
  {
    id: 'poa-quote-finanziamento',
    forms: { [POA]: ['fonte', 'quotaPnrr', 'quotaFnps', 'orePnrr', 'oreFnps'] },
    // Seed 000: the LEPS is funded "con le risorse del PNRR, con le risorse del Fondo Nazionale Politiche
    // Sociali ovvero integrando entrambe evitando il doppio finanziamento". Mixed funding: two shares, both
    // above zero, adding to 100. One source: the other source has no share and no hours.
    source: 'Nota MLPS sul POA: finanziamento PNRR, FNPS o entrambi «evitando il doppio finanziamento»',
    check(v) {
      const fonte = v.fonte as string;
      const pnrr = num(v.quotaPnrr);
      const fnps = num(v.quotaFnps);
      if (fonte === 'entrambe') {
        if (pnrr === undefined || fnps === undefined) return []; // the schema already asks for them
        if (pnrr + fnps !== 100) {
          return [{ field: 'quotaPnrr', severity: 'error', message: `Quote di finanziamento: PNRR ${n(pnrr)} % e FNPS ${n(fnps)} % fanno ${n(pnrr + fnps)} %, devono fare 100 %` }];
        }
        const zero = pnrr === 0 ? 'PNRR' : fnps === 0 ? 'FNPS' : null;
        if (zero) {
          return [
            {
              field: zero === 'PNRR' ? 'quotaPnrr' : 'quotaFnps',
              severity: 'error',
              message: `Quota ${zero}: 0 %, ma la fonte indicata è «PNRR e quota FNPS»; se la supervisione è finanziata da una sola fonte, indicare quella fonte`,
            },
          ];
        }
        return [];
      }
      const other = fonte === 'pnrr' ? { name: 'FNPS', share: fnps, hours: num(v.oreFnps), field: 'quotaFnps', hoursField: 'oreFnps' } : { name: 'PNRR', share: pnrr, hours: num(v.orePnrr), field: 'quotaPnrr', hoursField: 'orePnrr' };
      const own = fonte === 'pnrr' ? { name: 'PNRR', share: pnrr, field: 'quotaPnrr' } : { name: 'FNPS', share: fnps, field: 'quotaFnps' };
      const findings: RuleFinding[] = [];
      const only = `la fonte indicata è solo «${FUNDING_LABEL[fonte]}»`;
      if (other.share !== undefined && other.share > 0) findings.push({ field: other.field, severity: 'error', message: `Quota ${other.name}: ${n(other.share)} %, ma ${only}` });
      if (other.hours !== undefined && other.hours > 0) findings.push({ field: other.hoursField, severity: 'error', message: `Ore finanziate con ${other.name}: ${n(other.hours)}, ma ${only}` });
      if (own.share !== undefined && own.share !== 100) findings.push({ field: own.field, severity: 'error', message: `Quota ${own.name}: ${n(own.share)} %, ma con una sola fonte la quota è 100 %` });
      return findings;
    },
  },
  {
    id: 'poa-doppio-finanziamento',
    forms: { [POA]: ['fonte', 'orePnrr', 'oreFnps', 'oreGruppo', 'oreIndividuale', 'oreOrganizzativa'] },
    // Seed 000: "integrando entrambe evitando il doppio finanziamento" (and the PNRR's own ban on double
    // funding). With mixed funding each planned hour is paid by one source: PNRR and FNPS hours add up to
    // the planned hours. More is an hour counted twice (refused); fewer leaves hours without a source.
    source: 'Nota MLPS sul POA; divieto di doppio finanziamento PNRR',
    check(v) {
      if (v.fonte !== 'entrambe') return [];
      const pnrr = num(v.orePnrr);
      const fnps = num(v.oreFnps);
      if (pnrr === undefined || fnps === undefined) return [];
      const total = num(v.oreGruppo)! + num(v.oreIndividuale)! + num(v.oreOrganizzativa)!;
      const sum = pnrr + fnps;
      const said = `Ore finanziate: ${n(pnrr)} con PNRR e ${n(fnps)} con FNPS fanno ${n(sum)}`;
      if (sum > total) {
        return [
          {
            field: 'orePnrr',
            severity: 'error',
            message: `${said}, più delle ${n(total)} ore di supervisione previste: un'ora non può essere finanziata da entrambe le fonti (divieto di doppio finanziamento)`,
          },
        ];
      }
      if (sum < total) {
        return [{ field: 'orePnrr', severity: 'warning', message: `${said}, meno delle ${n(total)} ore di supervisione previste: indicare con quale fonte sono finanziate le altre ${n(total - sum)}` }];
      }
      return [];
    },
  },
  {
    id: 'poa-periodo',
    forms: { [POA]: ['anno', 'dataInizio', 'dataFine'] },
    // Seed 000: the POA monitors "le attività di supervisione che saranno attivate e realizzate nell'anno
    // solare" and is filled in "ogni anno solare". An end before the start is refused; a period outside the
    // POA's year is a warning (activities may start late in a year and run into the next).
    source: 'Nota MLPS sul POA: programmazione per anno solare',
    check(v) {
      const start = v.dataInizio as string;
      const end = v.dataFine as string;
      const year = num(v.anno)!;
      if (end < start) return [{ field: 'dataFine', severity: 'error', message: `Data di fine delle attività: ${dmy(end)}, prima della data di inizio (${dmy(start)})` }];
      if (!start.startsWith(`${year}-`) || !end.startsWith(`${year}-`)) {
        return [
          {
            field: start.startsWith(`${year}-`) ? 'dataFine' : 'dataInizio',
            severity: 'warning',
            message: `Periodo di svolgimento: dal ${dmy(start)} al ${dmy(end)}, ma il POA è per l'anno ${year}: le attività si programmano nell'anno solare`,
          },
        ];
      }
      return [];
    },
  },
  {
    id: 'as-abitanti',
    forms: { [POA]: ['assistentiSociali'], [RICOGNIZIONE]: ['asTempoPieno', 'asTempoParziale'] },
    // Legge 178/2020, art. 1, comma 797 (the LEPS of one assistente sociale per 5,000 inhabitants); restated
    // by the Piano nazionale 2024-2026 ("Presenza in servizio di almeno un assistente sociale ogni 5000
    // abitanti", seed 001) and by regional plans ("almeno un assistente sociale ogni 5.000 abitanti a
    // livello di Ambito Territoriale", Regione Calabria, seed 004). A target of service, not a condition of
    // the form: a warning, against the population the campaign knows.
    source: 'L. 178/2020, art. 1, c. 797; Piano nazionale per gli interventi e i servizi sociali 2024-2026',
    check(v, context, formId) {
      const as = declaredAs(v, formId);
      const population = context.population;
      if (!as || population === undefined || population <= 0) return [];
      const due = Math.ceil(population / M.abitantiPerAs);
      if (as.count * M.abitantiPerAs >= population) return [];
      const ratio = as.count === 0 ? 'nessuno' : `${n(as.count)}${as.note} per ${n(population)} abitanti, 1 ogni ${n(Math.round(population / as.count))}`;
      return [
        {
          field: as.field,
          severity: 'warning',
          message: `Assistenti sociali: ${as.count === 0 ? `nessuno per ${n(population)} abitanti` : ratio}; l'obiettivo è almeno 1 ogni ${n(M.abitantiPerAs)} abitanti, cioè ${n(due)}`,
        },
      ];
    },
  },
  {
    id: 'as-dato-campagna',
    forms: { [POA]: ['assistentiSociali'], [RICOGNIZIONE]: ['asTempoPieno', 'asTempoParziale'] },
    // The campaign's import may carry the number of assistenti sociali the region knows (issue 10): a
    // different number in the answer is worth a look, not a refusal (either may be the newer).
    source: 'Dati della campagna',
    check(v, context, formId) {
      const as = declaredAs(v, formId);
      const known = context.assistentiSociali;
      if (!as || known === undefined || as.count === known) return [];
      return [
        {
          field: as.field,
          severity: 'warning',
          message: `Assistenti sociali: ${n(as.count)} nel modulo${as.note}, ${n(known)} nei dati della campagna; verificare quale dei due è aggiornato`,
        },
      ];
    },
  },
  {
    id: 'ricognizione-tempo-indeterminato',
    forms: { [RICOGNIZIONE]: ['asTempoPieno', 'asTempoParziale', 'asTempoIndeterminato'] },
    // Allegato 2: those on permanent contracts are among those counted.
    source: 'Coerenza interna del modulo',
    check(v) {
      const permanent = num(v.asTempoIndeterminato);
      const total = num(v.asTempoPieno)! + num(v.asTempoParziale)!;
      if (permanent === undefined || permanent <= total) return [];
      return [
        {
          field: 'asTempoIndeterminato',
          severity: 'error',
          message: `Assistenti sociali a tempo indeterminato: ${n(permanent)}, più dei ${n(total)} assistenti sociali indicati a tempo pieno e parziale`,
        },
      ];
    },
  },
];

/** The rules that apply to a form. */
export function rulesFor(formId: string, rules: readonly SubmissionRule[] = SUBMISSION_RULES): SubmissionRule[] {
  return rules.filter((r) => formId in r.forms);
}

import type * as z from 'zod';
import type { PoaAmbito } from './letter-schemas.ts';

/** LEPS minima for the supervision of social-service staff (Piano nazionale 2021-2023, scheda 2.7.2). */
export const LEPS_SUPERVISIONE = { gruppo: 16, individuale: 15, organizzativa: 6, abitantiPerAs: 5000 } as const;

type Ambito = z.infer<typeof PoaAmbito>;

export interface PoaRow extends Ambito {
  asObiettivo: number;
  minimoIndividuale: number;
  /** The supervision hours meet the LEPS minima. */
  conforme: boolean;
  esito: string;
  motivi: string;
  /** Fewer social workers than one per 5,000 inhabitants: a different target, reported apart. */
  sottoObiettivoAs: boolean;
}

/**
 * Each Ambito's supervision hours against the LEPS minima, with the reasons it falls short, and,
 * apart, its social workers against the 1 per 5,000 inhabitants target (L. 178/2020, art. 1 c. 797).
 */
export function poaSummary(ambiti: Ambito[]) {
  const m = LEPS_SUPERVISIONE;
  const righe: PoaRow[] = ambiti.map((a) => {
    const asObiettivo = Math.ceil(a.abitanti / m.abitantiPerAs);
    const minimoIndividuale = m.individuale * a.gruppiSupervisione;
    const motivi: string[] = [];
    if (a.ore.gruppo < m.gruppo) motivi.push(`ore di gruppo ${a.ore.gruppo} su ${m.gruppo}`);
    if (a.ore.individuale < minimoIndividuale) motivi.push(`ore individuali ${a.ore.individuale} su ${minimoIndividuale}`);
    if (a.ore.organizzativa < m.organizzativa) motivi.push(`ore organizzative ${a.ore.organizzativa} su ${m.organizzativa}`);
    const conforme = motivi.length === 0;
    const sottoObiettivoAs = a.assistentiSociali < asObiettivo;
    return { ...a, asObiettivo, minimoIndividuale, conforme, esito: conforme ? 'conforme' : 'da integrare', motivi: motivi.join('; '), sottoObiettivoAs };
  });
  const sum = (f: (r: PoaRow) => number) => righe.reduce((s, r) => s + f(r), 0);
  const totale =
    righe.length > 1
      ? {
          ambiti: righe.length,
          conformi: righe.filter((r) => r.conforme).length,
          abitanti: sum((r) => r.abitanti),
          assistentiSociali: sum((r) => r.assistentiSociali),
          asObiettivo: sum((r) => r.asObiettivo),
          ore: { gruppo: sum((r) => r.ore.gruppo), individuale: sum((r) => r.ore.individuale), organizzativa: sum((r) => r.ore.organizzativa) },
        }
      : null;
  const byFonte = (f: string) => righe.filter((r) => r.fonte === f).length;
  const fonti = [
    byFonte('PNRR') && `PNRR (M5C2 1.1.4) per ${byFonte('PNRR')} Ambiti`,
    byFonte('FNPS') && `FNPS per ${byFonte('FNPS')} Ambiti`,
    byFonte('PNRR+FNPS') && `PNRR e FNPS insieme per ${byFonte('PNRR+FNPS')} Ambiti`,
  ]
    .filter(Boolean)
    .join(', ')
    .replace(/per 1 Ambiti/g, 'per 1 Ambito');
  return { minimi: m, righe, totale, fonti, nonConformi: righe.filter((r) => !r.conforme), sottoObiettivoAs: righe.filter((r) => r.sottoObiettivoAs) };
}

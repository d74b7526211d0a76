import { describe, expect, it } from 'vitest';
import { LEPS_SUPERVISIONE, poaSummary } from '../../shared/render/poa-summary.ts';
import { PoaAmbito } from '../../shared/render/letter-schemas.ts';

const ambito = (over: Record<string, unknown>) =>
  PoaAmbito.parse({ ambito: 'Ambito di prova', abitanti: 50_000, assistentiSociali: 10, ore: { gruppo: 16, individuale: 15, organizzativa: 6 }, fonte: 'FNPS', ...over });

describe('the POA summary against the LEPS minima', () => {
  it('finds an Ambito whose hours meet every minimum conforming', () => {
    const { righe } = poaSummary([ambito({})]);
    expect(righe[0]).toMatchObject({ conforme: true, esito: 'conforme', motivi: '' });
  });

  it('names each supervision minimum an Ambito misses, individual hours scaled by its groups', () => {
    const { righe } = poaSummary([ambito({ gruppiSupervisione: 2, ore: { gruppo: 12, individuale: 20, organizzativa: 6 } })]);
    expect(righe[0].conforme).toBe(false);
    expect(righe[0].motivi).toBe(`ore di gruppo 12 su ${LEPS_SUPERVISIONE.gruppo}; ore individuali 20 su ${LEPS_SUPERVISIONE.individuale * 2}`);
  });

  it('reports social workers under 1 per 5,000 inhabitants apart, without failing the supervision hours', () => {
    const { righe, sottoObiettivoAs, nonConformi } = poaSummary([ambito({ abitanti: 62_000, assistentiSociali: 11 })]);
    expect(righe[0]).toMatchObject({ conforme: true, asObiettivo: Math.ceil(62_000 / LEPS_SUPERVISIONE.abitantiPerAs), sottoObiettivoAs: true });
    expect(sottoObiettivoAs).toHaveLength(1);
    expect(nonConformi).toHaveLength(0);
  });
});

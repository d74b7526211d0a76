import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { campaignStatus } from '../../../shared/collect/campaign-status.ts';
import { exportCampaignCsv, exportCampaignXlsx, exportHeaders, type ExportField } from '../../../shared/collect/export-campaign.ts';
import { BODIES, CAMPAIGN, SUBMISSIONS } from './campaign-fixtures.ts';

const FIELDS: ExportField[] = [
  { name: 'anno', label: 'Anno' },
  { name: 'oreGruppo', label: 'Ore di supervisione di gruppo' },
  { name: 'quotaFnps', label: 'Quota FNPS (%)' },
  { name: 'dataAvvio', label: 'Data di avvio' },
  { name: 'supervisore', label: 'Supervisore' },
];

const values = {
  'ATS-A': { anno: 2026, oreGruppo: 16, quotaFnps: 37.5, dataAvvio: '2026-05-04', supervisore: 'Dott.ssa Maria Rossi, psicologa' },
  'ATS-B': { anno: 2026, oreGruppo: 20, supervisore: '=HYPERLINK("http://esempio.invalid","clic")' },
};
const submissions = SUBMISSIONS.map((s) => (s.bodyCode in values ? { ...s, values: values[s.bodyCode as keyof typeof values] } : s));
const status = campaignStatus(CAMPAIGN, BODIES, submissions, new Date('2026-04-02T10:00:00Z'));

const HEADERS = ['Codice', 'Denominazione', 'Regione', 'Stato', 'Versione', 'Ricevuto il', 'In ritardo', 'Esito', 'Motivi', 'Anno', 'Ore di supervisione di gruppo', 'Quota FNPS (%)', 'Data di avvio', 'Supervisore'];

describe('campaign export', () => {
  it('writes standard CSV: «,», no BOM, CRLF, RFC 4180 quoting, one row per body with the form’s fields', () => {
    // Act
    const bytes = exportCampaignCsv(status, FIELDS, 'standard');
    // Assess
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(HEADERS.join(','));
    const rows = parse(text, { relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(exportHeaders(FIELDS));
    expect(rows).toHaveLength(1 + BODIES.length);
    expect(rows[1]).toEqual(['ATS-A', 'Ambito A', 'Puglia', 'ricevuto', '1', '10/03/2026 10:00', 'no', 'accettato', '', '2026', '16', '37.5', '2026-05-04', 'Dott.ssa Maria Rossi, psicologa']);
    expect(rows[2].slice(3, 9)).toEqual(['ricevuto (con avvisi)', '1', '10/03/2026 23:30', 'no', 'accettato con avvisi', 'Avviso: Assistenti sociali: 6 per 41.000 abitanti, l’obiettivo è 1 ogni 5.000 (9)']);
    expect(rows[2][13]).toBe('=HYPERLINK("http://esempio.invalid","clic")'); // data as given: the standard dialect is for programs
    expect(rows[3].slice(3, 9)).toEqual(['rifiutato', '2', '13/03/2026 11:00', 'no', 'rifiutato', 'Errore: Ore di supervisione di gruppo: 12, il minimo è 16']);
    expect(rows[4].slice(3, 8)).toEqual(['in ritardo', '2', '01/04/2026 10:00', 'sì', 'accettato']);
    expect(rows[5]).toEqual(['ATS-E', 'Ambito E', 'Puglia', 'mancante', '', '', '', '', '', '', '', '', '', '']);
    expect(rows[6].slice(3, 8)).toEqual(['ricevuto (in lettura)', '1', '31/03/2026 23:00', 'no', 'in lettura']);
  });

  it('writes the CSV Italian Excel opens directly: «;», UTF-8 with BOM, decimal comma, dd/mm/yyyy, formulas kept as text', () => {
    const bytes = exportCampaignCsv(status, FIELDS, 'excel-it');

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(HEADERS.join(';'));
    const rows = parse(text, { delimiter: ';' }) as string[][];
    expect(rows[1]).toEqual(['ATS-A', 'Ambito A', 'Puglia', 'ricevuto', '1', '10/03/2026 10:00', 'no', 'accettato', '', '2026', '16', '37,5', '04/05/2026', 'Dott.ssa Maria Rossi, psicologa']);
    expect(rows[2][13]).toBe(`'=HYPERLINK("http://esempio.invalid","clic")`);
  });

  it('writes XLSX with numbers as numbers and dates as dates, read back cell by cell', async () => {
    // Act
    const xlsx = await exportCampaignXlsx(status, FIELDS);
    // Assess
    const sheet = await readSheet(xlsx);
    expect(sheet[0]).toEqual(HEADERS);
    expect(sheet).toHaveLength(1 + BODIES.length);
    const a = sheet[1];
    expect(a.slice(0, 4)).toEqual(['ATS-A', 'Ambito A', 'Puglia', 'ricevuto']);
    expect(a[4]).toBe(1);
    // Excel's dates have no zone: the cell holds Rome's wall clock, 10:00 on 10 March 2026.
    expect(a[5]).toEqual(new Date(Date.UTC(2026, 2, 10, 10, 0)));
    expect(a.slice(6, 9)).toEqual(['no', 'accettato', null]);
    expect(a.slice(9, 12)).toEqual([2026, 16, 37.5]);
    expect(a[12]).toEqual(new Date(Date.UTC(2026, 4, 4)));
    expect(a[13]).toBe('Dott.ssa Maria Rossi, psicologa');
    expect(sheet[2][13]).toBe('=HYPERLINK("http://esempio.invalid","clic")'); // a text cell, not a formula
    expect(sheet[3][8]).toBe('Errore: Ore di supervisione di gruppo: 12, il minimo è 16');
    expect(sheet[4].slice(3, 7)).toEqual(['in ritardo', 2, new Date(Date.UTC(2026, 3, 1, 10, 0)), 'sì']);
    expect(sheet[5]).toEqual(['ATS-E', 'Ambito E', 'Puglia', 'mancante', null, null, null, null, null, null, null, null, null, null]);
  });
});

import { PDFDocument } from 'pdf-lib';
import type { FormDefinition } from '../../../shared/collect/form-definition.ts';
import { formRegistry } from '../../../shared/collect/form-registry.ts';
import { renderForm, type FormBody, type FormCampaign } from '../../../shared/collect/render-form.ts';

/** Shared by the form tests: a body, a campaign, complete answers for each installed form, and a filler. */

export const body: FormBody = { code: 'ATS-FG-01', name: 'Ambito territoriale Alto Tavoliere (San Severo)' };
export const campaign: FormCampaign = { title: 'POA 2024 – Supervisione del personale dei servizi sociali', deadline: '2024-03-31', issuer: 'Regione Puglia – Sezione Inclusione sociale attiva' };

/** Answers that keep every rule of their form (the POA against 75,000 inhabitants and 15 assistenti sociali). */
export const answers: Record<string, Record<string, string | number>> = {
  'allegato-1-referente': {
    referenteNome: 'Antonella Tortorella',
    referenteRuolo: "Responsabile dell'Ufficio di Piano",
    referenteEnte: 'Comune di San Severo',
    referenteEmail: 'ufficiodipiano@comune.san-severo.fg.it',
    referenteTelefono: '0882 339606',
  },
  'allegato-2-ricognizione': {
    dataRiferimento: '2023-03-31',
    asTempoPieno: 12,
    asTempoParziale: 3,
    asTempoIndeterminato: 10,
    educatori: 6,
    psicologi: 2,
    amministrativi: 4,
    ossAltro: 1,
    altriProfili: 'Mediatore culturale',
    note: 'Due posti di assistente sociale in corso di copertura',
  },
  'poa-supervisione': {
    anno: 2024,
    fonte: 'entrambe',
    quotaPnrr: 60,
    quotaFnps: 40,
    orePnrr: 22,
    oreFnps: 15,
    assistentiSociali: 15,
    gruppi: 1,
    oreGruppo: 16,
    oreIndividuale: 15,
    oreOrganizzativa: 6,
    supervisore: 'Dott.ssa Maria Rossi',
    modalitaScelta: 'avviso-pubblico',
    dataInizio: '2024-02-01',
    dataFine: '2024-11-30',
  },
};
export const poaContext = { population: 75_000, assistentiSociali: 15 };

export const form = (id: string): FormDefinition => formRegistry().get(id);

/** A value as a person types it in the PDF: "60 %", "01/02/2024", an option's label. */
export function typed(def: FormDefinition, name: string, value: string | number): string {
  const field = def.fields.find((f) => f.name === name)!;
  if (field.type === 'choice') return field.options!.find((o) => o.value === value)!.label;
  if (field.type === 'date') return String(value).split('-').reverse().join('/');
  if (field.type === 'percentage') return `${String(value).replace('.', ',')} %`;
  return String(value);
}

/** The form rendered for `body`, filled in with pdf-lib as a person would, optionally flattened. */
export async function filledForm(def: FormDefinition, values: Record<string, string | number>, opts: { flatten?: boolean; raw?: Record<string, string> } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await renderForm(def, body, campaign));
  const pdfForm = doc.getForm();
  for (const [name, value] of Object.entries(values)) {
    const field = def.fields.find((f) => f.name === name)!;
    if (field.type === 'choice') pdfForm.getDropdown(name).select(typed(def, name, value));
    else pdfForm.getTextField(name).setText(typed(def, name, value));
  }
  for (const [name, text] of Object.entries(opts.raw ?? {})) pdfForm.getTextField(name).setText(text);
  if (opts.flatten) pdfForm.flatten();
  return doc.save();
}

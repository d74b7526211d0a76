import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { TEMPLATE_SCHEMAS, type TemplateName } from './letter-schemas.ts';

/** What a person reads when choosing a template; a new template adds a line here and its schema. */
const DESCRIPTIONS: Record<TemplateName, { titolo: string; descrizione: string }> = {
  lettera: { titolo: 'Lettera', descrizione: 'Lettera protocollata in uscita, con oggetto, destinatari, testo e firme.' },
  convocazione: { titolo: 'Convocazione', descrizione: 'Convocazione di una riunione: data, ora, luogo o collegamento, ordine del giorno.' },
  sollecito: { titolo: 'Sollecito', descrizione: 'Sollecito di un adempimento scaduto, con la nuova scadenza.' },
  'riepilogo-poa': { titolo: 'Riepilogo POA', descrizione: 'Riepilogo dei Piani Operativi Analitici degli Ambiti per la supervisione del personale.' },
};

export interface TemplateEntry {
  name: TemplateName;
  titolo: string;
  descrizione: string;
  /** The input's JSON Schema (draft 2020-12), generated from the zod schema that validates it. */
  schema: unknown;
  /** A complete example input (templates/examples/<name>.json). */
  esempio: unknown;
}

let catalog: TemplateEntry[] | null = null;

/** Every template with its form's schema and example, for a form generated from the schema. */
export function templateCatalog(): TemplateEntry[] {
  catalog ??= (Object.keys(TEMPLATE_SCHEMAS) as TemplateName[]).map((name) => ({
    name,
    ...DESCRIPTIONS[name],
    schema: z.toJSONSchema(TEMPLATE_SCHEMAS[name], { io: 'input', unrepresentable: 'any' }),
    esempio: JSON.parse(readFileSync(new URL(`../../templates/examples/${name}.json`, import.meta.url), 'utf8')),
  }));
  return catalog;
}

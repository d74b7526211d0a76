import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FormDefinition } from './form-definition.ts';
import { FormDefinitionError, UnknownFormError } from './errors.ts';

/** The forms an installation offers: every `<id>.json` of a folder, parsed and checked. */
export interface FormRegistry {
  /** The folder the definitions were read from. */
  readonly dir: string;
  /** @throws UnknownFormError */
  get(id: string): FormDefinition;
  has(id: string): boolean;
  /** Every definition, by id. */
  list(): FormDefinition[];
}

/** `templates/forms/`, or `$CARTEGGIO_TEMPLATES_DIR/forms` in a deployed bundle (as for the letters' templates). */
export function defaultFormsDir(): string {
  return process.env.CARTEGGIO_TEMPLATES_DIR ? join(process.env.CARTEGGIO_TEMPLATES_DIR, 'forms') : fileURLToPath(new URL('../../templates/forms/', import.meta.url));
}

/**
 * Reads every `*.json` of `dir` as a form definition: a new form is a new file and nothing else.
 * Each file must be named after its id. One broken file stops the loading with its name and every
 * problem it has (FormDefinitionError): a form that half works is worse than one that is refused.
 */
export function loadFormRegistry(dir: string = defaultFormsDir()): FormRegistry {
  const forms = new Map<string, FormDefinition>();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const path = join(dir, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new FormDefinitionError(path, [`not valid JSON: ${(err as Error).message}`]);
    }
    const parsed = FormDefinition.safeParse(json);
    if (!parsed.success) throw new FormDefinitionError(path, parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)));
    if (`${parsed.data.id}.json` !== file) throw new FormDefinitionError(path, [`the file of form "${parsed.data.id}" must be named ${parsed.data.id}.json`]);
    forms.set(parsed.data.id, parsed.data);
  }
  return {
    dir,
    get(id) {
      const def = forms.get(id);
      if (!def) throw new UnknownFormError(id, [...forms.keys()]);
      return def;
    },
    has: (id) => forms.has(id),
    list: () => [...forms.values()],
  };
}

let installed: FormRegistry | null = null;

/** The installation's forms (defaultFormsDir), read once per process. */
export function formRegistry(): FormRegistry {
  installed ??= loadFormRegistry();
  return installed;
}

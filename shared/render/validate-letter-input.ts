import { TEMPLATE_SCHEMAS, type TemplateName } from './letter-schemas.ts';
import { italianIssue, italianIssues } from './italian-issues.ts';

export type LetterInput<T extends TemplateName> = ReturnType<(typeof TEMPLATE_SCHEMAS)[T]['parse']>;

export type Validation<T extends TemplateName> = { ok: true; value: LetterInput<T> } | { ok: false; errors: string[] };

/** Checks a template's input against its schema: every problem listed, in Italian, with where it is. */
export function validateLetterInput<T extends TemplateName>(template: T, data: unknown): Validation<T> {
  const parsed = TEMPLATE_SCHEMAS[template].safeParse(data, { error: italianIssue });
  if (parsed.success) return { ok: true, value: parsed.data as LetterInput<T> };
  return { ok: false, errors: italianIssues(parsed.error) };
}

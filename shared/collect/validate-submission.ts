import { fieldsInLayoutOrder, valuesSchema, type FormDefinition, type FormValues } from './form-definition.ts';
import { rulesFor, type SubmissionContext, type SubmissionRule } from './submission-rules.ts';

export type SubmissionOutcome = 'accepted' | 'accepted_with_warnings' | 'rejected';

export interface SubmissionReason {
  /** The field concerned, when one. */
  field?: string;
  severity: 'error' | 'warning';
  /** Italian, for the person who filled in the form: what was found, what is due. */
  message: string;
  /** The domain rule that found it (none for the form's own schema). */
  rule?: string;
}

export interface SubmissionValidation {
  outcome: SubmissionOutcome;
  reasons: SubmissionReason[];
}

/**
 * Checks an answer against its form: first the schema derived from the definition (types, ranges,
 * required fields), then the domain rules that apply to the form (submission-rules.ts). Any error
 * rejects the answer; warnings alone accept it with warnings. Rules run on the fields the schema
 * found valid, so one answer lists every problem at once, schema and rules together, and a rule
 * never reasons on a value the schema refused. Reasons come in the form's order, schema first.
 */
export function validateSubmission(
  def: FormDefinition,
  values: Record<string, unknown>,
  context: SubmissionContext = {},
  rules: readonly SubmissionRule[] = rulesFor(def.id),
): SubmissionValidation {
  const reasons: SubmissionReason[] = [];
  const invalid = new Set<string>();
  const parsed = valuesSchema(def).safeParse(values);
  let valid: FormValues;
  if (parsed.success) valid = parsed.data;
  else {
    const order = new Map(fieldsInLayoutOrder(def).map((f, i) => [f.name, i]));
    const issues = [...parsed.error.issues].sort((a, b) => (order.get(String(a.path[0])) ?? -1) - (order.get(String(b.path[0])) ?? -1));
    for (const issue of issues) {
      const field = issue.path.length ? String(issue.path[0]) : undefined;
      if (field) invalid.add(field);
      reasons.push({ ...(field ? { field } : {}), severity: 'error', message: issue.message });
    }
    // The fields the schema did accept, as given (blank is no answer).
    valid = {};
    for (const f of def.fields) {
      const v = values[f.name];
      if (invalid.has(f.name) || v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      if (typeof v === 'string' || typeof v === 'number') valid[f.name] = typeof v === 'string' ? v.trim() : v;
    }
  }

  for (const rule of rules) {
    const fields = rule.forms[def.id];
    if (!fields || fields.some((f) => invalid.has(f))) continue;
    // A required field missing is already a schema error (so in `invalid`); an optional one may be absent.
    for (const finding of rule.check(valid, context, def.id)) reasons.push({ ...finding, rule: rule.id });
  }

  const unique = reasons.filter((r, i) => reasons.findIndex((o) => o.message === r.message) === i);
  const outcome: SubmissionOutcome = unique.some((r) => r.severity === 'error') ? 'rejected' : unique.length ? 'accepted_with_warnings' : 'accepted';
  return { outcome, reasons: unique };
}

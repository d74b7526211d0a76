import type { ExtractedFields, Extraction } from '../records/extracted-fields.ts';
import type { FieldCorrection } from '../records/field-correction.ts';

/**
 * The fields as the archive shows them: the extracted ones with, for each field, the latest correction
 * applied (latest by `at`; among equal instants, the first in the list, which stores give newest first).
 * Null for a document without extraction (rejected): corrections alone make no fields.
 */
export function effectiveFields(extraction: Extraction | null, corrections: FieldCorrection[]): ExtractedFields | null {
  if (!extraction) return null;
  const fields = structuredClone(extraction.fields) as Record<keyof ExtractedFields, unknown>;
  for (const c of latestCorrections(corrections).values()) fields[c.field] = structuredClone(c.after);
  return fields as ExtractedFields;
}

/** For each corrected field, its latest correction. */
export function latestCorrections(corrections: FieldCorrection[]): Map<keyof ExtractedFields, FieldCorrection> {
  const latest = new Map<keyof ExtractedFields, FieldCorrection>();
  for (const c of corrections) {
    const seen = latest.get(c.field);
    if (!seen || Date.parse(c.at) > Date.parse(seen.at)) latest.set(c.field, c);
  }
  return latest;
}

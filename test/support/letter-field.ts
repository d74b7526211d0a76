import { extractFields } from '../../shared/extract/extract-fields.ts';
import { letterPages } from './letter-pages.ts';

/** A field of the extraction, by its name in LABELS.md. */
export type Field = keyof ReturnType<typeof extractFields>['fields'];

/** One field of a letter written as text (its pages split by a line "---page---", see letterPages), as the extractor reads it. */
export function letterField(text: string, field: Field) {
  return extractFields(letterPages(...text.split('\n---page---\n'))).fields[field];
}

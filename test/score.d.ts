declare module '*/shared/eval/score.mjs' {
  export const FIELDS: string[];
  export function loadDocs(labelsDir: string, predsDir: string): unknown[];
  /** Per field: precision, recall, F1; list fields also count tp / predicted / expected. */
  export function score(docs: unknown[]): {
    documents: number;
    overall: number;
    fields: Record<string, { kind: 'scalar' | 'list'; precision: number; recall: number; f1: number; predicted?: number; expected?: number; total?: number; correct?: number }>;
  };
}

declare module '*/shared/eval/score.mjs' {
  export function loadDocs(labelsDir: string, predsDir: string): unknown[];
  export function score(docs: unknown[]): { documents: number; overall: number };
}

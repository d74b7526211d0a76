import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 compile each regular expression straight to machine code on its first use, for the whole
 * process (the reader's workers too: V8's flags are the process's).
 *
 * Why: by default V8 first compiles a pattern to bytecode for its interpreter, then compiles it again
 * to machine code on its second use. The extractor has hundreds of patterns and a document runs most
 * of them once or twice, so a process's first document paid for both compilations and ran in the slow
 * interpreter besides: 125 ms then 33 ms for the first two extractions of a one-page letter, against
 * 69 ms then 1.3 ms with this flag (measured on Node 20; warm, both ~1 ms; `npm run bench:cli`, step 2, prints
 * the whole CLI's one-page time). Patterns compiled before the call keep their tier; those are few at import time,
 * since V8 compiles a literal only when it first runs.
 */
export function compileRulesNatively(): void {
  setFlagsFromString('--no-regexp-tier-up');
}

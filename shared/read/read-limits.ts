import { z } from 'zod';

/** Caps applied to every file read; each one turns a hostile or runaway PDF into a recorded rejection. */
export const ReadLimits = z.object({
  maxBytes: z.number().int().positive().default(100 * 1024 * 1024),
  maxPages: z.number().int().positive().default(1000),
  maxDecompressedBytes: z.number().int().positive().default(512 * 1024 * 1024),
  maxSeconds: z.number().positive().default(120),
  maxMemoryMb: z.number().int().positive().default(768),
  ocr: z.boolean().default(true),
  ocrMaxPages: z.number().int().nonnegative().default(50),
});
export type ReadLimits = z.infer<typeof ReadLimits>;
export const defaultReadLimits: ReadLimits = ReadLimits.parse({});

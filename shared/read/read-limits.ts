import * as z from 'zod';

/** Caps applied to every file read; each one turns a hostile or runaway PDF into a recorded rejection. */
export const ReadLimits = z.object({
  maxBytes: z.number().int().positive().default(100 * 1024 * 1024),
  maxPages: z.number().int().positive().default(1000),
  maxDecompressedBytes: z.number().int().positive().default(512 * 1024 * 1024),
  /**
   * One stream, once inflated: pdf.js holds a stream whole while it reads it (in a buffer that grows
   * by doubling), outside the JavaScript heap and its cap, so this bounds the reader's memory. A
   * 600 dpi A4 colour scan is ~100 MB; office content streams are a few MB.
   */
  maxStreamBytes: z.number().int().positive().default(128 * 1024 * 1024),
  maxSeconds: z.number().positive().default(120),
  maxMemoryMb: z.number().int().positive().default(768),
  ocr: z.boolean().default(true),
  ocrMaxPages: z.number().int().nonnegative().default(50),
});
export type ReadLimits = z.infer<typeof ReadLimits>;
export const defaultReadLimits: ReadLimits = ReadLimits.parse({});

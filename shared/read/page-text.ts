import { z } from 'zod';

/** A run of text separated from its neighbours on the same line by a wide gap (a column or table cell). */
export const Segment = z.object({ x: z.number(), end: z.number(), text: z.string() });
export type Segment = z.infer<typeof Segment>;

/** One printed line, in reading order. `text` joins segments with a tab, so column gaps stay visible. */
export const Line = z.object({
  page: z.number().int().positive(),
  index: z.number().int().nonnegative(),
  x: z.number(),
  y: z.number(),
  size: z.number(),
  /** Space above the line beyond the page's ordinary line spacing, in font sizes: ~0.6 is a blank line. */
  gapBefore: z.number(),
  text: z.string(),
  segments: z.array(Segment),
  ocr: z.boolean().optional(),
});
export type Line = z.infer<typeof Line>;

export const PageText = z.object({
  page: z.number().int().positive(),
  width: z.number(),
  height: z.number(),
  ocr: z.boolean(),
  lines: z.array(Line),
});
export type PageText = z.infer<typeof PageText>;

/** What reading a PDF found besides its text: these are recorded, never acted upon. */
export const PdfFacts = z.object({
  pageCount: z.number().int().nonnegative(),
  encryption: z.enum(['none', 'owner-password-only']),
  hasJavaScript: z.boolean(),
  ocrPages: z.array(z.number().int()),
  title: z.string().nullable(),
  producer: z.string().nullable(),
});
export type PdfFacts = z.infer<typeof PdfFacts>;

export const ReadResult = z.object({ facts: PdfFacts, pages: z.array(PageText) });
export type ReadResult = z.infer<typeof ReadResult>;

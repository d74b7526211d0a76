import * as z from 'zod';

/** A run of text separated from its neighbours on the same line by a wide gap (a column or table cell). */
export const Segment = z.object({ x: z.number(), end: z.number(), text: z.string() });
export type Segment = z.infer<typeof Segment>;

/**
 * Where a line's text comes from when not (only) from the page's text: an annotation's appearance
 * (a protocol stamp), a filled form field's value, text drawn vertically in the margin, an XFA form,
 * a picture on the page read by OCR (a letterhead printed as an image).
 */
export const LineOrigin = z.enum(['annotation', 'form-field', 'vertical', 'xfa', 'picture']);
export type LineOrigin = z.infer<typeof LineOrigin>;

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
  origins: z.array(LineOrigin).optional(),
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

/** Something a reader repaired, or a person should check, recorded with the document. */
export const ReadNote = z.object({
  code: z.string(),
  /** The page concerned, when one. */
  page: z.number().int().positive().optional(),
  /** Italian, for the person reading the record. */
  message: z.string(),
});
export type ReadNote = z.infer<typeof ReadNote>;

/**
 * Who signed the file: a CAdES envelope (.p7m) it came in, or a PAdES signature in the PDF. The
 * signature is checked against the content (`integrity`); the certificate chain is not (`chain`).
 * Fields after signingTime were added later: records read earlier lack them (see verify-cms.ts).
 */
export const Signer = z.object({
  name: z.string().nullable(),
  issuer: z.string().nullable(),
  signingTime: z.string().nullable(),
  kind: z.enum(['CAdES', 'PAdES']).optional(),
  /** From the certificate subject's serialNumber (`TINIT-…`), when it is an Italian fiscal code. */
  fiscalCode: z.string().nullable().optional(),
  /** Whether signingTime (or, without one, the time of reading) is within the certificate's validity. */
  certificateValidAtSigning: z.boolean().nullable().optional(),
  integrity: z.enum(['verificata', 'non-valida', 'non-verificabile']).optional(),
  chain: z.literal('integrity checked, chain not verified').optional(),
  /** A countersignature: it signs another signer's signature. */
  countersignature: z.boolean().optional(),
});
export type Signer = z.infer<typeof Signer>;

/** What reading a PDF found besides its text: these are recorded, never acted upon. */
export const PdfFacts = z.object({
  pageCount: z.number().int().nonnegative(),
  encryption: z.enum(['none', 'owner-password-only']),
  hasJavaScript: z.boolean(),
  ocrPages: z.array(z.number().int()),
  title: z.string().nullable(),
  producer: z.string().nullable(),
  // Added with reader version 2: records read earlier lack them and read as empty.
  signers: z.array(Signer).default([]),
  /** What was repaired or unwrapped to read the file (a .p7m opened, a missing %%EOF, a scan turned). */
  repairs: z.array(ReadNote).default([]),
  /** What a person should check: text read by OCR in place of an undecodable layer, a page left unread. */
  warnings: z.array(ReadNote).default([]),
  /** Documents a message carried (a PEC's attachments), each ingested as a document of its own under `key`. */
  attachments: z.array(z.object({ fileName: z.string(), key: z.string(), size: z.number().int().nonnegative() })).default([]),
  /** The reader that read the file: `carteggio reprocess --older` reads again what an older one read. */
  readerVersion: z.number().int().positive().default(1),
});
export type PdfFacts = z.infer<typeof PdfFacts>;

export const ReadResult = z.object({ facts: PdfFacts, pages: z.array(PageText) });
export type ReadResult = z.infer<typeof ReadResult>;

import * as z from 'zod';
import { TemplateName } from '../render/letter-schemas.ts';

const ObjectRef = z.object({ bucket: z.string(), key: z.string() });

/** An outgoing letter: its protocol entry, what it was made from, and where its files are. */
export const LetterRecord = z.object({
  id: z.string(),
  template: TemplateName,
  /** SHA-256 of the validated input: the same request twice is recognisable. */
  inputHash: z.string().regex(/^[0-9a-f]{64}$/),
  protocol: z.object({ codiceIpa: z.string(), codiceAoo: z.string(), numero: z.string().regex(/^\d{7}$/), data: z.string(), anno: z.number().int() }),
  oggetto: z.string(),
  destinatari: z.array(z.object({ nome: z.string(), pec: z.string().nullable() })),
  fromDocumentId: z.string().nullable(),
  outputs: z.object({ pdf: ObjectRef, eml: ObjectRef, segnatura: ObjectRef }),
  pdfSha256: z.string(),
  pages: z.number().int().positive(),
  emlBytes: z.number().int().positive(),
  warnings: z.array(z.string()),
  /**
   * Whether the segnatura carries the AOO's electronic seal (XAdES baseline B, the ds:Signature that
   * AgID's schema requires), and in Italian what that means for whoever sends it. Older records lack it.
   */
  sigilloSegnatura: z.object({ apposto: z.boolean(), nota: z.string() }).optional(),
  createdAt: z.string().datetime(),
});
export type LetterRecord = z.infer<typeof LetterRecord>;

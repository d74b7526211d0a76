import * as z from 'zod';
import { TemplateName } from '../render/letter-schemas.ts';

/**
 * A protocol number taken for a letter that could not be completed (storage failed after numbering,
 * or the run died and the sweep found its reservation: "generazione interrotta"). The number is never
 * reused nor silently skipped: as with a registration annulled under DPR 445/2000 art. 54, the
 * register keeps it with the reason.
 */
export const AnnulledRegistration = z.object({
  id: z.string(),
  /** The template the number was taken for; absent when the reservation did not say (a number taken by a tool). */
  template: TemplateName.optional(),
  protocol: z.object({ codiceIpa: z.string(), numero: z.string().regex(/^\d{7}$/), data: z.string(), anno: z.number().int() }),
  oggetto: z.string(),
  motivo: z.string(),
  annullataIl: z.string().datetime(),
});
export type AnnulledRegistration = z.infer<typeof AnnulledRegistration>;

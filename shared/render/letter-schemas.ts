import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'data nel formato AAAA-MM-GG')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T12:00:00Z`)) && new Date(`${d}T12:00:00Z`).toISOString().startsWith(d), 'data inesistente nel calendario');
const time = z.string().regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, 'ora nel formato HH:MM');
/** "9.00" → "09:00", so two times compare as text. */
const clock = (t: string) => t.replace('.', ':').padStart(5, '0');
const text = (what: string) => z.string({ error: `${what}: testo obbligatorio` }).trim().min(1, `${what}: non può essere vuoto`);

/** The sending body, as its letterhead and its protocol register know it. */
export const SenderProfile = z.object({
  ente: text('ente'),
  righeIntestazione: z.array(z.string()).default([]),
  ufficio: z.string().optional(),
  indirizzo: text('indirizzo'),
  pec: z.email('pec: indirizzo non valido'),
  email: z.email('email: indirizzo non valido').optional(),
  telefono: z.string().optional(),
  codiceIpa: text('codiceIpa').regex(/^[A-Za-z0-9_]+$/, 'codiceIpa: solo lettere, cifre e _'),
  codiceAoo: text('codiceAoo'),
  /** A PNG or JPEG logo, as a path relative to the data file or a data: URL. */
  logo: z.string().optional(),
});
export type SenderProfile = z.infer<typeof SenderProfile>;

export const Addressee = z.object({
  nome: text('destinatario'),
  righe: z.array(z.string()).default([]),
  pec: z.email('pec del destinatario non valida').optional(),
  /** The addressee's IPA code, when it is an administration: the segnatura then names it as one. */
  codiceIpa: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'codiceIpa del destinatario: solo lettere, cifre, _ . -').optional(),
});
export type Addressee = z.infer<typeof Addressee>;

export const Signer = z.object({ ruolo: text('ruolo del firmatario'), nome: text('nome del firmatario'), titolo: z.string().optional() });

/** What every letter has: who writes, to whom, about what, who signs. */
export const LetterBase = z.object({
  mittente: SenderProfile,
  luogo: text('luogo'),
  data: isoDate.optional(),
  oggetto: text('oggetto'),
  destinatari: z.array(Addressee).min(1, 'destinatari: almeno un destinatario'),
  perConoscenza: z.array(Addressee).default([]),
  riferimento: z.object({ protocollo: text('protocollo di riferimento'), data: isoDate, oggetto: z.string().optional() }).optional(),
  firmatari: z.array(Signer).min(1, 'firmatari: almeno un firmatario'),
  allegati: z.array(z.string()).default([]),
  /** Where the letter is filed in the sender's filing plan (titolario): "Titolo VII.Classe 3". */
  classifica: z.object({ codice: text('codice di classifica'), denominazione: text('denominazione della classifica') }).optional(),
});

export const LetteraInput = LetterBase.extend({
  /** Plain text; a blank line separates paragraphs. */
  corpo: text('corpo'),
});

export const ConvocazioneInput = LetterBase.extend({
  premessa: z.string().optional(),
  scadenze: z.array(z.object({ data: isoDate, adempimento: text('adempimento') })).default([]),
  riunione: z
    .object({
      data: isoDate,
      ora: time,
      modalita: text('modalità'),
      link: z.url('link non valido').optional(),
      secondaConvocazione: z.object({ data: isoDate, ora: time }).optional(),
      ordineDelGiorno: z.array(text('punto all’ordine del giorno')).min(1, 'ordine del giorno: almeno un punto'),
    })
    .refine((r) => !r.secondaConvocazione || `${r.secondaConvocazione.data} ${clock(r.secondaConvocazione.ora)}` > `${r.data} ${clock(r.ora)}`, {
      message: 'la seconda convocazione deve seguire la prima',
      path: ['secondaConvocazione'],
    }),
});

export type ConvocazioneInput = z.infer<typeof ConvocazioneInput>;

export const SollecitoInput = LetterBase.extend({
  adempimento: text('adempimento'),
  scadenzaOriginale: isoDate,
  nuovaScadenza: isoDate,
}).refine((s) => s.nuovaScadenza > s.scadenzaOriginale, { message: 'deve essere successiva alla scadenza originale', path: ['nuovaScadenza'] });
export type SollecitoInput = z.infer<typeof SollecitoInput>;

/** One Ambito's POA for the LEPS "supervisione del personale dei servizi sociali". */
export const PoaAmbito = z.object({
  ambito: text('ambito'),
  abitanti: z.number().int().positive('abitanti: numero positivo'),
  assistentiSociali: z.number().nonnegative('assistenti sociali: numero non negativo'),
  gruppiSupervisione: z.number().int().positive().default(1),
  ore: z.object({
    gruppo: z.number().nonnegative(),
    individuale: z.number().nonnegative(),
    organizzativa: z.number().nonnegative(),
  }),
  fonte: z.enum(['PNRR', 'FNPS', 'PNRR+FNPS'], { error: 'fonte: PNRR, FNPS oppure PNRR+FNPS' }),
});

export const RiepilogoPoaInput = LetterBase.extend({
  anno: z.number().int().min(2021).max(2100),
  ambiti: z.array(PoaAmbito).min(1, 'ambiti: almeno un Ambito'),
  note: z.string().optional(),
});

export const TEMPLATE_SCHEMAS = {
  lettera: LetteraInput,
  convocazione: ConvocazioneInput,
  sollecito: SollecitoInput,
  'riepilogo-poa': RiepilogoPoaInput,
} as const;
export type TemplateName = keyof typeof TEMPLATE_SCHEMAS;
export const TemplateName = z.enum(Object.keys(TEMPLATE_SCHEMAS) as [TemplateName, ...TemplateName[]]);

import * as z from 'zod';

const isoDate = z
  .string()
  .max(10, 'data nel formato AAAA-MM-GG')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'data nel formato AAAA-MM-GG')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T12:00:00Z`)) && new Date(`${d}T12:00:00Z`).toISOString().startsWith(d), 'data inesistente nel calendario');
const time = z.string().max(5, 'ora nel formato HH:MM').regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, 'ora nel formato HH:MM');
/** "9.00" → "09:00", so two times compare as text. */
const clock = (t: string) => t.replace('.', ':').padStart(5, '0');
/**
 * How long each kind of text may be, in characters: generous for any real letter, and a bound on the
 * work a single request can ask of the typesetter (a letter at every maximum renders in under 2 seconds:
 * `node --import tsx test/bench/letter-worst-bench.ts`).
 */
export const LIMITS = {
  /** A name: a body, an office, a person, an addressee, an Ambito, a place. */
  nome: 150,
  /** One line of a letterhead or of an address, a signer's role. */
  riga: 200,
  /** The subject, a deadline's task, an item of the agenda, an attachment's description. */
  oggetto: 500,
  /** The body of a letter: some six pages of text. */
  corpo: 20_000,
  /** An introduction, or notes after a table. */
  premessa: 5_000,
  /** A code: IPA, AOO, filing plan, protocol number, telephone, a title. */
  codice: 60,
  /** RFC 5321: an address is at most 254 characters. */
  email: 254,
  url: 2_000,
  /** A logo as a data: URL (base64 of some 350 KB of PNG or JPEG) or an object key. */
  logo: 500_000,
  /** Lines of a letterhead, or of an addressee under its name. */
  righe: 5,
  destinatari: 50,
  perConoscenza: 50,
  firmatari: 4,
  allegati: 30,
  scadenze: 30,
  ordineDelGiorno: 30,
  /** The Ambiti of a region (Lombardia has 91, the most). */
  ambiti: 150,
} as const;

const tooLong = (what: string, max: number) => `${what}: al massimo ${max.toLocaleString('it-IT')} caratteri`;
const tooMany = (what: string, max: number) => `${what}: al massimo ${max.toLocaleString('it-IT')} voci`;
/** A value missing is said once, the same way everywhere; a value of another type says what was due. */
const typeError = (what: string, due: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'campo obbligatorio mancante' : `${what}: deve essere ${due}`);
const text = (what: string, max: number = LIMITS.nome) =>
  z.string({ error: typeError(what, 'un testo') }).trim().min(1, `${what}: non può essere vuoto`).max(max, tooLong(what, max));
/** A text that may be empty or missing. */
const optText = (what: string, max: number = LIMITS.nome) => z.string({ error: typeError(what, 'un testo') }).max(max, tooLong(what, max));
const list = <T extends z.ZodTypeAny>(what: string, item: T, max: number) => z.array(item, { error: typeError(what, 'un elenco') }).max(max, tooMany(what, max));
const email = (message: string) => z.email(message).max(LIMITS.email, tooLong('indirizzo', LIMITS.email));

/** The sending body, as its letterhead and its protocol register know it. */
export const SenderProfile = z.object({
  ente: text('ente'),
  righeIntestazione: list('righe di intestazione', optText('riga di intestazione', LIMITS.riga), LIMITS.righe).default([]),
  ufficio: optText('ufficio').optional(),
  indirizzo: text('indirizzo', LIMITS.riga),
  pec: email('pec: indirizzo non valido'),
  email: email('email: indirizzo non valido').optional(),
  telefono: optText('telefono', LIMITS.codice).optional(),
  codiceIpa: text('codiceIpa', LIMITS.codice).regex(/^[A-Za-z0-9_]+$/, 'codiceIpa: solo lettere, cifre e _'),
  codiceAoo: text('codiceAoo', LIMITS.codice),
  /** A PNG or JPEG logo, as a path relative to the data file or a data: URL. */
  logo: optText('logo', LIMITS.logo).optional(),
});
export type SenderProfile = z.infer<typeof SenderProfile>;

export const Addressee = z.object({
  nome: text('destinatario'),
  righe: list('righe del destinatario', optText('riga del destinatario', LIMITS.riga), LIMITS.righe).default([]),
  pec: email('pec del destinatario non valida').optional(),
  /** The addressee's IPA code, when it is an administration: the segnatura then names it as one. */
  codiceIpa: optText('codiceIpa del destinatario', LIMITS.codice).regex(/^[A-Za-z0-9_.-]+$/, 'codiceIpa del destinatario: solo lettere, cifre, _ . -').optional(),
});
export type Addressee = z.infer<typeof Addressee>;

export const Signer = z.object({ ruolo: text('ruolo del firmatario', LIMITS.riga), nome: text('nome del firmatario'), titolo: optText('titolo del firmatario', LIMITS.codice).optional() });

/** What every letter has: who writes, to whom, about what, who signs. */
export const LetterBase = z.object({
  mittente: SenderProfile,
  luogo: text('luogo'),
  data: isoDate.optional(),
  oggetto: text('oggetto', LIMITS.oggetto),
  destinatari: list('destinatari', Addressee, LIMITS.destinatari).min(1, 'destinatari: almeno un destinatario'),
  perConoscenza: list('per conoscenza', Addressee, LIMITS.perConoscenza).default([]),
  riferimento: z
    .object({ protocollo: text('protocollo di riferimento', LIMITS.codice), data: isoDate, oggetto: optText('oggetto di riferimento', LIMITS.oggetto).optional() })
    .optional(),
  firmatari: list('firmatari', Signer, LIMITS.firmatari).min(1, 'firmatari: almeno un firmatario'),
  allegati: list('allegati', optText('allegato', LIMITS.oggetto), LIMITS.allegati).default([]),
  /** Where the letter is filed in the sender's filing plan (titolario): "Titolo VII.Classe 3". */
  classifica: z.object({ codice: text('codice di classifica', LIMITS.codice), denominazione: text('denominazione della classifica', LIMITS.riga) }).optional(),
});

export const LetteraInput = LetterBase.extend({
  /** Plain text; a blank line separates paragraphs. */
  corpo: text('corpo', LIMITS.corpo),
});

export const ConvocazioneInput = LetterBase.extend({
  premessa: optText('premessa', LIMITS.premessa).optional(),
  scadenze: list('scadenze', z.object({ data: isoDate, adempimento: text('adempimento', LIMITS.oggetto) }), LIMITS.scadenze).default([]),
  riunione: z
    .object({
      data: isoDate,
      ora: time,
      modalita: text('modalità', LIMITS.riga),
      link: z.url('link non valido').max(LIMITS.url, tooLong('link', LIMITS.url)).optional(),
      secondaConvocazione: z.object({ data: isoDate, ora: time }).optional(),
      ordineDelGiorno: list('ordine del giorno', text('punto all’ordine del giorno', LIMITS.oggetto), LIMITS.ordineDelGiorno).min(1, 'ordine del giorno: almeno un punto'),
    })
    .refine((r) => !r.secondaConvocazione || `${r.secondaConvocazione.data} ${clock(r.secondaConvocazione.ora)}` > `${r.data} ${clock(r.ora)}`, {
      message: 'la seconda convocazione deve seguire la prima',
      path: ['secondaConvocazione'],
    }),
});

export type ConvocazioneInput = z.infer<typeof ConvocazioneInput>;

export const SollecitoInput = LetterBase.extend({
  adempimento: text('adempimento', LIMITS.oggetto),
  scadenzaOriginale: isoDate,
  nuovaScadenza: isoDate,
}).refine((s) => s.nuovaScadenza > s.scadenzaOriginale, { message: 'deve essere successiva alla scadenza originale', path: ['nuovaScadenza'] });
export type SollecitoInput = z.infer<typeof SollecitoInput>;

/** One Ambito's POA for the LEPS "supervisione del personale dei servizi sociali". */
export const PoaAmbito = z.object({
  ambito: text('ambito'),
  abitanti: z.number().int().positive('abitanti: numero positivo').max(100_000_000, 'abitanti: numero non plausibile'),
  assistentiSociali: z.number().nonnegative('assistenti sociali: numero non negativo').max(1_000_000, 'assistenti sociali: numero non plausibile'),
  gruppiSupervisione: z.number().int().positive().max(10_000, 'gruppi di supervisione: numero non plausibile').default(1),
  ore: z.object({
    gruppo: z.number().nonnegative().max(1_000_000, 'ore: numero non plausibile'),
    individuale: z.number().nonnegative().max(1_000_000, 'ore: numero non plausibile'),
    organizzativa: z.number().nonnegative().max(1_000_000, 'ore: numero non plausibile'),
  }),
  fonte: z.enum(['PNRR', 'FNPS', 'PNRR+FNPS'], { error: 'fonte: PNRR, FNPS oppure PNRR+FNPS' }),
});

export const RiepilogoPoaInput = LetterBase.extend({
  anno: z.number().int().min(2021).max(2100),
  ambiti: list('ambiti', PoaAmbito, LIMITS.ambiti).min(1, 'ambiti: almeno un Ambito'),
  note: optText('note', LIMITS.premessa).optional(),
});

export const TEMPLATE_SCHEMAS = {
  lettera: LetteraInput,
  convocazione: ConvocazioneInput,
  sollecito: SollecitoInput,
  'riepilogo-poa': RiepilogoPoaInput,
} as const;
export type TemplateName = keyof typeof TEMPLATE_SCHEMAS;
export const TemplateName = z.enum(Object.keys(TEMPLATE_SCHEMAS) as [TemplateName, ...TemplateName[]]);

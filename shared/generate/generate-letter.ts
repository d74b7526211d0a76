import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import * as z from 'zod';
import type { ObjectStore } from '../storage/object-store.ts';
import type { DocumentStore } from '../storage/document-store.ts';
import type { LetterStore } from '../storage/letter-store.ts';
import { registerYear, type ProtocolRegister, type Reservation } from '../register/protocol-register.ts';
import { romeDate } from '../calendar/rome-date.ts';
import type { LetterRecord } from '../records/letter-record.ts';
import type { AnnulledRegistration } from '../records/annulled-registration.ts';
import type { DocumentRecord } from '../records/document-record.ts';
import { LIMITS, TemplateName, type ConvocazioneInput, type SollecitoInput } from '../render/letter-schemas.ts';
import { validateLetterInput } from '../render/validate-letter-input.ts';
import { renderLetter } from '../render/render-letter.ts';
import { buildEml, pecSizeLimit } from '../pec/build-eml.ts';
import { buildSegnatura } from '../pec/build-segnatura.ts';
import { formatItalianDate } from '../extract/italian-dates.ts';

/** What a caller asks for (CLI, API): a template, the new data, optionally a document to start from. */
export const GenerateRequest = z.object({
  template: z.enum(TemplateName.options, {
    error: (i) => (i.input === undefined ? 'campo obbligatorio mancante' : `modello sconosciuto: i modelli sono ${TemplateName.options.join(', ')}`),
  }),
  data: z.record(z.string(), z.unknown(), { error: (i) => (i.input === undefined ? 'campo obbligatorio mancante' : 'deve essere un oggetto JSON con i dati della lettera') }),
  fromDocumentId: z.string().regex(/^[0-9a-f]{64}$/, 'l’id di un documento è la sua impronta SHA-256: 64 cifre esadecimali minuscole').optional(),
});
export type GenerateRequest = z.infer<typeof GenerateRequest>;

export interface GenerateDeps {
  objects: ObjectStore;
  documents: DocumentStore;
  letters: LetterStore;
  register: ProtocolRegister;
  outputsBucket: string;
  /** The clock: the protocol date and the register's year are this instant's date in Europe/Rome. */
  now?: () => Date;
  /** Where a problem that does not reach the caller is told (an annulment that could not be written). */
  log?: GenerateLog;
  /** Pauses between attempts to write an annulment (ms); the default waits 100 ms, then 400 ms. */
  annulmentRetryDelays?: number[];
  /** Reads a logo named in the sender profile. */
  loadLogo?: (ref: string) => Promise<{ bytes: Uint8Array; type: 'png' | 'jpg' } | undefined>;
  /**
   * The AOO's electronic seal: returns the segnatura with its XAdES baseline B ds:Signature. Absent
   * (no seal certificate configured), the segnatura is written without it and the record says so.
   */
  sealSegnatura?: (segnatura: string) => Promise<string>;
  /** Typesets the letter: renderLetter itself, or the same on a thread of its own (a server that also answers reads). */
  render?: typeof renderLetter;
}

/** What the record says of a segnatura written without the AOO's seal. */
export const UNSEALED_NOTE =
  'Segnatura non sigillata: manca il sigillo elettronico XAdES (ds:Signature) dell’AOO, che lo schema AgID richiede. ' +
  'Nessun certificato di sigillo è configurato in Carteggio: la segnatura va sigillata con il servizio di sigillo dell’AOO prima dell’invio.';
const SEALED_NOTE = 'Segnatura sigillata con il sigillo elettronico dell’AOO (XAdES baseline B).';

/** The part of a logger generation uses: Powertools' Logger fits, and so does the console. */
export interface GenerateLog {
  warn(message: string, details: Record<string, unknown>): void;
  error(message: string, details: Record<string, unknown>): void;
}

const consoleLog: GenerateLog = {
  warn: (message, details) => console.warn(JSON.stringify({ level: 'WARN', message, ...details })),
  error: (message, details) => console.error(JSON.stringify({ level: 'ERROR', message, ...details })),
};

export interface GeneratedLetter {
  record: LetterRecord;
  pdf: Uint8Array;
  eml: Buffer;
  segnatura: string;
}

/** The input did not pass the template's schema: nothing was generated, no number was taken. */
export class LetterInputError extends Error {
  constructor(readonly errors: string[]) {
    super(`Dati non validi per la lettera:\n${errors.map((e) => `- ${e}`).join('\n')}`);
    this.name = 'LetterInputError';
  }
}

/**
 * Generates one letter: pre-fills from a known document, validates, takes the next protocol number,
 * renders the PDF/A, builds the PEC message and the segnatura, stores all three and records them.
 */
export async function generateLetter(request: GenerateRequest, deps: GenerateDeps): Promise<GeneratedLetter> {
  const now = (deps.now ?? (() => new Date()))();
  const source = request.fromDocumentId ? await deps.documents.getDocument(request.fromDocumentId) : null;
  if (request.fromDocumentId && !source) throw new LetterInputError([`fromDocumentId: nessun documento con id ${request.fromDocumentId}`]);
  const data = source ? prefill(request.template, source, request.data) : request.data;
  const valid = validateLetterInput(request.template, data);
  if (!valid.ok) throw new LetterInputError(valid.errors);
  const input = valid.value;
  // The protocol date is the day in Rome, not in UTC: 00:30 on 1 January is already the new year.
  const today = romeDate(now);
  const date = input.data ?? today;

  // Whatever can fail on the input (a logo that does not decode) fails here, before a number is taken.
  const logo = input.mittente.logo && deps.loadLogo ? await deps.loadLogo(input.mittente.logo) : undefined;
  if (logo && !(await decodes(logo))) throw new LetterInputError([`mittente.logo: l’immagine non è un ${logo.type.toUpperCase()} leggibile`]);

  // The number is taken together with its reservation: from here on, whatever happens, the register
  // accounts for it — as this letter, as an annulment with its reason, or (if this process dies) as a
  // reservation that the sweep annuls ("generazione interrotta").
  const protocol = await deps.register.reserve(input.mittente.codiceIpa, registerYear(today), { template: request.template, oggetto: input.oggetto }, now);
  const id = protocol.id;
  try {
    return await completeLetter();
  } catch (err) {
    // The number is taken and stays taken: the register records why it has no letter. If the store
    // itself is down, the original error is still the one the caller must see; the annulment that
    // could not be written is logged, with all it should have said, and the reservation left open
    // is annulled by the next sweep.
    await annul(deps, {
      id,
      template: request.template,
      protocol: { codiceIpa: input.mittente.codiceIpa, numero: protocol.numero, data: today, anno: protocol.anno },
      oggetto: input.oggetto,
      motivo: `Lettera non completata: ${(err as Error)?.message ?? String(err)}`.slice(0, 1000),
      annullataIl: new Date().toISOString(),
    }, protocol);
    throw err;
  }

  // Rendering, the PEC package and storage: any failure here annuls the number taken above.
  async function completeLetter(): Promise<GeneratedLetter> {
    const stamp = { numero: protocol.numero, data: today };
    const rendered = await (deps.render ?? renderLetter)(request.template, { ...input, data: date } as never, stamp, { logo, date: now });

    const pdfSha = createHash('sha256').update(rendered.pdf).digest();
    const base = `${protocol.numero}`;
    const addressees = [...input.destinatari, ...input.perConoscenza];
    const segnatura = buildSegnatura({
      codiceAmministrazione: input.mittente.codiceIpa,
      codiceAoo: input.mittente.codiceAoo,
      codiceRegistro: 'REG_PROT',
      numero: protocol.numero,
      data: today,
      oggetto: input.oggetto,
      classifica: input.classifica ?? UNCLASSIFIED,
      mittente: { denominazione: input.mittente.ente, pec: input.mittente.pec },
      destinatari: [
        ...input.destinatari.map((d) => ({ ...segnaturaAddressee(d), perConoscenza: false })),
        ...input.perConoscenza.map((d) => ({ ...segnaturaAddressee(d), perConoscenza: true })),
      ],
      documento: { nome: `${base}.pdf`, mimeType: 'application/pdf', sha256: pdfSha },
    });
    const sealed = deps.sealSegnatura ? await deps.sealSegnatura(segnatura) : segnatura;
    const to = input.destinatari.flatMap((d) => (d.pec ? [d.pec] : []));
    const cc = input.perConoscenza.flatMap((d) => (d.pec ? [d.pec] : []));
    const eml = await buildEml({
      from: { name: input.mittente.ufficio ? `${input.mittente.ente} – ${input.mittente.ufficio}` : input.mittente.ente, address: input.mittente.pec },
      to,
      cc,
      subject: `Prot. n. ${protocol.numero} del ${formatItalianDate(today)} – ${input.oggetto}`,
      text: emailText(input.oggetto, protocol.numero, today, input.mittente.ente),
      attachments: [
        { filename: `${base}.pdf`, content: rendered.pdf, contentType: 'application/pdf' },
        { filename: 'Segnatura.xml', content: sealed, contentType: 'application/xml' },
      ],
      date: now,
      messageId: `<${protocol.numero}.${protocol.anno}.${input.mittente.codiceIpa}@carteggio.local>`,
    });

    const warnings: string[] = pastDates(input as Parameters<typeof pastDates>[0], date);
    if (rendered.unprintable.length) {
      warnings.push(`Caratteri non disponibili nel carattere tipografico, stampati con un sostituto: ${rendered.unprintable.map((c) => `«${c}» (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}.`);
    }
    if (!to.length) warnings.push('Nessun destinatario ha un indirizzo PEC: il messaggio .eml non ha destinatari.');
    const limit = pecSizeLimit(to.length + cc.length);
    if (eml.length > limit) {
      warnings.push(`Il messaggio pesa ${(eml.length / 1048576).toFixed(1)} MB: oltre i ${(limit / 1048576).toFixed(1)} MB che i gestori PEC accettano per ${to.length + cc.length} destinatari.`);
    }

    const prefix = `letters/${input.mittente.codiceIpa}/${protocol.anno}/${base}`;
    const outputs = {
      pdf: { bucket: deps.outputsBucket, key: `${prefix}.pdf` },
      eml: { bucket: deps.outputsBucket, key: `${prefix}.eml` },
      segnatura: { bucket: deps.outputsBucket, key: `${prefix}.segnatura.xml` },
    };
    await Promise.all([
      deps.objects.put(outputs.pdf.bucket, outputs.pdf.key, rendered.pdf, 'application/pdf'),
      deps.objects.put(outputs.eml.bucket, outputs.eml.key, eml, 'message/rfc822'),
      deps.objects.put(outputs.segnatura.bucket, outputs.segnatura.key, sealed, 'application/xml'),
    ]);
    const record: LetterRecord = {
      id,
      template: request.template,
      inputHash: createHash('sha256').update(JSON.stringify(input)).digest('hex'),
      protocol: { codiceIpa: input.mittente.codiceIpa, codiceAoo: input.mittente.codiceAoo, numero: protocol.numero, data: today, anno: protocol.anno },
      oggetto: input.oggetto,
      destinatari: addressees.map((d) => ({ nome: d.nome, pec: d.pec ?? null })),
      fromDocumentId: request.fromDocumentId ?? null,
      outputs,
      pdfSha256: pdfSha.toString('hex'),
      pages: rendered.pages,
      emlBytes: eml.length,
      warnings,
      sigilloSegnatura: deps.sealSegnatura ? { apposto: true, nota: SEALED_NOTE } : { apposto: false, nota: UNSEALED_NOTE },
      createdAt: now.toISOString(),
    };
    await deps.letters.putLetter(record);
    await confirm(deps, protocol, record.id);
    return { record, pdf: rendered.pdf, eml, segnatura: sealed };
  }
}

/**
 * Writes the annulment of a number, trying again after a pause when the store fails. A write that
 * failed on the way back (the item is there, the answer was lost) is recognised by reading it, so the
 * conditional put's refusal on the retry is not taken for a failure. Every failure is logged; the last
 * with the whole entry, since then nothing else records that the number was taken.
 */
async function annul(deps: GenerateDeps, entry: AnnulledRegistration, reservation: Reservation): Promise<void> {
  const log = deps.log ?? consoleLog;
  const delays = deps.annulmentRetryDelays ?? [100, 400];
  const close = () =>
    deps.register.markAnnulled(reservation, entry.motivo, reservation.token).catch((err) =>
      // The annulment is written: the register's entry still says reserved, and the sweep will close it.
      log.warn('prenotazione del numero non chiusa dopo l’annullamento', { id: entry.id, errore: (err as Error)?.message ?? String(err) }),
    );
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.letters.putAnnulled(entry);
      if (attempt > 1) log.warn('annullamento del numero registrato dopo nuovi tentativi', { id: entry.id, tentativi: attempt });
      await close();
      return;
    } catch (err) {
      const already = await deps.letters.getAnnulled(entry.id).catch(() => null);
      if (already) {
        await close();
        return;
      }
      const cause = (err as Error)?.message ?? String(err);
      if (attempt > delays.length) {
        log.error('annullamento del numero NON registrato: il numero risulta preso senza lettera né annullamento', { id: entry.id, tentativi: attempt, errore: cause, annullamento: entry });
        return;
      }
      log.warn('annullamento del numero non registrato, nuovo tentativo', { id: entry.id, tentativo: attempt, errore: cause });
      await new Promise((ok) => setTimeout(ok, delays[attempt - 1]));
    }
  }
}

/**
 * The letter's record is written: its reservation becomes the letter. If the reservation was annulled
 * meanwhile (this run outlived the sweep's limit, and its number was declared interrupted), the letter
 * is taken back, so a number is never both a letter and an annulment; the caller is told to retry.
 * If the register cannot be reached, the letter stands: the sweep finds it and closes its reservation.
 */
async function confirm(deps: GenerateDeps, reservation: Reservation, id: string): Promise<void> {
  let confirmed: boolean;
  try {
    confirmed = await deps.register.markLetter(reservation, reservation.token);
  } catch (err) {
    (deps.log ?? consoleLog).warn('prenotazione del numero non chiusa: la chiuderà la verifica periodica', { id, errore: (err as Error)?.message ?? String(err) });
    return;
  }
  if (confirmed) return;
  await deps.letters.deleteLetter(id);
  throw new Error(`Il numero ${reservation.numero} è stato annullato perché la generazione ha superato il tempo massimo: la lettera non è stata registrata, ripetere la richiesta.`);
}

async function decodes(image: { bytes: Uint8Array; type: 'png' | 'jpg' }): Promise<boolean> {
  try {
    const doc = await PDFDocument.create();
    await (image.type === 'png' ? doc.embedPng(image.bytes) : doc.embedJpg(image.bytes));
    return true;
  } catch {
    return false;
  }
}

/** The schema wants a title of the filing plan; a letter given none says so, rather than invent one. */
const UNCLASSIFIED = { codice: '0', denominazione: 'Non classificato' };

function segnaturaAddressee(d: { nome: string; righe: string[]; pec?: string; codiceIpa?: string }) {
  return { denominazione: [d.nome, ...d.righe].join(' '), pec: d.pec, codiceIpa: d.codiceIpa };
}

/**
 * What an ingested document already tells a reply: the reference "Rif. nota prot. n. … del …", its
 * subject, and (for a reminder) its first deadline. Values the user supplies win.
 */
export function prefill(template: TemplateName, doc: DocumentRecord, data: Record<string, unknown>): Record<string, unknown> {
  const f = doc.extraction?.fields;
  if (!f) return data;
  const out: Record<string, unknown> = {};
  const refDate = f.protocol?.date ?? f.documentDate;
  // What a document says is cut to what a letter may hold: a subject read from a PDF is no reason to refuse the letter.
  const subject = f.subject ? clip(f.subject, LIMITS.oggetto - 'Riscontro – '.length) : undefined;
  if (f.protocol?.number && refDate) out.riferimento = { protocollo: clip(f.protocol.number, LIMITS.codice), data: refDate, ...(subject ? { oggetto: subject } : {}) };
  if (subject) out.oggetto = template === 'sollecito' ? `Sollecito – ${subject}` : `Riscontro – ${subject}`;
  if (template === 'sollecito' && f.deadlines[0]) out.scadenzaOriginale = f.deadlines[0].date;
  return { ...out, ...data };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}

/** Dates the letter asks its readers to meet that are already past on the letter's own date. */
function pastDates(input: Partial<Pick<ConvocazioneInput, 'riunione' | 'scadenze'> & Pick<SollecitoInput, 'nuovaScadenza'>>, letterDate: string): string[] {
  const dates = [
    ...(input.riunione ? [{ what: 'La riunione', on: input.riunione.data }] : []),
    ...(input.scadenze ?? []).map((s) => ({ what: `La scadenza «${s.adempimento}»`, on: s.data })),
    ...(input.nuovaScadenza ? [{ what: 'La nuova scadenza', on: input.nuovaScadenza }] : []),
  ];
  return dates
    .filter((d) => d.on < letterDate)
    .map((d) => `${d.what} (${formatItalianDate(d.on)}) è anteriore alla data della lettera (${formatItalianDate(letterDate)}).`);
}

function emailText(oggetto: string, numero: string, data: string, ente: string): string {
  return [
    'Si trasmette in allegato la nota indicata in oggetto.',
    '',
    `Protocollo n. ${numero} del ${formatItalianDate(data)}`,
    `Oggetto: ${oggetto}`,
    '',
    'Il file Segnatura.xml allegato riporta i dati di protocollo e l’impronta SHA-256 del documento.',
    '',
    ente,
  ].join('\n');
}

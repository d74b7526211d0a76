import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';
import { addDays, romeDate, typedDate } from '../../shared/calendar/rome-date.ts';
import { ArchiveQuery, forgetSearchIndexes, listArchive } from '../../shared/archive/list-archive.ts';
import { agendaOutside, archiveAgenda } from '../../shared/archive/archive-agenda.ts';
import { agendaCalendar } from '../../shared/archive/agenda-calendar.ts';
import { bodyPrefix, shelveDocument } from '../../shared/archive/shelve-document.ts';
import { correctField } from '../../shared/archive/correct-field.ts';
import { effectiveFields } from '../../shared/archive/effective-fields.ts';
import { fieldsToReview } from '../../shared/archive/fields-to-review.ts';
import { listLetterRegister } from '../../shared/storage/dynamo-letter-register.ts';
import { DynamoLetterStore } from '../../shared/storage/dynamo-letter-store.ts';
import { italianIssues } from '../../shared/render/italian-issues.ts';
import { callerOf, type Caller } from '../http/caller.ts';
import { json } from '../http/json-response.ts';
import { requestIdOf } from '../http/request-id.ts';
import { errorAnswer } from '../http/error-answer.ts';
import { jsonBody, publicOrigin } from '../http/request-parts.ts';
import { powertools } from '../observability/powertools.ts';
import { archiveDeps, type ArchiveDeps } from './archive-deps.ts';

const { logger } = powertools('carteggio-archive');

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Answer = APIGatewayProxyStructuredResultV2;

/**
 * The archive: what a body received (list, search, a document with its fields and corrections,
 * uploads), its agenda (deadlines, meetings, iCalendar) and its register of letters. Every route
 * reads only the caller's body: a document another body holds answers 404, as one that does not exist.
 */
export const handler = async (event: Event): Promise<Answer> => {
  const requestId = requestIdOf(event);
  try {
    if (event.routeKey === 'GET /calendar/{token}') return await calendarFeed(event, archiveDeps());
    const caller = callerOf(event);
    if (!caller) return json(401, { errore: 'Autenticazione richiesta.' });
    if (!caller.roles.length || !caller.codiceIpa) return json(403, { errore: 'Utente senza ruolo o senza ente: serve un gruppo (ministero, regione o ambito) e il codice IPA dell’ente.' });
    const route = ROUTES[event.routeKey];
    if (!route) return json(404, { errore: `Percorso sconosciuto: ${event.routeKey}` });
    return await route(event, { ...caller, codiceIpa: caller.codiceIpa.toLowerCase() }, archiveDeps());
  } catch (err) {
    return errorAnswer(err, requestId, logger, { route: event.routeKey });
  }
};

type Route = (event: Event, caller: Caller & { codiceIpa: string }, deps: ArchiveDeps) => Promise<Answer>;

const DocumentId = z.string().toLowerCase().regex(/^[0-9a-f]{64}$/, { error: 'l’id di un documento è la sua impronta SHA-256: 64 cifre esadecimali' });

const ROUTES: Record<string, Route> = {
  'GET /me': async (_e, caller) => json(200, caller),

  'GET /documents': async (event, caller, deps) => {
    const query = ArchiveQuery.safeParse(event.queryStringParameters ?? {});
    if (!query.success) return json(400, { errore: 'Filtri non validi.', dettagli: italianIssues(query.error) });
    return json(200, await listArchive(deps.shelves, caller.codiceIpa, query.data, romeDate()));
  },

  'GET /documents/{id}': async (event, caller, deps) => {
    const id = DocumentId.safeParse(event.pathParameters?.id);
    if (!id.success) return json(400, { errore: 'L’id di un documento è la sua impronta SHA-256: 64 cifre esadecimali.' });
    const doc = (await deps.shelves.holds(caller.codiceIpa, id.data)) ? await deps.documents.getDocument(id.data) : null;
    if (!doc) return notFound(id.data);
    const [receipts, corrections] = await Promise.all([deps.documents.listReceipts(doc.id), deps.corrections.listCorrections(doc.id)]);
    const links = {
      original: await deps.downloadUrl(doc.original.bucket, doc.original.key, doc.fileName),
      text: doc.text ? await deps.downloadUrl(doc.text.bucket, doc.text.key) : null,
      plainText: doc.text ? await deps.downloadUrl(doc.text.bucket, doc.text.key.replace(/\.json$/, '.txt'), doc.fileName.replace(/\.[^.]*$/, '') + '.txt') : null,
    };
    const ownReceipts = receipts.filter((r) => r.key.startsWith(bodyPrefix(caller.codiceIpa)) || !r.key.startsWith('enti/'));
    // Each name it arrived under may hold other contents, earlier or later: the versions of that file, as far as this body holds them.
    const versions = [];
    for (const r of new Map(ownReceipts.map((x) => [`${x.bucket}/${x.key}`, x])).values()) {
      for (const v of await deps.documents.listKeyVersions(r.bucket, r.key)) {
        if (v.documentId === doc.id || (await deps.shelves.holds(caller.codiceIpa, v.documentId))) versions.push({ key: v.key, documentId: v.documentId, receivedAt: v.receivedAt, current: v.documentId === doc.id });
      }
    }
    return json(200, { document: doc, receipts: ownReceipts, versions, fields: effectiveFields(doc.extraction, corrections), corrections, review: fieldsToReview(doc.extraction, corrections), links });
  },

  'PUT /documents/{id}/fields/{field}': async (event, caller, deps) => {
    const id = DocumentId.safeParse(event.pathParameters?.id);
    if (!id.success || !(await deps.shelves.holds(caller.codiceIpa, id.data))) return notFound(String(event.pathParameters?.id ?? ''));
    const body = parseBody(event);
    if (!body.ok) return json(400, { errore: 'Il corpo della richiesta non è JSON valido.' });
    const input = z.object({ value: z.unknown(), motivo: z.string().max(500).nullable().optional() }).safeParse(body.value);
    if (!input.success) return json(400, { errore: 'Serve { "value": …, "motivo"?: "…" }.', dettagli: italianIssues(input.error) });
    const result = await correctField(deps, { documentId: id.data, field: String(event.pathParameters?.field ?? ''), value: input.data.value, user: caller.user, motivo: input.data.motivo ?? null });
    // Every shelf holding the document lists it as corrected (filters, agenda, search).
    const doc = await deps.documents.getDocument(id.data);
    if (doc) for (const body of await deps.shelves.holders(doc.id)) await shelveDocument(doc, body, { ...deps, corrections: result.corrections });
    forgetSearchIndexes();
    return json(200, result);
  },

  'POST /uploads': async (event, caller, deps) => {
    const body = parseBody(event);
    const input = UploadRequest.safeParse(body.ok ? body.value : undefined);
    if (!input.success) return json(400, { errore: 'Caricamento non valido.', dettagli: italianIssues(input.error) });
    if (input.data.size > deps.config.limits.maxBytes) return json(413, { errore: `Il file supera il limite di ${Math.round(deps.config.limits.maxBytes / 1024 / 1024)} MB.` });
    const key = `${bodyPrefix(caller.codiceIpa)}web/${romeDate()}/${randomUUID()}/${safeFileName(input.data.fileName)}`;
    const url = await deps.uploadUrl(deps.config.inboxBucket, key, input.data.contentType);
    return json(201, { url, method: 'PUT', headers: { 'content-type': input.data.contentType }, key });
  },

  'GET /uploads/status': async (event, caller, deps) => {
    const key = event.queryStringParameters?.key ?? '';
    if (!key.startsWith(bodyPrefix(caller.codiceIpa))) return json(404, { errore: 'Nessun caricamento con questa chiave per il proprio ente.' });
    const versions = await deps.documents.listKeyVersions(deps.config.inboxBucket, key);
    const newest = versions.at(-1);
    if (!newest) return json(200, { stato: 'in-attesa' });
    const doc = await deps.documents.getDocument(newest.documentId);
    if (!doc) return json(200, { stato: 'in-attesa' });
    return json(200, doc.status === 'extracted' ? { stato: 'acquisito', documentId: doc.id } : { stato: 'rifiutato', documentId: doc.id, motivo: doc.rejection?.message ?? 'Motivo non registrato.' });
  },

  'GET /deadlines': async (event, caller, deps) => {
    const range = agendaRange(event);
    if (!range) return json(400, { errore: 'from e to: date esistenti, nel formato GG/MM/AAAA o AAAA-MM-GG.' });
    return json(200, await archiveAgenda(deps.shelves, caller.codiceIpa, range.from, range.to));
  },

  'GET /deadlines/outside': async (event, caller, deps) => {
    const range = agendaRange(event);
    if (!range) return json(400, { errore: 'from e to: date esistenti, nel formato GG/MM/AAAA o AAAA-MM-GG.' });
    return json(200, await agendaOutside(deps.shelves, caller.codiceIpa, range.from, range.to));
  },

  'GET /deadlines.ics': async (event, caller, deps) => {
    const range = agendaRange(event);
    if (!range) return json(400, { errore: 'from e to: date esistenti, nel formato GG/MM/AAAA o AAAA-MM-GG.' });
    return calendarAnswer(await archiveAgenda(deps.shelves, caller.codiceIpa, range.from, range.to), caller.codiceIpa, event);
  },

  'GET /calendar-feed': async (event, caller, deps) => {
    const token = await deps.feeds.tokenFor(caller.user, caller.codiceIpa);
    return json(200, { url: `${publicOrigin(event)}/calendar/${token}` });
  },

  'GET /letters': async (event, caller, deps) => {
    const lines = await listLetterRegister(deps.dynamo, deps.config.table, caller.codiceIpa, event.queryStringParameters?.text);
    const limit = Math.min(Math.max(Number(event.queryStringParameters?.limit ?? 50) || 50, 1), 200);
    const offset = Number(/^o(\d+)$/.exec(event.queryStringParameters?.cursor ?? '')?.[1] ?? 0);
    return json(200, { items: lines.slice(offset, offset + limit), next: offset + limit < lines.length ? `o${offset + limit}` : null });
  },

  'GET /letters/{id}/files': async (event, caller, deps) => {
    const letter = await new DynamoLetterStore(deps.dynamo, deps.config.table).getLetter(String(event.pathParameters?.id ?? ''));
    if (!letter || letter.protocol.codiceIpa.toLowerCase() !== caller.codiceIpa) return json(404, { errore: 'Nessuna lettera con questo id nel registro del proprio ente.' });
    const base = `${letter.protocol.codiceIpa}-${letter.protocol.anno}-${letter.protocol.numero}`;
    const o = letter.outputs;
    return json(200, {
      pdf: await deps.downloadUrl(o.pdf.bucket, o.pdf.key, `${base}.pdf`),
      eml: await deps.downloadUrl(o.eml.bucket, o.eml.key, `${base}.eml`),
      segnatura: await deps.downloadUrl(o.segnatura.bucket, o.segnatura.key, `${base}-segnatura.xml`),
    });
  },
};

const UploadRequest = z.object({
  fileName: z.string().min(1, { error: 'nome del file mancante' }).max(255, { error: 'nome del file oltre 255 caratteri' }),
  size: z.number().int().positive({ error: 'il file è vuoto' }),
  contentType: z.enum(['application/pdf', 'message/rfc822', 'application/pkcs7-mime', 'application/octet-stream'], { error: 'sono accettati PDF, messaggi PEC (.eml) e file firmati (.p7m)' }),
});

/** A file name fit for the last segment of a key: no separators or controls, at most 120 bytes. */
function safeFileName(name: string): string {
  const clean = name.replace(/[\\/\p{Cc}]+/gu, '_').trim() || 'documento.pdf';
  let out = clean;
  while (Buffer.byteLength(out) > 120) out = out.slice(0, -1);
  return out;
}

function notFound(id: string): Answer {
  return json(404, { errore: `Nessun documento con id ${id.slice(0, 64)} nell’archivio del proprio ente.` });
}

function parseBody(event: Event): { ok: true; value: unknown } | { ok: false } {
  const value = jsonBody(event);
  return value === undefined ? { ok: false } : { ok: true, value };
}

/** Days the agenda covers when the query gives no end. */
export const DEADLINES_AHEAD_DAYS = 30;

function agendaRange(event: Event): { from: string; to: string } | null {
  const { from, to } = deadlineRange(event.queryStringParameters?.from, event.queryStringParameters?.to, new Date());
  return from && to ? { from, to } : null;
}

/**
 * The period an agenda covers: by default from today in Rome (not in UTC: at 00:30 Rome time the day
 * is already the next one) to DEADLINES_AHEAD_DAYS later. A date that is not in the calendar gives null.
 */
export function deadlineRange(fromText: string | undefined, toText: string | undefined, now: Date): { from: string | null; to: string | null } {
  const from = fromText === undefined ? romeDate(now) : typedDate(fromText);
  const to = toText === undefined ? (from ? addDays(from, DEADLINES_AHEAD_DAYS) : null) : typedDate(toText);
  return { from, to };
}



function calendarAnswer(items: Awaited<ReturnType<typeof archiveAgenda>>, body: string, event: Event): Answer {
  const text = agendaCalendar(items, { name: `Scadenze e riunioni – ${body}`, documentUrl: (id) => `${publicOrigin(event)}/documento.html?id=${id}` });
  return { statusCode: 200, headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="scadenze-${body}.ics"` }, body: text };
}

/** GET /calendar/{token}: the subscribable feed; the secret in the address is the only credential. */
async function calendarFeed(event: Event, deps: ArchiveDeps): Promise<Answer> {
  const token = String(event.pathParameters?.token ?? '').replace(/\.ics$/, '');
  const body = await deps.feeds.bodyOf(token);
  if (!body) return json(404, { errore: 'Calendario inesistente o revocato.' });
  const today = romeDate();
  return calendarAnswer(await archiveAgenda(deps.shelves, body, addDays(today, -30), addDays(today, 365)), body, event);
}

import type { DocumentRecord } from '../records/document-record.ts';
import type { Line, PageText } from '../read/page-text.ts';
import { READER_VERSION } from '../read/reader-version.ts';
import { extractFields } from '../extract/extract-fields.ts';
import { formatItalianDate } from '../extract/italian-dates.ts';
import { romeDate } from '../calendar/rome-date.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { readPecMessage } from './pec-message.ts';
import type { ObjectArrival } from './ingest-object.ts';

/**
 * An e-mail or PEC message that arrived as a file (a ".eml" saved from the mail client): the message
 * is a document of its own (its sender, recipients, date, subject and text), and each document it
 * carries (PDF, .p7m, forwarded .eml) is put beside it in the same bucket, under
 * "<key>.allegati/NN-<name>", where its arrival ingests it like any upload. Nothing it carries is lost.
 */
export async function messageIntoRecord(
  id: string,
  bytes: Uint8Array,
  arrival: ObjectArrival,
  known: Pick<DocumentRecord, 'fileName' | 'original' | 'receivedAt'>,
  objects: ObjectStore,
  now: () => Date,
  /** false when the message is read again (reprocessing): its attachments were put the first time. */
  putAttachments = true,
): Promise<DocumentRecord> {
  const t0 = performance.now();
  const message = await readPecMessage(bytes);
  const attachments: { fileName: string; key: string; size: number }[] = [];
  for (const [i, a] of message.attachments.entries()) {
    const key = `${arrival.key}.allegati/${String(i + 1).padStart(2, '0')}-${safeName(a.fileName)}`;
    if (putAttachments) await objects.put(arrival.bucket, key, a.content, a.contentType);
    attachments.push({ fileName: a.fileName, key, size: a.content.length });
  }
  const texts = [
    `Da: ${message.from ?? '—'}`,
    ...(message.to.length ? [`A: ${message.to.join(', ')}`] : []),
    ...(message.date ? [`Data: ${formatItalianDate(romeDate(new Date(message.date)))}`] : []),
    ...(message.subject ? [`Oggetto: ${message.subject}`] : []),
    '',
    ...message.text.split(/\r?\n/),
    '',
    ...(attachments.length ? [`Allegati: ${attachments.map((a) => a.fileName).join(', ')}`] : []),
  ];
  const pages: PageText[] = [{ page: 1, width: 595, height: 842, ocr: false, lines: linesOf(texts) }];
  return {
    id,
    status: 'extracted',
    rejection: null,
    ...known,
    size: bytes.length,
    text: null,
    facts: {
      pageCount: 1,
      encryption: 'none',
      hasJavaScript: false,
      ocrPages: [],
      title: message.subject,
      producer: null,
      signers: [],
      repairs: [{ code: message.certified ? 'pec-message' : 'email-message', message: `${message.certified ? 'messaggio PEC' : 'messaggio di posta'}: ${plural(attachments.length)} acquisiti come documenti a sé` }],
      warnings: [],
      attachments,
      readerVersion: READER_VERSION,
    },
    extraction: extractFields(pages),
    readerVersion: READER_VERSION,
    processedAt: now().toISOString(),
    durationMs: Math.round(performance.now() - t0),
  };
}

function plural(n: number): string {
  return n === 1 ? '1 allegato' : `${n} allegati`;
}

/** A file name the sender chose, safe as one key segment: no slashes, no control characters, at most 180 bytes. */
function safeName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f/\\]/g, '_').trim() || 'allegato';
  let out = '';
  for (const ch of clean) {
    if (Buffer.byteLength(out + ch) > 180) break;
    out += ch;
  }
  return out;
}

function linesOf(texts: string[]): Line[] {
  const lines: Line[] = [];
  let gap = 0;
  for (const text of texts) {
    if (!text.trim()) {
      gap = 1;
      continue;
    }
    const y = 800 - lines.length * 14;
    lines.push({ page: 1, index: lines.length, x: 56, y, size: 11, gapBefore: gap, text: text.trim(), segments: [{ x: 56, end: 56 + text.length * 5.5, text: text.trim() }] });
    gap = 0;
  }
  return lines;
}

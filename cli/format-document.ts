import type { DocumentRecord, KeyVersion, Receipt } from '../shared/records/document-record.ts';
import type { Extraction } from '../shared/records/extracted-fields.ts';
import { formatItalianDate } from '../shared/extract/italian-dates.ts';
import { READER_VERSION } from '../shared/read/reader-version.ts';
import { romeDateTimeText } from '../shared/calendar/rome-date.ts';

const it = (iso: string | null | undefined) => (iso ? formatItalianDate(iso.slice(0, 10)) : '—');
/** An instant as the office reads it: dd/mm/yyyy hh:mm in Europe/Rome, whatever the machine's time zone. */
const when = (iso: string) => romeDateTimeText(new Date(iso));
const ORIGINS: Record<string, string> = { annotation: 'da un’annotazione', 'form-field': 'da un campo del modulo', vertical: 'testo verticale a margine', xfa: 'dal modulo XFA' };

/** "1.249,4 kB": sizes with the Italian decimal comma. */
function kb(bytes: number): string {
  return `${(bytes / 1024).toLocaleString('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 'always' } as Intl.NumberFormatOptions)} kB`;
}

/** "1 pagina", "3 pagine". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Text from a document, safe for a terminal: control characters (ANSI escapes among them) are shown, not obeyed. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A document as a person reads it: fields in Italian, dates dd/mm/yyyy, each value's page and line. */
export function formatDocument(doc: DocumentRecord, receipts: Receipt[], versions: KeyVersion[] = []): string {
  const out: string[] = [];
  out.push(`Documento ${doc.id}`);
  out.push(`  File: ${doc.fileName} (${kb(doc.size)}), ricevuto il ${when(doc.receivedAt)}`);
  if (doc.status === 'rejected') {
    out.push(`  Stato: RIFIUTATO [${doc.rejection?.code}]`);
    out.push(`  Motivo: ${doc.rejection?.message}`);
  } else {
    out.push(`  Stato: acquisito in ${doc.durationMs} ms, ${plural(doc.facts?.pageCount ?? 0, 'pagina', 'pagine')}${doc.facts?.ocrPages.length ? `, OCR sulle pagine ${doc.facts.ocrPages.join(', ')}` : ''}`);
    if (doc.facts?.hasJavaScript) out.push('  Attenzione: il PDF contiene JavaScript (mai eseguito).');
    if (doc.facts?.encryption === 'owner-password-only') out.push('  Nota: il PDF ha solo restrizioni d’uso (password del proprietario); letto normalmente.');
    const facts = doc.facts;
    if (facts) {
      list(out, 'Firmato da', facts.signers, (s) => {
        const integrity = s.integrity === 'verificata' ? 'firma integra' : s.integrity === 'non-valida' ? 'FIRMA NON CORRISPONDENTE AL CONTENUTO' : 'integrità non verificabile';
        const validity = s.certificateValidAtSigning === false ? ', certificato non valido alla data di firma' : '';
        return `${s.name ?? 'firmatario senza nome'}${s.fiscalCode ? ` (C.F. ${s.fiscalCode})` : ''}${s.kind ? ` – ${s.kind}` : ''}${s.countersignature ? ', controfirma' : ''}${s.issuer ? `, certificato di ${s.issuer}` : ''}${s.signingTime ? `, il ${when(s.signingTime)}` : ''} – ${integrity}${validity}; catena di certificazione non verificata`;
      });
      list(out, 'Riparazioni', facts.repairs, (r) => r.message);
      list(out, 'Da controllare', facts.warnings, (w) => w.message);
      list(out, 'Allegati acquisiti come documenti', facts.attachments, (a) => `${a.fileName} (${kb(a.size)}) → ${a.key}`);
    }
    out.push(`  Letto dal lettore versione ${doc.readerVersion}${doc.readerVersion < READER_VERSION ? ` (attuale: ${READER_VERSION}; «carteggio reprocess --older» lo rilegge)` : ''}`);
  }
  if (doc.extraction) out.push(...formatExtraction(doc.extraction));
  list(out, 'Ricevute', receipts, (r) => `${r.bucket}/${r.key} il ${when(r.receivedAt)}`);
  if (versions.some((v) => v.documentId !== doc.id)) {
    list(out, 'Versioni delle stesse chiavi', versions, (v) => `${v.key}: ${v.documentId.slice(0, 12)} il ${when(v.receivedAt)}${v.documentId === doc.id ? ' (questo documento)' : ''}`);
  }
  return printable(out.join('\n'));
}

/** The fields read from a document, in Italian with dd/mm/yyyy dates and each value's page and line. */
export function formatExtraction(x: Extraction): string[] {
  const out: string[] = [];
  const f = x.fields;
  const ev = (name: string, i = 0) => {
    const e = x.evidence[name]?.[i];
    const origin = e?.origins?.map((o) => ORIGINS[o] ?? o).join(', ');
    return e ? `  (p. ${e.page}, r. ${e.line + 1}${e.ocr ? ', OCR' : ''}${origin ? `, ${origin}` : ''})` : '';
  };
  out.push(`  Tipo: ${f.docType}`);
  out.push(`  Mittente: ${f.sender ?? '—'}${ev('sender')}`);
  out.push(`  Protocollo: ${f.protocol ? `n. ${f.protocol.number} del ${it(f.protocol.date)}` : '—'}${ev('protocol')}`);
  out.push(`  Data: ${it(f.documentDate)}${ev('documentDate')}`);
  out.push(`  Oggetto: ${f.subject ?? '—'}${ev('subject')}`);
  list(out, 'Destinatari', f.recipients, (v, i) => v + ev('recipients', i));
  list(out, 'Per conoscenza', f.cc, (v, i) => v + ev('cc', i));
  list(out, 'Scadenze', f.deadlines, (d, i) => `entro il ${it(d.date)}` + ev('deadlines', i));
  list(out, 'Riunioni', f.meetings, (m, i) => `${it(m.date)} ore ${m.time}` + ev('meetings', i));
  list(out, 'Riferimenti normativi', f.legalReferences, (v, i) => v + ev('legalReferences', i));
  list(out, 'Indirizzi e-mail/PEC', f.emails, (v) => v);
  list(out, 'Firmatari', f.signatories, (s, i) => `${s.role ?? ''}${s.name ? ` – ${s.name}` : ' (nome non indicato)'}` + ev('signatories', i));
  list(out, 'Importi', f.amounts, (a, i) => `€ ${a.toLocaleString('it-IT', { minimumFractionDigits: 2 })}` + ev('amounts', i));
  if (x.tags.length) out.push(`  Temi: ${x.tags.join(', ')}`);
  return out;
}

function list<T>(out: string[], title: string, items: T[], fmt: (v: T, i: number) => string): void {
  if (!items.length) return;
  out.push(`  ${title}:`);
  items.forEach((v, i) => out.push(`    - ${fmt(v, i)}`));
}

/** One line per document for `carteggio list`. */
export function formatListRow(doc: DocumentRecord): string {
  const f = doc.extraction?.fields;
  const status = doc.status === 'rejected' ? `RIFIUTATO (${doc.rejection?.code})` : f?.docType ?? '';
  const what = f?.subject ?? doc.fileName;
  const flag = doc.facts?.warnings.length ? ' ⚠' : '';
  return printable(`${when(doc.receivedAt)}  ${doc.id.slice(0, 12)}  ${(status + flag).padEnd(26)}  ${(f?.sender ?? '—').slice(0, 28).padEnd(28)}  ${what.slice(0, 70)}`);
}

import { PDFDocument, PDFDropdown, PDFOptionList, PDFRadioGroup, PDFTextField } from 'pdf-lib';
import type { PageText } from '../read/page-text.ts';
import { unwrapEnvelope } from '../read/unwrap-envelope.ts';
import { BODY_FIELDS, compact, isCalendarDate, type FormDefinition, type FormField } from './form-definition.ts';

/** How a value was read: from the form's own field, from the page's text, or from OCR of a scan. */
export type ReadHow = 'acroform' | 'text' | 'ocr';

export interface FormReading {
  /**
   * The values found, by field name: numbers as numbers, dates as "yyyy-mm-dd", choices as option
   * values. What could not be parsed is kept as the text read ("dodici", "31/02/2024"), so that
   * validation says what is wrong with it; a field with no value has no key.
   */
  values: Record<string, unknown>;
  how: Record<string, ReadHow>;
  /** The definition's fields with no value (empty, or not found on the pages), in definition order. */
  missing: string[];
  /** The body's pre-filled name and code, as the file carries them (to check it answers for whom it says). */
  body: { code?: string; name?: string };
}

type Raw = { text: string; how: ReadHow };

/**
 * Reads a returned form. Each field is read from the AcroForm by its name when the file still has
 * it (exact: what the person typed or picked); a field the file no longer has (a flattened form, a
 * printed and scanned one, a form retyped in a word processor) is read from `pages`, the text the
 * reader gave (readPdf, OCR lines included), by finding the field's label and the value after it on
 * the same line, in the box under it, or in the next column of the same line. Labels are matched
 * loosely (accents, punctuation and a few OCR slips forgiven); values are parsed the Italian way:
 * "1.234,5", "60 %", "01/03/2024", "1° marzo 2024".
 *
 * A `.p7m` envelope is opened first. Without `pages`, a field absent from the AcroForm is missing.
 */
export async function readFormValues(def: FormDefinition, pdfBytes: Uint8Array, pages?: PageText[]): Promise<FormReading> {
  const acro = await acroFormValues(def, pdfBytes);
  const names = [...def.fields.map((f) => f.name), BODY_FIELDS.name.name, BODY_FIELDS.code.name];
  const needText = names.some((n) => !acro.has(n));
  const fromText = needText && pages ? textValues(def, pages) : new Map<string, Raw>();
  const rawOf = (name: string): Raw | undefined => {
    if (acro.has(name)) {
      const v = acro.get(name);
      return v === undefined ? undefined : { text: v, how: 'acroform' };
    }
    return fromText.get(name);
  };

  const values: Record<string, unknown> = {};
  const how: Record<string, ReadHow> = {};
  const missing: string[] = [];
  for (const f of def.fields) {
    const raw = rawOf(f.name);
    const text = raw?.text.trim();
    if (!raw || !text) {
      missing.push(f.name);
      continue;
    }
    values[f.name] = parseValue(f, text);
    how[f.name] = raw.how;
  }
  const name = rawOf(BODY_FIELDS.name.name)?.text.trim();
  const code = rawOf(BODY_FIELDS.code.name)?.text.trim();
  return { values, how, missing, body: { ...(name ? { name } : {}), ...(code ? { code } : {}) } };
}

/**
 * The AcroForm fields the file has, by name: a name present with an undefined value is a field left
 * empty. An encrypted or unparseable file gives nothing (the text is then the only way in).
 */
async function acroFormValues(def: FormDefinition, bytes: Uint8Array): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  const envelope = await unwrapEnvelope(bytes).catch(() => null);
  if (!envelope) return out;
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(envelope.pdf, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return out;
  }
  // Strings of an encrypted file are encrypted: pdf-lib would return them scrambled.
  if (doc.isEncrypted) return out;
  let form;
  try {
    form = doc.getForm();
  } catch {
    return out;
  }
  for (const name of [...def.fields.map((f) => f.name), BODY_FIELDS.name.name, BODY_FIELDS.code.name]) {
    const field = form.getFieldMaybe(name);
    if (!field) continue;
    try {
      if (field instanceof PDFTextField) out.set(name, field.getText());
      else if (field instanceof PDFDropdown || field instanceof PDFOptionList) out.set(name, field.getSelected()[0]);
      else if (field instanceof PDFRadioGroup) out.set(name, field.getSelected());
    } catch {
      // A value pdf-lib cannot decode: read from the text instead.
    }
  }
  return out;
}

/** A value as its type wants it, or the text itself when it does not parse. */
function parseValue(field: FormField, text: string): unknown {
  switch (field.type) {
    case 'integer':
    case 'decimal':
      return parseItalianNumber(text) ?? text;
    case 'percentage':
      return parseItalianPercentage(text) ?? text;
    case 'date':
      return parseItalianDate(text) ?? text;
    case 'choice':
      return matchOption(field, text) ?? text;
    case 'email':
      // OCR and careless typing put spaces around "@" and dots.
      return text.replace(/\s+/g, '');
    default:
      return text.replace(/\s+/g, ' ');
  }
}

const UNIT = /\s*(?:ore|ora|h|unità|persone|%|€|euro)\.?$/i;

/**
 * A number written the Italian way: "1.234,5" → 1234.5, "12,5" → 12.5, "1.234" → 1234 (a point
 * before three digits groups thousands). A point before one or two digits ("12.5") is taken as a
 * decimal point, as people type it; "1,234.5" (English grouping) is understood too. A trailing unit
 * ("16 ore", "60 %", "€") is dropped. Null when it is not a number.
 */
export function parseItalianNumber(raw: string): number | null {
  let s = raw.trim().replace(/^€\s*/, '').replace(UNIT, '').trim();
  // "1 234" with a space or narrow space grouping thousands.
  s = s.replace(/(?<=\d)[\s\u00a0\u202f'’](?=\d{3}(?:\D|$))/g, '');
  if (/^[+-]?\d+$/.test(s)) return Number(s);
  if (/^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^[+-]?\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^[+-]?\d+\.\d{1,2}$/.test(s)) return Number(s);
  return null;
}

/** "60 %", "60%", "60,5 %", "60" → 60, 60, 60.5, 60. */
export function parseItalianPercentage(raw: string): number | null {
  return parseItalianNumber(raw.replace(/\s*%\s*$/, ''));
}

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

/**
 * A date as Italians write it, to "yyyy-mm-dd": "01/03/2024", "1/3/24", "01.03.2024", "01-03-2024",
 * "1° marzo 2024", or already "2024-03-01". Null when it is not a day of the calendar ("31/02/2024").
 */
export function parseItalianDate(raw: string): string | null {
  const s = raw.trim().toLowerCase();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(s);
  if (match) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (match[3].length === 2) y += 2000;
  } else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\s*[°º]?\s+([a-z]+)\s+(\d{4})$/.exec(s)) && MONTHS.includes(match[2])) {
    [d, m, y] = [Number(match[1]), MONTHS.indexOf(match[2]) + 1, Number(match[3])];
  } else return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** The option a text names, by its label (loosely: OCR may slip a letter) or its value. */
function matchOption(field: FormField, text: string): string | null {
  const key = compact(text);
  let best: { value: string; distance: number } | null = null;
  for (const o of field.options ?? []) {
    if (o.value === text.trim() || compact(o.label) === key) return o.value;
    const distance = editDistance(compact(o.label), key);
    if (distance <= Math.floor(compact(o.label).length / 8) && (!best || distance < best.distance)) best = { value: o.value, distance };
  }
  return best?.value ?? null;
}

/** A run of text on a page: a segment of a line (a column or a box), with where it is. */
interface Piece {
  page: number;
  line: number;
  y: number;
  x: number;
  end: number;
  size: number;
  text: string;
  ocr: boolean;
}

interface LabelHit {
  field: string;
  piece: Piece;
  distance: number;
  /** What follows the label in the same piece, label punctuation and "*" left out. */
  rest: string;
}

/** Values read from the pages' text by label, for every field whose label is found. */
function textValues(def: FormDefinition, pages: PageText[]): Map<string, Raw> {
  const labels = [...def.fields, { ...BODY_FIELDS.name }, { ...BODY_FIELDS.code }].map((f) => ({ name: f.name, label: f.label, key: compact(f.label) }));
  const pieces: Piece[] = pages.flatMap((p) =>
    p.lines.flatMap((l) => {
      const segments = l.segments.length ? l.segments : [{ x: l.x, end: l.x + l.text.length * l.size * 0.5, text: l.text }];
      return segments.map((s) => ({ page: p.page, line: l.index, y: l.y, x: s.x, end: s.end, size: l.size, text: s.text, ocr: l.ocr ?? p.ocr }));
    }),
  );

  // Each piece names at most one field: the label it matches best.
  const hits: LabelHit[] = [];
  const labelPieces = new Set<Piece>();
  for (const piece of pieces) {
    let best: (LabelHit & { score: number; length: number }) | null = null;
    // The piece's text compacted once, for every label it is compared with.
    const text = compactedChars(piece.text);
    for (const l of labels) {
      const m = prefixMatch(l.key, text);
      if (!m || m.distance > Math.floor(l.key.length / 10)) continue;
      // The closest label, relative to its length; between equals, the longer one.
      const score = m.distance / l.key.length;
      if (!best || score < best.score || (score === best.score && l.key.length > best.length)) {
        best = { field: l.name, piece, distance: m.distance, rest: afterLabel(l.label, piece.text.slice(m.end)), score, length: l.key.length };
      }
    }
    if (best) {
      hits.push(best);
      labelPieces.add(piece);
    }
  }

  const out = new Map<string, Raw>();
  for (const l of labels) {
    const candidates = hits.filter((h) => h.field === l.name).sort((a, b) => a.distance - b.distance || a.piece.page - b.piece.page || b.piece.y - a.piece.y);
    for (const hit of candidates) {
      const value = hit.rest ? hit.piece : (below(hit.piece, pieces, labelPieces) ?? rightOf(hit.piece, pieces, labelPieces));
      const text = hit.rest || value?.text;
      if (value && text) {
        out.set(l.name, { text, how: value.ocr ? 'ocr' : 'text' });
        break;
      }
    }
  }
  return out;
}

/**
 * The text after a label: the label's own closing punctuation ("(%)", ")"), the required mark and a
 * colon are not part of the value.
 */
function afterLabel(label: string, rest: string): string {
  let s = rest.trimStart();
  const tail = /[^\p{L}\p{N}]*$/u.exec(label)![0].replace(/\s+/g, '');
  if (tail && s.replace(/\s+/g, '').startsWith(tail)) {
    let i = 0;
    for (const ch of tail) {
      while (/\s/.test(s[i] ?? '')) i++;
      if (s[i] === ch) i++;
    }
    s = s.slice(i);
  }
  return s.replace(/^[\s*:]+/, '').replace(/^[-–—=]\s+/, '').trim();
}

/** The value in the box under a label: the nearest piece below it, within its column, that is not itself a label. */
function below(label: Piece, pieces: Piece[], labelPieces: Set<Piece>): Piece | undefined {
  const reach = Math.max(28, 3.3 * label.size);
  // The column ends where the next label on the same line begins.
  const nextLabel = pieces.filter((p) => labelPieces.has(p) && p.page === label.page && p.line === label.line && p.x > label.x).sort((a, b) => a.x - b.x)[0];
  const columnEnd = nextLabel ? nextLabel.x - 4 : Infinity;
  return pieces
    .filter((p) => p.page === label.page && !labelPieces.has(p) && label.y - p.y > 0.5 * label.size && label.y - p.y <= reach && p.x >= label.x - 6 && p.x < columnEnd)
    .sort((a, b) => b.y - a.y || a.x - b.x)[0];
}

/** The value beside a label on the same line ("Telefono      0882 339606"). */
function rightOf(label: Piece, pieces: Piece[], labelPieces: Set<Piece>): Piece | undefined {
  const next = pieces.filter((p) => p.page === label.page && p.line === label.line && p.x > label.x).sort((a, b) => a.x - b.x)[0];
  return next && !labelPieces.has(next) ? next : undefined;
}

/** A text compacted character by character, each compacted character with where its original one ends. */
function compactedChars(text: string): { chars: string[]; at: number[] } {
  const chars: string[] = [];
  const at: number[] = [];
  let orig = 0;
  for (const ch of text) {
    const c = compact(ch);
    for (const k of c) {
      chars.push(k);
      at.push(orig + ch.length);
    }
    orig += ch.length;
  }
  return { chars, at };
}

/**
 * How closely a text (compacted by `compactedChars`) starts with a compacted label: the smallest edit
 * distance between the label and a prefix of the text's letters and digits, and where that prefix
 * ends in the original text.
 */
function prefixMatch(key: string, { chars, at }: { chars: string[]; at: number[] }): { distance: number; end: number } | null {
  const tol = Math.floor(key.length / 10);
  const n = Math.min(chars.length, key.length + tol);
  if (n < key.length - tol) return null;
  // D[i][j]: distance between key[0..i) and chars[0..j).
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= key.length; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (key[i - 1] === chars[j - 1] ? 0 : 1));
    prev = cur;
  }
  let bestJ = -1;
  for (let j = 0; j <= n; j++) if (bestJ < 0 || prev[j] < prev[bestJ] || (prev[j] === prev[bestJ] && Math.abs(j - key.length) < Math.abs(bestJ - key.length))) bestJ = j;
  return { distance: prev[bestJ], end: bestJ === 0 ? 0 : at[bestJ - 1] };
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

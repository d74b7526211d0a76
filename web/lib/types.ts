/** The shapes of web/API.md, for the pages. Records come from the server's own definitions (types only). */
import type { ExtractedFields } from '../../shared/records/extracted-fields.ts';
import type { DocumentRecord, Receipt } from '../../shared/records/document-record.ts';
import type { PageText } from '../../shared/read/page-text.ts';
import type { LetterRecord } from '../../shared/records/letter-record.ts';

export type { ExtractedFields, DocumentRecord, Receipt, PageText, LetterRecord };

export interface DocumentSummary {
  id: string;
  fileName: string;
  status: 'extracted' | 'rejected';
  rejection: { code: string; message: string } | null;
  receivedAt: string;
  docType: string | null;
  sender: string | null;
  subject: string | null;
  documentDate: string | null;
  protocol: { number: string; date: string | null } | null;
  deadlines: string[];
  tags: string[];
  legalReferences: string[];
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface Correction {
  field: string;
  before: unknown;
  after: unknown;
  user: string;
  at: string;
  motivo: string | null;
}

export interface DocumentDetail {
  document: DocumentRecord;
  receipts: Receipt[];
  /** The contents each of its names has had, oldest first (this document marked `current`). */
  versions?: { key: string; documentId: string; receivedAt: string; current: boolean }[];
  fields: ExtractedFields | null;
  corrections: Correction[];
  review: string[];
  links: { original: string; text: string | null };
}

export interface TextObject {
  pages: PageText[];
}

export type UploadStatus = { stato: 'in-attesa' } | { stato: 'acquisito'; documentId: string } | { stato: 'rifiutato'; documentId?: string; motivo: string };

/** One deadline or meeting of the agenda, as GET /deadlines answers. */
export type { AgendaItem as DeadlineItem } from '../../shared/archive/archive-agenda.ts';
/** The dates a period leaves out, as GET /deadlines/outside answers. */
export type AgendaOutside = Awaited<ReturnType<typeof import('../../shared/archive/archive-agenda.ts').agendaOutside>>;

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  maxLength?: number;
  minLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  title?: string;
  description?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

export interface TemplateInfo {
  name: string;
  titolo: string;
  descrizione: string;
  schema: JsonSchema;
  esempio: Record<string, unknown>;
}

export interface LetterSummary {
  id: string;
  /** `entrata`: a document received (a campaign's answer), numbered in the same register; it has no letter files. */
  direzione: 'entrata' | 'uscita';
  protocol: { numero: string; data: string; codiceIpa: string };
  oggetto: string;
  destinatari: { nome: string; pec: string | null }[];
  template: string;
  createdAt: string;
  annullata: boolean;
  motivo: string | null;
}

export interface LetterFiles {
  pdf: string;
  eml: string;
  segnatura: string;
}

import {
  Evidence,
  PdfFacts
} from "./chunk-FJXWYZKE.mjs";
import {
  RejectionCode,
  external_exports
} from "./chunk-2FCZO4LF.mjs";

// shared/records/extracted-fields.ts
var DocType = external_exports.enum(["circolare", "nota", "convocazione", "lettera", "decreto", "delibera", "avviso", "comunicato", "piano", "modulo", "altro"]);
var IsoDate = external_exports.string().regex(/^\d{4}-\d{2}-\d{2}$/);
var ExtractedFields = external_exports.object({
  docType: DocType,
  sender: external_exports.string().nullable(),
  protocol: external_exports.object({ number: external_exports.string(), date: IsoDate.nullable() }).nullable(),
  documentDate: IsoDate.nullable(),
  subject: external_exports.string().nullable(),
  recipients: external_exports.array(external_exports.string()),
  cc: external_exports.array(external_exports.string()),
  deadlines: external_exports.array(external_exports.object({ date: IsoDate })),
  meetings: external_exports.array(external_exports.object({ date: IsoDate, time: external_exports.string().regex(/^\d{2}:\d{2}$/) })),
  legalReferences: external_exports.array(external_exports.string()),
  emails: external_exports.array(external_exports.string()),
  signatories: external_exports.array(external_exports.object({ role: external_exports.string().nullable(), name: external_exports.string().nullable() })),
  amounts: external_exports.array(external_exports.number())
});
var FieldEvidence = external_exports.record(external_exports.string(), external_exports.array(Evidence));
var Extraction = external_exports.object({
  fields: ExtractedFields,
  tags: external_exports.array(external_exports.string()),
  evidence: FieldEvidence
});

// shared/records/document-record.ts
var ObjectRef = external_exports.object({ bucket: external_exports.string(), key: external_exports.string() });
var DocumentRecord = external_exports.object({
  id: external_exports.string().regex(/^[0-9a-f]{64}$/),
  status: external_exports.enum(["extracted", "rejected"]),
  rejection: external_exports.object({ code: RejectionCode, message: external_exports.string() }).nullable(),
  fileName: external_exports.string(),
  size: external_exports.number().int().nonnegative(),
  original: ObjectRef,
  text: ObjectRef.nullable(),
  facts: PdfFacts.nullable(),
  extraction: Extraction.nullable(),
  /** The reader version that read it (see shared/read/reader-version.ts); records before version 2 lack it. */
  readerVersion: external_exports.number().int().positive().default(1),
  receivedAt: external_exports.string().datetime(),
  processedAt: external_exports.string().datetime(),
  durationMs: external_exports.number().nonnegative()
});
var Receipt = external_exports.object({
  documentId: external_exports.string(),
  bucket: external_exports.string(),
  key: external_exports.string(),
  /** What makes one arrival distinct: the S3 version id, else the event's sequencer, else the ETag. */
  arrival: external_exports.string(),
  receivedAt: external_exports.string().datetime()
});
var KeyVersion = external_exports.object({
  bucket: external_exports.string(),
  key: external_exports.string(),
  documentId: external_exports.string(),
  receivedAt: external_exports.string().datetime()
});
var STATUS_WORDS = { acquisito: "extracted", acquisiti: "extracted", ok: "extracted", rifiutato: "rejected", rifiutati: "rejected" };
var DocumentFilter = external_exports.object({
  status: external_exports.preprocess((v) => typeof v === "string" ? STATUS_WORDS[v.toLowerCase()] ?? v.toLowerCase() : v, external_exports.enum(["extracted", "rejected"], { error: "valori ammessi: acquisito, rifiutato" })).optional(),
  docType: external_exports.string().toLowerCase().optional(),
  sender: external_exports.string().optional(),
  text: external_exports.string().optional(),
  limit: external_exports.coerce.number({ error: "un numero intero da 1 a 1000" }).int("un numero intero da 1 a 1000").min(1, "un numero intero da 1 a 1000").max(1e3, "un numero intero da 1 a 1000").default(100)
});

export {
  DocumentRecord,
  Receipt,
  KeyVersion,
  DocumentFilter
};
//# sourceMappingURL=chunk-72CTS6HY.mjs.map

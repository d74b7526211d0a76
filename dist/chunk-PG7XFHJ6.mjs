import {
  Evidence,
  PdfFacts
} from "./chunk-45G62YNT.mjs";
import {
  RejectionCode
} from "./chunk-CBKE2XB5.mjs";

// shared/records/document-record.ts
import { z as z2 } from "zod";

// shared/records/extracted-fields.ts
import { z } from "zod";
var DocType = z.enum(["circolare", "nota", "convocazione", "lettera", "decreto", "delibera", "avviso", "comunicato", "piano", "modulo", "altro"]);
var IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
var ExtractedFields = z.object({
  docType: DocType,
  sender: z.string().nullable(),
  protocol: z.object({ number: z.string(), date: IsoDate.nullable() }).nullable(),
  documentDate: IsoDate.nullable(),
  subject: z.string().nullable(),
  recipients: z.array(z.string()),
  cc: z.array(z.string()),
  deadlines: z.array(z.object({ date: IsoDate })),
  meetings: z.array(z.object({ date: IsoDate, time: z.string().regex(/^\d{2}:\d{2}$/) })),
  legalReferences: z.array(z.string()),
  emails: z.array(z.string()),
  signatories: z.array(z.object({ role: z.string().nullable(), name: z.string().nullable() })),
  amounts: z.array(z.number())
});
var FieldEvidence = z.record(z.string(), z.array(Evidence));
var Extraction = z.object({
  fields: ExtractedFields,
  tags: z.array(z.string()),
  evidence: FieldEvidence
});

// shared/records/document-record.ts
var ObjectRef = z2.object({ bucket: z2.string(), key: z2.string() });
var DocumentRecord = z2.object({
  id: z2.string().regex(/^[0-9a-f]{64}$/),
  status: z2.enum(["extracted", "rejected"]),
  rejection: z2.object({ code: RejectionCode, message: z2.string() }).nullable(),
  fileName: z2.string(),
  size: z2.number().int().nonnegative(),
  original: ObjectRef,
  text: ObjectRef.nullable(),
  facts: PdfFacts.nullable(),
  extraction: Extraction.nullable(),
  /** The reader version that read it (see shared/read/reader-version.ts); records before version 2 lack it. */
  readerVersion: z2.number().int().positive().default(1),
  receivedAt: z2.string().datetime(),
  processedAt: z2.string().datetime(),
  durationMs: z2.number().nonnegative()
});
var Receipt = z2.object({
  documentId: z2.string(),
  bucket: z2.string(),
  key: z2.string(),
  /** What makes one arrival distinct: the S3 version id, else the event's sequencer, else the ETag. */
  arrival: z2.string(),
  receivedAt: z2.string().datetime()
});
var KeyVersion = z2.object({
  bucket: z2.string(),
  key: z2.string(),
  documentId: z2.string(),
  receivedAt: z2.string().datetime()
});
var STATUS_WORDS = { acquisito: "extracted", acquisiti: "extracted", ok: "extracted", rifiutato: "rejected", rifiutati: "rejected" };
var DocumentFilter = z2.object({
  status: z2.preprocess((v) => typeof v === "string" ? STATUS_WORDS[v.toLowerCase()] ?? v.toLowerCase() : v, z2.enum(["extracted", "rejected"], { error: "valori ammessi: acquisito, rifiutato" })).optional(),
  docType: z2.string().toLowerCase().optional(),
  sender: z2.string().optional(),
  text: z2.string().optional(),
  limit: z2.coerce.number({ error: "un numero intero da 1 a 1000" }).int("un numero intero da 1 a 1000").min(1, "un numero intero da 1 a 1000").max(1e3, "un numero intero da 1 a 1000").default(100)
});

export {
  DocumentRecord,
  Receipt,
  KeyVersion,
  DocumentFilter
};
//# sourceMappingURL=chunk-PG7XFHJ6.mjs.map

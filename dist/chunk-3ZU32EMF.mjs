import {
  external_exports
} from "./chunk-2FCZO4LF.mjs";

// shared/read/read-limits.ts
var ReadLimits = external_exports.object({
  maxBytes: external_exports.number().int().positive().default(100 * 1024 * 1024),
  maxPages: external_exports.number().int().positive().default(1e3),
  maxDecompressedBytes: external_exports.number().int().positive().default(512 * 1024 * 1024),
  maxSeconds: external_exports.number().positive().default(120),
  maxMemoryMb: external_exports.number().int().positive().default(768),
  ocr: external_exports.boolean().default(true),
  ocrMaxPages: external_exports.number().int().nonnegative().default(50)
});
var defaultReadLimits = ReadLimits.parse({});

// shared/config/carteggio-config.ts
var int = (def) => external_exports.coerce.number().int().positive().default(def);
var CarteggioEnv = external_exports.object({
  AWS_REGION: external_exports.string().default("eu-south-1"),
  CARTEGGIO_INBOX_BUCKET: external_exports.string().min(3).default("carteggio-inbox"),
  CARTEGGIO_ARCHIVE_BUCKET: external_exports.string().min(3).default("carteggio-archive"),
  CARTEGGIO_OUTPUTS_BUCKET: external_exports.string().min(3).default("carteggio-outputs"),
  CARTEGGIO_TABLE: external_exports.string().min(3).default("carteggio"),
  CARTEGGIO_S3_ENDPOINT: external_exports.string().url().optional(),
  CARTEGGIO_DYNAMODB_ENDPOINT: external_exports.string().url().optional(),
  CARTEGGIO_DATA_DIR: external_exports.string().default(".carteggio"),
  CARTEGGIO_S3_PORT: external_exports.coerce.number().int().min(0).max(65535).default(4569),
  CARTEGGIO_DYNAMODB_PORT: external_exports.coerce.number().int().min(0).max(65535).default(4567),
  CARTEGGIO_API_PORT: external_exports.coerce.number().int().min(0).max(65535).default(4570),
  /** The IPA code of the local "ambito" dev user (npm start only). */
  CARTEGGIO_DEV_IPA: external_exports.string().default("c_i158"),
  CARTEGGIO_MAX_BYTES: int(100 * 1024 * 1024),
  CARTEGGIO_MAX_PAGES: int(1e3),
  CARTEGGIO_MAX_DECOMPRESSED_BYTES: int(512 * 1024 * 1024),
  CARTEGGIO_MAX_SECONDS: external_exports.coerce.number().positive().default(120),
  CARTEGGIO_MAX_MEMORY_MB: int(768),
  CARTEGGIO_OCR: external_exports.enum(["on", "off"]).default("on"),
  CARTEGGIO_WORKERS: external_exports.coerce.number().int().min(1).max(64).optional()
});
function loadConfig(env = process.env) {
  const parsed = CarteggioEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Configurazione non valida:
${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    region: e.AWS_REGION,
    inboxBucket: e.CARTEGGIO_INBOX_BUCKET,
    archiveBucket: e.CARTEGGIO_ARCHIVE_BUCKET,
    outputsBucket: e.CARTEGGIO_OUTPUTS_BUCKET,
    table: e.CARTEGGIO_TABLE,
    s3Endpoint: e.CARTEGGIO_S3_ENDPOINT,
    dynamoEndpoint: e.CARTEGGIO_DYNAMODB_ENDPOINT,
    dataDir: e.CARTEGGIO_DATA_DIR,
    s3Port: e.CARTEGGIO_S3_PORT,
    dynamoPort: e.CARTEGGIO_DYNAMODB_PORT,
    apiPort: e.CARTEGGIO_API_PORT,
    devIpa: e.CARTEGGIO_DEV_IPA,
    workers: e.CARTEGGIO_WORKERS,
    limits: ReadLimits.parse({
      maxBytes: e.CARTEGGIO_MAX_BYTES,
      maxPages: e.CARTEGGIO_MAX_PAGES,
      maxDecompressedBytes: e.CARTEGGIO_MAX_DECOMPRESSED_BYTES,
      maxSeconds: e.CARTEGGIO_MAX_SECONDS,
      maxMemoryMb: e.CARTEGGIO_MAX_MEMORY_MB,
      ocr: e.CARTEGGIO_OCR === "on"
    })
  };
}

export {
  loadConfig
};
//# sourceMappingURL=chunk-3ZU32EMF.mjs.map

import { z } from 'zod';
import { ReadLimits } from '../read/read-limits.ts';

const int = (def: number) => z.coerce.number().int().positive().default(def);

/** Every setting, from environment variables, validated the same way locally and on Lambda. */
export const CarteggioEnv = z.object({
  AWS_REGION: z.string().default('eu-south-1'),
  CARTEGGIO_INBOX_BUCKET: z.string().min(3).default('carteggio-inbox'),
  CARTEGGIO_ARCHIVE_BUCKET: z.string().min(3).default('carteggio-archive'),
  CARTEGGIO_OUTPUTS_BUCKET: z.string().min(3).default('carteggio-outputs'),
  CARTEGGIO_TABLE: z.string().min(3).default('carteggio'),
  CARTEGGIO_S3_ENDPOINT: z.string().url().optional(),
  CARTEGGIO_DYNAMODB_ENDPOINT: z.string().url().optional(),
  CARTEGGIO_DATA_DIR: z.string().default('.carteggio'),
  CARTEGGIO_S3_PORT: z.coerce.number().int().min(0).max(65535).default(4569),
  CARTEGGIO_DYNAMODB_PORT: z.coerce.number().int().min(0).max(65535).default(4567),
  CARTEGGIO_API_PORT: z.coerce.number().int().min(0).max(65535).default(4570),
  /** The IPA code of the local "ambito" dev user (npm start only). */
  CARTEGGIO_DEV_IPA: z.string().default('c_i158'),
  CARTEGGIO_MAX_BYTES: int(100 * 1024 * 1024),
  CARTEGGIO_MAX_PAGES: int(1000),
  CARTEGGIO_MAX_DECOMPRESSED_BYTES: int(512 * 1024 * 1024),
  CARTEGGIO_MAX_SECONDS: z.coerce.number().positive().default(120),
  CARTEGGIO_MAX_MEMORY_MB: int(768),
  CARTEGGIO_OCR: z.enum(['on', 'off']).default('on'),
  CARTEGGIO_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
});
export type CarteggioEnv = z.infer<typeof CarteggioEnv>;

export interface CarteggioConfig {
  region: string;
  inboxBucket: string;
  archiveBucket: string;
  outputsBucket: string;
  table: string;
  s3Endpoint?: string;
  dynamoEndpoint?: string;
  dataDir: string;
  s3Port: number;
  dynamoPort: number;
  apiPort: number;
  devIpa: string;
  limits: ReadLimits;
  workers?: number;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): CarteggioConfig {
  const parsed = CarteggioEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Configurazione non valida:\n${lines.join('\n')}`);
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
      ocr: e.CARTEGGIO_OCR === 'on',
    }),
  };
}

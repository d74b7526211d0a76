import * as z from 'zod';
import { ReadLimits } from '../read/read-limits.ts';

const WHOLE = 'un numero intero maggiore di zero';
const int = (def: number) => z.coerce.number({ error: WHOLE }).int({ error: WHOLE }).positive({ error: WHOLE }).default(def);
const UNITS: Record<string, number> = { b: 1, byte: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };
/** "104857600", "100 MB", "1,5 GB" → bytes (binary units, as the README writes them). */
function parseSize(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  if (!m) return Number.NaN;
  const unit = UNITS[(m[2] || 'b').toLowerCase()];
  return unit ? Math.round(Number(m[1].replace(',', '.')) * unit) : Number.NaN;
}
const SIZE = 'una dimensione in byte, ad es. 104857600 oppure «100 MB»';
const bytes = (def: number) => z.preprocess(parseSize, z.number({ error: SIZE }).int({ error: SIZE }).positive({ error: SIZE })).default(def);
const PORT = 'una porta TCP da 0 a 65535';
const port = (def: number) => z.coerce.number({ error: PORT }).int({ error: PORT }).min(0, { error: PORT }).max(65535, { error: PORT }).default(def);

/** The body a deployment belongs to unless configured: the ministry, as in the local dev users. */
export const DEFAULT_BODY = 'm_lps';

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
  CARTEGGIO_S3_PORT: port(4569),
  CARTEGGIO_DYNAMODB_PORT: port(4567),
  CARTEGGIO_API_PORT: port(4570),
  /** The IPA code of the local "ambito" dev user (npm start only). */
  CARTEGGIO_DEV_IPA: z.string().default('c_i158'),
  /** The IPA code of the body that owns this deployment: uploads outside `enti/<codice>/` are its. */
  CARTEGGIO_DEFAULT_IPA: z.string().regex(/^[a-z0-9_.-]{2,64}$/i, { error: 'un codice IPA (lettere, cifre, _ . -)' }).default(DEFAULT_BODY),
  /** Cognito, on AWS: the user pool and the web client whose ID tokens the API accepts. */
  CARTEGGIO_USER_POOL_ID: z.string().optional(),
  /** The AOO's seal for the segnatura (XAdES): private key and certificate, PEM files. Both or neither. */
  CARTEGGIO_SEAL_KEY: z.string().optional(),
  CARTEGGIO_SEAL_CERT: z.string().optional(),
  /** …or one PKCS#12 file (.p12, .pfx) with its password. */
  CARTEGGIO_SEAL_P12: z.string().optional(),
  CARTEGGIO_SEAL_P12_PASSWORD: z.string().optional(),
  /** …or a key kept in AWS KMS (id, ARN or alias), with CARTEGGIO_SEAL_CERT its certificate's PEM file. */
  CARTEGGIO_SEAL_KMS_KEY_ID: z.string().optional(),
  /** A KMS-compatible endpoint in place of AWS's (tests). */
  CARTEGGIO_KMS_ENDPOINT: z.string().url().optional(),
  CARTEGGIO_USER_POOL_CLIENT_ID: z.string().optional(),
  CARTEGGIO_MAX_BYTES: bytes(100 * 1024 * 1024),
  CARTEGGIO_MAX_PAGES: int(1000),
  CARTEGGIO_MAX_DECOMPRESSED_BYTES: bytes(512 * 1024 * 1024),
  CARTEGGIO_MAX_SECONDS: z.coerce.number({ error: 'un numero di secondi maggiore di zero' }).positive({ error: 'un numero di secondi maggiore di zero' }).default(120),
  CARTEGGIO_MAX_MEMORY_MB: int(768),
  CARTEGGIO_OCR: z.enum(['on', 'off'], { error: 'on oppure off' }).default('on'),
  CARTEGGIO_WORKERS: z.coerce.number({ error: 'un numero intero da 1 a 64' }).int({ error: 'un numero intero da 1 a 64' }).min(1, { error: 'un numero intero da 1 a 64' }).max(64, { error: 'un numero intero da 1 a 64' }).optional(),
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
  /** The body that owns uploads not under `enti/<codice IPA>/`. */
  defaultIpa: string;
  /** The AOO's seal (PEM files, PKCS#12 or a key in AWS KMS), when configured: segnature are then sealed with XAdES. */
  seal?: { keyFile: string; certificateFile: string } | { pkcs12File: string; password: string } | { kmsKeyId: string; certificateFile: string; region: string; endpoint?: string };
  limits: ReadLimits;
  workers?: number;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): CarteggioConfig {
  const parsed = CarteggioEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: serve ${i.message} (indicato: «${String(env[String(i.path[0])] ?? '')}»)`);
    throw new Error(`Configurazione non valida:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.CARTEGGIO_SEAL_KMS_KEY_ID && !e.CARTEGGIO_SEAL_CERT && !e.CARTEGGIO_SEAL_P12) {
    throw new Error('Configurazione non valida:\n- CARTEGGIO_SEAL_CERT: serve il file PEM del certificato di sigillo emesso per la chiave CARTEGGIO_SEAL_KMS_KEY_ID');
  }
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
    defaultIpa: e.CARTEGGIO_DEFAULT_IPA.toLowerCase(),
    seal: e.CARTEGGIO_SEAL_P12
      ? { pkcs12File: e.CARTEGGIO_SEAL_P12, password: e.CARTEGGIO_SEAL_P12_PASSWORD ?? '' }
      : e.CARTEGGIO_SEAL_KMS_KEY_ID && e.CARTEGGIO_SEAL_CERT
        ? { kmsKeyId: e.CARTEGGIO_SEAL_KMS_KEY_ID, certificateFile: e.CARTEGGIO_SEAL_CERT, region: e.AWS_REGION, ...(e.CARTEGGIO_KMS_ENDPOINT ? { endpoint: e.CARTEGGIO_KMS_ENDPOINT } : {}) }
        : e.CARTEGGIO_SEAL_KEY && e.CARTEGGIO_SEAL_CERT
          ? { keyFile: e.CARTEGGIO_SEAL_KEY, certificateFile: e.CARTEGGIO_SEAL_CERT }
          : undefined,
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

import { Worker } from 'node:worker_threads';

/** What the emulators thread is started with. */
export interface EmulatorSettings {
  s3Folder: string;
  dynamoFolder: string;
  /** 0 for a free port. */
  ports: { s3: number; dynamo: number };
  /** Buckets created at start, each with the CORS rules given (XML). */
  buckets: string[];
  cors: string;
}

/** Messages from the emulators thread. */
export type FromEmulators =
  | { ready: { s3Port: number; dynamoPort: number } }
  | { event: unknown }
  | { failed: { message: string; code?: string } }
  | { closed: true }
  | { flushed: number };
export type ToEmulators = 'close' | { flush: number };

export interface LocalEmulators {
  s3Endpoint: string;
  dynamoEndpoint: string;
  /**
   * Resolves once every S3 notification emitted so far has reached `onS3Event`. s3rver emits a
   * notification before it answers the upload, and the thread's messages arrive in order: after an
   * acknowledged upload, this is when its notification has been handed over.
   */
  flush(): Promise<void>;
  /** Stops both servers and their thread. */
  close(): Promise<void>;
}

/**
 * Starts S3 (s3rver) and DynamoDB (dynalite) on loopback in a thread of this process: the same
 * emulators as before, but their work (HTTP parsing, LevelDB, file writes: about a third of the
 * main thread's time under a burst of uploads) no longer competes with the handlers and the API.
 * `onS3Event` gets each S3 notification as s3rver emits it. Errors: the servers' own (a port in use:
 * `code` EADDRINUSE) reject the start; a thread that dies later is reported through `onFault`.
 */
export function startLocalEmulators(settings: EmulatorSettings, onS3Event: (event: unknown) => void, onFault: (message: string) => void): Promise<LocalEmulators> {
  const worker = new Worker(new URL('./local-emulators-boot.mjs', import.meta.url), { workerData: settings, execArgv: [] });
  let closing: (() => void) | null = null;
  let started = false;
  const flushes = new Map<number, () => void>();
  let flushId = 0;
  return new Promise((ok, fail) => {
    worker.on('message', (message: FromEmulators) => {
      if ('event' in message) onS3Event(message.event);
      else if ('flushed' in message) {
        flushes.get(message.flushed)?.();
        flushes.delete(message.flushed);
      } else if ('ready' in message) {
        started = true;
        ok({
          s3Endpoint: `http://127.0.0.1:${message.ready.s3Port}`,
          dynamoEndpoint: `http://127.0.0.1:${message.ready.dynamoPort}`,
          flush: () =>
            new Promise<void>((done) => {
              const id = ++flushId;
              flushes.set(id, done);
              worker.postMessage({ flush: id } satisfies ToEmulators);
            }),
          close: () =>
            new Promise<void>((done) => {
              closing = done;
              worker.postMessage('close' satisfies ToEmulators);
            }),
        });
      } else if ('failed' in message) {
        void worker.terminate();
        fail(Object.assign(new Error(message.failed.message), { code: message.failed.code }));
      } else if ('closed' in message) void worker.terminate().then(() => closing?.());
    });
    worker.on('error', (err) => {
      if (!started) fail(err);
      else onFault(`gli emulatori S3 e DynamoDB si sono fermati per un errore interno: ${err.message}`);
    });
    worker.on('exit', () => {
      for (const done of flushes.values()) done();
      flushes.clear();
      if (closing) closing();
      else if (started) onFault('gli emulatori S3 e DynamoDB si sono fermati inaspettatamente');
    });
  });
}

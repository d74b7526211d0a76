import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { installS3rverKeyPaths } from './s3rver-key-paths.ts';
import type { EmulatorSettings, FromEmulators, ToEmulators } from './local-emulators.ts';

/**
 * The thread that runs S3 (s3rver) and DynamoDB (dynalite) for the local stack: their request parsing,
 * LevelDB and file writes stay off the thread that runs the handlers and the API. Started by
 * `startLocalEmulators`; posts `ready`, every S3 notification (`event`) and `closed`.
 */
const require = createRequire(import.meta.url);
const settings = workerData as EmulatorSettings;
const post = (message: FromEmulators) => parentPort!.postMessage(message);

try {
  const dynalite = (require('dynalite') as (o: object) => Server)({ path: settings.dynamoFolder, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((ok, fail) => {
    dynalite.once('error', fail);
    dynalite.listen(settings.ports.dynamo, '127.0.0.1', () => ok());
  });
  installS3rverKeyPaths(require);
  const S3rver = require('s3rver') as new (o: object) => { run(): Promise<AddressInfo>; close(): Promise<void>; on(e: string, f: (ev: unknown) => void): void };
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: settings.ports.s3,
    silent: true,
    directory: settings.s3Folder,
    vhostBuckets: false,
    configureBuckets: settings.buckets.map((name) => ({ name, configs: [settings.cors] })),
  });
  s3rver.on('event', (event) => post({ event }));
  const s3 = await s3rver.run();
  parentPort!.on('message', async (message: ToEmulators) => {
    // Every notification emitted before this message has been posted before this answer.
    if (typeof message === 'object') return post({ flushed: message.flush });
    if (message !== 'close') return;
    await s3rver.close();
    await new Promise<void>((ok) => dynalite.close(() => ok()));
    post({ closed: true });
  });
  post({ ready: { s3Port: s3.port, dynamoPort: (dynalite.address() as AddressInfo).port } });
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  post({ failed: { message: e.message, code: e.code } });
}

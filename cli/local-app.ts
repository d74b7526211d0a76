import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import type { CarteggioConfig } from '../shared/config/carteggio-config.ts';
import { LocalStack, type StackInfo } from './local-stack.ts';
import { startLocalHttpApi } from './local-http-api.ts';

/** The built web pages: `dist/web`, made by the install step (bin/build-dist.mjs). */
export const WEB_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));

export interface LocalApp {
  /** Where the pages and the API answer (loopback). */
  url: string;
  stack: LocalStack;
  info: StackInfo;
  server: Server;
  /** A signed token for a dev user (tests log in without the page). */
  login(username: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Everything `npm start` runs, in this process: S3 and DynamoDB emulators, the ingestion on every
 * upload, the HTTP API with the dev login, and the web pages. `config.apiPort` 0 picks a free port.
 */
export async function startLocalApp(config: CarteggioConfig, options: { ports?: { s3: number; dynamo: number }; log?: (m: string) => void } = {}): Promise<LocalApp> {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  // Letters are typeset on a thread of their own, so a long one does not hold up the API's reads.
  process.env.CARTEGGIO_RENDER_THREAD ??= 'on';
  const stack = new LocalStack(config, async () => (await import('../functions/ingest/handler.ts')).handler, options.log ?? (() => {}));
  const info = await stack.start(options.ports);
  const { resetArchiveDeps } = await import('../functions/archive/archive-deps.ts');
  const { resetGenerateDeps } = await import('../functions/generate/generate-deps.ts');
  resetArchiveDeps();
  resetGenerateDeps();
  (await import('../functions/collect/collect-deps.ts')).resetCollectDeps();
  if (!existsSync(join(WEB_DIR, 'index.html'))) {
    // Built by the install step; a checkout that skipped it (vitest run directly) builds them now.
    const build = (await import(new URL('../web/build-web.mjs', import.meta.url).href).catch(() => null)) as { buildWeb?: (o: { outdir: string; quiet: boolean }) => Promise<void> } | null;
    await build?.buildWeb?.({ outdir: WEB_DIR, quiet: true });
  }
  const api = await startLocalHttpApi(
    config.apiPort,
    {
      archive: async () => (await import('../functions/archive/handler.ts')).handler,
      generate: async () => (await import('../functions/generate/handler.ts')).handler,
      collect: async () => (await import('../functions/collect/handler.ts')).handler,
    },
    { ambitoIpa: config.devIpa, keyFile: join(info.dataDir, 'dev-identity.json'), webDir: WEB_DIR, s3Origin: info.s3Endpoint },
  );
  return {
    url: api.url,
    stack,
    info,
    server: api.server,
    login: api.login,
    async stop() {
      await new Promise<void>((ok) => api.server.close(() => ok()));
      // The letters' thread would keep the process alive after Ctrl+C.
      await (await import('../shared/render/render-letter-off-thread.ts')).stopRenderThread();
      await stack.stop();
      const { resetIngestDeps } = await import('../functions/ingest/ingest-deps.ts');
      await resetIngestDeps();
      resetArchiveDeps();
      resetGenerateDeps();
    },
  };
}

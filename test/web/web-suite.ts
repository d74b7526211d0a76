import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../shared/config/carteggio-config.ts';
import { startLocalApp, WEB_DIR, type LocalApp } from '../../cli/local-app.ts';
import { accessibilityViolations, CHROMIUM, launchBrowser, newPage, screenshot, type TestPage } from './browser.ts';

export interface WebSuite {
  /** The local app the pages are served by (started before the file's tests). */
  readonly app: LocalApp;
  /** A fresh browser context for the test, closed after it; a page error or lost request fails the test. */
  open(): Promise<TestPage>;
  /** The page passes axe's WCAG 2.1 A and AA rules, and is photographed into out/screenshots/<name>.png. */
  check(t: TestPage, name: string): Promise<void>;
}

/**
 * What every browser test file needs, set up once per file: the pages built as they are now, the
 * local app on a temporary data folder (with `env` added to its settings), Debian's Chromium, and
 * teardown of all three.
 */
export function webSuite(folderPrefix: string, env: Record<string, string> = {}): WebSuite {
  let app: LocalApp | null = null;
  let browser: Browser | null = null;
  let dataDir = '';
  let current: TestPage | null = null;

  beforeAll(async () => {
    // The pages as they are now (skipped when web/ has not changed since the last build).
    const { buildWeb } = (await import(new URL('../../web/build-web.mjs', import.meta.url).href)) as { buildWeb: (o: { outdir: string; quiet: boolean }) => Promise<unknown> };
    await buildWeb({ outdir: WEB_DIR, quiet: true });
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium non trovato in ${CHROMIUM}: installarlo (apt-get install chromium) oppure indicarne il percorso in CARTEGGIO_CHROMIUM.`);
    dataDir = mkdtempSync(join(tmpdir(), folderPrefix));
    const config = loadConfig({ CARTEGGIO_DATA_DIR: dataDir, CARTEGGIO_OCR: 'off', CARTEGGIO_API_PORT: '0', ...env });
    [app, browser] = await Promise.all([startLocalApp(config, { ports: { s3: 0, dynamo: 0 } }), launchBrowser()]);
  }, 120_000);

  afterEach(async () => {
    // A page that logged an error or lost a request has a bug, even if the flow went through.
    const problems = current?.problems ?? [];
    await current?.context.close();
    current = null;
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    get app() {
      if (!app) throw new Error('app locale non avviata');
      return app;
    },
    async open() {
      current = await newPage(browser!, app!.url);
      return current;
    },
    async check(t, name) {
      await screenshot(t.page, name);
      expect(await accessibilityViolations(t.page), `violazioni di accessibilità in ${name}`).toEqual([]);
    },
  };
}

/**
 * The browser the web tests drive: Debian's Chromium (`/usr/bin/chromium`, installed by the system, never
 * downloaded at run time) through playwright-core, a fresh context per test, axe-core's WCAG 2.1 AA
 * rules on every page, and a screenshot of every page in out/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM = process.env.CARTEGGIO_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOTS = fileURLToPath(new URL('../../out/screenshots/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests seen so far (a page that logs an error has a bug). */
  problems: string[];
}

/** A fresh context (no session, no cookies) and a page in it, Italian, desktop-sized. */
export async function newPage(browser: Browser, baseURL: string): Promise<TestPage> {
  const context = await browser.newContext({ baseURL, locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    // An API's 4xx answer is logged by the browser as a failed load: the responses below judge those.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    // A 4xx from the API can be the expected answer (a refusal, a validation error); a missing page
    // asset or any 5xx never is.
    const path = new URL(r.url()).pathname;
    const asset = /^\/(assets|bootstrap-italia|pdfjs)\/|\.html$/.test(path);
    if (r.status() >= 500 || (r.status() >= 400 && asset)) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A download the test saves itself, or a request a page cancels on purpose, is not a failure.
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.setDefaultTimeout(20_000);
  return { context, page, problems };
}

/** Logs in through the login page as one of the dev users, and waits for the page it lands on. */
export async function logIn(page: Page, username: string, wanted = '/index.html'): Promise<void> {
  await page.goto(`/accesso.html?torna=${encodeURIComponent(wanted)}`);
  // Bootstrap Italia draws the radio button on its label, which is what a person clicks.
  await page.locator(`label[for="utente-${username}"]`).click();
  await Promise.all([page.waitForURL((u) => u.pathname + u.search === wanted), page.getByRole('button', { name: 'Accedi' }).click()]);
}

/** axe-core with the WCAG 2.0/2.1 A and AA rules: the violations, one line each (empty when none). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

/** Saves the whole page as out/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

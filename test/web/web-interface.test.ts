/**
 * The web interface end to end: the local app (embedded S3 and DynamoDB, ingestion, HTTP API, pages)
 * on a temporary data folder, driven by Debian's Chromium. Every page visited is checked with axe-core
 * (WCAG 2.1 A and AA: no violation) and photographed into out/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { webSuite } from './web-suite.ts';
import type { PageText } from '../../shared/read/page-text.ts';
import { yFromTop } from '../../web/lib/evidence.ts';
import { logIn } from './browser.ts';

/** The dev set beside the project (../shared): a ministry circular and a region's, both with deadlines. */
const CIRCULAR_MINISTRY = fileURLToPath(new URL('../../../shared/eval/dev/000_cfb98e43cf88a898.pdf', import.meta.url));
const CIRCULAR_REGION = fileURLToPath(new URL('../../../shared/eval/dev/004_57a79fcf83531691.pdf', import.meta.url));

const suite = webSuite('carteggio-web-');
/** The Regione Calabria circular, uploaded by the ministry's dev user before the tests. */
let archivedId: string;

/** Uploads a file as `username` through the API, the way the page does, and waits for its outcome. */
async function uploadThroughApi(username: string, path: string): Promise<string> {
  const token = await suite.app.login(username);
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const bytes = readFileSync(path);
  const res = await fetch(`${suite.app.url}/uploads`, { method: 'POST', headers: auth, body: JSON.stringify({ fileName: 'circolare-regione.pdf', size: bytes.length, contentType: 'application/pdf' }) });
  expect(res.ok, await res.clone().text()).toBe(true);
  const target = (await res.json()) as { url: string; method: string; headers: Record<string, string>; key: string };
  const put = await fetch(target.url, { method: target.method, headers: target.headers, body: bytes });
  expect(put.ok).toBe(true);
  for (let i = 0; i < 120; i++) {
    const status = (await (await fetch(`${suite.app.url}/uploads/status?key=${encodeURIComponent(target.key)}`, { headers: auth })).json()) as { stato: string; documentId?: string };
    if (status.stato === 'acquisito') return status.documentId!;
    if (status.stato !== 'in-attesa') throw new Error(`caricamento non acquisito: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('caricamento non concluso in 60 s');
}


beforeAll(async () => {
  archivedId = await uploadThroughApi('dev-ministero', CIRCULAR_REGION);
}, 120_000);

describe('interfaccia web', () => {
  it('chiede l’accesso, fa entrare un utente di prova e lo fa uscire', async () => {
    // Prepare
    const t = await suite.open();
    // Act: a page of the service without a session
    await t.page.goto('/scadenze.html');
    // Assess: sent to the login page, which will send back
    await t.page.waitForURL(/\/accesso\.html\?torna=%2Fscadenze\.html$/);
    await expect.poll(() => t.page.getByRole('radio').count()).toBe(3);
    await suite.check(t, 'accesso');

    // Act: log in as the Region
    await t.page.locator('label[for="utente-dev-regione"]').click();
    await t.page.getByRole('button', { name: 'Accedi' }).click();
    // Assess: back where the user wanted, named in the header with the body, the page marked in the menu
    await t.page.waitForURL(/\/scadenze\.html$/);
    await expect.poll(() => t.page.getByTestId('utente').textContent()).toContain('dev-regione');
    expect(await t.page.locator('.it-header-slim-wrapper').textContent()).toContain('Regione Puglia');
    expect(await t.page.getByRole('link', { name: 'Scadenze', exact: true }).getAttribute('aria-current')).toBe('page');

    // Act: keyboard only, from the top of the page
    await t.page.keyboard.press('Tab');
    // Assess: the first stop is the skip link, and it leads to the main content
    expect(await t.page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent)).toBe('Vai al contenuto principale');
    await t.page.keyboard.press('Enter');
    expect(await t.page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('main');

    // Act: the collections page (no campaign yet), then "Esci"
    await t.page.getByRole('link', { name: 'Raccolte', exact: true }).click();
    await t.page.waitForURL(/raccolte\.html$/);
    expect(await t.page.getByRole('main').textContent()).toContain('Nuova raccolta');
    await suite.check(t, 'raccolte-vuota');
    await t.page.getByRole('button', { name: 'Esci' }).click();
    // Assess: logged out, and the token is gone
    await t.page.waitForURL(/accesso\.html\?uscito=1$/);
    expect(await t.page.getByRole('main').textContent()).toContain('Sei uscito');
    expect(await t.page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('carteggio.token'))).toBeNull();
  });

  it('carica una circolare, la trova in archivio e ne mostra i campi con la loro provenienza', async () => {
    // Prepare
    const t = await suite.open();
    await logIn(t.page, 'dev-ministero');
    // Act: upload two files at once through the file input: the circular, and a file that is no PDF
    const notPdf = { name: 'non-un-pdf.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Questo testo non è un PDF.\n'.repeat(20)) };
    await t.page.locator('#file').setInputFiles([{ name: '000_cfb98e43cf88a898.pdf', mimeType: 'application/pdf', buffer: readFileSync(CIRCULAR_MINISTRY) }, notPdf]);
    // Assess: each outcome in Italian (the circular with a link to its page, the other with its reason), and the circular in the list
    const outcomeOf = (name: string) => t.page.locator('#caricamenti li').filter({ hasText: name }).locator('.esito');
    await expect.poll(() => outcomeOf('000_cfb98e43cf88a898.pdf').textContent(), { timeout: 90_000 }).toBe('Acquisito: 000_cfb98e43cf88a898.pdf');
    await expect.poll(() => outcomeOf('non-un-pdf.pdf').textContent(), { timeout: 90_000 }).toMatch(/^Rifiutato: \p{Lu}.+/u);
    expect(await outcomeOf('000_cfb98e43cf88a898.pdf').getByRole('link').getAttribute('href')).toMatch(/^\/documento\.html\?id=[0-9a-f]{64}$/);
    await expect.poll(() => t.page.locator('#documenti tbody').textContent()).toContain('Programmazione FNPS - Piano operativo analitico POA.');
    await suite.check(t, 'archivio');

    // Act: the refused file's page
    const refusal = (await outcomeOf('non-un-pdf.pdf').textContent())!.replace(/^Rifiutato: /, '').replace(/ \(dettagli\)$/, '');
    await outcomeOf('non-un-pdf.pdf').getByRole('link', { name: 'dettagli' }).click();
    // Assess: its reason, and no fields
    await expect.poll(() => t.page.getByRole('main').getByRole('alert').textContent()).toBe(`Documento rifiutato: ${refusal}`);
    expect(await t.page.locator('#campi').count()).toBe(0);
    await suite.check(t, 'documento-rifiutato');
    await t.page.goBack();

    // Act: filters go to the address, and the address fills the form
    await t.page.getByLabel('Mittente').fill('Regione Calabria');
    await t.page.getByRole('button', { name: 'Cerca' }).click();
    await t.page.waitForURL(/sender=Regione\+Calabria/);
    await expect.poll(() => t.page.locator('#documenti tbody tr').count()).toBe(1);
    expect(await t.page.locator('#documenti tbody').textContent()).toContain('n. 0032047 del 26/01/2021');
    // Act: sort by sender
    await t.page.getByRole('button', { name: /^Mittente/ }).click();
    // Assess: in the address, and said on the column
    await t.page.waitForURL(/sort=mittente&order=asc/);
    expect(await t.page.locator('th[data-sort="mittente"]').getAttribute('aria-sort')).toBe('ascending');
    await t.page.goto('/index.html?type=circolare&from=2023-01-01');
    expect(await t.page.getByLabel('Data del documento dal').inputValue()).toBe('01/01/2023');
    expect(await t.page.getByLabel('Tipo').inputValue()).toBe('circolare');

    // Act: open the uploaded document from the list
    await t.page.goto('/index.html');
    await t.page.getByRole('link', { name: 'Programmazione FNPS - Piano operativo analitico POA.' }).click();
    await t.page.waitForURL(/documento\.html\?id=[0-9a-f]{64}$/);
    // Assess: its fields, and the PDF drawn page by page
    const fields = t.page.locator('#campi');
    await expect.poll(() => fields.textContent()).toContain('Ministero del Lavoro e delle Politiche Sociali');
    expect(await t.page.locator('#campo-deadlines').textContent()).toContain('30/11/2023');
    expect(await t.page.locator('#campo-signatories').textContent()).toContain('Il Dirigente – Renato Sampogna');
    // pdf.js draws the page in the browser: on a loaded machine that takes longer than a poll's default 5 s.
    await expect.poll(() => t.page.getByTestId('pagina-pdf').textContent(), { timeout: 30_000 }).toMatch(/^Pagina 1 di \d+$/);

    // Act: choose a deadline's value
    await t.page.locator('#campo-deadlines button[data-campo]').first().click();
    // Assess: its page is shown with a highlight over the line it was read from
    const mark = t.page.locator('.evidenza');
    await expect.poll(() => mark.isVisible()).toBe(true);
    await expect.poll(() => t.page.getByTestId('pagina-pdf').textContent(), { timeout: 30_000 }).toBe('Pagina 4 di 4');
    // …over the line that says it: where the text the reader kept puts that line is where the mark is
    const id = new URL(t.page.url()).searchParams.get('id')!;
    const token = await suite.app.login('dev-ministero');
    const doc = (await (await fetch(`${suite.app.url}/documents/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { links: { text: string } };
    const text = (await (await fetch(doc.links.text)).json()) as { pages: PageText[] };
    const pageText = text.pages.find((p) => p.page === 4)!;
    const line = pageText.lines.find((l) => l.text.includes('30 novembre 2023'))!;
    const baseline = (yFromTop(pageText) ? line.y : pageText.height - line.y) / pageText.height;
    const markOnPage = async () => {
      const [m, c] = await Promise.all([mark.boundingBox(), t.page.locator('.pdf-pagina canvas').boundingBox()]);
      return { baseline: (m!.y + m!.height / 1.3 - c!.y) / c!.height, width: m!.width / c!.width, inside: m!.y >= c!.y && m!.y + m!.height <= c!.y + c!.height };
    };
    await expect.poll(async () => Math.abs((await markOnPage()).baseline - baseline)).toBeLessThan(0.005);
    expect((await markOnPage()).inside).toBe(true);
    expect((await markOnPage()).width).toBeGreaterThan(0.5);
    expect(await t.page.locator('.evidenza-testo').textContent()).toMatch(/^Scadenze «30\/11\/2023»: pagina \d+/);
    await suite.check(t, 'documento');
  });

  it('corregge un campo e mostra la correzione nello storico', async () => {
    // Prepare
    const t = await suite.open();
    await logIn(t.page, 'dev-ministero', `/documento.html?id=${archivedId}`);
    const sender = t.page.locator('#campo-sender');
    await expect.poll(() => sender.textContent()).toContain('Regione Calabria');
    expect(await t.page.locator('#storico').textContent()).toContain('Nessuna correzione');
    // Act
    await sender.getByRole('button', { name: 'Correggi' }).click();
    await sender.getByRole('textbox', { name: 'Mittente', exact: true }).fill('Regione Calabria – Dipartimento Tutela della Salute e Politiche Sociali');
    await sender.getByRole('textbox', { name: 'Motivo della correzione (facoltativo)' }).fill('intestazione completa');
    await sender.getByRole('button', { name: 'Salva la correzione' }).click();
    // Assess: the new value, and a history row with before, after, who and why
    await expect.poll(() => t.page.locator('#messaggi').textContent()).toContain('Campo «Mittente» corretto');
    expect(await t.page.locator('#campo-sender').textContent()).toContain('Dipartimento Tutela della Salute');
    const row = t.page.locator('#storico tbody tr').first();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['Mittente', 'Regione Calabria', 'Regione Calabria – Dipartimento Tutela della Salute e Politiche Sociali', 'dev-ministero']);
    expect(cells[4]).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/);
    expect(cells[5]).toBe('intestazione completa');
    // Assess: kept by the server, not only on the page
    await t.page.reload();
    await expect.poll(() => t.page.locator('#storico tbody tr').count()).toBe(1);
    expect(await t.page.locator('#campo-sender').textContent()).toContain('Dipartimento Tutela della Salute');
    await expect.poll(() => t.page.getByTestId('pagina-pdf').textContent(), { timeout: 30_000 }).toBe('Pagina 1 di 6');
    await suite.check(t, 'documento-corretto');
  });

  it('mostra scadenze e calendario del periodo e scarica il file iCalendar', async () => {
    // Prepare
    const t = await suite.open();
    await logIn(t.page, 'dev-ministero', '/scadenze.html?from=2021-02-01&to=2021-02-28');
    // Assess: the circular's deadline in the list and in the month's calendar, linked to the document
    const list = t.page.locator('#tabella-scadenze');
    await expect.poll(() => list.textContent()).toContain('10/02/2021');
    expect(await list.locator(`a[href="/documento.html?id=${archivedId}"]`).count()).toBe(1);
    const calendar = t.page.locator('#tabella-calendario');
    await expect.poll(() => calendar.locator('caption').textContent()).toMatch(/^Febbraio 2021/);
    expect(await calendar.locator(`a[href="/documento.html?id=${archivedId}"]`).count()).toBe(1);
    expect(await t.page.getByLabel('Dal', { exact: true }).inputValue()).toBe('01/02/2021');
    // The dates after the period are said, with a link that widens it to them
    const outside = t.page.locator('#fuori-periodo');
    await expect.poll(() => outside.textContent()).toMatch(/dopo il 28\/02\/2021/);
    expect(await outside.getByRole('link', { name: 'mostra anche queste' }).getAttribute('href')).toMatch(/^scadenze\.html\?from=01%2F02%2F2021&to=\d\d%2F\d\d%2F\d{4}$/);
    await suite.check(t, 'scadenze');

    // Act: download the iCalendar file
    const [download] = await Promise.all([t.page.waitForEvent('download'), t.page.getByRole('button', { name: 'Scarica iCalendar' }).click()]);
    // Assess
    const path = await download.path();
    const ics = readFileSync(path, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('20210210');
    expect(download.suggestedFilename()).toBe('scadenze-2021-02-01-2021-02-28.ics');

    // Act: the subscription address, and the next month
    await t.page.getByRole('button', { name: 'Abbonati al calendario' }).click();
    expect(await t.page.getByLabel('Indirizzo del calendario da aggiungere al tuo programma').inputValue()).toMatch(/^https?:\/\/.+/);
    await t.page.getByRole('button', { name: 'Mese successivo' }).click();
    await expect.poll(() => calendar.locator('caption').textContent()).toMatch(/^Marzo 2021 – nessuna data/);
  });

  it('scrive una convocazione partendo da una circolare archiviata, la protocolla e ne scarica il PDF', async () => {
    // Prepare
    const t = await suite.open();
    await logIn(t.page, 'dev-ministero', `/lettera.html?modello=convocazione&documento=${archivedId}`);
    const form = t.page.locator('#lettera');
    // Assess: pre-filled from the circular (its subject and protocol)
    await expect.poll(() => form.getByLabel('Oggetto', { exact: true }).inputValue()).toBe('Riscontro – PIANO SOCIALE REGIONALE 2020-2022 – PIANI DI ZONA ART. 20 L.R. 23/2003 – GESTIONE FONDI NAZIONALI E REGIONALI.');
    const reference = form.getByRole('group', { name: /^Riferimento/ });
    expect(await reference.getByLabel('Protocollo', { exact: true }).inputValue()).toBe('0032047');
    expect(await reference.getByLabel('Data', { exact: true }).inputValue()).toBe('26/01/2021');

    // Act: generate with required fields missing
    await t.page.getByRole('button', { name: 'Genera e protocolla' }).click();
    // Assess: a summary on top, and each error beside its field
    const summary = t.page.locator('#errori');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('Mittente › Ente: campo obbligatorio mancante');
    const ente = form.getByRole('group', { name: 'Mittente', exact: true }).getByLabel('Ente', { exact: true });
    expect(await ente.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await ente.getAttribute('aria-describedby'))!.split(' ');
    const beside = await Promise.all(describedBy.map((id) => t.page.locator(`#${id}`).textContent()));
    expect(beside).toContain('campo obbligatorio mancante');
    await suite.check(t, 'lettera-errori');

    // Act: fill in the rest
    const mittente = form.getByRole('group', { name: 'Mittente', exact: true });
    await mittente.getByLabel('Ente', { exact: true }).fill('Ministero del Lavoro e delle Politiche Sociali');
    await mittente.getByLabel('Indirizzo', { exact: true }).fill('Via Fornovo, 8 – 00192 Roma');
    await mittente.getByLabel('PEC', { exact: true }).fill('dginclusione@pec.lavoro.gov.it');
    await mittente.getByLabel('Codice IPA', { exact: true }).fill('m_lps');
    await mittente.getByLabel('Codice AOO', { exact: true }).fill('AOO_DGLP');
    await form.getByLabel('Luogo', { exact: true }).fill('Roma');
    await form.getByRole('group', { name: 'Destinatario 1', exact: true }).getByLabel('Nome', { exact: true }).fill('Alla Regione Calabria');
    const firmatario = form.getByRole('group', { name: 'Firmatario 1', exact: true });
    await firmatario.getByLabel('Ruolo', { exact: true }).fill('Il Direttore Generale');
    await firmatario.getByLabel('Nome', { exact: true }).fill('Paolo Onelli');
    const riunione = form.getByRole('group', { name: 'Riunione', exact: true });
    await riunione.getByLabel('Data', { exact: true }).first().fill('15/01/2099');
    await riunione.getByLabel('Ora', { exact: true }).first().fill('10:30');
    await riunione.getByLabel('Modalità', { exact: true }).fill('in videoconferenza');
    await riunione.getByLabel('Punto 1', { exact: true }).fill('programmazione dei Piani di Zona');
    // Assess: the live preview is drawn
    await expect.poll(() => t.page.locator('#stato-anteprima').textContent(), { timeout: 30_000 }).toMatch(/^Anteprima aggiornata: \d+ pagin/);
    expect(await t.page.locator('#anteprima canvas').isVisible()).toBe(true);
    await suite.check(t, 'lettera');

    // Act: generate
    await t.page.getByRole('button', { name: 'Genera e protocolla' }).click();
    // Assess: numbered, with its files, and the PDF is a PDF
    const done = t.page.locator('#lettera-generata');
    await expect.poll(() => done.locator('h2').textContent(), { timeout: 60_000 }).toMatch(/^Lettera protocollata: n\. \d{7} del \d{2}\/\d{2}\/\d{4}$/);
    const pdfLink = done.getByRole('link', { name: 'Scarica il PDF' });
    await pdfLink.waitFor();
    const pdf = await t.page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.ok()).toBe(true);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await done.getByRole('link', { name: 'Scarica la segnatura (XML)' }).count()).toBe(1);
    await suite.check(t, 'lettera-protocollata');

    // Act: the register lists it, and finds it by subject
    await t.page.goto('/lettere.html?text=PIANI DI ZONA');
    // Assess
    await expect.poll(() => t.page.locator('#registro tbody').textContent()).toContain('Riscontro – PIANO SOCIALE REGIONALE');
    expect(await t.page.locator('#registro tbody').textContent()).toContain('Alla Regione Calabria');
    expect(await t.page.getByLabel('Cerca per oggetto, destinatario o numero').inputValue()).toBe('PIANI DI ZONA');
    await suite.check(t, 'lettere');
  });

  it('su uno schermo di telefono (390 px) mostra intestazione e pulsante «Esci» senza tagliarli', async () => {
    // Prepare
    const t = await suite.open();
    await t.page.setViewportSize({ width: 390, height: 844 });
    // Act
    await logIn(t.page, 'dev-regione', '/scadenze.html');
    // Assess: nothing wider than the screen, the exit button whole within it
    const exit = t.page.getByRole('button', { name: 'Esci' });
    await exit.waitFor();
    const box = (await exit.boundingBox())!;
    expect([box.x >= 0, box.x + box.width <= 390]).toEqual([true, true]);
    expect(await t.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await suite.check(t, 'scadenze-telefono');
  });

  it('a un Ambito nega il documento di un altro ente, con un messaggio in italiano', async () => {
    // Prepare
    const t = await suite.open();
    // Act
    await logIn(t.page, 'dev-ambito', `/documento.html?id=${archivedId}`);
    // Assess: a message, not the document
    const main = t.page.getByRole('main');
    await expect.poll(() => main.getByRole('alert').textContent()).toBe('Documento non trovato: non esiste oppure non è visibile al tuo ente.');
    expect(await t.page.locator('#campi').count()).toBe(0);
    expect(await t.page.locator('canvas').count()).toBe(0);
    expect(await main.textContent()).not.toContain('Regione Calabria');
    await suite.check(t, 'documento-negato');
  });
});

/**
 * The collection pages end to end, on the local app driven by Debian's Chromium: a Region creates a
 * campaign, imports its bodies (a file with a bad row first), issues the links; a body opens its link
 * in a browser with no session, downloads its form, fills it in, uploads it and reads the outcome; the
 * Region's board then shows the body as received, the chart, the export and a reminder; the body's own
 * user sees only its slot. Every page state is checked with axe-core and photographed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { webSuite } from './web-suite.ts';
import { formRegistry } from '../../shared/collect/form-registry.ts';
import { answers, typed } from '../collect/forms/form-samples.ts';
import { logIn } from './browser.ts';

// The dev Ambito user is the first body of the campaign below.
const suite = webSuite('carteggio-web-raccolte-', { CARTEGGIO_DEV_IPA: 'ats_fg01' });
/** Shared by the steps below, in order. */
let campaignId = '';
let links: Record<string, string> = {};

const TITLE = 'POA 2026 – Supervisione del personale dei servizi sociali';
const HEADER = 'codice;denominazione;regione;pec;popolazione;assistenti_sociali';
const GOOD = [HEADER, 'ATS_FG01;Ambito di San Severo;Puglia;ats.fg01@pec.it;75000;15', 'ATS_FG02;Ambito di Lucera;Puglia;ats.fg02@pec.it;60000;12', ''].join('\n');
const BAD = [HEADER, 'ATS_FG01;Ambito di San Severo;Puglia;ats.fg01@pec.it;75000;15', 'ATS_FG02;Ambito di Lucera;Puglia;non-una-pec;60000;12', ''].join('\n');

/** A date `days` from today in Rome, as AAAA-MM-GG. */
function romeDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const italian = (iso: string) => iso.split('-').reverse().join('/');
const DEADLINE = romeDay(20);

/** The form's bytes filled in with pdf-lib as a person would: the sample answers, with `changes`. */
async function fillIn(bytes: Buffer, changes: Record<string, string | number> = {}): Promise<Buffer> {
  const doc = await PDFDocument.load(new Uint8Array(bytes));
  const def = formRegistry().get('poa-supervisione');
  for (const [name, value] of Object.entries({ ...answers['poa-supervisione']!, ...changes })) {
    const field = def.fields.find((f) => f.name === name)!;
    if (field.type === 'choice') doc.getForm().getDropdown(name).select(typed(def, name, value));
    else doc.getForm().getTextField(name).setText(typed(def, name, value));
  }
  return Buffer.from(await doc.save());
}

/** Clicks what starts a download and returns the file's bytes and suggested name. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('pagine delle raccolte', () => {
  it('la Regione crea una raccolta, importa gli enti (prima un file con una riga sbagliata) e genera i collegamenti', async () => {
    // Prepare
    const t = await suite.open();
    await logIn(t.page, 'dev-regione', '/raccolte.html');
    await expect.poll(() => t.page.locator('#elenco').textContent()).toContain('Nessuna raccolta');
    expect(await t.page.getByRole('link', { name: 'Raccolte', exact: true }).getAttribute('aria-current')).toBe('page');

    // Act: create without filling anything
    await t.page.getByRole('button', { name: 'Crea la raccolta' }).click();
    // Assess: each missing field said beside it and in a summary, the focus on the first
    await expect.poll(() => t.page.locator('#riepilogo-errori').textContent()).toContain('Scrivi un titolo di almeno 3 caratteri.');
    expect(await t.page.getByLabel('Titolo').getAttribute('aria-invalid')).toBe('true');
    expect(await t.page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('n-titolo');

    // Act: a real campaign
    await t.page.getByLabel('Titolo').fill(TITLE);
    await t.page.getByLabel('Scadenza').fill(italian(DEADLINE));
    await t.page.getByLabel('Modulo da compilare').selectOption('poa-supervisione');
    expect(await t.page.getByLabel('Ente che promuove la raccolta').inputValue()).toBe('Regione Puglia');
    await t.page.getByRole('button', { name: 'Crea la raccolta' }).click();
    // Assess: on its board, which says what to do next
    await t.page.waitForURL(/\/campagna\.html\?id=[a-z0-9-]+$/);
    campaignId = new URL(t.page.url()).searchParams.get('id')!;
    await expect.poll(() => t.page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(await t.page.locator('#messaggi').textContent()).toContain('Raccolta creata');
    expect(await t.page.getByTestId('scadenza').textContent()).toBe(`${italian(DEADLINE)} (mancano 20 giorni)`);
    await expect.poll(() => t.page.locator('#enti').textContent()).toContain('Nessun ente ancora');

    // Act: a file whose third row has a bad PEC address
    await t.page.locator('#file-enti').setInputFiles({ name: 'enti.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD) });
    await t.page.getByRole('button', { name: 'Importa', exact: true }).click();
    // Assess: the row and the column, and nothing imported
    const errors = t.page.locator('#errori-importa');
    await expect.poll(() => errors.textContent()).toContain('Riga 3, colonna «pec»');
    expect(await errors.locator('li').count()).toBe(1);
    expect(await t.page.locator('#enti').textContent()).toContain('Nessun ente ancora');
    await suite.check(t, 'campagna-importa-errori');

    // Act: the corrected file
    await t.page.locator('#file-enti').setInputFiles({ name: 'enti.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
    await t.page.getByRole('button', { name: 'Importa', exact: true }).click();
    // Assess: both bodies listed, missing
    await expect.poll(() => t.page.locator('#esito-importa').textContent()).toContain('Importati 2 enti da enti.csv.');
    await expect.poll(() => t.page.locator('#tabella-enti tbody tr').count()).toBe(2);
    expect(await t.page.locator('#tabella-enti tr[data-codice="ATS_FG02"]').textContent()).toContain('Mancante');
    expect(await t.page.getByTestId('conteggio-Enti attesi').textContent()).toContain('2');

    // Act: issue the links, after saying yes to the warning
    await t.page.getByRole('button', { name: 'Genera i collegamenti' }).click();
    await t.page.getByRole('button', { name: 'Sì, genera i collegamenti' }).click();
    // Assess: one link per body, in a table and in a CSV made by the page
    await expect.poll(() => t.page.locator('#tabella-collegamenti tbody tr').count()).toBe(2);
    for (const code of ['ATS_FG01', 'ATS_FG02']) links[code] = await t.page.locator(`#collegamento-${code}`).inputValue();
    expect(links.ATS_FG01).toMatch(new RegExp(`^${suite.app.url}/raccolta\\.html#[A-Za-z0-9_-]{43}$`));
    const csv = await download(t.page, () => t.page.getByRole('button', { name: /Scarica l’elenco/ }).click());
    expect(csv.name).toBe(`collegamenti-${campaignId}.csv`);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFcodice;denominazione;pec;collegamento\r\n')).toBe(true);
    expect(text).toContain(`ATS_FG01;Ambito di San Severo;ats.fg01@pec.it;${links.ATS_FG01}`);
    await suite.check(t, 'campagna-collegamenti');

    // Act: back to the list
    await t.page.getByRole('link', { name: 'Raccolte', exact: true }).first().click();
    // Assess: the campaign is there, promoted by this body, and opens its board
    await expect.poll(() => t.page.locator('#raccolte tbody tr').count()).toBe(1);
    expect(await t.page.locator('#raccolte tbody').textContent()).toContain('Promotore');
    expect(await t.page.getByRole('link', { name: TITLE }).getAttribute('href')).toBe(`/campagna.html?id=${campaignId}`);
    await suite.check(t, 'raccolte');
  });

  it('un Ambito apre il suo collegamento senza account, scarica il modulo, lo invia compilato e ne legge l’esito (un altro lo vede rifiutato)', async () => {
    // Prepare: a browser with no session
    const t = await suite.open();
    // Act
    await t.page.goto(links.ATS_FG01!);
    // Assess: no login asked; the campaign, who asks, the body, the deadline
    await expect.poll(() => t.page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(new URL(t.page.url()).pathname).toBe('/raccolta.html');
    expect(await t.page.getByTestId('ente').textContent()).toBe('Ambito di San Severo (ATS_FG01)');
    expect(await t.page.getByTestId('scadenza').textContent()).toBe(`${italian(DEADLINE)} – mancano 20 giorni`);
    expect(await t.page.locator('#main').textContent()).toContain('Regione Puglia');
    expect(await t.page.locator('#invii').textContent()).toContain('Nessun invio finora.');
    await suite.check(t, 'raccolta');

    // Act: download the form, fill it in as a person would
    const form = await download(t.page, () => t.page.getByRole('link', { name: 'Scarica il modulo' }).click());
    expect(form.name).toBe('poa-supervisione-ATS_FG01.pdf');
    expect((await PDFDocument.load(new Uint8Array(form.bytes))).getForm().getTextField('enteCodice').getText()).toBe('ATS_FG01');
    const filled = await fillIn(form.bytes);
    // …and send it through the page
    await t.page.locator('#file').setInputFiles({ name: 'poa-san-severo.pdf', mimeType: 'application/pdf', buffer: filled });
    await t.page.getByRole('button', { name: 'Invia', exact: true }).click();

    // Assess: the outcome in words, with the protocol number; the version listed
    const outcome = t.page.locator('#esito-invio');
    await expect.poll(() => outcome.getAttribute('data-esito'), { timeout: 70_000 }).toBe('accepted');
    expect(await outcome.locator('h3').textContent()).toBe('Modulo accettato');
    expect(await t.page.getByTestId('protocollo').textContent()).toMatch(/^n\. \d{7} del \d{2}\/\d{2}\/\d{4}$/);
    expect(await t.page.locator('#tabella-invii tbody tr').count()).toBe(1);
    expect(await t.page.locator('#tabella-invii tbody').textContent()).toContain('poa-san-severo.pdf');
    // Act: the receipt (written just after the registration)
    await suite.app.stack.idle();
    const receipt = await download(t.page, () => outcome.getByRole('button', { name: /Scarica la ricevuta/ }).click());
    // Assess
    expect(receipt.name).toBe('ricevuta-ATS_FG01-v1.pdf');
    expect(receipt.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await suite.check(t, 'raccolta-esito');

    // Act: the other body sends its form with too few hours of group supervision
    await t.page.goto(links.ATS_FG02!);
    await expect.poll(() => t.page.getByTestId('ente').textContent()).toBe('Ambito di Lucera (ATS_FG02)');
    const other = await download(t.page, () => t.page.getByRole('link', { name: 'Scarica il modulo' }).click());
    await t.page.locator('#file').setInputFiles({ name: 'poa-lucera.pdf', mimeType: 'application/pdf', buffer: await fillIn(other.bytes, { oreGruppo: 12 }) });
    await t.page.getByRole('button', { name: 'Invia', exact: true }).click();
    // Assess: not accepted, and why, in words a person can act on; registered all the same
    await expect.poll(() => outcome.getAttribute('data-esito'), { timeout: 70_000 }).toBe('rejected');
    expect(await outcome.locator('h3').textContent()).toBe('Modulo non accettato');
    expect(await outcome.locator('.motivi').textContent()).toMatch(/^Da correggere: .*12.*16/);
    expect(await t.page.getByTestId('protocollo').textContent()).toMatch(/^n\. \d{7} del /);
    await suite.check(t, 'raccolta-rifiutato');

    // Act: a link that does not exist
    await t.page.goto(`/raccolta.html#${'A'.repeat(43)}`);
    // Assess: the server's Italian sentence, nothing else of the page
    await expect.poll(() => t.page.getByRole('heading', { level: 1 }).textContent()).toBe('Collegamento non valido');
    expect(await t.page.getByRole('alert').textContent()).toMatch(/collegamento/i);
    expect(await t.page.locator('#pagina').isHidden()).toBe(true);
    await suite.check(t, 'raccolta-non-valida');
  });

  it('sul quadro della Regione un ente risulta ricevuto e l’altro rifiutato, nel grafico e nell’esportazione; il rifiutato si sollecita', async () => {
    // Prepare
    const t = await suite.open();
    await logIn(t.page, 'dev-regione', `/campagna.html?id=${campaignId}`);
    // Assess: the body received, with its protocol; the counts
    const row = t.page.locator('#tabella-enti tr[data-codice="ATS_FG01"]');
    await expect.poll(() => row.textContent()).toContain('Ricevuto');
    expect(await row.textContent()).toMatch(/n\. \d{7} del \d{2}\/\d{2}\/\d{4}/);
    expect(await t.page.getByTestId('conteggio-Hanno risposto').textContent()).toMatch(/^1Hanno risposto/);
    expect(await t.page.getByTestId('conteggio-Mancanti').textContent()).toMatch(/^0Mancanti/);
    expect(await t.page.getByTestId('conteggio-Rifiutati').textContent()).toMatch(/^1Rifiutati/);
    const refused = t.page.locator('#tabella-enti tr[data-codice="ATS_FG02"]');
    expect(await refused.textContent()).toContain('Rifiutato');
    expect(await refused.locator('.motivi').textContent()).toMatch(/Da correggere: .*12.*16/);
    // …and the chart: an image with a name and a description, its figures in a table
    const chart = t.page.getByRole('img', { name: /Risposte arrivate nel tempo/ });
    expect(await chart.count()).toBe(1);
    expect(await t.page.locator('svg.grafico-arrivi desc').textContent()).toContain('2 enti su 2 hanno inviato almeno un modulo, accettato o no');
    expect(await t.page.locator('#tabella-arrivi tbody tr').count()).toBe(1);
    expect(await t.page.locator('#tabella-arrivi tbody tr').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}222 su 2$/);
    await suite.check(t, 'campagna');

    // Act: only the ones to remind
    await t.page.getByLabel('Filtra per stato').selectOption('da-sollecitare');
    // Assess: in the address, one row
    await t.page.waitForURL(/stato=da-sollecitare/);
    expect(await t.page.locator('#tabella-enti tbody tr').count()).toBe(1);
    expect(await t.page.locator('#tabella-enti tbody').textContent()).toContain('Ambito di Lucera');

    // Act: export, as the CSV Italian Excel opens
    const csv = await download(t.page, () => t.page.getByRole('button', { name: 'CSV per Excel' }).click());
    // Assess: one row per body, `;`, BOM
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split(/\r?\n/)[0]).toContain(';');
    expect(text).toContain('ATS_FG01');
    expect(text).toContain('ATS_FG02');
    const standard = await download(t.page, () => t.page.getByRole('button', { name: 'CSV standard' }).click());
    expect(standard.bytes.toString('utf8').split(/\r?\n/)[0]).toContain(',');

    // Act: remind the body whose answer was refused, with the template's example sender
    await expect.poll(() => t.page.locator('#invia-solleciti').textContent()).toBe('Protocolla il sollecito');
    // (the deadline is 20 days away: the page says so before a reminder is sent)
    expect(await t.page.locator('#solleciti-prima-della-scadenza').textContent()).toContain(`la scadenza (${italian(DEADLINE)}) non è ancora passata`);
    await t.page.getByRole('button', { name: 'Compila con i dati di esempio del modello' }).click();
    await t.page.getByRole('button', { name: 'Protocolla il sollecito' }).click();
    // Assess: one reminder, with its protocol number
    const reminders = t.page.locator('#tabella-solleciti tbody tr');
    await expect.poll(() => reminders.count(), { timeout: 30_000 }).toBe(1);
    expect(await reminders.first().textContent()).toMatch(/Ambito di Lucera.*n\. \d{7} del \d{2}\/\d{2}\/\d{4}/);
    // …and its PEC message, addressed to the body
    await reminders.first().getByRole('button', { name: /Mostra i file/ }).click();
    const eml = await reminders.first().getByRole('link', { name: /Messaggio PEC/ }).getAttribute('href');
    expect(await (await fetch(eml!)).text()).toMatch(/^To: .*ats\.fg02@pec\.it/m);

    // Act: close, then reopen with a later deadline
    await t.page.getByRole('button', { name: 'Chiudi la raccolta' }).click();
    await expect.poll(() => t.page.locator('#esito-chiusura').textContent()).toBe('Raccolta chiusa.');
    await t.page.getByLabel(/Nuova scadenza della raccolta/).fill(italian(romeDay(30)));
    await t.page.getByRole('button', { name: 'Riapri la raccolta' }).click();
    // Assess
    await expect.poll(() => t.page.locator('#esito-chiusura').textContent()).toBe(`Raccolta riaperta con scadenza ${italian(romeDay(30))}.`);
    expect(await t.page.getByTestId('scadenza').textContent()).toBe(`${italian(romeDay(30))} (mancano 30 giorni)`);
    await suite.check(t, 'campagna-solleciti');
  });

  it('l’Ambito che ha un account vede solo il suo invio; un collegamento sostituito non vale più', async () => {
    // Prepare
    const t = await suite.open();
    // Act
    await logIn(t.page, 'dev-ambito', `/campagna.html?id=${campaignId}`);
    // Assess: its slot and its submission, none of the Region's tools
    await expect.poll(() => t.page.locator('#ente-stato').textContent()).toContain('Ambito di San Severo');
    expect(await t.page.locator('#ente-stato').textContent()).toContain('Ricevuto');
    expect(await t.page.locator('#tabella-invii tbody tr').count()).toBe(1);
    expect(await t.page.locator('#titolare').isHidden()).toBe(true);
    await suite.check(t, 'campagna-ente');

    // Act: the Region issues the links again; the old one is opened
    const token = await suite.app.login('dev-regione');
    expect((await fetch(`${suite.app.url}/campaigns/${campaignId}/links`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).ok).toBe(true);
    await t.page.goto(links.ATS_FG01!);
    // Assess: refused, with the server's reason
    await expect.poll(() => t.page.getByRole('heading', { level: 1 }).textContent()).toBe('Collegamento non valido');
    expect(await t.page.getByRole('alert').textContent()).toMatch(/^Collegamento revocato il \d{2}\/\d{2}\/\d{4} alle \d{2}:\d{2}: usare il collegamento più recente/);
  });
});

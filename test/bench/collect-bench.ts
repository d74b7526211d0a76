/**
 * npm run bench:collect [-- BODIES]
 *
 * A 600-body campaign and one answer per body through the embedded stack (s3rver, dynalite, the real
 * ingest handler): filled AcroForms, flattened forms, printed-and-scanned forms (OCR), signed
 * .pdf.p7m (CAdES) and PEC messages (.eml carrying the form). Each answer goes where it would arrive:
 * the body's slot raccolte/<campagna>/<ente>/ (what its upload link's presigned POST writes) or the
 * inbox (PEC).
 *
 * 1. The campaign: all answers uploaded in the order they might arrive (kinds mixed, eight at a
 *    time), timed until the last is registered. Target: ≤ 60 s on a 2-core machine. Prints the
 *    total, the outcome counts per kind, how long each kind waited from upload to registration,
 *    and the peak RSS.
 * 2. Each kind alone (a second campaign, SAMPLE answers of one kind at a time): its throughput.
 */
import { availableParallelism } from 'node:os';
import { startEmbeddedStack } from '../support/embedded-stack.ts';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { Campaign, newCampaignId, type ExpectedBody } from '../../shared/records/campaign-record.ts';
import { buildEml } from '../../shared/pec/build-eml.ts';
import { scannedCopy } from '../../cli/scanned-copy.ts';
import { cadesBes } from '../support/reading-kinds/p7m.ts';
import { answers, filledForm, form } from '../collect/forms/form-samples.ts';
import { arrivalsChannel, type ArrivalOutcome } from '../../shared/ingest/arrivals-channel.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
const COUNT = Number(process.argv[2] ?? 600);
/** Answers per kind in the second part, each kind alone (scans: a fifth, at ~2 s of OCR each). */
const SAMPLE = 30;
const sampleOf = (kind: Kind) => (kind === 'scansione' ? SAMPLE / 5 : SAMPLE);
/** The mix of kinds, in shares of the bodies. */
const MIX: [Kind, number][] = [
  ['modulo compilato', 0.5],
  ['modulo appiattito', 0.2],
  ['scansione', 0.05],
  ['firmato .p7m', 0.15],
  ['PEC .eml', 0.1],
];
type Kind = 'modulo compilato' | 'modulo appiattito' | 'scansione' | 'firmato .p7m' | 'PEC .eml';

const env = await startEmbeddedStack({ CARTEGGIO_OCR: 'on' });
const store = new DynamoCampaignStore(env.dynamo, env.config.table);
/** A campaign with `count` expected bodies, each with its own PEC address (ats<n>@<domain>). */
async function newCampaign(title: string, count: number, domain: string): Promise<{ campaign: Campaign; bodies: ExpectedBody[] }> {
  const campaign = Campaign.parse({ recordVersion: 1, id: newCampaignId(), issuer: { codiceIpa: 'r_puglia', name: 'Regione Puglia' }, title, formId: 'poa-supervisione', deadline: '2099-12-31', state: 'aperta', createdAt: new Date().toISOString() });
  await store.createCampaign(campaign);
  const bodies: ExpectedBody[] = Array.from({ length: count }, (_, i) => ({ recordVersion: 1, campaignId: campaign.id, code: `ATS${String(i + 1).padStart(3, '0')}`, name: `Ambito territoriale n. ${i + 1}`, region: 'Puglia', pec: `ats${i + 1}@${domain}`, population: 75_000, assistentiSociali: 15 }));
  await store.putExpectedBodies(campaign.id, bodies);
  return { campaign, bodies };
}
const t0 = performance.now();
const { campaign, bodies } = await newCampaign('POA 2024 supervisione', COUNT, 'pec.it');
console.log(`${COUNT} enti importati in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);

// One document per kind, made once; each body's copy differs by a comment line, so each is its own content.
const def = form('poa-supervisione');
const filled = await filledForm(def, answers['poa-supervisione']);
const flattened = await filledForm(def, answers['poa-supervisione'], { flatten: true });
const scanned = await scannedCopy(flattened, 150);
const distinct = (pdf: Uint8Array, tag: string): Uint8Array => {
  const text = Buffer.from(pdf);
  const at = text.lastIndexOf('startxref');
  return new Uint8Array(Buffer.concat([text.subarray(0, at), Buffer.from(`% risposta ${tag}\n`), text.subarray(at)]));
};

type Upload = { kind: Kind; key: string; bytes: Uint8Array; type: string; body: string };
/** One body's answer of the given kind, where it would arrive. */
async function answerOf(kind: Kind, c: Campaign, b: ExpectedBody): Promise<Upload> {
  const tag = `${c.id}-${b.code}`;
  const slot = `raccolte/${c.id}/${b.code}`;
  const body = `${c.id}/${b.code}`;
  if (kind === 'modulo appiattito') return { kind, key: `${slot}/poa.pdf`, bytes: distinct(flattened, tag), type: 'application/pdf', body };
  if (kind === 'scansione') return { kind, key: `${slot}/poa-scansione.pdf`, bytes: distinct(scanned, tag), type: 'application/pdf', body };
  if (kind === 'firmato .p7m') return { kind, key: `${slot}/poa.pdf.p7m`, bytes: await cadesBes(distinct(filled, tag)), type: 'application/pkcs7-mime', body };
  if (kind === 'PEC .eml') {
    const eml = await buildEml({ from: { name: b.name, address: b.pec! }, to: ['protocollo@pec.regione.puglia.it'], cc: [], subject: `Trasmissione ${c.title}`, text: 'Si trasmette il POA.', attachments: [{ filename: 'poa.pdf', content: distinct(filled, tag), contentType: 'application/pdf' }], date: new Date(), messageId: `<${tag}@pec.it>` });
    return { kind, key: `pec/${tag}.eml`, bytes: eml, type: 'message/rfc822', body };
  }
  return { kind, key: `${slot}/poa.pdf`, bytes: distinct(filled, tag), type: 'application/pdf', body };
}

/** When each body's answer was registered (campaign/body), as the ingestion announced it: a PEC message's answer is its attachment. */
const finished = new Map<string, number>();
arrivalsChannel.subscribe((m) => {
  const { submission } = m as ArrivalOutcome;
  if (submission) finished.set(`${submission.campaignId}/${submission.bodyCode}`, performance.now());
});

/** Uploads eight at a time, as many browsers and a PEC gateway would, and waits until all are handled. */
async function deliver(uploads: Upload[]): Promise<{ ms: number; sent: Map<string, number> }> {
  const sent = new Map<string, number>();
  const t = performance.now();
  const queue = [...uploads];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let u = queue.shift(); u; u = queue.shift()) {
        sent.set(u.key, performance.now());
        await env.objects.put(env.config.inboxBucket, u.key, u.bytes, u.type);
      }
    }),
  );
  await env.stack.idle();
  return { ms: performance.now() - t, sent };
}

// 1. The campaign: kinds in the shares of MIX, spread evenly through the arrival order.
const kinds: Kind[] = [];
for (const [kind, share] of MIX) for (let i = 0; i < Math.round(share * COUNT); i++) kinds.push(kind);
while (kinds.length < COUNT) kinds.push('modulo compilato');
kinds.length = COUNT;
const order = bodies.map((_, i) => i).sort((a, b) => ((a * 7919) % COUNT) - ((b * 7919) % COUNT));
const uploads: Upload[] = [];
for (const i of order) uploads.push(await answerOf(kinds[i], campaign, bodies[i]));
console.log(`Risposte preparate: ${MIX.map(([k]) => `${uploads.filter((u) => u.kind === k).length} ${k}`).join(', ')}, in ordine di arrivo misto.`);

const { ms: total, sent } = await deliver(uploads);
const submissions = await store.listSubmissions(campaign.id);
const byBody = new Map(submissions.map((s) => [s.bodyCode, s]));
console.log(`Tutte le ${COUNT} risposte caricate e registrate in ${(total / 1000).toFixed(1)} s (obiettivo ≤ 60 s: ${total <= 60_000 ? 'raggiunto' : 'NON raggiunto'}).`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
for (const [kind] of MIX) {
  const mine = bodies.filter((_, i) => kinds[i] === kind);
  const outcomes = mine.filter((b) => byBody.has(b.code)).map((b) => byBody.get(b.code)!.outcome);
  const count = (o: string) => outcomes.filter((x) => x === o).length;
  const waits = uploads.filter((u) => u.kind === kind).map((u) => (finished.get(u.body) ?? Number.NaN) - sent.get(u.key)!).sort((a, b) => a - b);
  console.log(`  ${kind.padEnd(18)} ${String(outcomes.length).padStart(3)}/${mine.length} registrate – accolte ${count('accepted')}, con osservazioni ${count('accepted_with_warnings')}, respinte ${count('rejected')}; dal caricamento alla registrazione: mediana ${seconds(waits[Math.floor(waits.length / 2)])}, massimo ${seconds(waits.at(-1)!)}`);
}
const versions = submissions.length - byBody.size;
console.log(`Risposte: ${submissions.length}, enti con più di una versione: ${versions}; protocolli assegnati: ${submissions.filter((s) => s.protocol).length}.`);
console.log(`Memoria: picco RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (processo unico: S3, DynamoDB, acquisizione e lettori).`);

const cpu = process.cpuUsage();
console.log(`CPU del processo fin qui (preparazione dei file compresa): ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s su ${availableParallelism()} core.`);
// 2. Each kind alone: SAMPLE answers of one kind, in a campaign of their own.
console.log('Per tipo, da solo:');
const alone = await newCampaign('POA 2024 supervisione – per tipo', SAMPLE * MIX.length, 'per-tipo.pec.it');
for (const [k, [kind]] of MIX.entries()) {
  const n = sampleOf(kind);
  const mine = await Promise.all(alone.bodies.slice(k * SAMPLE, k * SAMPLE + n).map((b) => answerOf(kind, alone.campaign, b)));
  const { ms } = await deliver(mine);
  console.log(`  ${kind.padEnd(18)} ${String(n).padStart(3)} in ${seconds(ms)} (${(n / (ms / 1000)).toFixed(1)} al secondo)`);
}
await env.stop();

/**
 * npm run bench:collect [-- BODIES]
 *
 * A 600-body campaign and one answer per body through the embedded stack (s3rver, dynalite, the real
 * ingest handler): filled AcroForms, flattened forms, printed-and-scanned forms (OCR), signed
 * .pdf.p7m (CAdES) and PEC messages (.eml carrying the form). Each answer goes where it would arrive:
 * the body's slot raccolte/<campagna>/<ente>/ (what its upload link's presigned POST writes) or the
 * inbox (PEC). Prints the total time, the throughput per kind, the outcome counts and the peak RSS.
 * Target: ≤ 60 s on a 2-core machine.
 */
import { PDFDocument } from 'pdf-lib';
import { startEmbeddedStack } from '../support/embedded-stack.ts';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { Campaign, newCampaignId, type ExpectedBody } from '../../shared/records/campaign-record.ts';
import { buildEml } from '../../shared/pec/build-eml.ts';
import { scannedCopy } from '../../cli/scanned-copy.ts';
import { cadesBes } from '../support/reading-kinds/p7m.ts';
import { answers, filledForm, form } from '../collect/forms/form-samples.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
const COUNT = Number(process.argv[2] ?? 600);
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
const campaign = Campaign.parse({ recordVersion: 1, id: newCampaignId(), issuer: { codiceIpa: 'r_puglia', name: 'Regione Puglia' }, title: 'POA 2024 supervisione', formId: 'poa-supervisione', deadline: '2099-12-31', state: 'aperta', createdAt: new Date().toISOString() });
await store.createCampaign(campaign);
const bodies: ExpectedBody[] = Array.from({ length: COUNT }, (_, i) => ({ recordVersion: 1, campaignId: campaign.id, code: `ATS${String(i + 1).padStart(3, '0')}`, name: `Ambito territoriale n. ${i + 1}`, region: 'Puglia', pec: `ats${i + 1}@pec.it`, population: 75_000, assistentiSociali: 15 }));
const t0 = performance.now();
await store.putExpectedBodies(campaign.id, bodies);
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
void PDFDocument;

const kinds: Kind[] = [];
for (const [kind, share] of MIX) for (let i = 0; i < Math.round(share * COUNT); i++) kinds.push(kind);
while (kinds.length < COUNT) kinds.push('modulo compilato');
const uploads: { kind: Kind; key: string; bytes: Uint8Array; type: string }[] = [];
for (const [i, b] of bodies.entries()) {
  const kind = kinds[i];
  const tag = b.code;
  if (kind === 'modulo compilato') uploads.push({ kind, key: `raccolte/${campaign.id}/${b.code}/poa.pdf`, bytes: distinct(filled, tag), type: 'application/pdf' });
  if (kind === 'modulo appiattito') uploads.push({ kind, key: `raccolte/${campaign.id}/${b.code}/poa.pdf`, bytes: distinct(flattened, tag), type: 'application/pdf' });
  if (kind === 'scansione') uploads.push({ kind, key: `raccolte/${campaign.id}/${b.code}/poa-scansione.pdf`, bytes: distinct(scanned, tag), type: 'application/pdf' });
  if (kind === 'firmato .p7m') uploads.push({ kind, key: `raccolte/${campaign.id}/${b.code}/poa.pdf.p7m`, bytes: await cadesBes(distinct(filled, tag)), type: 'application/pkcs7-mime' });
  if (kind === 'PEC .eml') {
    const eml = await buildEml({ from: { name: b.name, address: b.pec }, to: ['protocollo@pec.regione.puglia.it'], cc: [], subject: `Trasmissione ${campaign.title}`, text: 'Si trasmette il POA.', attachments: [{ filename: 'poa.pdf', content: distinct(filled, tag), contentType: 'application/pdf' }], date: new Date(), messageId: `<${tag}@pec.it>` });
    uploads.push({ kind, key: `pec/${b.code}.eml`, bytes: eml, type: 'message/rfc822' });
  }
}
console.log(`Risposte preparate: ${MIX.map(([k]) => `${uploads.filter((u) => u.kind === k).length} ${k}`).join(', ')}.`);

// Kind by kind: each kind's answers are uploaded together and timed until the last is registered.
const started = performance.now();
const timing = new Map<Kind, number>();
let expected = 0;
for (const [kind] of MIX) {
  const mine = uploads.filter((u) => u.kind === kind);
  if (!mine.length) continue;
  const t = performance.now();
  const queue = [...mine];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let u = queue.shift(); u; u = queue.shift()) await env.objects.put(env.config.inboxBucket, u.key, u.bytes, u.type);
    }),
  );
  expected += mine.length;
  await env.stack.idle();
  timing.set(kind, performance.now() - t);
  process.stderr.write(`${kind}: ${mine.length} in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
}
const total = performance.now() - started;
const submissions = await store.listSubmissions(campaign.id);
const byBody = new Map(submissions.map((s) => [s.bodyCode, s]));
console.log(`Tutte le ${COUNT} risposte caricate e registrate in ${(total / 1000).toFixed(1)} s (obiettivo ≤ 60 s: ${total <= 60_000 ? 'raggiunto' : 'NON raggiunto'}).`);
for (const [kind] of MIX) {
  const mine = bodies.filter((_, i) => kinds[i] === kind);
  const got = mine.filter((b) => byBody.has(b.code));
  const outcomes = got.map((b) => byBody.get(b.code)!.outcome);
  const count = (o: string) => outcomes.filter((x) => x === o).length;
  const seconds = (timing.get(kind) ?? 0) / 1000;
  console.log(`  ${kind.padEnd(18)} ${String(got.length).padStart(3)}/${mine.length} registrate in ${seconds.toFixed(1)} s (${(got.length / Math.max(seconds, 0.001)).toFixed(1)} al secondo) – accolte ${count('accepted')}, con osservazioni ${count('accepted_with_warnings')}, respinte ${count('rejected')}`);
}
const versions = submissions.length - byBody.size;
console.log(`Risposte: ${submissions.length}, enti con più di una versione: ${versions}; protocolli assegnati: ${submissions.filter((s) => s.protocol).length}.`);
console.log(`Memoria: picco RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (processo unico: S3, DynamoDB, acquisizione e lettori).`);
await env.stop();

import { posix } from 'node:path';
import type { DocumentRecord } from '../records/document-record.ts';
import { isLate, type Campaign, type ExpectedBody, type NewSubmission, type Submission, type SubmissionSigner } from '../records/campaign-record.ts';
import type { IngestedContent, ObjectArrival } from '../ingest/ingest-object.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import type { CampaignStore } from '../storage/campaign-store.ts';
import type { ProtocolRegister } from '../register/protocol-register.ts';
import type { PageText } from '../read/page-text.ts';
import { romeDate } from '../calendar/rome-date.ts';
import { registerYear } from '../register/protocol-register.ts';
import type { FormRegistry } from './form-registry.ts';
import { readFormValues } from './read-form-values.ts';
import { validateSubmission } from './validate-submission.ts';
import { submissionReference } from './incoming-registration.ts';
import { submissionReceiptEml, submissionReceiptPdf } from './submission-receipt.ts';

export interface ReceiveDeps {
  campaigns: CampaignStore;
  objects: ObjectStore;
  /** The issuer's protocol register: each answer is numbered in it, in entrata, beside the letters it sends. */
  register: ProtocolRegister;
  forms: FormRegistry;
  /** Where receipts are written (`raccolte/<campagna>/<ente>/ricevuta-v<n>.pdf`). */
  outputsBucket: string;
  now?: () => Date;
}

/** Where an upload link puts a body's file: `raccolte/<campagna>/<codice ente>/…`. */
export const SLOT = /^raccolte\/(?<campaign>[a-z0-9][a-z0-9-]{2,39})\/(?<body>[A-Za-z0-9][A-Za-z0-9_.-]{0,63})\//;

/** Whether a key can hold a submission at all (a link's slot, or a document a message carried): cheap, before any read. */
export function mayBeSubmission(key: string): boolean {
  return SLOT.test(key) || /\.eml\.allegati\/[^/]+$/i.test(key);
}

/**
 * Turns an ingested arrival into a campaign submission when it is one: a file uploaded through a
 * body's link (its slot in the key), or a document carried by a PEC message whose certified sender is
 * a body a campaign expects. The form's values are read (AcroForm exactly, else from the text or OCR),
 * checked against the form and the domain's rules, and the submission is recorded once per content
 * (a new content is the next version); then registered in the issuer's incoming protocol and a
 * receipt written (and, for a PEC arrival, its reply message). Every step can run again after a
 * crash: a submission already recorded is completed, not duplicated. Returns null for other arrivals.
 * `content` is what the ingestion just had in hand (the bytes, the pages): given, nothing is read back.
 */
export async function receiveSubmission(arrival: ObjectArrival, doc: DocumentRecord, deps: ReceiveDeps, content?: Pick<IngestedContent, 'bytes' | 'pages'>): Promise<Submission | null> {
  const now = (deps.now ?? (() => new Date()))();
  const slot = await slotOf(arrival, deps);
  if (!slot) return null;
  const { campaign, body } = slot;
  const def = deps.forms.get(campaign.formId);

  let values: Record<string, unknown> = {};
  let how: Record<string, string> = {};
  let outcome: Submission['outcome'];
  let reasons: Submission['reasons'];
  if (doc.status === 'rejected') {
    outcome = 'rejected';
    reasons = [{ severity: 'error', message: `Il file non si può leggere: ${doc.rejection?.message ?? 'motivo non registrato'}` }];
  } else {
    const pdf = await pdfOf(doc, deps.objects, content?.bytes);
    // A filled AcroForm gives every value; the text (and OCR) is read only for what it lacks.
    let reading = await readFormValues(def, pdf);
    const wanted = (name: string) => def.fields.some((f) => f.name === name && (f.required || f.requiredWhen));
    if (reading.missing.some(wanted)) reading = await readFormValues(def, pdf, content?.pages ?? (await pagesOf(doc, deps.objects)));
    values = reading.values;
    how = reading.how;
    const checked = validateSubmission(def, values, { population: body.population, assistentiSociali: body.assistentiSociali });
    // A value OCR could not find on a scan is not the sender's omission: it is ours to check by hand.
    const scanned = (doc.facts?.ocrPages.length ?? 0) > 0;
    const unread = new Set(scanned ? reading.missing : []);
    reasons = checked.reasons.map((r) =>
      r.field && unread.has(r.field) && r.severity === 'error'
        ? { severity: 'warning' as const, field: r.field, message: `${def.fields.find((f) => f.name === r.field)?.label ?? r.field}: non letto nella scansione, da verificare a mano sul documento` }
        : { severity: r.severity, message: r.message, ...(r.field ? { field: r.field } : {}) },
    );
    outcome = reasons.some((r) => r.severity === 'error') ? 'rejected' : reasons.some((r) => r.severity === 'warning') ? 'accepted_with_warnings' : 'accepted';
  }
  const signer = signerOf(doc);
  if (signer?.integrity === 'non-valida') reasons.push({ severity: 'warning', message: 'La firma digitale non corrisponde al contenuto: il file potrebbe essere stato modificato dopo la firma.' });
  const fresh: NewSubmission = {
    campaignId: campaign.id,
    bodyCode: body.code,
    documentId: doc.id,
    fileName: doc.fileName,
    object: { bucket: arrival.bucket, key: arrival.key },
    receivedAt: doc.receivedAt,
    via: slot.via,
    ...(slot.pec ? { pec: slot.pec } : {}),
    late: isLate(campaign, doc.receivedAt),
    outcome,
    reasons,
    values,
    how,
    ...(signer ? { signer } : {}),
  };
  const recorded = await deps.campaigns.recordSubmission(fresh);
  let { submission } = recorded;
  if (!submission.protocol) {
    // DPR 445/2000 art. 53: every answer is registered, in entrata, in the issuer's one protocol register.
    // A run that dies before the answer carries its number leaves a reservation the sweep annuls.
    const today = romeDate(now);
    const reservation = await deps.register.reserve(
      campaign.issuer.codiceIpa,
      registerYear(today),
      { direzione: 'entrata', oggetto: `${campaign.title} – ${body.name} (${body.code}), SHA-256 ${doc.id}`, riferimento: submissionReference(submission) },
      now,
    );
    // The answer carries its number first; only then is the reservation closed (else the sweep annuls it).
    submission = await deps.campaigns.updateSubmission({ ...submission, protocol: { numero: reservation.numero, data: today } });
    await deps.register.markLetter(reservation, reservation.token);
  }
  // A version recorded just now can have no receipt yet; one found again (a re-run) may have.
  await writeReceipt(campaign, body, submission, deps, now, !recorded.created);
  return submission;
}

/** The campaign and body an arrival answers for, and how it came; null when it is no submission. */
async function slotOf(arrival: ObjectArrival, deps: ReceiveDeps): Promise<{ campaign: Campaign; body: ExpectedBody; via: 'link' | 'pec'; pec?: { sender: string } } | null> {
  const link = SLOT.exec(arrival.key)?.groups;
  if (link) {
    const campaign = await deps.campaigns.getCampaign(link.campaign);
    const body = campaign ? await deps.campaigns.getExpectedBody(campaign.id, link.body) : null;
    return campaign && body ? { campaign, body, via: 'link' } : null;
  }
  // A document a PEC message carried sits beside it: "<message key>.allegati/NN-name".
  const carried = /^(?<message>.+\.eml)\.allegati\/[^/]+$/i.exec(arrival.key)?.groups?.message;
  if (!carried) return null;
  const { readPecMessage } = await import('../ingest/pec-message.ts');
  const message = await readPecMessage(await deps.objects.get(arrival.bucket, carried)).catch(() => null);
  const sender = message?.fromAddress ?? undefined;
  if (!sender) return null;
  const candidates: { campaign: Campaign; body: ExpectedBody }[] = [];
  for (const body of await deps.campaigns.findBodiesByPec(sender)) {
    const campaign = await deps.campaigns.getCampaign(body.campaignId);
    if (campaign?.state === 'aperta') candidates.push({ campaign, body });
  }
  if (!candidates.length) return null;
  // A body in several open campaigns: the one whose title the message's subject names best, else the nearest deadline.
  const words = new Set((message?.subject ?? '').toLowerCase().split(/\W+/u).filter((w) => w.length > 3));
  const score = (c: Campaign) => c.title.toLowerCase().split(/\W+/u).filter((w) => words.has(w)).length;
  candidates.sort((a, b) => score(b.campaign) - score(a.campaign) || a.campaign.deadline.localeCompare(b.campaign.deadline));
  return { ...candidates[0], via: 'pec', pec: { sender } };
}

/** The PDF itself: the archived original (or the same bytes just ingested), taken out of its CAdES envelope when signed. */
async function pdfOf(doc: DocumentRecord, objects: ObjectStore, ingested?: Uint8Array | null): Promise<Uint8Array> {
  const bytes = ingested ?? (await objects.get(doc.original.bucket, doc.original.key));
  if (!doc.facts?.signers.length) return bytes;
  const { unwrapEnvelope } = await import('../read/unwrap-envelope.ts');
  return (await unwrapEnvelope(bytes))?.pdf ?? bytes;
}

/** The pages as the reader gave them (OCR lines included), from the text the ingestion archived. */
async function pagesOf(doc: DocumentRecord, objects: ObjectStore): Promise<PageText[] | undefined> {
  if (!doc.text) return undefined;
  const raw = await objects.get(doc.text.bucket, doc.text.key).catch(() => null);
  return raw ? (JSON.parse(Buffer.from(raw).toString('utf8')) as { pages: PageText[] }).pages : undefined;
}

/** The first signer of a signed file, as the reader recorded it. */
function signerOf(doc: DocumentRecord): SubmissionSigner | null {
  const s = doc.facts?.signers[0] as (Record<string, unknown> & { name: string | null; signingTime: string | null }) | undefined;
  if (!s) return null;
  const integrity = s.integrity === 'verificata' ? 'verificata' : s.integrity === 'non-valida' ? 'non-valida' : 'non-verificata';
  const signingTime = s.signingTime && !Number.isNaN(Date.parse(s.signingTime)) ? new Date(s.signingTime).toISOString() : null;
  return {
    kind: s.kind === 'PAdES' ? 'PAdES' : 'CAdES',
    name: s.name,
    fiscalCode: typeof s.fiscalCode === 'string' ? s.fiscalCode : null,
    signingTime,
    certificateValidAtSigning: typeof s.certificateValidAtSigning === 'boolean' ? s.certificateValidAtSigning : null,
    integrity,
    chain: 'integrity checked, chain not verified',
  };
}

/** The receipt PDF (and the PEC reply, for a PEC arrival), written once per version; `mayExist` looks first. */
async function writeReceipt(campaign: Campaign, body: ExpectedBody, submission: Submission, deps: ReceiveDeps, now: Date, mayExist: boolean): Promise<void> {
  const base = posix.join('raccolte', campaign.id, body.code, `ricevuta-v${submission.version}`);
  if (mayExist && (await deps.objects.head(deps.outputsBucket, `${base}.pdf`))) return;
  const pdf = await submissionReceiptPdf(campaign, body, submission);
  if (submission.via === 'pec') {
    const eml = await submissionReceiptEml(campaign, body, submission, pdf, { name: campaign.issuer.name, address: `protocollo@${campaign.issuer.codiceIpa}.invalid` }, now);
    await deps.objects.put(deps.outputsBucket, `${base}.eml`, eml, 'message/rfc822');
  }
  // The PDF last: its presence says the receipt is complete.
  await deps.objects.put(deps.outputsBucket, `${base}.pdf`, pdf, 'application/pdf');
}

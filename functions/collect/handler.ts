import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import * as z from 'zod';
import { Campaign, newCampaignId, type ExpectedBody } from '../../shared/records/campaign-record.ts';
import { loadCampaignStatus } from '../../shared/collect/campaign-status.ts';
import { importBodies } from '../../shared/collect/import-bodies.ts';
import { renderForm } from '../../shared/collect/render-form.ts';
import { exportCampaignCsv, exportCampaignXlsx } from '../../shared/collect/export-campaign.ts';
import { fieldsInLayoutOrder } from '../../shared/collect/form-definition.ts';
import { remindBodies } from '../../shared/collect/remind-bodies.ts';
import { presignedUpload, UPLOAD_CONTENT_TYPES, type UploadContentType } from '../../shared/collect/upload-tokens.ts';
import { italianIssues } from '../../shared/render/italian-issues.ts';
import { callerOf, type Caller } from '../http/caller.ts';
import { json } from '../http/json-response.ts';
import { requestIdOf } from '../http/request-id.ts';
import { errorAnswer } from '../http/error-answer.ts';
import { jsonBody, publicOrigin } from '../http/request-parts.ts';
import { powertools } from '../observability/powertools.ts';
import { collectDeps, type CollectDeps } from './collect-deps.ts';

const { logger } = powertools('carteggio-collect');

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Answer = APIGatewayProxyStructuredResultV2;

/**
 * Collections: a body (a region, a lead Ambito) manages its campaigns; an expected body sees only its
 * own slot; anyone holding a body's link (its token, in the address) sees that slot, downloads its
 * form and uploads into it, and nothing else. Who may do what is decided in `accessOf`, nowhere else.
 */
export const handler = async (event: Event): Promise<Answer> => {
  const requestId = requestIdOf(event);
  try {
    const deps = collectDeps();
    if (event.routeKey.includes('/raccolta/{token}')) return await linkRoute(event, deps);
    const caller = callerOf(event);
    if (!caller) return json(401, { errore: 'Autenticazione richiesta.' });
    if (!caller.roles.length || !caller.codiceIpa) return json(403, { errore: 'Utente senza ruolo o senza ente.' });
    const route = ROUTES[event.routeKey];
    if (!route) return json(404, { errore: `Percorso sconosciuto: ${event.routeKey}` });
    return await route(event, caller as Caller & { codiceIpa: string }, deps);
  } catch (err) {
    return errorAnswer(err, requestId, logger, { route: event.routeKey });
  }
};

type Route = (event: Event, caller: Caller & { codiceIpa: string }, deps: CollectDeps) => Promise<Answer>;

/** What a caller may do with a campaign: manage it (its issuer), see its own slot (an expected body), or nothing. */
async function accessOf(caller: Caller & { codiceIpa: string }, campaign: Campaign, deps: CollectDeps): Promise<{ kind: 'issuer' } | { kind: 'body'; body: ExpectedBody } | null> {
  if (campaign.issuer.codiceIpa.toLowerCase() === caller.codiceIpa.toLowerCase()) return { kind: 'issuer' };
  // One read whatever the case of the code (IPA codes are lower case, ATS codes upper case).
  const body = (await deps.campaigns.findBodiesByCode(caller.codiceIpa)).find((b) => b.campaignId === campaign.id);
  return body ? { kind: 'body', body } : null;
}

async function managed(event: Event, caller: Caller & { codiceIpa: string }, deps: CollectDeps): Promise<Campaign | Answer> {
  const campaign = await deps.campaigns.getCampaign(String(event.pathParameters?.id ?? ''));
  const access = campaign ? await accessOf(caller, campaign, deps) : null;
  if (!campaign || access?.kind !== 'issuer') return json(404, { errore: 'Nessuna raccolta con questo id tra quelle del proprio ente.' });
  return campaign;
}
const isAnswer = (x: Campaign | Answer): x is Answer => 'statusCode' in x;

const NewCampaign = z.object({
  title: z.string().trim().min(3, { error: 'titolo: almeno 3 caratteri' }).max(300, { error: 'titolo: al massimo 300 caratteri' }),
  formId: z.string().min(1, { error: 'modulo: obbligatorio' }),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'scadenza: una data AAAA-MM-GG' }),
  issuerName: z.string().trim().min(2, { error: 'nome dell’ente: obbligatorio' }).max(200),
});

const ROUTES: Record<string, Route> = {
  'GET /forms': async (_e, _c, deps) => json(200, deps.forms.list().map((f) => ({ id: f.id, title: f.title, description: f.description ?? null }))),

  'GET /campaigns': async (_e, caller, deps) => {
    // Those the body issued (one query) and those that expect it (one query, then each campaign): never every campaign.
    const issued = await deps.campaigns.listCampaigns({ issuer: caller.codiceIpa.toLowerCase() });
    const mine: { campaign: Campaign; ruolo: 'titolare' | 'ente' }[] = issued.map((campaign) => ({ campaign, ruolo: 'titolare' }));
    for (const entry of await deps.campaigns.findBodiesByCode(caller.codiceIpa)) {
      const campaign = await deps.campaigns.getCampaign(entry.campaignId);
      if (campaign && !mine.some((m) => m.campaign.id === campaign.id)) mine.push({ campaign, ruolo: 'ente' });
    }
    return json(200, mine.sort((x, y) => y.campaign.createdAt.localeCompare(x.campaign.createdAt) || x.campaign.id.localeCompare(y.campaign.id)));
  },

  'POST /campaigns': async (event, caller, deps) => {
    const input = NewCampaign.safeParse(parse(event));
    if (!input.success) return json(400, { errore: 'Raccolta non valida.', dettagli: italianIssues(input.error) });
    if (!deps.forms.has(input.data.formId)) return json(422, { errore: `Modulo sconosciuto: ${input.data.formId}.` });
    const campaign = Campaign.safeParse({ recordVersion: 1, id: newCampaignId(), issuer: { codiceIpa: caller.codiceIpa, name: input.data.issuerName }, title: input.data.title, formId: input.data.formId, deadline: input.data.deadline, state: 'aperta', createdAt: new Date().toISOString() });
    if (!campaign.success) return json(422, { errore: 'Raccolta non valida.', dettagli: italianIssues(campaign.error) });
    return json(201, await deps.campaigns.createCampaign(campaign.data));
  },

  'GET /campaigns/{id}': async (event, caller, deps) => {
    const campaign = await deps.campaigns.getCampaign(String(event.pathParameters?.id ?? ''));
    const access = campaign ? await accessOf(caller, campaign, deps) : null;
    if (!campaign || !access) return json(404, { errore: 'Nessuna raccolta con questo id visibile al proprio ente.' });
    if (access.kind === 'body') return json(200, { campaign, ruolo: 'ente', body: access.body, submissions: await deps.campaigns.listBodySubmissions(campaign.id, access.body.code) });
    const status = await loadCampaignStatus(deps.campaigns, campaign);
    return json(200, { campaign, ruolo: 'titolare', status });
  },

  'POST /campaigns/{id}/bodies': async (event, caller, deps) => {
    const campaign = await managed(event, caller, deps);
    if (isAnswer(campaign)) return campaign;
    const input = z.object({ fileName: z.string().min(1), content: z.string().min(1) }).safeParse(parse(event));
    if (!input.success) return json(400, { errore: 'Serve { "fileName": "enti.csv", "content": "<Base64>" }.' });
    const result = await importBodies(new Uint8Array(Buffer.from(input.data.content, 'base64')), input.data.fileName);
    if (!result.ok) return json(422, { errore: `Nessun ente importato: ${result.errors.length} errori da correggere nel file.`, righe: result.errors });
    await deps.campaigns.putExpectedBodies(campaign.id, result.bodies.map((b) => ({ ...b, campaignId: campaign.id, recordVersion: 1 })));
    return json(200, { importati: result.bodies.length, avvisi: result.warnings });
  },

  'POST /campaigns/{id}/links': async (event, caller, deps) => {
    const campaign = await managed(event, caller, deps);
    if (isAnswer(campaign)) return campaign;
    const origin = publicOrigin(event);
    const links = [];
    for (const b of await deps.campaigns.listExpectedBodies(campaign.id)) {
      const { token } = await deps.tokens.reissueToken(campaign.id, b.code);
      links.push({ code: b.code, name: b.name, pec: b.pec, link: `${origin}/raccolta.html#${token}` });
    }
    return json(200, links);
  },

  'GET /campaigns/{id}/export': async (event, caller, deps) => {
    const campaign = await managed(event, caller, deps);
    if (isAnswer(campaign)) return campaign;
    const format = event.queryStringParameters?.format ?? 'xlsx';
    if (!['csv', 'csv-it', 'xlsx'].includes(format)) return json(400, { errore: 'format: csv, csv-it oppure xlsx.' });
    const status = await loadCampaignStatus(deps.campaigns, campaign);
    const fields = fieldsInLayoutOrder(deps.forms.get(campaign.formId)).map((f) => ({ name: f.name, label: f.label }));
    const bytes = format === 'xlsx' ? await exportCampaignXlsx(status, fields) : exportCampaignCsv(status, fields, format === 'csv-it' ? 'excel-it' : 'standard');
    const type = format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8';
    return file(bytes, type, `raccolta-${campaign.id}.${format === 'xlsx' ? 'xlsx' : 'csv'}`);
  },

  'POST /campaigns/{id}/reminders': async (event, caller, deps) => {
    const campaign = await managed(event, caller, deps);
    if (isAnswer(campaign)) return campaign;
    const base = z.record(z.string(), z.unknown()).safeParse((parse(event) as { data?: unknown } | null)?.data);
    if (!base.success) return json(400, { errore: 'Serve { "data": { mittente, luogo, firmatari, nuovaScadenza, … } } del sollecito.' });
    const mittente = base.data.mittente as { codiceIpa?: string } | undefined;
    if (mittente?.codiceIpa && mittente.codiceIpa !== caller.codiceIpa && !caller.roles.includes('ministero')) return json(403, { errore: 'I solleciti si protocollano con il registro del proprio ente.' });
    const status = await loadCampaignStatus(deps.campaigns, campaign);
    const sent = await remindBodies(campaign, status, base.data, deps.letters);
    return json(200, sent.map((r) => ({ code: r.bodyCode, name: r.bodyName, protocollo: r.letter?.protocol ?? null, letterId: r.letter?.id ?? null, errore: r.errore, giaInviato: r.giaInviato ?? false })));
  },

  'POST /campaigns/{id}/close': async (event, caller, deps) => {
    const campaign = await managed(event, caller, deps);
    if (isAnswer(campaign)) return campaign;
    return json(200, await deps.campaigns.closeCampaign(campaign.id, new Date()));
  },

  'POST /campaigns/{id}/reopen': async (event, caller, deps) => {
    const campaign = await managed(event, caller, deps);
    if (isAnswer(campaign)) return campaign;
    const deadline = (parse(event) as { deadline?: string } | null)?.deadline;
    if (deadline !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return json(400, { errore: 'deadline: una data AAAA-MM-GG.' });
    return json(200, await deps.campaigns.reopenCampaign(campaign.id, deadline ? { deadline } : {}));
  },
};

/**
 * The routes a body's link opens, without an account: the token in the address is checked first
 * and names the one slot it may see and fill.
 */
async function linkRoute(event: Event, deps: CollectDeps): Promise<Answer> {
  const token = String(event.pathParameters?.token ?? '');
  const check = await deps.tokens.checkToken(token);
  if (!check.ok) return json(check.refusal === 'sconosciuto' ? 404 : 410, { errore: check.message, motivo: check.refusal });
  const campaign = await deps.campaigns.getCampaign(check.campaignId);
  const body = campaign ? await deps.campaigns.getExpectedBody(campaign.id, check.bodyCode) : null;
  if (!campaign || !body) return json(404, { errore: 'La raccolta di questo collegamento non esiste più.' });
  switch (event.routeKey) {
    case 'GET /raccolta/{token}': {
      const submissions = await deps.campaigns.listBodySubmissions(campaign.id, body.code);
      const def = deps.forms.get(campaign.formId);
      return json(200, {
        campaign: { title: campaign.title, deadline: campaign.deadline, issuer: campaign.issuer.name, state: campaign.state, form: { id: def.id, title: def.title } },
        body: { code: body.code, name: body.name },
        scadeIl: check.expiresAt,
        submissions: submissions.map((s) => ({ version: s.version, receivedAt: s.receivedAt, fileName: s.fileName ?? null, via: s.via, late: s.late, outcome: s.outcome, reasons: s.reasons, protocol: s.protocol ?? null })).reverse(),
      });
    }
    case 'GET /raccolta/{token}/modulo': {
      const pdf = await renderForm(deps.forms.get(campaign.formId), { code: body.code, name: body.name }, { title: campaign.title, deadline: campaign.deadline, issuer: campaign.issuer.name });
      return file(pdf, 'application/pdf', `${campaign.formId}-${body.code}.pdf`);
    }
    case 'POST /raccolta/{token}/caricamento': {
      const input = z.object({ fileName: z.string().min(1).max(255), contentType: z.string().optional() }).safeParse(parse(event));
      if (!input.success) return json(400, { errore: 'Serve { "fileName": "poa.pdf", "contentType": "application/pdf" }.' });
      const given = UPLOAD_CONTENT_TYPES.find((t) => t === input.data.contentType);
      const type: UploadContentType = given ?? (input.data.fileName.toLowerCase().endsWith('.p7m') ? 'application/pkcs7-mime' : 'application/pdf');
      // The token was checked above: the slot it names is the one the POST may write.
      const upload = await presignedUpload(deps.s3, deps.config.inboxBucket, { campaignId: campaign.id, bodyCode: body.code }, deps.config.limits.maxBytes, { contentType: type, fileName: input.data.fileName });
      return json(201, upload);
    }
    case 'GET /raccolta/{token}/ricevuta/{version}': {
      const version = Number(event.pathParameters?.version);
      if (!Number.isInteger(version) || version < 1) return json(400, { errore: 'Versione non valida.' });
      const key = `raccolte/${campaign.id}/${body.code}/ricevuta-v${version}.pdf`;
      if (!(await deps.objects.head(deps.config.outputsBucket, key))) return json(404, { errore: 'Ricevuta non ancora pronta: riprovare tra qualche secondo.' });
      const url = await getSignedUrl(deps.s3, new GetObjectCommand({ Bucket: deps.config.outputsBucket, Key: key, ResponseContentDisposition: `attachment; filename="ricevuta-${body.code}-v${version}.pdf"` }), { expiresIn: 900 });
      return json(200, { url });
    }
    default:
      return json(404, { errore: 'Percorso sconosciuto.' });
  }
}

function parse(event: Event): unknown {
  return jsonBody(event) ?? null;
}

/** A file in the answer: API Gateway carries binary bodies as Base64. */
function file(bytes: Uint8Array, type: string, name: string): Answer {
  return { statusCode: 200, isBase64Encoded: true, headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"` }, body: Buffer.from(bytes).toString('base64') };
}


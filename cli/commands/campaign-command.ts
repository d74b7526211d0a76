import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStack } from '../open-stack.ts';
import { readJsonFile } from '../read-json-file.ts';
import { DynamoCampaignStore } from '../../shared/storage/dynamo-campaign-store.ts';
import { Campaign, newCampaignId } from '../../shared/records/campaign-record.ts';
import { formRegistry } from '../../shared/collect/form-registry.ts';
import { importBodies } from '../../shared/collect/import-bodies.ts';
import { renderForm } from '../../shared/collect/render-form.ts';
import { UploadTokens } from '../../shared/collect/upload-tokens.ts';
import { loadCampaignStatus } from '../../shared/collect/campaign-status.ts';
import { exportCampaignCsv, exportCampaignXlsx } from '../../shared/collect/export-campaign.ts';
import { remindBodies } from '../../shared/collect/remind-bodies.ts';
import { fieldsInLayoutOrder } from '../../shared/collect/form-definition.ts';
import { buildGenerateDeps } from '../../functions/generate/generate-deps.ts';
import { formatItalianDate } from '../../shared/extract/italian-dates.ts';
import { typedDate } from '../../shared/calendar/rome-date.ts';
import { ProgressLine } from '../progress-line.ts';
import { CampaignError } from '../../shared/collect/campaign-errors.ts';

export interface CampaignOptions {
  title?: string;
  form?: string;
  deadline?: string;
  issuerIpa?: string;
  issuerName?: string;
  baseUrl?: string;
  format?: string;
  out?: string;
  data?: string;
  json: boolean;
}

const USAGE = `Uso:
  carteggio campaign create --title T --form F --deadline GG/MM/AAAA --issuer-ipa C --issuer-name N
  carteggio campaign list
  carteggio campaign import <campagna> <enti.csv|enti.xlsx>
  carteggio campaign forms <campagna> --out CARTELLA
  carteggio campaign links <campagna> [--base-url URL] [--out collegamenti.csv]
  carteggio campaign status <campagna>
  carteggio campaign export <campagna> --format csv|csv-it|xlsx --out FILE
  carteggio campaign remind <campagna> --data sollecito.json [--out CARTELLA]
  carteggio campaign close|reopen <campagna> [--deadline GG/MM/AAAA]
moduli disponibili: ${'{moduli}'}`;

/**
 * `carteggio campaign …`: a region's collection from the command line, on the same stores and domain
 * functions as the HTTP API: create, import the expected bodies, make their forms and upload links,
 * follow the status, export, and remind the bodies still missing.
 */
export async function campaignCommand(sub: string | undefined, args: string[], o: CampaignOptions): Promise<number> {
  const forms = formRegistry();
  const usage = () => {
    console.error(USAGE.replace('{moduli}', forms.list().map((f) => f.id).join(', ')));
    return 1;
  };
  if (!sub) return usage();
  const stack = await openStack();
  const store = new DynamoCampaignStore(stack.dynamo, stack.config.table);
  const need = async (id: string | undefined) => {
    const campaign = id ? await store.getCampaign(id) : null;
    if (!campaign) throw new UserError(id ? `Nessuna raccolta con id ${id}.` : 'Indicare l’id della raccolta.');
    return campaign;
  };
  try {
    switch (sub) {
      case 'create': {
        const deadline = typedDate(o.deadline);
        if (!o.title || !o.form || !deadline || !o.issuerIpa || !o.issuerName) return usage();
        if (!forms.has(o.form)) throw new UserError(`Modulo sconosciuto: ${o.form}. Disponibili: ${forms.list().map((f) => f.id).join(', ')}.`);
        const campaign = Campaign.parse({ recordVersion: 1, id: newCampaignId(), issuer: { codiceIpa: o.issuerIpa, name: o.issuerName }, title: o.title, formId: o.form, deadline, state: 'aperta', createdAt: new Date().toISOString() });
        await store.createCampaign(campaign);
        print(o.json, campaign, `Raccolta creata: ${campaign.id} «${campaign.title}», modulo ${campaign.formId}, scadenza ${formatItalianDate(campaign.deadline)}.`);
        return 0;
      }
      case 'list': {
        const all = await store.listCampaigns();
        if (o.json) for (const c of all) console.log(JSON.stringify(c));
        else for (const c of all) console.log(`${c.id}  ${c.state.padEnd(7)} scadenza ${formatItalianDate(c.deadline)}  ${c.formId.padEnd(24)} ${c.title}`);
        if (!o.json && !all.length) console.log('Nessuna raccolta.');
        return 0;
      }
      case 'import': {
        const campaign = await need(args[0]);
        if (!args[1]) return usage();
        const file = args[1];
        const result = await importBodies(new Uint8Array(asUserError(() => readFileSync(file), `Impossibile leggere ${file}`)), file);
        if (!result.ok) {
          for (const e of result.errors) console.error(e.message.startsWith('Riga') ? e.message : `Riga ${e.row}${e.column ? `, colonna «${e.column}»` : ''}: ${e.message}`);
          console.error(`Nessun ente importato: ${result.errors.length} errori da correggere nel file.`);
          return 2;
        }
        await store.putExpectedBodies(campaign.id, result.bodies.map((b) => ({ ...b, campaignId: campaign.id, recordVersion: 1 })));
        for (const w of result.warnings) console.error(`Avviso: ${w}`);
        print(o.json, { imported: result.bodies.length }, `${result.bodies.length} enti importati nella raccolta ${campaign.id}.`);
        return 0;
      }
      case 'forms': {
        const campaign = await need(args[0]);
        if (!o.out) return usage();
        const def = forms.get(campaign.formId);
        const bodies = await store.listExpectedBodies(campaign.id);
        mkdirSync(o.out, { recursive: true });
        const progress = new ProgressLine(bodies.length);
        for (const [i, b] of bodies.entries()) {
          writeFileSync(join(o.out, `${campaign.formId}-${b.code}.pdf`), await renderForm(def, { code: b.code, name: b.name }, { title: campaign.title, deadline: campaign.deadline, issuer: campaign.issuer.name }));
          progress.update(i + 1, b.code);
        }
        progress.done();
        print(o.json, { forms: bodies.length, out: o.out }, `${bodies.length} moduli compilabili scritti in ${o.out}.`);
        return 0;
      }
      case 'links': {
        const campaign = await need(args[0]);
        const tokens = new UploadTokens(store);
        const base = (o.baseUrl ?? `http://127.0.0.1:${stack.config.apiPort}`).replace(/\/$/, '');
        const rows = ['codice;ente;pec;collegamento'];
        for (const b of await store.listExpectedBodies(campaign.id)) {
          const { token } = await tokens.reissueToken(campaign.id, b.code);
          rows.push([b.code, b.name, b.pec, `${base}/raccolta.html#${token}`].map(csvCell).join(';'));
        }
        console.error('Collegamenti nuovi per ogni ente: quelli inviati prima sono revocati e non valgono più.');
        const text = `${o.out ? '\ufeff' : ''}${rows.join('\r\n')}\r\n`;
        if (o.out) writeFileSync(o.out, text);
        else process.stdout.write(text);
        if (o.out) console.error(`${rows.length - 1} collegamenti (i precedenti sono revocati) in ${o.out}: ognuno vale solo per il proprio ente.`);
        return 0;
      }
      case 'status': {
        const campaign = await need(args[0]);
        const status = await loadCampaignStatus(store, campaign);
        if (o.json) {
          console.log(JSON.stringify({ campaign, counts: status.counts, bodies: status.bodies.map((b) => ({ code: b.body.code, state: b.state, versions: b.versions, outcome: b.latest?.outcome ?? null })) }));
          return 0;
        }
        const c = status.counts;
        console.log(`«${campaign.title}» – scadenza ${formatItalianDate(campaign.deadline)} (${campaign.state})`);
        console.log(`attesi ${c.attesi}: ricevuti ${c.ricevuti}, in ritardo ${c.inRitardo}, rifiutati ${c.rifiutati}, mancanti ${c.mancanti}${c.conAvvisi ? `, con osservazioni ${c.conAvvisi}` : ''}`);
        for (const b of status.bodies.filter((x) => x.state !== 'ricevuto')) console.log(`  ${b.state.padEnd(10)} ${b.body.code.padEnd(12)} ${b.body.name}${b.latest?.reasons.length ? ` – ${b.latest.reasons[0].message}` : ''}`);
        return 0;
      }
      case 'export': {
        const campaign = await need(args[0]);
        if (!o.out || !['csv', 'csv-it', 'xlsx'].includes(o.format ?? '')) return usage();
        const status = await loadCampaignStatus(store, campaign);
        const fields = fieldsInLayoutOrder(forms.get(campaign.formId)).map((f) => ({ name: f.name, label: f.label }));
        const bytes = o.format === 'xlsx' ? await exportCampaignXlsx(status, fields) : exportCampaignCsv(status, fields, o.format === 'csv-it' ? 'excel-it' : 'standard');
        writeFileSync(o.out, bytes);
        print(o.json, { out: o.out, rows: status.bodies.length }, `${status.bodies.length} righe (una per ente) in ${o.out}.`);
        return 0;
      }
      case 'remind': {
        const campaign = await need(args[0]);
        if (!o.data) return usage();
        const base = asUserError(() => readJsonFile(o.data!, 'Dati del sollecito')) as Record<string, unknown>;
        const status = await loadCampaignStatus(store, campaign);
        if (!status.bodies.length) throw new UserError(`La raccolta ${campaign.id} non ha ancora enti attesi: importarli prima con «carteggio campaign import».`);
        if (!status.pastDeadline) console.error(`Attenzione: la scadenza (${formatItalianDate(campaign.deadline)}) non è ancora passata; i solleciti dicono che la risposta non è pervenuta.`);
        const deps = buildGenerateDeps(stack.config, { s3: stack.s3, dynamo: stack.dynamo });
        const progress = new ProgressLine(Math.max(1, status.counts.mancanti + status.counts.rifiutati));
        const outcomes = await remindBodies(campaign, status, base, deps, (r, done) => progress.update(done, r.bodyCode));
        progress.done();
        let failed = 0;
        for (const r of outcomes) {
          if (!r.letter) {
            failed++;
            console.error(`✗ ${r.bodyCode} ${r.bodyName}: ${r.errore}`);
            continue;
          }
          if (o.out) {
            mkdirSync(o.out, { recursive: true });
            const name = `sollecito-${r.bodyCode}-${r.letter.protocol.numero}`;
            writeFileSync(join(o.out, `${name}.pdf`), await stack.objects.get(r.letter.outputs.pdf.bucket, r.letter.outputs.pdf.key));
            writeFileSync(join(o.out, `${name}.eml`), await stack.objects.get(r.letter.outputs.eml.bucket, r.letter.outputs.eml.key));
          }
          if (o.json) console.log(JSON.stringify({ body: r.bodyCode, protocollo: r.letter.protocol.numero, data: r.letter.protocol.data }));
          else console.log(`✓ ${r.bodyCode} ${r.bodyName}: sollecito prot. n. ${r.letter.protocol.numero} del ${formatItalianDate(r.letter.protocol.data)}${r.giaInviato ? ' (già inviato oggi: stesso sollecito, nessun nuovo numero)' : ''}`);
        }
        const again = outcomes.filter((r) => r.giaInviato).length;
        if (!o.json) console.error(`${outcomes.length - failed - again} solleciti protocollati${again ? `, ${again} già inviati oggi` : ''}${failed ? `, ${failed} non generati` : ''}${o.out ? ` (PDF e .eml in ${o.out})` : ''}.`);
        return failed ? 2 : 0;
      }
      case 'close':
      case 'reopen': {
        const campaign = await need(args[0]);
        const deadline = o.deadline ? typedDate(o.deadline) : undefined;
        if (o.deadline && !deadline) throw new UserError(`--deadline: una data GG/MM/AAAA esistente (indicato: ${o.deadline}).`);
        const done = sub === 'close' ? await store.closeCampaign(campaign.id, new Date()) : await store.reopenCampaign(campaign.id, deadline ? { deadline } : {});
        print(o.json, done, `Raccolta ${done.id} ${done.state}, scadenza ${formatItalianDate(done.deadline)}.`);
        return 0;
      }
      default:
        return usage();
    }
  } catch (err) {
    if (err instanceof UserError || err instanceof CampaignError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await stack.close();
  }
}

/** A mistake in what the user asked: said in Italian, exit code 1. */
class UserError extends Error {}

function asUserError<T>(run: () => T, prefix?: string): T {
  try {
    return run();
  } catch (err) {
    throw new UserError(prefix ? `${prefix}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'il file non esiste' : (err as Error).message}.` : (err as Error).message);
  }
}

function print(json: boolean, value: unknown, text: string): void {
  console.log(json ? JSON.stringify(value) : text);
}


function csvCell(v: string): string {
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

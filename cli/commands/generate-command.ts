import { mkdirSync, writeFileSync } from 'node:fs';
import { readJsonFile, readUserFile } from '../read-json-file.ts';
import { dirname, extname, join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { openStack } from '../open-stack.ts';
import { ProgressLine } from '../progress-line.ts';
import { plural } from '../format-document.ts';
import { buildGenerateDeps } from '../../functions/generate/generate-deps.ts';
import { LetterInputError, generateLetter, type GeneratedLetter } from '../../shared/generate/generate-letter.ts';
import { TemplateName } from '../../shared/render/letter-schemas.ts';

export interface GenerateOptions {
  data?: string;
  fromDocument?: string;
  out?: string;
  csv?: string;
  profile?: string;
  json: boolean;
}

/**
 * `carteggio generate <template> --data file.json [--from-document id] [--out DIR] [--csv ambiti.csv]`:
 * one letter, or one per CSV row (columns destinatario, righe separated by "|", pec, and any top-level
 * field to override), each with its PDF/A, .eml and segnatura.
 */
export async function generateCommand(template: string | undefined, opts: GenerateOptions): Promise<number> {
  const name = TemplateName.safeParse(template);
  if (!name.success) {
    console.error(`Modello sconosciuto: ${template ?? '(nessuno)'}. Modelli disponibili: ${TemplateName.options.join(', ')}.`);
    return 1;
  }
  const base = readData(opts);
  const rows: Record<string, string>[] = opts.csv ? parseCsv(readUserFile(opts.csv, 'CSV dei destinatari'), { columns: true, skip_empty_lines: true, trim: true, bom: true }) : [{}];
  const stack = await openStack();
  const deps = buildGenerateDeps(stack.config, stack);
  const progress = new ProgressLine(rows.length);
  let failed = 0;
  try {
    for (const [i, row] of rows.entries()) {
      const data = opts.csv ? mergeRow(base, row) : base;
      try {
        const letter = await generateLetter({ template: name.data, data, fromDocumentId: opts.fromDocument }, deps);
        if (opts.out) writeOutputs(opts.out, letter);
        report(letter, opts, progress);
      } catch (err) {
        if (!(err instanceof LetterInputError)) throw err;
        failed++;
        progress.done();
        console.error(`${opts.csv ? `Riga ${i + 2} del CSV: ` : ''}${err.message}`);
      }
      if (rows.length > 1) progress.update(i + 1, `lettere generate (${failed} con errori)`);
    }
  } finally {
    progress.done();
    await stack.close();
  }
  if (rows.length > 1 && !opts.json) console.error(`${plural(rows.length - failed, 'lettera generata', 'lettere generate')}, ${failed} non ${failed === 1 ? 'generata' : 'generate'}.`);
  return failed ? 1 : 0;
}

function readData(opts: GenerateOptions): Record<string, unknown> {
  const data = (opts.data ? readJsonFile(opts.data, 'Dati della lettera') : {}) as Record<string, unknown>;
  const profile = opts.profile ?? process.env.CARTEGGIO_PROFILE;
  if (!data.mittente && profile) data.mittente = readJsonFile(profile, 'Profilo del mittente');
  // A logo given as a file path travels as a data: URL, so the generate function needs no file system.
  const mittente = data.mittente as { logo?: string } | undefined;
  if (mittente?.logo && !mittente.logo.startsWith('data:')) {
    const path = resolve(dirname(opts.data ?? profile ?? '.'), mittente.logo);
    const type = extname(path).toLowerCase() === '.png' ? 'png' : 'jpeg';
    mittente.logo = `data:image/${type};base64,${readUserFile(path, 'Logo del mittente').toString('base64')}`;
  }
  return data;
}

function mergeRow(base: Record<string, unknown>, row: Record<string, string>): Record<string, unknown> {
  const { destinatario, righe, pec, ...fields } = row;
  const out: Record<string, unknown> = { ...base, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '')) };
  if (destinatario) out.destinatari = [{ nome: destinatario, righe: righe ? righe.split('|').map((s) => s.trim()) : [], ...(pec ? { pec } : {}) }];
  return out;
}

function writeOutputs(dir: string, letter: GeneratedLetter): void {
  mkdirSync(dir, { recursive: true });
  const n = letter.record.protocol.numero;
  writeFileSync(join(dir, `${n}.pdf`), letter.pdf);
  writeFileSync(join(dir, `${n}.eml`), letter.eml);
  writeFileSync(join(dir, `${n}.segnatura.xml`), letter.segnatura);
}

function report(letter: GeneratedLetter, opts: GenerateOptions, progress: ProgressLine): void {
  const r = letter.record;
  if (opts.json) {
    console.log(JSON.stringify(r));
    return;
  }
  progress.done();
  console.log(`✓ Prot. n. ${r.protocol.numero} (${r.template}, ${r.pages} ${r.pages === 1 ? 'pagina' : 'pagine'}) → s3://${r.outputs.pdf.bucket}/${r.outputs.pdf.key}${opts.out ? ` e ${join(opts.out, r.protocol.numero)}.{pdf,eml,segnatura.xml}` : ''}`);
  for (const w of r.warnings) console.log(`  Attenzione: ${w}`);
}

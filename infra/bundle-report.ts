/**
 * npm run bundle:report — synthesises the app offline, then prints each function's zipped size and
 * the time a fresh Node process takes to import its bundle (median of 5), plus the OCR layer's size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { CarteggioStack } from './carteggio-stack.ts';

const outdir = mkdtempSync(join(tmpdir(), 'carteggio-synth-'));
const app = new App({ outdir, context: { 'aws:cdk:enable-asset-metadata': true } });
const stack = new CarteggioStack(app, 'Carteggio', { env: { region: 'eu-south-1' }, archiveObjectLockDays: 3650, ingestReservedConcurrency: 10, cognitoPlus: false });
const assembly = app.synth();
const template = JSON.parse(readFileSync(join(outdir, assembly.getStackByName(stack.stackName).templateFile), 'utf8')) as {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, string> }>;
};

function zipped(dir: string): number {
  const zip = join(outdir, `${Math.random().toString(36).slice(2)}.zip`);
  execFileSync('zip', ['-qr9', zip, '.'], { cwd: dir });
  return statSync(zip).size;
}

function coldImportMs(dir: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); await import(${JSON.stringify(join(dir, 'index.mjs'))}); console.log(performance.now() - t);`], {
      encoding: 'utf8',
      // Outside the project, as on Lambda: the bundle must stand alone.
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-south-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      cwd: dir,
    });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(Number(r.stdout.trim()));
  }
  return runs.sort((a, b) => a - b)[2];
}

const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
console.log('Funzione      zip        import a freddo   obiettivo');
for (const [, r] of Object.entries(template.Resources)) {
  if (r.Type !== 'AWS::Lambda::Function' || !/^(Acquisizione|Lettere|Consultazione)/.test(String(r.Properties.Description))) continue;
  const dir = join(outdir, r.Metadata!['aws:asset:path']);
  const name = String(r.Properties.Description).split(' ')[0].replace(/\W+$/u, '');
  const limit = name === 'Acquisizione' ? '≤ 3 MB (senza dati OCR), ≤ 500 ms' : name.startsWith('Lettere') ? '≤ 2 MB' : '';
  console.log(`${name.padEnd(14)}${mb(zipped(dir)).padEnd(11)}${`${coldImportMs(dir).toFixed(0)} ms`.padEnd(18)}${limit}`);
}
for (const [, r] of Object.entries(template.Resources)) {
  if (r.Type !== 'AWS::Lambda::LayerVersion') continue;
  const dir = join(outdir, r.Metadata!['aws:asset:path']);
  console.log(`Layer OCR     ${mb(zipped(dir))} compresso (tesseract.js, core wasm, dati italiani, @napi-rs/canvas)`);
}
rmSync(outdir, { recursive: true, force: true });

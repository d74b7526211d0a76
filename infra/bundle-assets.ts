import { cpSync, mkdirSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Copies a file or folder into a bundle output directory (run by NodejsFunction's afterBundling hook). */
export function copyInto(outputDir: string, from: string, to: string): void {
  mkdirSync(dirname(join(outputDir, to)), { recursive: true });
  cpSync(from, join(outputDir, to), { recursive: true });
}

/** pdfjs's standard fonts, cMaps and wasm decoders: read from disk by the ingest function, never fetched. */
export function pdfjsAssets(): { from: string; to: string }[] {
  const root = pkgDir('pdfjs-dist');
  return ['cmaps', 'standard_fonts', 'wasm'].map((d) => ({ from: join(root, d), to: `pdfjs/${d}` }));
}

/** The four Titillium Web faces used by letters. */
export function letterFontFiles(): { from: string; to: string }[] {
  const root = pkgDir('@expo-google-fonts/titillium-web');
  return ['400Regular/TitilliumWeb_400Regular.ttf', '700Bold/TitilliumWeb_700Bold.ttf', '400Regular_Italic/TitilliumWeb_400Regular_Italic.ttf', '700Bold_Italic/TitilliumWeb_700Bold_Italic.ttf'].map(
    (f) => ({ from: join(root, f), to: `fonts/${f}` }),
  );
}

/**
 * The OCR layer: tesseract.js with its wasm core, the Italian data, and the canvas that pdfjs draws
 * pages on, copied from node_modules into nodejs/node_modules (Lambda puts /opt/nodejs/node_modules on
 * NODE_PATH). Built offline at synth time from what npm ci installed.
 */
export function buildOcrLayer(outDir: string): string {
  rmSync(outDir, { recursive: true, force: true });
  const modules = join(outDir, 'nodejs', 'node_modules');
  const seen = new Set<string>();
  const copy = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const dir = pkgDir(name);
    cpSync(dir, join(modules, name), { recursive: true, filter: (src) => !/\/(test|tests|docs|examples|\.github)(\/|$)/.test(src.slice(dir.length)) && !src.endsWith('.map') });
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      try {
        require.resolve(`${dep}/package.json`);
        copy(dep);
      } catch {
        // an optional dependency for another platform: not installed here
      }
    }
  };
  for (const name of ['tesseract.js', 'tesseract.js-core', '@napi-rs/canvas']) copy(name);
  // The Italian data: only the integer "best" model the OCR loads (LSTM_ONLY).
  const ita = pkgDir('@tesseract.js-data/ita');
  mkdirSync(join(modules, '@tesseract.js-data/ita'), { recursive: true });
  for (const f of ['package.json', 'index.js', '4.0.0']) if (existsSync(join(ita, f))) cpSync(join(ita, f), join(modules, '@tesseract.js-data/ita', f), { recursive: true });
  return outDir;
}

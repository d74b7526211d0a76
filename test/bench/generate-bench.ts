/**
 * npm run bench:generate
 *
 * 1. ms per two-page convocation (median over 200, after 20 warm-up letters) and letters/s;
 * 2. 600 personalised convocations (one per Ambito) with PDF/A + .eml + segnatura.xml, in one process.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { renderLetter } from '../../shared/render/render-letter.ts';
import { validateLetterInput } from '../../shared/render/validate-letter-input.ts';
import { buildEml } from '../../shared/pec/build-eml.ts';
import { buildSegnatura } from '../../shared/pec/build-segnatura.ts';

const example = JSON.parse(readFileSync(new URL('../../templates/examples/convocazione.json', import.meta.url), 'utf8'));
const input = (i: number) => {
  const v = validateLetterInput('convocazione', {
    ...example,
    destinatari: [{ nome: `Al Responsabile dell’Ufficio di Piano dell’Ambito territoriale n. ${i + 1}`, righe: ['e al Presidente del Coordinamento Istituzionale'], pec: `udp.ambito${i + 1}@pec.it` }],
  });
  if (!v.ok) throw new Error(v.errors.join('\n'));
  return v.value;
};
const stamp = (i: number) => ({ numero: String(i + 1).padStart(7, '0'), data: '2024-03-05' });

const sample = await renderLetter('convocazione', input(0), stamp(0));
console.log(`Lettera di prova: ${sample.pages} pagine, ${(sample.pdf.length / 1024).toFixed(0)} KB.`);
for (let i = 0; i < 20; i++) await renderLetter('convocazione', input(i), stamp(i));
const times: number[] = [];
const t0 = performance.now();
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  await renderLetter('convocazione', input(i), stamp(i));
  times.push(performance.now() - t);
}
const total = performance.now() - t0;
times.sort((a, b) => a - b);
console.log(`PDF/A per lettera: mediana ${times[100].toFixed(1)} ms, 90° percentile ${times[180].toFixed(1)} ms, ${(200 / (total / 1000)).toFixed(1)} lettere/s (1 core)`);

const t1 = performance.now();
let bytes = 0;
for (let i = 0; i < 600; i++) {
  const data = input(i);
  const { pdf } = await renderLetter('convocazione', data, stamp(i));
  const segnatura = buildSegnatura({
    codiceAmministrazione: data.mittente.codiceIpa, codiceAoo: data.mittente.codiceAoo, codiceRegistro: 'REG_PROT', numero: stamp(i).numero, data: stamp(i).data,
    oggetto: data.oggetto, classifica: { codice: 'VII.3', denominazione: 'Servizi sociali' }, mittente: { denominazione: data.mittente.ente, pec: data.mittente.pec },
    destinatari: data.destinatari.map((d) => ({ denominazione: d.nome, pec: d.pec, perConoscenza: false })), documento: { nome: `${stamp(i).numero}.pdf`, mimeType: 'application/pdf', sha256: createHash('sha256').update(pdf).digest() },
  });
  const eml = await buildEml({
    from: { name: data.mittente.ente, address: data.mittente.pec }, to: [data.destinatari[0].pec!], cc: [], subject: data.oggetto, text: 'In allegato.',
    attachments: [{ filename: `${stamp(i).numero}.pdf`, content: pdf, contentType: 'application/pdf' }, { filename: 'Segnatura.xml', content: segnatura, contentType: 'application/xml' }],
    date: new Date(), messageId: `<${i}@carteggio.local>`,
  });
  bytes += pdf.length + eml.length + segnatura.length;
}
const batch = performance.now() - t1;
console.log(`600 convocazioni personalizzate con PDF/A + .eml + segnatura: ${(batch / 1000).toFixed(1)} s (${(batch / 600).toFixed(1)} ms ciascuna, ${(bytes / 1048576).toFixed(0)} MB prodotti)`);

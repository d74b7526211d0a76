import { openStack } from '../open-stack.ts';
import { ReaderPool } from '../../shared/read/reader-pool.ts';
import { READER_VERSION } from '../../shared/read/reader-version.ts';
import { isSelected, reprocessDocuments, type ReprocessSelection } from '../../shared/ingest/reprocess-documents.ts';
import { plural } from '../format-document.ts';
import { RejectionCode } from '../../shared/read/rejection.ts';

const STATUS: Record<string, string> = { extracted: 'acquisito', rejected: 'rifiutato' };

/**
 * `carteggio reprocess [id…] [--code C] [--older] [--all]`: reads archived originals again with
 * today's reader (version shown) and replaces their records; receipts and versions are kept.
 */
export async function reprocessCommand(selection: ReprocessSelection, json: boolean): Promise<number> {
  if (!selection.all && !selection.ids?.length && !selection.rejectionCode && !selection.olderReader) {
    console.error('Uso: carteggio reprocess <id…> | --code <codice di rifiuto> | --older | --all');
    return 1;
  }
  const badId = selection.ids?.find((id) => !/^[0-9a-f]{6,64}$/i.test(id));
  if (badId) {
    console.error(`Id non valido: «${badId}». Un id è l’impronta SHA-256 del documento, anche solo le prime 6 o più cifre esadecimali.`);
    return 1;
  }
  if (selection.rejectionCode && !RejectionCode.safeParse(selection.rejectionCode).success) {
    console.error(`Codice di rifiuto sconosciuto: «${selection.rejectionCode}». Codici: ${RejectionCode.options.join(', ')}.`);
    return 1;
  }
  const stack = await openStack();
  const reader = new ReaderPool(stack.config.limits, stack.config.workers);
  try {
    const docs = (await stack.documents.listDocuments({ limit: 1000 })).filter((d) => isSelected(d, selection));
    if (!json) console.log(`Rilettura con il lettore versione ${READER_VERSION}: ${plural(docs.length, 'documento', 'documenti')}.`);
    const results = await reprocessDocuments(docs, { objects: stack.objects, documents: stack.documents, reader, archiveBucket: stack.config.archiveBucket, shelves: stack.shelves, defaultBody: stack.config.defaultIpa }, (r, done, total) => {
      if (json) return console.log(JSON.stringify(r));
      const was = `${STATUS[r.before.status]}${r.before.code ? ` (${r.before.code})` : ''}`;
      const now = r.after ? `${STATUS[r.after.status]}${r.after.code ? ` (${r.after.code})` : ''}` : `non riletto: ${r.error}`;
      console.log(`[${done}/${total}] ${r.id.slice(0, 12)}  ${JSON.stringify(r.fileName)}: ${was} → ${now}`);
    });
    return results.some((r) => r.error) ? 2 : 0;
  } finally {
    await reader.close();
    await stack.close();
  }
}

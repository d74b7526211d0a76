import { openStack } from '../open-stack.ts';
import { formatListRow, plural } from '../format-document.ts';
import type { DocumentFilter } from '../../shared/records/document-record.ts';

/** `carteggio list [--status …] [--type …] [--sender …] [--text …] [--limit n]`: newest first. */
export async function listCommand(filter: DocumentFilter, json: boolean): Promise<number> {
  const stack = await openStack();
  try {
    const docs = await stack.documents.listDocuments(filter);
    if (json) for (const d of docs) console.log(JSON.stringify(d));
    else if (!docs.length) console.log('Nessun documento.');
    else {
      console.log(`${'Ricevuto'.padEnd(16)}  ${'Id'.padEnd(12)}  ${'Tipo/stato'.padEnd(26)}  ${'Mittente'.padEnd(28)}  Oggetto o file`);
      for (const d of docs) console.log(formatListRow(d));
      console.log(`${plural(docs.length, 'documento', 'documenti')}.`);
    }
    return 0;
  } finally {
    await stack.close();
  }
}

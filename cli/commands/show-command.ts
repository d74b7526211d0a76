import { openStack } from '../open-stack.ts';
import { formatDocument } from '../format-document.ts';

/** `carteggio show <id>`: one document with its fields, their provenance and its receipts. */
export async function showCommand(idOrPrefix: string | undefined, json: boolean): Promise<number> {
  if (!idOrPrefix || !/^[0-9a-f]{6,64}$/i.test(idOrPrefix)) {
    console.error('Uso: carteggio show <id> (l’impronta SHA-256 del documento, anche solo le prime 6+ cifre)');
    return 1;
  }
  const stack = await openStack();
  try {
    const prefix = idOrPrefix.toLowerCase();
    let doc = prefix.length === 64 ? await stack.documents.getDocument(prefix) : null;
    if (!doc && prefix.length < 64) {
      const matches = (await stack.documents.listDocuments({ limit: 1000 })).filter((d) => d.id.startsWith(prefix));
      if (matches.length > 1) {
        console.error(`Più documenti iniziano con ${prefix}: indicare più cifre.`);
        return 1;
      }
      doc = matches[0] ?? null;
    }
    if (!doc) {
      console.error(`Nessun documento con id ${idOrPrefix}.`);
      return 1;
    }
    const receipts = await stack.documents.listReceipts(doc.id);
    // Every key this content arrived under may have had other contents before or after it.
    const keys = [...new Map(receipts.map((r) => [`${r.bucket}/${r.key}`, r])).values()];
    const versions = (await Promise.all(keys.map((r) => stack.documents.listKeyVersions(r.bucket, r.key)))).flat();
    if (json) console.log(JSON.stringify({ document: doc, receipts, versions }));
    else console.log(formatDocument(doc, receipts, versions));
    return 0;
  } finally {
    await stack.close();
  }
}

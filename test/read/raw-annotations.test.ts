import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { inspectRawPdf } from '../../shared/read/inspect-raw-pdf.ts';
import { defaultReadLimits } from '../../shared/read/read-limits.ts';

/** A one-page PDF with the given annotations, saved with object streams (the annotations compressed inside them). */
async function withAnnotations(subtypes: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const annots = subtypes.map((subtype) =>
    doc.context.register(
      doc.context.obj({ Type: 'Annot', Subtype: subtype, Rect: [100, 700, 300, 720], Contents: PDFString.of('Prot. n. 1234'), F: 4, ...(subtype === 'Link' ? { A: { S: 'URI', URI: PDFString.of('https://www.example.it') } } : {}) }),
    ),
  );
  page.node.set(PDFName.of('Annots'), doc.context.obj(annots));
  return doc.save({ useObjectStreams: true });
}

// Whether a file may carry annotations whose text is read (FreeText, Stamp, Widget): pdf.js answers a request for a
// page's annotations by reading the page's text a second time when it has links, so files of links alone are not asked.
describe('the raw look for annotations that show text', () => {
  it('finds none in a file of links alone, though its objects are compressed', async () => {
    const facts = await inspectRawPdf(await withAnnotations(['Link', 'Link']), defaultReadLimits);
    expect(facts.mayHaveTextAnnotations).toBe(false);
  });

  it.each(['FreeText', 'Stamp', 'Widget'])('finds a %s annotation inside an object stream', async (subtype) => {
    const facts = await inspectRawPdf(await withAnnotations(['Link', subtype]), defaultReadLimits);
    expect(facts.mayHaveTextAnnotations).toBe(true);
  });
});

import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { srgbIccProfile } from './srgb-icc.ts';
import { xmlText } from '../pec/safe-text.ts';

export interface PdfaMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Fixed for reproducible output; defaults to now. */
  date?: Date;
}

// The same profile in every file: deflated once per process.
const iccDeflated = deflateSync(srgbIccProfile());

/** Writes the Info dictionary every Carteggio PDF carries (title, author, dates, language); returns the date used. */
export function setDocumentInfo(doc: PDFDocument, meta: PdfaMetadata): Date {
  const date = meta.date ?? new Date();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setProducer('Carteggio (pdf-lib)');
  doc.setCreator('Carteggio');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage('it-IT');
  return date;
}

/**
 * Makes the document PDF/A-2b: matching Info and XMP metadata (with pdfaid part 2, conformance B),
 * an sRGB OutputIntent, and a document ID. Fonts are embedded by the typesetter; nothing is encrypted
 * and no script is added.
 */
export async function makePdfA(doc: PDFDocument, meta: PdfaMetadata): Promise<void> {
  await doc.flush(); // embeds the font subsets now, so they can be named as subsets below
  tagSubsetFonts(doc);
  const date = setDocumentInfo(doc, meta);

  const xmp = xmpPacket(meta, date);
  // XMP is UTF-8 and, for PDF/A, unfiltered.
  const bytes = new Uint8Array(Buffer.from(xmp, 'utf8'));
  const metadata = doc.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML', Length: bytes.length });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));

  const profile = doc.context.stream(iccDeflated, { N: 3, Filter: 'FlateDecode' });
  const intent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: doc.context.register(profile),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([doc.context.register(intent)]));

  const id = createHash('md5').update(`${meta.title}|${meta.subject}|${date.toISOString()}`).digest('hex');
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

function xmpPacket(meta: PdfaMetadata, date: Date): string {
  // XMP is XML: what XML 1.0 cannot hold (control characters in a pasted subject) is left out first.
  const esc = (s: string) => xmlText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${esc(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${esc(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>it-IT</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${esc(meta.keywords.join(' '))}</pdf:Keywords>
   <pdf:Producer>Carteggio (pdf-lib)</pdf:Producer>
   <xmp:CreatorTool>Carteggio</xmp:CreatorTool>
   <xmp:CreateDate>${iso}</xmp:CreateDate>
   <xmp:ModifyDate>${iso}</xmp:ModifyDate>
   <xmp:MetadataDate>${iso}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** The six capital letters that tag a subset font's name (ISO 32000-1, 9.6.4), derived from the name. */
export function subsetTag(name: string): string {
  const digest = createHash('sha1').update(name).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/** Subset fonts are named "ABCDEF+Name" (ISO 32000 9.6.4), so validators and pdffonts see them as such. */
function tagSubsetFonts(doc: PDFDocument): void {
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    for (const key of ['BaseFont', 'FontName']) {
      const name = obj.get(PDFName.of(key));
      if (!(name instanceof PDFName)) continue;
      const plain = name.decodeText();
      if (/^[A-Z]{6}\+/.test(plain)) continue;
      obj.set(PDFName.of(key), PDFName.of(`${subsetTag(plain)}+${plain}`));
    }
  }
}

import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * What poppler's pdffonts and pdfinfo told the tests, read from JavaScript: the PDF's own dictionaries
 * through pdf-lib, and a second, independent reading through pdf.js. No system tool is needed.
 */

export interface FontReport {
  /** /BaseFont of the font the pages use (for a composite font, the Type0 font). */
  name: string;
  subtype: string;
  /** The descendant CID font's subtype, for a composite (Type0) font. */
  descendant: string | null;
  /** Which font program the descriptor embeds, if any. */
  program: 'FontFile' | 'FontFile2' | 'FontFile3' | null;
  /** Every name of the font (BaseFont, descendant's BaseFont, descriptor's FontName) carries an ABCDEF+ tag. */
  subsetTagged: boolean;
  toUnicode: boolean;
  encoding: string | null;
  /** The embedded font program, decoded. */
  programBytes: Uint8Array | null;
}

/** Every font dictionary of the document (top-level fonts: a Type0's descendant is read through it). */
export function fontsOf(doc: PDFDocument): FontReport[] {
  const out: FontReport[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFDict ? obj : null;
    if (!dict || nameOf(dict.get(PDFName.of('Type'))) !== 'Font') continue;
    const subtype = nameOf(dict.get(PDFName.of('Subtype'))) ?? '?';
    if (subtype === 'CIDFontType0' || subtype === 'CIDFontType2') continue;
    const descendants = dict.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
    const descendant = subtype === 'Type0' && descendants ? descendants.lookup(0, PDFDict) : null;
    const descriptor = (descendant ?? dict).lookupMaybe(PDFName.of('FontDescriptor'), PDFDict) ?? null;
    const names = [dict.get(PDFName.of('BaseFont')), descendant?.get(PDFName.of('BaseFont')), descriptor?.get(PDFName.of('FontName'))].map(nameOf).filter((n): n is string => n !== null);
    const program = subtype === 'Type3' ? null : ((['FontFile', 'FontFile2', 'FontFile3'] as const).find((k) => descriptor?.lookupMaybe(PDFName.of(k), PDFStream)) ?? null);
    const stream = program ? descriptor!.lookup(PDFName.of(program)) : null;
    out.push({
      name: nameOf(dict.get(PDFName.of('BaseFont'))) ?? '(senza nome)',
      subtype,
      descendant: descendant ? nameOf(descendant.get(PDFName.of('Subtype'))) : null,
      program,
      subsetTagged: names.length > 0 && names.every((n) => /^[A-Z]{6}\+/.test(n)),
      toUnicode: dict.get(PDFName.of('ToUnicode')) !== undefined,
      encoding: nameOf(dict.get(PDFName.of('Encoding'))),
      programBytes: stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : null,
    });
  }
  return out;
}

/** What keeps a font from being embedded as a subset (PDF/A: every font embedded), in words. */
export function fontProblems(fonts: FontReport[]): string[] {
  return fonts.flatMap((f) => [
    ...(f.subtype !== 'Type3' && !f.program ? [`${f.name}: non incorporato`] : []),
    ...(f.subtype !== 'Type3' && !f.subsetTagged ? [`${f.name}: non in sottoinsieme (manca il prefisso ABCDEF+)`] : []),
    ...(f.program && !f.programBytes?.length ? [`${f.name}: programma del carattere vuoto`] : []),
  ]);
}

/** How many glyphs an embedded TrueType/OpenType program holds (a subset holds only those used). */
export function glyphCount(program: Uint8Array): number {
  return fontkit.create(Buffer.from(program)).numGlyphs;
}

/** Where the document would run a script: JavaScript actions anywhere, the catalog's JavaScript name tree. */
export function javascriptIn(doc: PDFDocument): string[] {
  const found: string[] = [];
  const seen = new Set<PDFObject>();
  const visit = (obj: PDFObject | undefined, where: string): void => {
    if (!obj || seen.has(obj)) return;
    seen.add(obj);
    if (obj instanceof PDFStream) return visit(obj.dict, where);
    if (obj instanceof PDFArray) return obj.asArray().forEach((o, i) => visit(o, `${where}[${i}]`));
    if (!(obj instanceof PDFDict)) return;
    if (nameOf(obj.get(PDFName.of('S'))) === 'JavaScript' || obj.has(PDFName.of('JS'))) found.push(`${where}: azione JavaScript`);
    for (const [key, value] of obj.entries()) {
      if (key.decodeText() === 'JavaScript' && where.endsWith('/Names')) found.push(`${where}/JavaScript: script del documento`);
      // References are followed where they are enumerated, as indirect objects of their own.
      if (!(value instanceof PDFRef)) visit(value, `${where}/${key.decodeText()}`);
    }
  };
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) visit(obj, `${ref.objectNumber} ${ref.generationNumber} R`);
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  if (names?.has(PDFName.of('JavaScript'))) found.push('Catalog/Names/JavaScript: script del documento');
  return found;
}

/** The same file read by pdf.js: page count, the XMP it finds, and whether each font it draws with was found in the file. */
export async function readWithPdfjs(pdf: Uint8Array): Promise<{ pages: number; encrypted: boolean; xmp: Map<string, string>; fonts: { name: string; missingFile: boolean }[] }> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const { info, metadata } = (await doc.getMetadata()) as { info: { EncryptFilterName?: string | null }; metadata: { get(name: string): string | null } | null };
    const xmp = new Map<string, string>();
    for (const key of ['pdfaid:part', 'pdfaid:conformance', 'dc:title', 'dc:creator', 'dc:format']) {
      const value = metadata?.get(key);
      if (value != null) xmp.set(key, String(value));
    }
    const fonts = new Map<string, boolean>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return;
        const font = page.commonObjs.get(ops.argsArray[i][0]) as { name: string; missingFile: boolean };
        fonts.set(font.name, font.missingFile);
      });
    }
    return { pages: doc.numPages, encrypted: Boolean(info.EncryptFilterName), xmp, fonts: [...fonts].map(([name, missingFile]) => ({ name, missingFile })) };
  } finally {
    await doc.destroy();
  }
}

function nameOf(obj: PDFObject | undefined): string | null {
  return obj instanceof PDFName ? obj.decodeText() : null;
}

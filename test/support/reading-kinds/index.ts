/**
 * Small synthetic PDF inputs, each reproducing one condition that offices' real PDFs have, all
 * built from the same fictional letter (./letter.ts) in plain JavaScript at test time.
 *
 * Every generator is `() => Promise<Uint8Array>`; `readingKinds` lists them with what a correct
 * reader must give for each (see ReadingExpectation and README.md).
 */
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, StandardFonts } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { fmt, helveticaLetter, helveticaLetterDoc, letterOps, newDoc, setPageContent, titilliumBytes } from './compose.ts';
import { embedType3, pathOps, setPageFont, stripToUnicode, titilliumOutlines } from './fonts.ts';
import { A4, expected, layoutLetter, letterLines, letterVariant, PROTOCOL_LINE, SEGNATURA, SUBJECT, type LetterLine, type Sheet } from './letter.ts';
import { cadesBes, base64Lines, pemPkcs7, SIGNER_CN } from './p7m.ts';
import { appendIncrementalUpdate, bytes, objectBytes, pdfLiteral, RawPdfWriter, streamBody, xrefSection } from './pdf-bytes.ts';
import { embedGrey, embedGreyAsRgb, paintLetter, tile } from './raster.ts';
import { A4_SIZE, fullLetter, ocrLetter } from './letter-expectations.ts';

export { expected, letterLines, letterText, letterVariant, PROTOCOL_LINE, SEGNATURA, SUBJECT } from './letter.ts';

/** The plain letter: Helvetica text, one page, nothing unusual. The baseline every other input departs from. */
export function plainLetter(): Promise<Uint8Array> {
  return helveticaLetter();
}

// ---------------------------------------------------------------------------------------------
// a. incremental updates
// ---------------------------------------------------------------------------------------------

/** The stamp the update prints where the letter left its protocol line blank. */
function stampOps(x: number, y: number, fontName: string): string {
  const w = 168;
  return (
    `q 0.12 0.16 0.55 RG 0.12 0.16 0.55 rg 0.8 w ${fmt(x - 4)} ${fmt(y - 4)} ${w} 16 re S\n` +
    `BT /${fontName} 11 Tf 1 0 0 1 ${fmt(x)} ${fmt(y)} Tm ${pdfLiteral(PROTOCOL_LINE)} Tj ET Q\n`
  );
}

/**
 * The letter saved without its protocol line (the space left blank), then an appended incremental
 * update — a new content stream, a new Helvetica-Bold font, the page object rewritten and the Info
 * dictionary's ModDate, listed in a second xref section whose trailer has /Prev — that prints the
 * stamp "Prot. n. 0002817 del 07/05/2025" in that space.
 */
export async function incrementalUpdate(): Promise<Uint8Array> {
  const { doc, placed } = await helveticaLetterDoc({ lines: letterVariant({ protocol: 'blank' }) });
  const original = await doc.save({ useObjectStreams: false });
  const slot = placed.find((l) => l.id === 'protocol')!;

  const loaded = await PDFDocument.load(original, { updateMetadata: false });
  const ctx = loaded.context;
  const page = loaded.getPage(0);
  const fontRef = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica-Bold', Encoding: 'WinAnsiEncoding' }));
  const streamRef = ctx.register(ctx.flateStream(stampOps(slot.x, slot.y, 'FStamp')));
  // edit the page dictionary directly: pdf-lib's page helpers would wrap the old content in new q/Q streams
  const changed = [page.ref, streamRef, fontRef];
  const contents = page.node.get(PDFName.of('Contents'));
  const previous = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  page.node.set(PDFName.of('Contents'), ctx.obj([...previous, streamRef]));
  const resourcesEntry = page.node.get(PDFName.of('Resources'));
  const resources = ctx.lookup(resourcesEntry, PDFDict);
  if (resourcesEntry instanceof PDFRef) changed.push(resourcesEntry);
  const fontsEntry = resources.get(PDFName.of('Font'));
  if (fontsEntry instanceof PDFRef) changed.push(fontsEntry);
  if (fontsEntry) ctx.lookup(fontsEntry, PDFDict).set(PDFName.of('FStamp'), fontRef);
  else resources.set(PDFName.of('Font'), ctx.obj({ FStamp: fontRef }));
  loaded.setModificationDate(new Date('2025-05-07T10:03:00+02:00'));
  const { Root, Info } = ctx.trailerInfo;
  if (Info instanceof PDFRef) changed.push(Info);
  const objects = changed.map((ref) => ({ num: ref.objectNumber, body: objectBytes(ctx.lookup(ref)!) }));
  return appendIncrementalUpdate(original, objects, `/Size ${ctx.largestObjectNumber + 1} /Root ${Root} /Info ${Info}`);
}

/**
 * A Word-style hybrid file followed by an incremental update that prints the protocol stamp. As
 * Word writes it: a full classic xref table, then an empty `xref 0 0` section whose trailer has
 * /XRefStm pointing at an xref stream; that stream alone locates the page's font (object 5, kept
 * in an object stream and listed as free in the classic table).
 */
export async function hybridXrefUpdate(): Promise<Uint8Array> {
  const measure = await PDFDocument.create();
  const helvetica = await measure.embedFont(StandardFonts.Helvetica);
  const placed = layoutLetter(letterVariant({ protocol: 'blank' }), (t, s) => helvetica.widthOfTextAtSize(t, s));
  const slot = placed.find((l) => l.id === 'protocol')!;
  const id = '<8C1D5B0E2F4A47B39E6D0A5C7F21B403>';

  const w = new RawPdfWriter('1.7');
  w.object(1, '<< /Type /Catalog /Pages 2 0 R /Lang (it-IT) >>');
  w.object(2, '<< /Type /Pages /Count 1 /Kids [3 0 R] >>');
  const pageDict = (contents: string, fonts: string) =>
    `<< /Type /Page /Parent 2 0 R /Resources << /Font << ${fonts} >> /ProcSet [/PDF /Text] >> /MediaBox [0 0 595.32 841.92] /Contents ${contents} /Tabs /S >>`;
  w.object(3, pageDict('4 0 R', '/F1 5 0 R'));
  w.object(4, streamBody('/Filter /FlateDecode', deflateSync(bytes(letterOps(placed, helvetica, 'F1')))));
  // object 5 (the font) lives only in object stream 6
  const fontDict = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  const header = '5 0 ';
  w.object(6, streamBody(`/Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode`, deflateSync(bytes(header + fontDict))));
  w.object(
    7,
    "<< /Author (Giulia Ferraresi) /Creator (Microsoft\xae Word per Microsoft 365) /Producer (Microsoft\xae Word per Microsoft 365) " +
      "/CreationDate (D:20250507091200+02'00') /ModDate (D:20250507091200+02'00') >>",
  );
  // the xref stream: one entry, object 5 → type 2 (compressed) in object stream 6, index 0
  const xrefData = Buffer.from([2, 0, 0, 0, 6, 0, 0]);
  w.object(8, streamBody(`/Type /XRef /Size 9 /W [1 4 2] /Index [5 1] /Root 1 0 R /Info 7 0 R /ID [${id}${id}]`, xrefData));
  const xrefStmAt = w.offsets.get(8)!;
  const tableAt = w.length;
  const entries = [
    { num: 0, offset: 5, gen: 65535, free: true },
    ...[1, 2, 3, 4, 6, 7, 8].map((num) => ({ num, offset: w.offsets.get(num)! })),
    { num: 5, offset: 0, gen: 65535, free: true },
  ];
  const trailer = `/Size 9 /Root 1 0 R /Info 7 0 R /ID [${id}${id}]`;
  w.write(`${xrefSection(entries)}trailer\n<< ${trailer} >>\nstartxref\n${tableAt}\n%%EOF\n`);
  // Word's trick: an empty xref section whose trailer carries /XRefStm, read before the full table,
  // so readers that know xref streams find object 5 there before meeting its "free" entry
  const emptyAt = w.length;
  w.write(`xref\n0 0\ntrailer\n<< ${trailer} /Prev ${tableAt} /XRefStm ${xrefStmAt} >>\nstartxref\n${emptyAt}\n%%EOF\n`);
  const hybrid = w.toBuffer();

  return appendIncrementalUpdate(
    hybrid,
    [
      { num: 3, body: pageDict('[4 0 R 9 0 R]', '/F1 5 0 R /F2 10 0 R') },
      { num: 9, body: streamBody('/Filter /FlateDecode', deflateSync(bytes(stampOps(slot.x, slot.y, 'F2')))) },
      { num: 10, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>' },
    ],
    `/Size 11 /Root 1 0 R /Info 7 0 R /ID [${id}${id}]`,
  );
}

// ---------------------------------------------------------------------------------------------
// b. container oddities
// ---------------------------------------------------------------------------------------------

/** The letter followed by 2,560 NUL bytes after the final %%EOF (as some upload paths pad files). */
export async function trailingNulBytes(): Promise<Uint8Array> {
  return Buffer.concat([await plainLetter(), Buffer.alloc(2560)]);
}

/** The letter with its last `%%EOF` line cut off (startxref and its offset still there). */
export async function missingEofMarker(): Promise<Uint8Array> {
  const pdf = Buffer.from(await plainLetter());
  const at = pdf.lastIndexOf('%%EOF');
  return pdf.subarray(0, at);
}

/** RFC 822 headers of a PEC delivery, some 5 kB of them, as a mail client saves an attachment. */
export function mailHeaders(): string {
  const hops = [
    ['smtp-out.pec.comune.montelago.it', '10.12.4.21', 'mx.pec.comune.montelago.it'],
    ['mx.pec.comune.montelago.it', '193.206.140.18', 'smtpi.pec.aruba.it'],
    ['smtpi.pec.aruba.it', '62.149.158.92', 'pecsmtp-in-03.aruba.it'],
    ['pecsmtp-in-03.aruba.it', '62.149.158.95', 'postacert.regione.umbria.it'],
    ['postacert.regione.umbria.it', '151.1.212.8', 'mbox-07.postacert.regione.umbria.it'],
    ['mbox-07.postacert.regione.umbria.it', '127.0.0.1', 'imap.postacert.regione.umbria.it'],
  ];
  const lines: string[] = ['Return-Path: <posta-certificata@pec.aruba.it>', 'Delivered-To: servizio.programmazione.sociale@postacert.regione.umbria.it'];
  hops.reverse().forEach(([from, ip, by], i) => {
    const minute = String(31 - i).padStart(2, '0');
    lines.push(
      `Received: from ${from} (${from} [${ip}])`,
      `\tby ${by} (Postfix) with ESMTPS id 4ZtQ${i}m${i}Kx${i}Vz${i}`,
      `\tfor <servizio.programmazione.sociale@postacert.regione.umbria.it>;`,
      `\tWed, 7 May 2025 10:${minute}:0${i} +0200 (CEST)`,
    );
  });
  const folded = (name: string, seed: string, count: number) => {
    const chunk = Buffer.from(seed.repeat(40)).toString('base64').replace(/=+$/, '');
    const out = [`${name}: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pec.aruba.it; s=pec2025; t=1746606600;`];
    for (let i = 0; i < count; i++) out.push(`\t${chunk.slice(i * 70, i * 70 + 70)}`);
    return out;
  };
  lines.push(
    ...folded('DKIM-Signature', 'montelago-ambito-fnps-2024-convocazione-', 16),
    ...folded('ARC-Seal', 'arc-seal-regione-umbria-postacert-', 10),
    ...folded('ARC-Message-Signature', 'arc-message-signature-umbria-', 10),
    'ARC-Authentication-Results: i=1; postacert.regione.umbria.it; dkim=pass header.d=pec.aruba.it; spf=pass smtp.mailfrom=pec.aruba.it',
    'Authentication-Results: postacert.regione.umbria.it; dkim=pass (2048-bit key) header.d=pec.aruba.it header.i=@pec.aruba.it',
    'X-Trasporto: posta-certificata',
    'X-Riferimento-Message-ID: <opec21025.20250507103100.118212.731.1.53@pec.aruba.it>',
    'X-Ricevuta: posta-certificata',
    'X-TipoRicevuta: completa',
    'X-VerificaSicurezza: normale',
    'X-Mailer: Protocollo informatico Comune di Montelago 5.4.2',
    'X-Priority: 3 (Normal)',
    'X-Spam-Status: No, score=-0.1 required=5.0 tests=DKIM_SIGNED,DKIM_VALID,HTML_MESSAGE autolearn=ham',
    'X-Spam-Checker-Version: SpamAssassin 3.4.6 on postacert.regione.umbria.it',
    'X-Virus-Scanned: clamav-milter 1.0.7 at postacert.regione.umbria.it',
    'X-Virus-Status: Clean',
    'Date: Wed, 7 May 2025 10:31:00 +0200',
    'From: "Per conto di: ambito@pec.comune.montelago.it" <posta-certificata@pec.aruba.it>',
    'Reply-To: ambito@pec.comune.montelago.it',
    'To: servizio.programmazione.sociale@postacert.regione.umbria.it',
    'Cc: sindaci.ambito4@pec.comune.montelago.it',
    'Subject: =?UTF-8?Q?POSTA_CERTIFICATA:_Prot._n._0002817_del_07/05/2025_-_Fondo_Nazional?=',
    ' =?UTF-8?Q?e_Politiche_Sociali_2024_=E2=80=93_convocazione?=',
    'Message-ID: <opec21025.20250507103100.118212.731.1.53@pec.aruba.it>',
    'MIME-Version: 1.0',
    'Content-Type: application/pdf; name="Prot_0002817_2025_convocazione.pdf"',
    'Content-Disposition: attachment; filename="Prot_0002817_2025_convocazione.pdf"',
    'Content-Transfer-Encoding: binary',
  );
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** The letter preceded by ~5 kB of e-mail headers (everything before `%PDF-`), xref offsets unchanged. */
export async function mailHeadersBeforePdf(): Promise<Uint8Array> {
  return Buffer.concat([Buffer.from(mailHeaders(), 'latin1'), await plainLetter()]);
}

/** CAdES-BES .p7m, binary DER: CMS SignedData with the letter attached, signer CN "FERRARESI GIULIA". */
export async function p7mDer(): Promise<Uint8Array> {
  return cadesBes(await plainLetter());
}

/** The same .p7m Base64-encoded, 64-character lines with CRLF. */
export async function p7mBase64(): Promise<Uint8Array> {
  return Buffer.from(base64Lines(await p7mDer()), 'latin1');
}

/** The same .p7m PEM-armoured (-----BEGIN PKCS7-----). */
export async function p7mPem(): Promise<Uint8Array> {
  return Buffer.from(pemPkcs7(await p7mDer()), 'latin1');
}

// ---------------------------------------------------------------------------------------------
// c. scan with printed text
// ---------------------------------------------------------------------------------------------

export const SCAN_HEADER = 'Documento acquisito al protocollo generale – copia conforme';
export const SCAN_FOOTER = 'Acquisizione del 08/05/2025 ore 11:42 – pagina 1 di 1';

/**
 * A scanned page: the letter as one 150 dpi greyscale image covering the whole page, with two
 * real text lines printed over it by the protocol software, one in the top margin and one in the
 * bottom margin. The letter's own words are pixels only.
 */
export async function scanWithPrintedText(): Promise<Uint8Array> {
  const doc = await newDoc();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([A4.width, A4.height]);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  let ops = embedGrey(doc, page, paintLetter({ dpi: 150 }), 0, 0, A4.width, A4.height);
  ops += `BT /F1 8 Tf 1 0 0 1 56 824 Tm ${pdfLiteral(SCAN_HEADER)} Tj 1 0 0 1 56 20 Tm ${pdfLiteral(SCAN_FOOTER)} Tj ET\n`;
  setPageContent(doc, page, ops);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------
// d. text layers that do not decode
// ---------------------------------------------------------------------------------------------

/** Lines drawn in a Type3 font; the page looks like the letter (glyphs are Titillium outlines). */
export async function type3Letter(lines: readonly LetterLine[], toUnicode: boolean, drawnAs?: Record<string, string>): Promise<Uint8Array> {
  const doc = await newDoc();
  const t3 = embedType3(doc, lines.map((l) => l.text).join(''), { toUnicode, drawnAs });
  const page = doc.addPage([A4.width, A4.height]);
  setPageFont(page, 'T1', t3.ref);
  let ops = 'BT\n';
  for (const line of layoutLetter(lines, t3.widthOf)) {
    if (line.text) ops += `/T1 ${fmt(line.size)} Tf 1 0 0 1 ${fmt(line.x)} ${fmt(line.y)} Tm ${t3.encode(line.text)} Tj\n`;
  }
  setPageContent(doc, page, `${ops}ET\n`);
  return doc.save({ useObjectStreams: false });
}

/**
 * The letter in a Type3 font whose glyphs are paths, named /g1 /g2 … in order of first use, codes
 * 33, 34 … ("!", "\"" … if read as ASCII) and no /ToUnicode: the page shows the letter, the text
 * layer decodes to printable gibberish.
 */
export function type3OpaqueGlyphs(): Promise<Uint8Array> {
  return type3Letter(letterLines, false);
}

/**
 * The letter with its text converted to outlines ("converti in tracciati", a print shop's or a
 * design tool's export): every glyph is a filled path drawn straight in the page content; the page
 * has no font, no text layer and no image, yet shows the whole letter.
 */
export async function outlinedText(): Promise<Uint8Array> {
  const doc = await newDoc();
  const font = titilliumOutlines();
  const scale = (size: number) => size / font.unitsPerEm;
  const widthOf = (text: string, size: number) => [...text].reduce((w, ch) => w + (font.glyphForCodePoint(ch.codePointAt(0)!)?.advanceWidth ?? 0), 0) * scale(size);
  const page = doc.addPage([A4.width, A4.height]);
  let ops = '0 0 0 rg\n';
  for (const line of layoutLetter(letterLines, widthOf)) {
    let x = line.x;
    for (const ch of line.text) {
      const g = font.glyphForCodePoint(ch.codePointAt(0)!);
      if (!g) continue;
      if (ch !== ' ') ops += `q ${fmt(scale(line.size))} 0 0 ${fmt(scale(line.size))} ${fmt(x)} ${fmt(line.y)} cm\n${pathOps(g.path.toSVG())}f Q\n`;
      x += g.advanceWidth * scale(line.size);
    }
  }
  setPageContent(doc, page, ops);
  return doc.save({ useObjectStreams: false });
}

/** The letter in Titillium Web embedded as Type0 / Identity-H (subset, no cmap) with /ToUnicode deleted. */
export async function identityHNoToUnicode(): Promise<Uint8Array> {
  const doc = await newDoc();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(titilliumBytes(), { subset: true });
  const page = doc.addPage([A4.width, A4.height]);
  for (const line of layoutLetter(letterLines, (t, s) => font.widthOfTextAtSize(t, s))) {
    if (line.text) page.drawText(line.text, { x: line.x, y: line.y, size: line.size, font });
  }
  return stripToUnicode(await doc.save({ useObjectStreams: false }));
}

export const XFA_PLACEHOLDER = [
  'Please wait...',
  '',
  'If this message is not eventually replaced by the proper contents of the document, your PDF',
  'viewer may not be able to display this type of document.',
  '',
  'You can upgrade to the latest version of Adobe Reader for Windows®, Mac, or Linux® by',
  'visiting http://www.adobe.com/go/reader_download.',
  '',
  'For more assistance with Adobe Reader visit http://www.adobe.com/go/acrreader.',
];

const XFA_CAPTIONS: Record<keyof typeof XFA_VALUES, string> = {
  ente: 'Ente',
  ufficio: 'Ufficio',
  protocollo: 'Protocollo n.',
  dataProtocollo: 'Data protocollo',
  oggetto: 'Oggetto',
  importo: 'Importo assegnato (€)',
  scadenza: 'Scadenza schede',
  referente: 'Responsabile',
  email: 'PEC',
};

/** Values held in the XFA datasets of `xfaOnlyForm`. */
export const XFA_VALUES = {
  ente: 'Comune di Montelago',
  ufficio: "Ufficio di Piano dell'Ambito Territoriale Sociale",
  protocollo: '0002817',
  dataProtocollo: '2025-05-07',
  oggetto: SUBJECT,
  importo: '12500.00',
  scadenza: '2025-05-30',
  referente: 'Giulia Ferraresi',
  email: 'ambito@pec.comune.montelago.it',
} as const;

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
}

/**
 * An XFA-only (dynamic) form: /AcroForm with an /XFA array (preamble, config, template, datasets,
 * postamble), /NeedsRendering true, no AcroForm fields, and a single page that only carries
 * Adobe's "Please wait..." placeholder. The values are in the XFA datasets.
 */
export async function xfaOnlyForm(): Promise<Uint8Array> {
  const doc = await newDoc();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  let ops = 'BT /F1 12 Tf 14.4 TL 1 0 0 1 20 760 Tm\n';
  for (const line of XFA_PLACEHOLDER) ops += `${pdfLiteral(line)} Tj T*\n`;
  setPageContent(doc, page, `${ops}ET\n`);

  const fields = Object.keys(XFA_VALUES) as (keyof typeof XFA_VALUES)[];
  const template =
    '<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="modulo" layout="tb" locale="it_IT" restoreState="auto">' +
    '<pageSet><pageArea name="Pagina1" id="Pagina1"><contentArea x="15mm" y="15mm" w="180mm" h="267mm"/><medium stock="a4" short="210mm" long="297mm"/></pageArea></pageSet>' +
    '<subform name="richiesta" layout="tb" w="180mm"><draw name="titolo" w="180mm" h="10mm"><value><text>Comunicazione di riparto – Fondo Nazionale Politiche Sociali</text></value><font typeface="Titillium Web" size="14pt" weight="bold"/></draw>' +
    fields
      .map((f) => `<field name="${f}" w="180mm" h="9mm"><ui><textEdit/></ui><font typeface="Titillium Web" size="10pt"/><caption reserve="45mm"><value><text>${xml(XFA_CAPTIONS[f])}</text></value></caption></field>`)
      .join('') +
    '</subform></subform></template>';
  const datasets =
    '<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><modulo><richiesta>' +
    fields.map((f) => `<${f}>${xml(XFA_VALUES[f])}</${f}>`).join('') +
    '</richiesta></modulo></xfa:data></xfa:datasets>';
  const parts: [string, string][] = [
    ['preamble', '<?xml version="1.0" encoding="UTF-8"?>\n<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/" timeStamp="2025-05-07T09:12:00Z" uuid="6f1c2e0a-8b7d-4c1e-9a53-02817a2025bb">'],
    ['config', '<config xmlns="http://www.xfa.org/schema/xci/3.1/"><present><pdf><version>1.7</version><adobeExtensionLevel>8</adobeExtensionLevel></pdf><xdp><packets>*</packets></xdp></present></config>'],
    ['template', template],
    ['datasets', datasets],
    ['postamble', '</xdp:xdp>'],
  ];
  const xfa = PDFArray.withContext(doc.context);
  for (const [name, text] of parts) {
    xfa.push(PDFString.of(name));
    xfa.push(doc.context.register(doc.context.flateStream(Buffer.from(text, 'utf8'))));
  }
  const acroForm = doc.context.obj({ Fields: [] });
  acroForm.set(PDFName.of('XFA'), xfa);
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.register(acroForm));
  doc.catalog.set(PDFName.of('NeedsRendering'), PDFBool.True);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------
// e. rotation
// ---------------------------------------------------------------------------------------------

/** The letter on a page with /Rotate 180; its content is drawn upside down so it shows upright. */
export function rotated180(): Promise<Uint8Array> {
  return helveticaLetter({ rotate: 180 });
}

/** The letter on a landscape MediaBox (842 × 595) with /Rotate 270; it shows as an upright portrait page. */
export function rotated270(): Promise<Uint8Array> {
  return helveticaLetter({ rotate: 270 });
}

/** An upright letter with the segnatura stamp printed vertically (reading bottom to top) in the left margin. */
export function verticalMarginStamp(): Promise<Uint8Array> {
  return helveticaLetter({
    extraOps: () => `BT /F1 8 Tf 0 1 -1 0 32 230 Tm ${pdfLiteral(SEGNATURA)} Tj ET\n`,
  });
}

// ---------------------------------------------------------------------------------------------
// f. scan orientation
// ---------------------------------------------------------------------------------------------

/** A landscape sheet the letter is laid out on before being turned onto a portrait page. */
export const LANDSCAPE: Sheet = { width: A4.height, height: A4.width, margin: 56, top: 50 };

/**
 * An image-only scan with the letter turned 90° clockwise (its lines run top to bottom) on a
 * portrait page without /Rotate — a sheet fed into the scanner sideways. 150 dpi greyscale.
 */
export async function sidewaysScan(): Promise<Uint8Array> {
  const doc = await newDoc();
  const page = doc.addPage([A4.width, A4.height]);
  setPageContent(doc, page, embedGrey(doc, page, paintLetter({ dpi: 150, sheet: LANDSCAPE, turn: 90 }), 0, 0, A4.width, A4.height));
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------
// g. annotations and forms
// ---------------------------------------------------------------------------------------------

/**
 * The letter without its protocol line; the protocol is a /Stamp annotation in the top-right
 * corner whose normal appearance stream (/AP /N) draws "Prot. n. 0002817 del 07/05/2025" in
 * Helvetica inside a frame. The annotation has no /Contents.
 */
export async function stampAnnotation(): Promise<Uint8Array> {
  const { doc, page } = await helveticaLetterDoc({ lines: letterVariant({ protocol: 'none' }) });
  const ctx = doc.context;
  const helv = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
  const [w, h] = [170, 24];
  const ap = `q 0.7 0.05 0.05 RG 1.2 w 1 1 ${w - 2} ${h - 2} re S BT 0.7 0.05 0.05 rg /Helv 10.5 Tf 1 0 0 1 7 8 Tm ${pdfLiteral(PROTOCOL_LINE)} Tj ET Q\n`;
  const apRef = ctx.register(
    ctx.flateStream(ap, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: { Font: { Helv: helv } } }),
  );
  const [x, y] = [A4.width - 56 - w, 770];
  const annot = ctx.obj({
    Type: 'Annot',
    Subtype: 'Stamp',
    Rect: [x, y, x + w, y + h],
    F: 4,
    Name: 'Protocollo',
    T: PDFString.of('Protocollo generale'),
    M: PDFString.of("D:20250507100300+02'00'"),
    AP: { N: apRef },
  });
  page.node.set(PDFName.of('Annots'), ctx.obj([ctx.register(annot)]));
  return doc.save({ useObjectStreams: false });
}

export const FORM_TITLE = 'Modulo di domanda – Assegno di cura';
export const FORM_VALUES = {
  nome: 'Mario',
  cognome: 'Rossi',
  codice_fiscale: 'RSSMRA80A01H501U',
  comune: 'Montelago',
  data: '15/04/2025',
  isee_allegato: true,
} as const;

/**
 * A fillable form with AcroForm text fields filled in (nome, cognome, codice fiscale, comune,
 * data) and the "ISEE allegato" checkbox checked; appearance streams present, NeedAppearances false.
 */
export async function filledForm(): Promise<Uint8Array> {
  const doc = await newDoc();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([A4.width, A4.height]);
  page.drawText('Al Comune di Montelago – Servizi sociali', { x: 56, y: 780, size: 11, font });
  page.drawText(FORM_TITLE, { x: 56, y: 740, size: 15, font: bold });
  page.drawText('Il/la sottoscritto/a chiede la concessione dell\u2019assegno di cura per il familiare non autosufficiente.', { x: 56, y: 712, size: 10, font });
  const form = doc.getForm();
  const rows: [keyof typeof FORM_VALUES, string][] = [
    ['nome', 'Nome'],
    ['cognome', 'Cognome'],
    ['codice_fiscale', 'Codice fiscale'],
    ['comune', 'Comune di residenza'],
    ['data', 'Data'],
  ];
  let y = 670;
  for (const [name, label] of rows) {
    page.drawText(label, { x: 56, y: y + 6, size: 10, font });
    const field = form.createTextField(name);
    field.setText(String(FORM_VALUES[name]));
    field.addToPage(page, { x: 190, y, width: 220, height: 20, font, borderWidth: 1 });
    y -= 34;
  }
  page.drawText('ISEE allegato', { x: 56, y: y + 4, size: 10, font });
  const isee = form.createCheckBox('isee_allegato');
  isee.addToPage(page, { x: 190, y, width: 14, height: 14, borderWidth: 1 });
  isee.check();
  page.drawText('Firma del richiedente ______________________________', { x: 56, y: y - 60, size: 10, font });
  form.updateFieldAppearances(font);
  form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.False);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

// ---------------------------------------------------------------------------------------------
// h. huge pages
// ---------------------------------------------------------------------------------------------

export const TALL_PAGE = { width: 595, height: 12000 } as const;
export const WIDE_PAGE = { width: 14000, height: 595 } as const;
const HUGE_DPI = 100;

/** One image-only page 595 × 12,000 pt: the letter painted 14¼ times down a tall strip (100 dpi grey). */
export async function tallImagePage(): Promise<Uint8Array> {
  const doc = await newDoc();
  const page = doc.addPage([TALL_PAGE.width, TALL_PAGE.height]);
  const s = HUGE_DPI / 72;
  const img = tile(paintLetter({ dpi: HUGE_DPI, sheet: { ...A4, width: TALL_PAGE.width } }), Math.round(TALL_PAGE.width * s), Math.round(TALL_PAGE.height * s));
  setPageContent(doc, page, embedGrey(doc, page, img, 0, 0, TALL_PAGE.width, TALL_PAGE.height));
  return doc.save({ useObjectStreams: false });
}

/** One image-only page 14,000 × 595 pt: the letter (laid out landscape) painted 16½ times across (100 dpi grey). */
export async function wideImagePage(): Promise<Uint8Array> {
  const doc = await newDoc();
  const page = doc.addPage([WIDE_PAGE.width, WIDE_PAGE.height]);
  const s = HUGE_DPI / 72;
  const img = tile(paintLetter({ dpi: HUGE_DPI, sheet: { ...LANDSCAPE, height: WIDE_PAGE.height } }), Math.round(WIDE_PAGE.width * s), Math.round(WIDE_PAGE.height * s));
  setPageContent(doc, page, embedGrey(doc, page, img, 0, 0, WIDE_PAGE.width, WIDE_PAGE.height));
  return doc.save({ useObjectStreams: false });
}

/** An A4 letter scanned in colour at 600 dpi (4,960 × 7,016 RGB, ~100 MB once decoded): large, and valid. */
export async function colourScan600(): Promise<Uint8Array> {
  const doc = await newDoc();
  const page = doc.addPage([A4.width, A4.height]);
  setPageContent(doc, page, embedGreyAsRgb(doc, page, paintLetter({ dpi: 600 }), 0, 0, A4.width, A4.height));
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------
// i. text that needs cleaning up
// ---------------------------------------------------------------------------------------------

/** Accented vowels written as the bare vowel plus a spacing accent (` U+0060) kerned back over it: "Poverta`", "citta`", "e`". */
export function spacingGraveAccents(): Promise<Uint8Array> {
  return helveticaLetter({ mode: 'grave' });
}

/** Every line drawn twice, the second copy 0.3 pt right and 0.3 pt down (a "shadow" / fake bold). */
export function shadowedLines(): Promise<Uint8Array> {
  return helveticaLetter({ mode: 'shadow' });
}

/**
 * Control characters inside the text: in a Type3 font (Titillium outlines) whose ToUnicode maps one
 * zero-width, empty glyph to U+0001 — inserted after the third character of every word of six or
 * more characters ("Mon\u0001telago", "000\u00012817") — and maps the space glyph used in every
 * other line to U+000B. The page looks exactly like the letter.
 */
export function controlCharacters(): Promise<Uint8Array> {
  return type3Letter(controlCharacterLines(), true);
}

export function controlCharacterLines(): LetterLine[] {
  return letterLines.map((line, i) => {
    let text = line.text.replace(/\S{6,}/g, (word) => `${word.slice(0, 3)}\u0001${word.slice(3)}`);
    if (i % 2 === 1) text = text.replace(/ /g, '\u000b');
    return { ...line, text };
  });
}

/** The Oggetto wrapped onto two lines with a hyphen: "…convocazione del Coordina-" / "mento istituzionale". */
export function hyphenatedSubject(): Promise<Uint8Array> {
  return helveticaLetter({ lines: letterVariant({ subject: 'hyphenated' }) });
}

// ---------------------------------------------------------------------------------------------
// the table
// ---------------------------------------------------------------------------------------------

/**
 * What a correct reader must give. Text comparisons are on the reader's text NFC-normalised, with
 * every run of whitespace (line breaks included) folded to one space.
 */
export interface ReadingExpectation {
  /** Substrings the text must contain. */
  textIncludes: string[];
  /** Substrings the text must not contain. */
  textExcludes?: string[];
  /** Substrings that must occur exactly once. */
  occursOnce?: string[];
  protocol?: string;
  /** ISO date of the protocol registration. */
  protocolDate?: string;
  /** ISO date of the letter (place-date line). */
  date?: string;
  subject?: string;
  signer?: string;
  amounts?: string[];
  emails?: string[];
  /** Number of pages. */
  pages: number;
  /** Page size as displayed (after /Rotate), in points, rounded. */
  pageSize: { width: number; height: number };
  /** true: the letter's words are only in pixels (or in a text layer that does not decode): OCR is needed. */
  mustBeOcr: boolean;
  /** Lines of real text that exist over a scanned image and must be kept alongside the OCR text. */
  printedLines?: string[];
  /** The page's /Rotate. */
  rotate?: number;
  /** Degrees the page content is turned clockwise; a reader must turn it back to read it. */
  contentTurnedClockwise?: number;
  /** The file is wrapped (p7m / Base64 / PEM / mail headers); the PDF inside must be read. */
  envelope?: 'cades-der' | 'cades-base64' | 'cades-pem' | 'mail-headers';
  /** Signer of a CAdES envelope, as in its certificate's CN. */
  signerCommonName?: string;
  /** Incremental updates appended after the first save; the text must be the latest revision's. */
  incrementalUpdates?: number;
  /** AcroForm field values (checkbox → boolean). */
  formFields?: Record<string, string | boolean>;
  /** XFA-only form: the values live in the XFA datasets; the page text is a placeholder. */
  xfaValues?: Record<string, string>;
  /** Text a reader must take from an annotation's appearance stream. */
  annotationText?: string;
  /** Text printed vertically in the margin, which must come out as one line. */
  verticalText?: string;
  /**
   * What `qpdf --check` says of the file as it is: ok (exit 0), warnings (exit 3: damaged but
   * recoverable) or fails (exit 2: not a PDF until unwrapped). Damage here is on purpose.
   */
  qpdfCheck: 'ok' | 'warnings' | 'fails';
}

export interface ReadingKind {
  name: string;
  kind: string;
  /** One-sentence description of the condition. */
  condition: string;
  make: () => Promise<Uint8Array>;
  expect: ReadingExpectation;
  /** File name extension for write-all. */
  ext: 'pdf' | 'p7m' | 'eml.pdf';
}

export const readingKinds: ReadingKind[] = [
  { name: 'plainLetter', kind: 'plain', condition: 'Plain text letter in Helvetica (the baseline).', make: plainLetter, ext: 'pdf', expect: fullLetter },
  {
    name: 'incrementalUpdate',
    kind: 'incremental-update',
    condition: 'Letter saved without its protocol line, then an incremental update (new objects, xref section with /Prev) prints the protocol stamp.',
    make: incrementalUpdate,
    ext: 'pdf',
    expect: { ...fullLetter, incrementalUpdates: 1, occursOnce: [PROTOCOL_LINE] },
  },
  {
    name: 'hybridXrefUpdate',
    kind: 'incremental-update',
    condition: 'Word-style hybrid file (classic xref + /XRefStm; the font only reachable through the xref stream), then an incremental update printing the protocol stamp.',
    make: hybridXrefUpdate,
    ext: 'pdf',
    expect: { ...fullLetter, incrementalUpdates: 1, occursOnce: [PROTOCOL_LINE] },
  },
  {
    name: 'trailingNulBytes',
    kind: 'container',
    condition: '2,560 NUL bytes after the final %%EOF.',
    make: trailingNulBytes,
    ext: 'pdf',
    expect: { ...fullLetter, qpdfCheck: 'warnings' },
  },
  {
    name: 'missingEofMarker',
    kind: 'container',
    condition: 'The last %%EOF line is missing (file ends after the startxref offset).',
    make: missingEofMarker,
    ext: 'pdf',
    expect: { ...fullLetter, qpdfCheck: 'ok' },
  },
  {
    name: 'mailHeadersBeforePdf',
    kind: 'container',
    condition: '~5 kB of RFC 822 (PEC) e-mail headers before %PDF-; xref offsets count from %PDF-.',
    make: mailHeadersBeforePdf,
    ext: 'eml.pdf',
    expect: { ...fullLetter, envelope: 'mail-headers', textExcludes: ['Received:', 'X-Trasporto'], qpdfCheck: 'warnings' },
  },
  {
    name: 'p7mDer',
    kind: 'container',
    condition: 'CAdES-BES .p7m, binary DER, attached PDF, self-signed certificate CN=FERRARESI GIULIA.',
    make: p7mDer,
    ext: 'p7m',
    expect: { ...fullLetter, envelope: 'cades-der', signerCommonName: SIGNER_CN, qpdfCheck: 'warnings' },
  },
  {
    name: 'p7mBase64',
    kind: 'container',
    condition: 'The same .p7m Base64-encoded in 64-character CRLF lines.',
    make: p7mBase64,
    ext: 'p7m',
    expect: { ...fullLetter, envelope: 'cades-base64', signerCommonName: SIGNER_CN, qpdfCheck: 'fails' },
  },
  {
    name: 'p7mPem',
    kind: 'container',
    condition: 'The same .p7m PEM-armoured (-----BEGIN PKCS7-----).',
    make: p7mPem,
    ext: 'p7m',
    expect: { ...fullLetter, envelope: 'cades-pem', signerCommonName: SIGNER_CN, qpdfCheck: 'fails' },
  },
  {
    name: 'scanWithPrintedText',
    kind: 'scan',
    condition: 'Whole-page 150 dpi greyscale scan of the letter with two real text lines printed over it (top and bottom margin).',
    make: scanWithPrintedText,
    ext: 'pdf',
    expect: { ...ocrLetter, textIncludes: [SCAN_HEADER, SCAN_FOOTER, ...ocrLetter.textIncludes], printedLines: [SCAN_HEADER, SCAN_FOOTER] },
  },
  {
    name: 'type3OpaqueGlyphs',
    kind: 'undecodable-text',
    condition: 'Type3 font, glyphs drawn as paths, names /g1 /g2 …, no /ToUnicode: a text layer exists but does not decode to the words.',
    make: type3OpaqueGlyphs,
    ext: 'pdf',
    expect: ocrLetter,
  },
  {
    name: 'outlinedText',
    kind: 'undecodable-text',
    condition: 'Text converted to outlines: every glyph a filled path in the page content, no font, no text layer, no image.',
    make: outlinedText,
    ext: 'pdf',
    expect: ocrLetter,
  },
  {
    name: 'identityHNoToUnicode',
    kind: 'undecodable-text',
    condition: 'Titillium Web embedded as Type0/Identity-H (subset, no cmap table) with /ToUnicode removed.',
    make: identityHNoToUnicode,
    ext: 'pdf',
    expect: ocrLetter,
  },
  {
    name: 'xfaOnlyForm',
    kind: 'undecodable-text',
    condition: 'XFA-only form: AcroForm /XFA (template + datasets), NeedsRendering, page shows only the "Please wait..." placeholder.',
    make: xfaOnlyForm,
    ext: 'pdf',
    expect: {
      textIncludes: [XFA_VALUES.ente, XFA_VALUES.protocollo, XFA_VALUES.oggetto, XFA_VALUES.email],
      textExcludes: ['Please wait', 'Adobe Reader'],
      xfaValues: { ...XFA_VALUES },
      protocol: expected.protocol,
      protocolDate: expected.protocolDate,
      subject: SUBJECT,
      pages: 1,
      pageSize: { width: 612, height: 792 },
      mustBeOcr: false,
      qpdfCheck: 'ok',
    },
  },
  {
    name: 'rotated180',
    kind: 'rotation',
    condition: 'Page /Rotate 180, content drawn upside down in user space so the page shows upright.',
    make: rotated180,
    ext: 'pdf',
    expect: { ...fullLetter, rotate: 180 },
  },
  {
    name: 'rotated270',
    kind: 'rotation',
    condition: 'Landscape MediaBox with /Rotate 270, content drawn turned so the page shows as an upright portrait letter.',
    make: rotated270,
    ext: 'pdf',
    expect: { ...fullLetter, rotate: 270 },
  },
  {
    name: 'verticalMarginStamp',
    kind: 'rotation',
    condition: 'Upright letter with the segnatura printed vertically (rotated 90°, bottom to top) in the left margin.',
    make: verticalMarginStamp,
    ext: 'pdf',
    // The segnatura's number as it prints it, with its year (as imposedPageWithSegnatura and R03 in shared/cases/reading):
    // the register's own form wins over the number typed in the letter.
    expect: { ...fullLetter, textIncludes: [...fullLetter.textIncludes, SEGNATURA], verticalText: SEGNATURA, protocol: '0002817/2025' },
  },
  {
    name: 'sidewaysScan',
    kind: 'scan-orientation',
    condition: 'Image-only 150 dpi scan with the letter turned 90° clockwise on a portrait page, no /Rotate.',
    make: sidewaysScan,
    ext: 'pdf',
    expect: { ...ocrLetter, contentTurnedClockwise: 90 },
  },
  {
    name: 'stampAnnotation',
    kind: 'annotations-forms',
    condition: 'Letter without protocol line; the protocol is a /Stamp annotation whose /AP /N stream draws it in Helvetica.',
    make: stampAnnotation,
    ext: 'pdf',
    expect: { ...fullLetter, annotationText: PROTOCOL_LINE, occursOnce: [PROTOCOL_LINE] },
  },
  {
    name: 'filledForm',
    kind: 'annotations-forms',
    condition: 'AcroForm text fields filled and a checked checkbox, appearance streams present, NeedAppearances false.',
    make: filledForm,
    ext: 'pdf',
    expect: {
      textIncludes: [FORM_TITLE, 'Codice fiscale', 'Mario', 'Rossi', 'RSSMRA80A01H501U', '15/04/2025'],
      formFields: { ...FORM_VALUES },
      pages: 1,
      pageSize: A4_SIZE,
      mustBeOcr: false,
      qpdfCheck: 'ok',
    },
  },
  {
    name: 'tallImagePage',
    kind: 'huge-page',
    condition: 'Image-only page of 595 × 12,000 pt (the letter repeated down a strip, 100 dpi grey).',
    make: tallImagePage,
    ext: 'pdf',
    expect: { ...ocrLetter, pageSize: { ...TALL_PAGE } },
  },
  {
    name: 'wideImagePage',
    kind: 'huge-page',
    condition: 'Image-only page of 14,000 × 595 pt (the letter repeated across, 100 dpi grey).',
    make: wideImagePage,
    ext: 'pdf',
    expect: { ...ocrLetter, pageSize: { ...WIDE_PAGE } },
  },
  {
    name: 'spacingGraveAccents',
    kind: 'text-cleanup',
    condition: 'Accented vowels drawn as vowel + spacing grave accent kerned back over it ("Poverta`", "citta`", "e`").',
    make: spacingGraveAccents,
    ext: 'pdf',
    expect: { ...fullLetter, textExcludes: ['`', 'Poverta'] },
  },
  {
    name: 'shadowedLines',
    kind: 'text-cleanup',
    condition: 'Each line drawn twice, the copy offset by 0.3 pt (shadow / fake bold).',
    make: shadowedLines,
    ext: 'pdf',
    expect: { ...fullLetter, occursOnce: [PROTOCOL_LINE, expected.issuer, expected.signer, `Oggetto: ${SUBJECT}`], textExcludes: ['MontelagoComune', 'CCoommuunnee'] },
  },
  {
    name: 'controlCharacters',
    kind: 'text-cleanup',
    condition: 'A font whose ToUnicode maps a zero-width glyph to U+0001 (inside words) and the space glyph of every other line to U+000B.',
    make: controlCharacters,
    ext: 'pdf',
    expect: { ...fullLetter, textExcludes: ['\u0001', '\u000b'] },
  },
  {
    name: 'hyphenatedSubject',
    kind: 'text-cleanup',
    condition: 'The Oggetto wraps with a hyphen: "…convocazione del Coordina-" / "mento istituzionale".',
    make: hyphenatedSubject,
    ext: 'pdf',
    expect: { ...fullLetter, textIncludes: fullLetter.textIncludes.filter((t) => !t.startsWith('Oggetto')), textExcludes: ['Coordina- mento', 'Coordina-mento'] },
  },
];

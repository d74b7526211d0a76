import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  PDFTextField,
  rgb,
  type PDFDropdown,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
// pdf-lib's streams deflated by Node's zlib (see native-deflate.ts).
import '../render/native-deflate.ts';
import { makePdfA, setDocumentInfo, subsetTag } from '../render/pdfa.ts';
import { romeDateText } from '../calendar/rome-date.ts';
import { FormDefinitionError } from './errors.ts';
import { BODY_FIELDS, fieldsInLayoutOrder, textMaxLength, type FormDefinition, type FormField } from './form-definition.ts';
import { wrapText } from './wrap-text.ts';

/** The body a form is made for: pre-filled, read-only. */
export interface FormBody {
  code: string;
  name: string;
}

/** The campaign the form answers, printed at the top. */
export interface FormCampaign {
  title: string;
  /** "yyyy-mm-dd", or a Date (its day in Europe/Rome); printed dd/mm/yyyy. */
  deadline: string | Date;
  /** Who asks: the region or lead Ambito. */
  issuer: string;
}

export interface RenderFormOptions {
  /**
   * Declare PDF/A-2b (XMP pdfaid, sRGB OutputIntent). Off by default: see the note on `renderForm`.
   * For the copy a region archives of what it sent, not for the copy it sends.
   */
  pdfa?: boolean;
  /** Creation date written in the metadata; defaults to now. */
  date?: Date;
}

const require = createRequire(import.meta.url);
const fontFile = (face: string) => {
  // The same Titillium Web (SIL OFL) the letters use: see shared/render/letter-fonts.ts.
  const root = process.env.CARTEGGIO_FONTS_DIR ?? dirname(require.resolve('@expo-google-fonts/titillium-web/package.json'));
  return new Uint8Array(readFileSync(join(root, face)));
};
let faces: { regular: Uint8Array; bold: Uint8Array } | null = null;
let glyphCheck: ReturnType<typeof fontkit.create> | null = null;

/** Page geometry, in points (A4). */
const PAGE = { width: 595.28, height: 841.89, left: 50, right: 50, top: 48, bottom: 56 } as const;
const GUTTER = 16;
const LABEL_SIZE = 8.5;
const LABEL_MIN_SIZE = 6.5;
const FIELD_SIZE = 10;
const BOX_HEIGHT = 18;
const ROW_GAP = 9;
const GREY = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.0, 0.4, 0.8);
/**
 * Boxes are pale fills without borders: on a printed and scanned form a bordered box makes OCR lose
 * short values ("6", "15") and read its edges as letters, while a pale fill is dropped with the paper.
 */
const READ_ONLY_BACKGROUND = rgb(0.88, 0.88, 0.88);
const FIELD_BACKGROUND = rgb(0.93, 0.95, 0.98);

/**
 * A fillable A4 form for one body: an AcroForm whose field names are the definition's names (text
 * fields; dropdowns for choices), each with its label printed above it, its help text as tooltip
 * (/TU) and the required flag where the definition says so; the body's name and code pre-filled in
 * read-only fields (`enteNome`, `enteCodice`); a heading with the issuer, the campaign's title and the
 * deadline (dd/mm/yyyy). Titillium Web is embedded whole for the fields (a person types characters the
 * form has not printed yet, so a subset would not do) and as a subset for headings.
 *
 * Every field has a generated appearance stream and NeedAppearances is not set: values show in every
 * viewer, print and survive flattening, and nothing is left for the viewer to compute. No JavaScript,
 * no actions, no XFA: a date is checked when the form comes back, not while it is typed.
 *
 * PDF/A. PDF/A-2 (ISO 19005-2) allows AcroForms when each widget has an appearance (N only), the
 * print flag, no A/AA actions, and NeedAppearances absent or false; this file keeps those rules, and
 * its fonts are embedded. It does **not** declare PDF/A by default, for two reasons: Adobe Acrobat
 * (default setting "View documents in PDF/A mode") opens a file that declares PDF/A read-only, with a
 * banner, and fields cannot be filled until the person clicks "Enable editing", which is the wrong
 * first sight for 600 Ambiti; and the file that comes back is whatever the Ambito's viewer saved
 * (often with NeedAppearances or scripts added), so a claim made here would not hold for the file
 * that is archived as the answer. `options.pdfa` declares PDF/A-2b (XMP pdfaid part 2, conformance B,
 * sRGB OutputIntent, via shared/render/pdfa.ts) for the sent copy a region keeps. The claim is built
 * to the clauses above and checked structurally by test/collect/forms; no veraPDF run backs it.
 */
export async function renderForm(def: FormDefinition, body: FormBody, campaign: FormCampaign, options: RenderFormOptions = {}): Promise<Uint8Array> {
  faces ??= { regular: fontFile('400Regular/TitilliumWeb_400Regular.ttf'), bold: fontFile('700Bold/TitilliumWeb_700Bold.ttf') };
  glyphCheck ??= fontkit.create(faces.regular as Buffer);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(faces.regular, { subset: false, features: { liga: false } });
  const bold = await doc.embedFont(faces.bold, { subset: true, features: { liga: false } });
  const form = doc.getForm();
  const da = `/${regular.name} ${FIELD_SIZE} Tf 0 g`;
  // The form's default font and size, for a viewer that draws what a person types.
  form.acroForm.dict.set(PDFName.of('DA'), PDFString.of(da));
  form.acroForm.dict.set(PDFName.of('DR'), doc.context.obj({ Font: { [regular.name]: regular.ref } }));

  const width = PAGE.width - PAGE.left - PAGE.right;
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    y = PAGE.height - PAGE.top;
  };
  const ensure = (h: number) => {
    if (y - h < PAGE.bottom) newPage();
  };
  const text = (s: string, x: number, size: number, font: PDFFont, color = rgb(0, 0, 0)) => page.drawText(printable(s), { x, y, size, font, color });
  const paragraph = (s: string, size: number, font: PDFFont, color = rgb(0, 0, 0), lead = 1.3) => {
    for (const line of wrapText(printable(s), font, size, width)) {
      ensure(size * lead);
      y -= size * lead;
      text(line, PAGE.left, size, font, color);
    }
  };

  newPage();
  paragraph(campaign.issuer, 10, bold, GREY);
  y -= 4;
  paragraph(campaign.title, 14, bold);
  y -= 2;
  paragraph(`Da restituire entro il ${italianDate(campaign.deadline)}`, 10, regular);
  y -= 8;
  page.drawLine({ start: { x: PAGE.left, y }, end: { x: PAGE.left + width, y }, thickness: 0.8, color: RULE });
  y -= 4;
  paragraph(def.title, 12, bold);
  if (def.description) {
    y -= 2;
    paragraph(def.description, 8.5, regular, GREY);
  }
  y -= 10;

  const column = (start: number, span: number) => {
    const unit = (width + GUTTER) / 12;
    return { x: PAGE.left + start * unit, w: span * unit - GUTTER };
  };
  const labelled = (field: Pick<FormField, 'name' | 'label' | 'required'>, x: number, w: number, top: number) => {
    const printed = field.required ? `${field.label} *` : field.label;
    const size = fitSize(printed, regular, w);
    if (size === null) throw new FormDefinitionError(def.id, [`label of ${field.name} ("${printed}") does not fit its width of ${Math.round(w)} points`]);
    page.drawText(printable(printed), { x, y: top - LABEL_SIZE, size, font: regular });
    return { x, y: top - LABEL_SIZE * 1.25 - 3 - BOX_HEIGHT, width: w, height: BOX_HEIGHT };
  };
  const rowHeight = LABEL_SIZE * 1.25 + 3 + BOX_HEIGHT + ROW_GAP;

  // The body's own fields, read-only.
  ensure(rowHeight);
  const bodyFields: [Pick<FormField, 'name' | 'label' | 'required'>, string, number, number][] = [
    [{ ...BODY_FIELDS.name, required: false }, body.name, 0, 8],
    [{ ...BODY_FIELDS.code, required: false }, body.code, 8, 4],
  ];
  for (const [field, value, start, span] of bodyFields) {
    const { x, w } = column(start, span);
    const box = labelled(field, x, w, y);
    const tf = form.createTextField(field.name);
    // A long name is set smaller rather than cut off.
    const shown = printable(value);
    const size = Math.max(6, Math.min(FIELD_SIZE, Math.floor(((w - 6) / Math.max(1, regular.widthOfTextAtSize(shown, 1))) * 2) / 2));
    tf.acroField.setDefaultAppearance(`/${regular.name} ${size} Tf 0 g`);
    tf.setText(shown);
    tf.addToPage(page, { ...box, font: regular, backgroundColor: READ_ONLY_BACKGROUND, borderColor: undefined, borderWidth: 0 });
    tf.enableReadOnly();
    tf.disableSpellChecking();
    tooltip(tf, field.name === BODY_FIELDS.name.name ? "L'ente a cui è chiesto il modulo: non modificabile." : "Il codice dell'ente: non modificabile.");
    tf.updateAppearances(regular);
  }
  y -= rowHeight;
  ensure(12);
  y -= 9;
  text('I campi contrassegnati con * sono obbligatori.', PAGE.left, 8, regular, GREY);
  y -= 8;

  const ordered = fieldsInLayoutOrder(def);
  for (const section of def.sections) {
    const fields = ordered.filter((f) => f.layout.section === section.id);
    if (!fields.length) continue;
    const rows = new Map<number, FormField[]>();
    for (const f of fields) rows.set(f.layout.row, [...(rows.get(f.layout.row) ?? []), f]);
    // A section's title stays with its first row.
    const helpLines = section.help ? wrapText(printable(section.help), regular, 8, width).length : 0;
    ensure(22 + helpLines * 10.4 + rowHeight);
    y -= 14;
    text(section.title, PAGE.left, 11, bold, RULE);
    y -= 4;
    page.drawLine({ start: { x: PAGE.left, y }, end: { x: PAGE.left + width, y }, thickness: 0.5, color: RULE });
    if (section.help) paragraph(section.help, 8, regular, GREY);
    y -= 8;
    for (const row of rows.values()) {
      ensure(rowHeight);
      let start = 0;
      for (const f of row) {
        const { x, w } = column(start, f.layout.width);
        start += f.layout.width;
        const box = labelled(f, x, w, y);
        if (f.type === 'choice') addDropdown(form.createDropdown(f.name), f, box, page, regular, da);
        else addTextField(form.createTextField(f.name), f, box, page, regular, da);
      }
      y -= rowHeight;
    }
  }

  // Footers, once the pages are counted.
  pages.forEach((p, i) => {
    const footer = printable(`Modulo ${def.id}, versione ${def.version} · ${body.code}`);
    p.drawText(footer, { x: PAGE.left, y: 30, size: 7.5, font: regular, color: GREY });
    const n = `Pagina ${i + 1} di ${pages.length}`;
    p.drawText(n, { x: PAGE.width - PAGE.right - regular.widthOfTextAtSize(n, 7.5), y: 30, size: 7.5, font: regular, color: GREY });
  });

  const meta = {
    title: printable(`${def.title} – ${body.name}`),
    author: printable(campaign.issuer),
    subject: printable(campaign.title),
    keywords: [def.id, `versione-${def.version}`, body.code],
    date: options.date,
  };
  if (options.pdfa) {
    await makePdfA(doc, meta);
    // makePdfA names every font a subset; the fields' face is embedded whole and says so, since a
    // viewer may decline a font marked as a subset for drawing what a person types.
    renameFont(doc, regular, (name) => name.replace(/^[A-Z]{6}\+/, ''));
  } else {
    // The headings' face is a subset, and says so (ISO 32000-1, 9.6.4), as pdfa.ts does for letters.
    await doc.flush();
    renameFont(doc, bold, (name) => (/^[A-Z]{6}\+/.test(name) ? name : `${subsetTag(name)}+${name}`));
    setDocumentInfo(doc, meta);
  }
  // Appearances are all drawn above with Titillium; pdf-lib would otherwise redraw dirty ones in Helvetica.
  return doc.save({ updateFieldAppearances: false });
}

function addTextField(tf: PDFTextField, f: FormField, box: Box, page: PDFPage, font: PDFFont, da: string): void {
  tf.acroField.setDefaultAppearance(da);
  tf.setMaxLength(textMaxLength(f));
  tf.disableMultiline();
  tf.disableRichFormatting();
  if (f.type !== 'text') tf.disableSpellChecking();
  tf.addToPage(page, { ...box, font, backgroundColor: FIELD_BACKGROUND, borderColor: undefined, borderWidth: 0 });
  if (f.required) tf.enableRequired();
  tooltip(tf, f.help ?? f.label);
  tf.updateAppearances(font);
}

function addDropdown(dd: PDFDropdown, f: FormField, box: Box, page: PDFPage, font: PDFFont, da: string): void {
  dd.acroField.setDefaultAppearance(da);
  dd.setOptions((f.options ?? []).map((o) => printable(o.label)));
  dd.addToPage(page, { ...box, font, backgroundColor: FIELD_BACKGROUND, borderColor: undefined, borderWidth: 0 });
  if (f.required) dd.enableRequired();
  tooltip(dd, f.help ?? f.label);
  dd.updateAppearances(font);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The field's tooltip (/TU), also what a screen reader announces. */
function tooltip(field: { acroField: { dict: PDFDict } }, text: string): void {
  field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(text));
}

/** The label's size: the standard one, or smaller down to a floor; null when even that is too wide. */
function fitSize(text: string, font: PDFFont, width: number): number | null {
  const at = font.widthOfTextAtSize(printable(text), LABEL_SIZE);
  if (at <= width) return LABEL_SIZE;
  const size = Math.floor(((LABEL_SIZE * width) / at) * 10) / 10;
  return size >= LABEL_MIN_SIZE ? size : null;
}

/** Characters the typeface lacks become "?": a PDF/A file may not show .notdef, and a blank would hide that something was there. */
function printable(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    if (glyphCheck!.hasGlyphForCodePoint(ch.codePointAt(0)!)) out += ch;
    else {
      const compat = ch.normalize('NFKC');
      out += compat !== ch && Array.from(compat).every((c) => glyphCheck!.hasGlyphForCodePoint(c.codePointAt(0)!)) ? compat : '?';
    }
  }
  return out;
}

/** A deadline as Italians write it: dd/mm/yyyy (a Date is taken on its day in Europe/Rome). */
export function italianDate(when: string | Date): string {
  if (typeof when === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(when);
    if (!m) throw new RangeError(`deadline "${when}" is not yyyy-mm-dd`);
    return `${m[3]}/${m[2]}/${m[1]}`;
  }
  return romeDateText(when);
}


/** Renames an embedded font everywhere it is named: the Type0 font, its CID font and its descriptor. */
function renameFont(doc: PDFDocument, font: PDFFont, rename: (name: string) => string): void {
  const type0 = doc.context.lookup(font.ref, PDFDict);
  const dicts: PDFDict[] = [type0];
  const cid = type0.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
  if (cid) {
    dicts.push(cid);
    const descriptor = cid.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    if (descriptor) dicts.push(descriptor);
  }
  for (const dict of dicts) {
    for (const key of ['BaseFont', 'FontName']) {
      const name = dict.get(PDFName.of(key));
      if (name instanceof PDFName) dict.set(PDFName.of(key), PDFName.of(rename(name.decodeText())));
    }
  }
}

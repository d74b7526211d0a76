import { PDFDict, PDFDocument, PDFDropdown, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFTextField, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { BODY_FIELDS, FormDefinition } from '../../../shared/collect/form-definition.ts';
import { formRegistry } from '../../../shared/collect/form-registry.ts';
import { italianDate, renderForm } from '../../../shared/collect/render-form.ts';
import { FormDefinitionError } from '../../../shared/collect/errors.ts';
import { readPdf } from '../../../shared/read/read-pdf.ts';
import { defaultReadLimits } from '../../../shared/read/read-limits.ts';
import { fontsOf } from '../../render/pdf-checks.ts';
import { body, campaign, form } from './form-samples.ts';

const ids = formRegistry()
  .list()
  .map((d) => d.id);
const rendered = new Map<string, Promise<Uint8Array>>();
const pdfOf = (id: string) => {
  if (!rendered.has(id)) rendered.set(id, renderForm(form(id), body, campaign));
  return rendered.get(id)!;
};
const loaded = async (id: string) => PDFDocument.load(await pdfOf(id));

describe('a rendered form', () => {
  it.each(ids)('%s has exactly the fields of its definition, plus the body’s name and code', async (id) => {
    // Act
    const names = (await loaded(id))
      .getForm()
      .getFields()
      .map((f) => f.getName());
    // Assess
    expect(names.sort()).toEqual([...form(id).fields.map((f) => f.name), BODY_FIELDS.name.name, BODY_FIELDS.code.name].sort());
  });

  it.each(ids)('%s offers each choice as a dropdown of its option labels, every other field as text', async (id) => {
    // Prepare
    const pdfForm = (await loaded(id)).getForm();
    // Act
    const kinds = form(id).fields.map((f) => {
      const field = pdfForm.getField(f.name);
      return field instanceof PDFDropdown ? field.getOptions() : field instanceof PDFTextField ? 'text' : 'other';
    });
    // Assess
    expect(kinds).toEqual(form(id).fields.map((f) => (f.type === 'choice' ? f.options!.map((o) => o.label) : 'text')));
  });

  it('carries the body’s name and code pre-filled and read-only', async () => {
    // Prepare
    const pdfForm = (await loaded('poa-supervisione')).getForm();
    // Act
    const bodyFields = [BODY_FIELDS.name.name, BODY_FIELDS.code.name].map((n) => pdfForm.getTextField(n));
    // Assess
    expect(bodyFields.map((f) => [f.getText(), f.isReadOnly()])).toEqual([
      [body.name, true],
      [body.code, true],
    ]);
  });

  it('prints a long body name whole, set smaller, rather than cut off', async () => {
    // Prepare
    const long = { code: 'ATS-XX-99', name: 'Ambito territoriale sociale n. 12 dei Comuni di San Marco in Lamis, Rignano Garganico e San Giovanni Rotondo' };
    // Act
    const doc = await PDFDocument.load(await renderForm(form('allegato-1-referente'), long, campaign));
    const box = doc.getForm().getTextField(BODY_FIELDS.name.name).acroField.getWidgets()[0].getRectangle();
    // Flattened as drawn, so the reader measures the text where the appearance puts it.
    doc.getForm().flatten({ updateFieldAppearances: false });
    const segment = (await readPdf(await doc.save(), { ...defaultReadLimits, ocr: false })).pages.flatMap((p) => p.lines.flatMap((l) => l.segments)).find((s) => s.text === long.name);
    // Assess
    expect(segment && segment.end <= box.x + box.width).toBe(true);
  });

  it('leaves every field of the definition fillable', async () => {
    // Prepare
    const pdfForm = (await loaded('poa-supervisione')).getForm();
    // Act
    const readOnly = form('poa-supervisione').fields.filter((f) => pdfForm.getField(f.name).isReadOnly());
    // Assess
    expect(readOnly).toEqual([]);
  });

  it.each(ids)('%s flags as required exactly the required fields', async (id) => {
    // Prepare
    const pdfForm = (await loaded(id)).getForm();
    // Act
    const required = form(id).fields.filter((f) => pdfForm.getField(f.name).isRequired()).map((f) => f.name);
    // Assess
    expect(required).toEqual(form(id).fields.filter((f) => f.required).map((f) => f.name));
  });

  it('gives each field its help text as tooltip', async () => {
    // Prepare
    const pdfForm = (await loaded('poa-supervisione')).getForm();
    // Act
    const tooltips = form('poa-supervisione').fields.map((f) => pdfForm.getField(f.name).acroField.dict.lookup(PDFName.of('TU'), PDFHexString).decodeText());
    // Assess
    expect(tooltips).toEqual(form('poa-supervisione').fields.map((f) => f.help ?? f.label));
  });

  it('prints the issuer, the campaign, the deadline as dd/mm/yyyy and every label', async () => {
    // Act
    const text = (await readPdf(await pdfOf('poa-supervisione'), { ...defaultReadLimits, ocr: false })).pages
      .flatMap((p) => p.lines.map((l) => l.text))
      .join('\n');
    // Assess
    expect([campaign.issuer, campaign.title, 'Da restituire entro il 31/03/2024', ...form('poa-supervisione').fields.map((f) => f.label)].filter((s) => !text.includes(s))).toEqual([]);
  });

  it('uses Titillium Web only, every face embedded, the fields’ face whole (a person types letters the form never printed)', async () => {
    // Act
    const fonts = fontsOf(await loaded('poa-supervisione'));
    // Assess
    expect(fonts.map((f) => [f.name.replace(/-\d+$/, ''), f.program])).toEqual([
      ['TitilliumWeb-Regular', 'FontFile2'],
      [expect.stringMatching(/^[A-Z]{6}\+TitilliumWeb-Bold$/), 'FontFile2'],
    ]);
  });

  it('names the fields’ font in the form’s default resources, for viewers drawing what is typed', async () => {
    // Prepare
    const doc = await loaded('poa-supervisione');
    // Act
    const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
    const da = acroForm.lookup(PDFName.of('DA'))?.toString() ?? '';
    const fontKey = /\/([^\s]+) 10 Tf/.exec(da)?.[1];
    const resources = acroForm.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
    // Assess
    expect(fontKey && resources.has(PDFName.of(fontKey))).toBe(true);
  });
});

describe('a rendered form keeps the rules PDF/A-2 sets for forms (ISO 19005-2, 6.3 and 6.4)', () => {
  const widgets = async (id: string) =>
    (await loaded(id))
      .getForm()
      .getFields()
      .flatMap((f) => f.acroField.getWidgets().map((w) => ({ field: f.getName(), widget: w.dict, fieldDict: f.acroField.dict })));

  it.each(ids)('%s: every widget has a normal appearance and nothing else (no rollover, no down)', async (id) => {
    // Act
    const bad = (await widgets(id)).filter(({ widget }) => widget.lookup(PDFName.of('AP'), PDFDict).keys().map(String).join() !== '/N');
    // Assess
    expect(bad.map((b) => b.field)).toEqual([]);
  });

  it.each(ids)('%s: every widget prints and none is hidden', async (id) => {
    // Act
    const bad = (await widgets(id)).filter(({ widget }) => ((widget.lookup(PDFName.of('F')) as PDFNumber).asNumber() & (4 | 2 | 1 | 32 | 256)) !== 4);
    // Assess
    expect(bad.map((b) => b.field)).toEqual([]);
  });

  it.each(ids)('%s: no actions on fields or widgets', async (id) => {
    // Act
    const bad = (await widgets(id)).filter(({ widget, fieldDict }) => [widget, fieldDict].some((d) => d.has(PDFName.of('A')) || d.has(PDFName.of('AA'))));
    // Assess
    expect(bad.map((b) => b.field)).toEqual([]);
  });

  it.each(ids)('%s: no NeedAppearances, no XFA, no JavaScript', async (id) => {
    // Prepare
    const doc = await loaded(id);
    // Act
    const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
    const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
    // Assess
    expect([acroForm.has(PDFName.of('NeedAppearances')), acroForm.has(PDFName.of('XFA')), !!names?.has(PDFName.of('JavaScript')), doc.catalog.has(PDFName.of('OpenAction'))]).toEqual([false, false, false, false]);
  });

  it('declares PDF/A-2b only when asked to, with an sRGB output intent', async () => {
    // Act
    const declared = await PDFDocument.load(await renderForm(form('poa-supervisione'), body, campaign, { pdfa: true }));
    const xmp = decodePDFRawStream(declared.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream).decode();
    const plain = await loaded('poa-supervisione');
    // Assess
    expect({
      part: /<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B</.test(Buffer.from(xmp).toString('utf8')),
      intent: declared.catalog.has(PDFName.of('OutputIntents')),
      plainMetadata: plain.catalog.has(PDFName.of('Metadata')),
    }).toEqual({ part: true, intent: true, plainMetadata: false });
  });

  it('keeps the fields’ whole font untagged when declaring PDF/A (a subset tag would stop viewers using it for typing)', async () => {
    // Act
    const fonts = fontsOf(await PDFDocument.load(await renderForm(form('poa-supervisione'), body, campaign, { pdfa: true })));
    // Assess
    expect(fonts.map((f) => /^[A-Z]{6}\+/.test(f.name))).toEqual([false, true]);
  });
});

describe('rendering refuses what it cannot print', () => {
  it('names a label too long for its width', async () => {
    // Prepare
    const def = FormDefinition.parse({
      id: 'etichetta-lunga',
      title: 'Prova',
      version: 1,
      sections: [{ id: 's', title: 'Sezione' }],
      fields: [{ name: 'campo', label: 'Una etichetta davvero molto lunga per una colonna così stretta', type: 'text', layout: { section: 's', row: 1, width: 2 } }],
    });
    // Act / Assess
    await expect(renderForm(def, body, campaign)).rejects.toThrow(FormDefinitionError);
  });
});

describe('the deadline', () => {
  it('given as an instant is printed as its day in Rome', () => {
    // Act / Assess: 23:30 UTC on 31 March 2024 is already 1 April in Rome (CEST)
    expect(italianDate(new Date('2024-03-31T23:30:00Z'))).toBe('01/04/2024');
  });
});

import { PDFDocument } from 'pdf-lib';
// pdf-lib's streams deflated by Node's zlib (see native-deflate.ts).
import './native-deflate.ts';
import { renderMarkup } from './render-markup.ts';
import { parseMarkup } from './parse-markup.ts';
import { LetterFonts } from './letter-fonts.ts';
import { typeset } from './typeset.ts';
import { makePdfA } from './pdfa.ts';
import { poaSummary } from './poa-summary.ts';
import type { TemplateName } from './letter-schemas.ts';
import type { LetterInput } from './validate-letter-input.ts';

const MAX_ADDRESSEES_IN_HEADER = 6;

export interface ProtocolStamp {
  numero: string;
  data: string;
}

export interface RenderedLetter {
  pdf: Uint8Array;
  markup: string;
  pages: number;
  /** Characters of the text the typeface lacks, printed as a stand-in. */
  unprintable: string[];
}

/** A validated input becomes a PDF/A-2b letter: template → markup → typeset pages. */
export async function renderLetter<T extends TemplateName>(
  template: T,
  input: LetterInput<T>,
  protocol: ProtocolStamp,
  opts: { logo?: { bytes: Uint8Array; type: 'png' | 'jpg' }; date?: Date } = {},
): Promise<RenderedLetter> {
  const data = input.data ?? protocol.data;
  // Past a handful of addressees the header says "Ai destinatari in indirizzo" and the list goes after the signatures.
  const elencoInCalce = input.destinatari.length + input.perConoscenza.length > MAX_ADDRESSEES_IN_HEADER;
  const view = { ...input, data, protocollo: protocol, elencoInCalce, ...(template === 'riepilogo-poa' ? poaSummary((input as LetterInput<'riepilogo-poa'>).ambiti) : {}) };
  const markup = renderMarkup(template, view);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await LetterFonts.embed(doc);
  const logo = opts.logo ? await (opts.logo.type === 'png' ? doc.embedPng(opts.logo.bytes) : doc.embedJpg(opts.logo.bytes)) : undefined;
  typeset(doc, fonts, parseMarkup(markup), { logo });
  await makePdfA(doc, {
    title: `Prot. n. ${protocol.numero} – ${input.oggetto}`,
    author: input.mittente.ente,
    subject: input.oggetto,
    keywords: [template, `protocollo ${protocol.numero}`, input.mittente.codiceIpa],
    date: opts.date,
  });
  // objectsPerTick: no pause for the event loop every 50 objects (pdf-lib's default), a letter is small.
  return { pdf: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), markup, pages: doc.getPageCount(), unprintable: [...fonts.missing] };
}

import { inflateSync } from 'node:zlib';
import type { PDFObject, PDFStream as PdfStream } from 'pdf-lib';
import { cleanText } from './clean-text.ts';

type Node = Record<string, unknown> & { ':@'?: Record<string, string>; '#text'?: string };

/**
 * The text of an XFA form, from its packets (XFA 3.3 §2): every `draw` of the template (the form's
 * printed text) and every `field` as "caption: value", the value taken from the `datasets` packet by
 * the field's name, in template order. Nothing is rendered or run: the form's scripts are ignored.
 * Returns [] when the file has no readable XFA.
 */
export async function xfaLines(pdf: Uint8Array): Promise<string[]> {
  // Loaded only for an XFA form: most files are not.
  const { XMLParser } = await import('fast-xml-parser');
  const packets = await xfaPackets(pdf).catch(() => new Map<string, string>());
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, trimValues: true, processEntities: true, parseTagValue: false, parseAttributeValue: false });
  const parse = (xml: string | undefined): Node[] => {
    try {
      return xml ? (parser.parse(xml) as Node[]) : [];
    } catch {
      return [];
    }
  };
  const data = new Map<string, string>();
  collectData(parse(packets.get('datasets')), data);
  const lines: string[] = [];
  walkTemplate(parse(packets.get('template')), data, lines);
  // A form with no template in the file (made elsewhere) still has its data.
  if (!lines.length) for (const [name, value] of data) lines.push(`${name}: ${value}`);
  return lines.map((l) => cleanText(l).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

async function xfaPackets(pdf: Uint8Array): Promise<Map<string, string>> {
  const { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFStream } = await import('pdf-lib');
  const streamText = (stream: PdfStream): string => {
    const raw = stream instanceof PDFRawStream ? stream.contents : stream.getContents();
    try {
      return Buffer.from(inflateSync(raw, { maxOutputLength: 32 * 1024 * 1024 })).toString('utf8');
    } catch {
      return Buffer.from(raw).toString('utf8');
    }
  };
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  const form = doc.catalog.lookup(PDFName.of('AcroForm'));
  const xfa = form && 'lookup' in form ? (form as { lookup(n: import('pdf-lib').PDFName): PDFObject | undefined }).lookup(PDFName.of('XFA')) : undefined;
  const packets = new Map<string, string>();
  if (xfa instanceof PDFArray) {
    const items = xfa.asArray();
    for (let i = 0; i + 1 < items.length; i += 2) {
      const name = doc.context.lookup(items[i])?.toString().replace(/^\(|\)$/g, '') ?? '';
      const stream = doc.context.lookup(items[i + 1]);
      if (stream instanceof PDFStream) packets.set(name, streamText(stream));
    }
  } else if (xfa instanceof PDFStream) {
    const xml = streamText(xfa);
    for (const name of ['template', 'datasets']) {
      const m = new RegExp(`<(?:\\w+:)?${name}[\\s>][\\s\\S]*?</(?:\\w+:)?${name}>`).exec(xml);
      if (m) packets.set(name, m[0]);
    }
  }
  return packets;
}

function tagOf(n: Node): string | undefined {
  return Object.keys(n).find((k) => k !== ':@' && k !== '#text');
}

function childrenOf(n: Node): Node[] {
  const tag = tagOf(n);
  return tag ? ((n[tag] as Node[]) ?? []) : [];
}

function textOf(nodes: Node[]): string {
  return nodes.map((n) => (n['#text'] !== undefined ? String(n['#text']) : textOf(childrenOf(n)))).join(' ');
}

/** Leaf elements of the data packet, by name: the first value of each name wins. */
function collectData(nodes: Node[], out: Map<string, string>): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (!tag) continue;
    const kids = childrenOf(n);
    if (kids.length && kids.every((k) => k['#text'] !== undefined)) {
      const v = textOf(kids).trim();
      if (v && !out.has(tag)) out.set(tag, v);
    } else collectData(kids, out);
  }
}

function walkTemplate(nodes: Node[], data: Map<string, string>, out: string[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (!tag) continue;
    const kids = childrenOf(n);
    if (tag === 'draw') {
      const value = kids.find((k) => tagOf(k) === 'value');
      const text = value ? textOf(childrenOf(value)).trim() : '';
      if (text) out.push(text);
    } else if (tag === 'field') {
      const name = n[':@']?.name ?? '';
      const caption = kids.find((k) => tagOf(k) === 'caption');
      const label = caption ? textOf(childrenOf(caption)).trim() : '';
      const own = kids.find((k) => tagOf(k) === 'value');
      const value = data.get(name) ?? (own ? textOf(childrenOf(own)).trim() : '');
      if (label || value) out.push(label && value ? `${label.replace(/:\s*$/, '')}: ${value}` : label || value);
    } else walkTemplate(kids, data, out);
  }
}

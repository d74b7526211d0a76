import { Marked, type Token, type Tokens, type TokenizerExtension } from 'marked';

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Run[][] }
  | { kind: 'table'; header: Run[][]; rows: Run[][][]; align: Align[] }
  | { kind: 'container'; name: string; blocks: Block[] }
  | { kind: 'pagebreak' };

/** ":::name" … ":::" fences a block the layout places specially (letterhead, addressees, signatures, footer). */
const container: TokenizerExtension = {
  name: 'container',
  level: 'block',
  start: (src: string) => src.match(/^:::/m)?.index,
  tokenizer(src: string) {
    const m = /^:::([a-z][\w-]*)[ \t]*\n([\s\S]*?)\n:::[ \t]*(?:\n+|$)/.exec(src);
    if (!m) return undefined;
    return { type: 'container', raw: m[0], name: m[1], tokens: this.lexer.blockTokens(m[2], []) };
  },
};

/** "\pagebreak" alone on a line. */
const pagebreak: TokenizerExtension = {
  name: 'pagebreak',
  level: 'block',
  // marked asks where the next token may start on the text after a paragraph's first character, so
  // only a "\pagebreak" after a newline counts: an escaped "\\pagebreak" from data never does.
  start: (src: string) => {
    const at = src.indexOf('\n\\pagebreak');
    return at < 0 ? undefined : at + 1;
  },
  tokenizer(src: string) {
    const m = /^\\pagebreak[ \t]*(?:\n+|$)/.exec(src);
    return m ? { type: 'pagebreak', raw: m[0] } : undefined;
  },
};

const marked = new Marked({ gfm: true, extensions: [container, pagebreak] });

/**
 * Parses the markup templates produce: a Markdown subset (paragraphs, **bold**, *italic*, headings,
 * lists, tables) plus ":::" containers and "\pagebreak". Text keeps HTML entities as Handlebars wrote
 * them; they are decoded here, once, so an escaped "<" prints as "<".
 */
export function parseMarkup(markup: string): Block[] {
  return blocksOf(marked.lexer(markup));
}

function blocksOf(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        out.push({ kind: 'heading', level: (t as Tokens.Heading).depth, runs: runsOf((t as Tokens.Heading).tokens) });
        break;
      case 'paragraph':
        out.push({ kind: 'paragraph', runs: runsOf((t as Tokens.Paragraph).tokens) });
        break;
      case 'text':
        out.push({ kind: 'paragraph', runs: runsOf((t as Tokens.Text).tokens ?? [{ type: 'text', raw: t.raw, text: (t as Tokens.Text).text }]) });
        break;
      case 'list': {
        const list = t as Tokens.List;
        out.push({
          kind: 'list',
          ordered: list.ordered,
          start: typeof list.start === 'number' ? list.start : 1,
          items: list.items.map((item) => item.tokens.flatMap((it) => ('tokens' in it && it.tokens ? runsOf(it.tokens) : runsOf([it])))),
        });
        break;
      }
      case 'table': {
        const table = t as Tokens.Table;
        out.push({
          kind: 'table',
          header: table.header.map((c) => runsOf(c.tokens)),
          rows: table.rows.map((r) => r.map((c) => runsOf(c.tokens))),
          align: table.align.map((a) => a ?? 'left'),
        });
        break;
      }
      case 'container': {
        const c = t as unknown as { name: string; tokens: Token[] };
        out.push({ kind: 'container', name: c.name, blocks: blocksOf(c.tokens) });
        break;
      }
      case 'pagebreak':
        out.push({ kind: 'pagebreak' });
        break;
      default:
        break; // space, hr, html and code are not part of the letter markup
    }
  }
  return out;
}

function runsOf(tokens: Token[], bold = false, italic = false): Run[] {
  const out: Run[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'strong':
        out.push(...runsOf((t as Tokens.Strong).tokens, true, italic));
        break;
      case 'em':
        out.push(...runsOf((t as Tokens.Em).tokens, bold, true));
        break;
      case 'br':
        out.push({ text: '\n', bold, italic });
        break;
      case 'text':
        if ('tokens' in t && t.tokens?.length) out.push(...runsOf(t.tokens, bold, italic));
        else out.push({ text: decodeEntities((t as Tokens.Text).text), bold, italic });
        break;
      case 'escape':
      case 'codespan':
        out.push({ text: decodeEntities((t as Tokens.Escape).text), bold, italic });
        break;
      case 'link':
        out.push(...runsOf((t as Tokens.Link).tokens, bold, italic));
        break;
      default:
        if ('text' in t && typeof t.text === 'string') out.push({ text: decodeEntities(t.text), bold, italic });
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

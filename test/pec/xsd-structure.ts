/**
 * A structural check of an XML document against an XSD, written for the constructs AgID's
 * segnatura_protocollo.xsd uses, because no XSD validator is installed (no libxml2, no WebAssembly
 * build of it). It reads the schema itself with fast-xml-parser, so the rules come from the XSD file,
 * not from this code:
 *
 * - global elements, named complexType and simpleType, elements by name+type, inline complexType;
 * - xs:sequence and xs:choice, nested, with minOccurs/maxOccurs (matched by backtracking, so the
 *   order and the number of every child are checked exactly);
 * - xs:simpleContent/xs:extension (text of a simple type plus attributes) and
 *   xs:complexContent/xs:extension (the base's content model and attributes, plus the extension's);
 * - attributes: required, fixed, unknown ones, enumerations, named and built-in types; qualified or
 *   unqualified as attributeFormDefault says; elements qualified as elementFormDefault says;
 * - simple types: restriction with xs:pattern (anchored) and xs:enumeration; the built-ins the schema
 *   uses (string, boolean, date, time, integer, NMTOKEN, anyURI, base64Binary); element `fixed`.
 *
 * Not covered, and said so by an error rather than passed silently: any other XSD construct
 * (xs:all, xs:group, xs:any, substitution groups, identity constraints, facets other than pattern and
 * enumeration, xs:list/xs:union). An element referenced from an imported schema (ds:Signature) is
 * checked for presence, position and namespace only, not for its content.
 */
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;
type Attrs = Record<string, string>;

const XS = 'http://www.w3.org/2001/XMLSchema';
const XMLNS_RE = /^xmlns(:|$)/;

interface QName {
  ns: string | null;
  local: string;
}

interface ElementDecl {
  kind: 'element';
  name: QName;
  min: number;
  max: number;
  /** Named type, inline complexType node, or null for an element from an imported schema. */
  type: QName | Node | null;
  fixed?: string;
}
interface GroupParticle {
  kind: 'sequence' | 'choice';
  min: number;
  max: number;
  items: Particle[];
}
type Particle = ElementDecl | GroupParticle;

interface Instance {
  name: QName;
  /** Prefixed name as written, for messages. */
  raw: string;
  attrs: Attrs;
  children: Instance[];
  text: string;
  scope: Map<string, string>;
  path: string;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, trimValues: true, commentPropName: '#comment' });

const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const attrsOf = (n: Node) => (n[':@'] ?? {}) as Attrs;
const kids = (n: Node) => (n[tagOf(n)] as Node[]) ?? [];

export class XsdStructure {
  private readonly target: string;
  private readonly elementsQualified: boolean;
  private readonly attributesQualified: boolean;
  private readonly prefixes: Map<string, string>;
  private readonly complexTypes = new Map<string, Node>();
  private readonly simpleTypes = new Map<string, Node>();
  private readonly elements = new Map<string, Node>();

  constructor(xsd: string) {
    const doc = parser.parse(xsd) as Node[];
    const schema = doc.find((n) => tagOf(n).endsWith('schema'))!;
    const a = attrsOf(schema);
    this.target = a.targetNamespace;
    this.elementsQualified = a.elementFormDefault === 'qualified';
    this.attributesQualified = a.attributeFormDefault === 'qualified';
    this.prefixes = new Map(Object.entries(a).filter(([k]) => XMLNS_RE.test(k)).map(([k, v]) => [k.split(':')[1] ?? '', v]));
    for (const child of kids(schema)) {
      const tag = this.xsLocal(child);
      const name = attrsOf(child).name;
      if (tag === 'complexType') this.complexTypes.set(name, child);
      else if (tag === 'simpleType') this.simpleTypes.set(name, child);
      else if (tag === 'element') this.elements.set(name, child);
      else if (tag !== 'import' && tag !== 'annotation' && tag !== '#comment') throw new Error(`costrutto XSD non gestito al primo livello: ${tagOf(child)}`);
    }
  }

  /**
   * Elements the schema requires that the caller knows are absent and wants reported apart (the
   * AOO's ds:Signature, which Carteggio cannot apply): "{namespace}local". They are then treated as
   * optional, so the rest of the document is still checked in full.
   */
  private optional = new Set<string>();

  /** Every structural error of the document, as "path: problem"; empty when it conforms. */
  validate(xml: string, opts: { absentAllowed?: string[] } = {}): string[] {
    this.optional = new Set(opts.absentAllowed ?? []);
    const errors: string[] = [];
    const doc = parser.parse(xml) as Node[];
    const rootNode = doc.find((n) => !tagOf(n).startsWith('?') && tagOf(n) !== '#comment' && tagOf(n) !== '#text');
    if (!rootNode) return ['documento senza elemento radice'];
    const root = this.instance(rootNode, new Map(), '');
    const decl = root.name.ns === this.target ? this.elements.get(root.name.local) : undefined;
    if (!decl) return [`${root.path}: elemento radice non dichiarato nello schema`];
    this.checkElement(root, this.elementDecl(decl), errors);
    return errors;
  }

  // ---- the schema

  private xsLocal(n: Node): string {
    const tag = tagOf(n);
    const [prefix, local] = tag.includes(':') ? tag.split(':') : ['', tag];
    if (tag.startsWith('#')) return tag;
    if (this.prefixes && this.prefixes.get(prefix) !== XS && prefix !== 'xs') throw new Error(`elemento non XSD nello schema: ${tag}`);
    return local;
  }

  private qname(value: string): QName {
    const [prefix, local] = value.includes(':') ? value.split(':') : ['', value];
    return { ns: this.prefixes.get(prefix) ?? null, local };
  }

  private occurs(a: Attrs): { min: number; max: number } {
    return { min: a.minOccurs === undefined ? 1 : Number(a.minOccurs), max: a.maxOccurs === undefined ? 1 : a.maxOccurs === 'unbounded' ? Infinity : Number(a.maxOccurs) };
  }

  private elementDecl(n: Node): ElementDecl {
    const a = attrsOf(n);
    if (a.ref) {
      const ref = this.qname(a.ref);
      if (ref.ns === this.target) return { ...this.elementDecl(this.elements.get(ref.local)!), ...this.occurs(a) };
      return { kind: 'element', name: ref, type: null, ...this.occurs(a) };
    }
    const inline = kids(n).find((c) => this.xsLocal(c) === 'complexType' || this.xsLocal(c) === 'simpleType');
    return {
      kind: 'element',
      name: { ns: this.elementsQualified ? this.target : null, local: a.name },
      type: inline ?? (a.type ? this.qname(a.type) : { ns: XS, local: 'anyType' }),
      ...(a.fixed !== undefined ? { fixed: a.fixed } : {}),
      ...this.occurs(a),
    };
  }

  private particle(n: Node): Particle {
    const tag = this.xsLocal(n);
    if (tag === 'element') return this.elementDecl(n);
    if (tag === 'sequence' || tag === 'choice') {
      return { kind: tag, ...this.occurs(attrsOf(n)), items: kids(n).filter((c) => !['annotation', '#comment'].includes(this.xsLocal(c))).map((c) => this.particle(c)) };
    }
    throw new Error(`costrutto XSD non gestito nel modello di contenuto: ${tagOf(n)}`);
  }

  /** A complexType as a content model (or simple content) and its attribute declarations, bases included. */
  private complexModel(type: Node): { particle: Particle | null; simple: QName | Node | null; attributes: Node[] } {
    let particle: Particle | null = null;
    let simple: QName | Node | null = null;
    const attributes: Node[] = [];
    for (const c of kids(type)) {
      const tag = this.xsLocal(c);
      if (tag === 'annotation' || tag === '#comment') continue;
      if (tag === 'sequence' || tag === 'choice') particle = this.particle(c);
      else if (tag === 'attribute') attributes.push(c);
      else if (tag === 'simpleContent' || tag === 'complexContent') {
        const ext = kids(c).find((k) => this.xsLocal(k) === 'extension');
        if (!ext) throw new Error(`costrutto XSD non gestito: ${tagOf(c)} senza xs:extension`);
        const base = this.qname(attrsOf(ext).base);
        const own = kids(ext).filter((k) => this.xsLocal(k) === 'attribute');
        const ownParticle = kids(ext).find((k) => ['sequence', 'choice'].includes(this.xsLocal(k)));
        if (tag === 'simpleContent') {
          if (base.ns === this.target && this.complexTypes.has(base.local)) {
            const inherited = this.complexModel(this.complexTypes.get(base.local)!);
            simple = inherited.simple;
            attributes.push(...inherited.attributes);
          } else simple = base;
        } else {
          const inherited = this.complexModel(this.complexTypes.get(base.local)!);
          particle = ownParticle ? { kind: 'sequence', min: 1, max: 1, items: [inherited.particle, this.particle(ownParticle)].filter((p): p is Particle => !!p) } : inherited.particle;
          attributes.push(...inherited.attributes);
        }
        attributes.push(...own);
      } else throw new Error(`costrutto XSD non gestito in complexType: ${tagOf(c)}`);
    }
    return { particle, simple, attributes };
  }

  // ---- the document

  private instance(n: Node, parentScope: Map<string, string>, parentPath: string, step?: string): Instance {
    const attrs = attrsOf(n);
    const scope = new Map(parentScope);
    for (const [k, v] of Object.entries(attrs)) if (XMLNS_RE.test(k)) scope.set(k.split(':')[1] ?? '', v);
    const raw = tagOf(n);
    const [prefix, local] = raw.includes(':') ? raw.split(':') : ['', raw];
    const path = `${parentPath}/${step ?? raw}`;
    const children: Instance[] = [];
    let text = '';
    const counts = new Map<string, number>();
    for (const c of kids(n)) {
      const tag = tagOf(c);
      if (tag === '#text') text += String(c['#text']);
      else if (tag === '#comment' || tag.startsWith('?')) continue;
      else {
        const k = (counts.get(tag) ?? 0) + 1;
        counts.set(tag, k);
        children.push(this.instance(c, scope, path, `${tag}[${k}]`));
      }
    }
    return { name: { ns: scope.get(prefix) ?? null, local }, raw, attrs, children, text, scope, path };
  }

  private checkElement(el: Instance, decl: ElementDecl, errors: string[]): void {
    if (decl.type === null) return; // an element of an imported schema: its content is not checked here
    if (decl.fixed !== undefined && el.text !== decl.fixed) errors.push(`${el.path}: valore fisso ${decl.fixed}, trovato «${el.text}»`);
    const type = isQName(decl.type) ? decl.type : null;
    if (type && (type.ns === XS || (type.ns === this.target && this.simpleTypes.has(type.local)))) {
      this.noAttributes(el, [], errors);
      this.noChildren(el, errors);
      this.checkSimple(el.text, type, `${el.path}`, errors);
      return;
    }
    const node = type ? this.complexTypes.get(type.local) : (decl.type as Node);
    if (!node) {
      errors.push(`${el.path}: tipo ${type?.local} non trovato nello schema`);
      return;
    }
    if (this.xsLocal(node) === 'simpleType') {
      this.noChildren(el, errors);
      this.checkSimple(el.text, node, el.path, errors);
      return;
    }
    const model = this.complexModel(node);
    this.noAttributes(el, model.attributes, errors);
    if (model.simple) {
      this.noChildren(el, errors);
      this.checkSimple(el.text, model.simple, el.path, errors);
      return;
    }
    if (el.text.trim()) errors.push(`${el.path}: testo non ammesso in un elemento con sottoelementi («${el.text.slice(0, 40)}»)`);
    const assignment = model.particle ? this.match(model.particle, el.children) : el.children.length ? null : [];
    if (!assignment) {
      errors.push(`${el.path}: sottoelementi non conformi allo schema (ordine, presenza o numero): ${el.children.map((c) => c.raw).join(', ') || 'nessuno'}; attesi ${describe(model.particle)}`);
      // Each child is still checked against the declaration of its name, so one error hides no other.
      for (const child of el.children) {
        const decl = model.particle && declarations(model.particle).find((d) => d.name.local === child.name.local && d.name.ns === child.name.ns);
        if (decl) this.checkElement(child, decl, errors);
        else errors.push(`${child.path}: elemento non previsto qui`);
      }
      return;
    }
    el.children.forEach((child, i) => this.checkElement(child, assignment[i], errors));
  }

  /** The declaration each child matches, if the whole list of children fits the particle; null otherwise. */
  private match(p: Particle, children: Instance[]): ElementDecl[] | null {
    for (const [end, decls] of this.ends(p, children, 0)) if (end === children.length) return decls;
    return null;
  }

  /** Every way the particle can consume children from `start`: [end, declarations of the consumed children]. */
  private ends(p: Particle, children: Instance[], start: number): [number, ElementDecl[]][] {
    const once = (from: number): [number, ElementDecl[]][] => {
      if (p.kind === 'element') {
        const c = children[from];
        if (!c && this.optional.has(`{${p.name.ns}}${p.name.local}`)) return [[from, []]];
        return c && c.name.local === p.name.local && c.name.ns === p.name.ns ? [[from + 1, [p]]] : [];
      }
      if (p.kind === 'choice') return p.items.flatMap((item) => this.ends(item, children, from));
      let states: [number, ElementDecl[]][] = [[from, []]];
      for (const item of p.items) states = states.flatMap(([pos, decls]) => this.ends(item, children, pos).map(([e, d]) => [e, [...decls, ...d]] as [number, ElementDecl[]]));
      return states;
    };
    // Repetitions of the particle, breadth first; past the minimum a repetition must consume a child.
    const results: [number, ElementDecl[]][] = p.min === 0 ? [[start, []]] : [];
    let frontier: [number, ElementDecl[]][] = [[start, []]];
    for (let k = 1; k <= p.max && frontier.length; k++) {
      const next = new Map<number, ElementDecl[]>();
      for (const [pos, decls] of frontier) {
        for (const [e, d] of once(pos)) {
          if (e === pos && k > p.min) continue;
          if (!next.has(e)) next.set(e, [...decls, ...d]);
        }
      }
      frontier = [...next];
      if (k >= p.min) results.push(...frontier);
    }
    return results;
  }

  private noChildren(el: Instance, errors: string[]): void {
    if (el.children.length) errors.push(`${el.path}: sottoelementi non ammessi (${el.children.map((c) => c.raw).join(', ')})`);
  }

  private noAttributes(el: Instance, declared: Node[], errors: string[]): void {
    const decls = declared.map((d) => attrsOf(d));
    const seen = new Set<string>();
    for (const [k, v] of Object.entries(el.attrs)) {
      if (XMLNS_RE.test(k)) continue;
      const [prefix, local] = k.includes(':') ? k.split(':') : [null, k];
      const ns = prefix === null ? null : (el.scope.get(prefix) ?? `?${prefix}`);
      const d = decls.find((a) => a.name === local);
      if (!d) {
        errors.push(`${el.path}: attributo non previsto ${k}`);
        continue;
      }
      const wantNs = this.attributesQualified || d.form === 'qualified' ? this.target : null;
      if (ns !== wantNs) errors.push(`${el.path}: attributo ${k} nel namespace sbagliato (${ns ?? 'nessuno'} invece di ${wantNs ?? 'nessuno'})`);
      seen.add(local);
      if (d.fixed !== undefined && v !== d.fixed) errors.push(`${el.path}/@${k}: valore fisso ${d.fixed}, trovato «${v}»`);
      const inline = declared[decls.indexOf(d)] && kids(declared[decls.indexOf(d)]).find((c) => this.xsLocal(c) === 'simpleType');
      this.checkSimple(v, inline ?? (d.type ? this.qname(d.type) : { ns: XS, local: 'string' }), `${el.path}/@${k}`, errors);
    }
    for (const d of decls) if (d.use === 'required' && !seen.has(d.name)) errors.push(`${el.path}: attributo obbligatorio mancante ${d.name}`);
  }

  private checkSimple(value: string, type: QName | Node, where: string, errors: string[]): void {
    if (isQName(type)) {
      if (type.ns === XS) {
        if (!builtin(type.local, value)) errors.push(`${where}: «${value.slice(0, 60)}» non è un xs:${type.local} valido`);
        return;
      }
      const named = this.simpleTypes.get(type.local);
      if (!named) {
        errors.push(`${where}: tipo semplice ${type.local} non trovato`);
        return;
      }
      return this.checkSimple(value, named, where, errors);
    }
    const restriction = kids(type).find((c) => this.xsLocal(c) === 'restriction');
    if (!restriction) throw new Error(`costrutto XSD non gestito: simpleType senza xs:restriction (${where})`);
    this.checkSimple(value, this.qname(attrsOf(restriction).base), where, errors);
    const facets = kids(restriction).filter((c) => !['annotation', '#comment'].includes(this.xsLocal(c)));
    const patterns = facets.filter((f) => this.xsLocal(f) === 'pattern').map((f) => attrsOf(f).value);
    const enums = facets.filter((f) => this.xsLocal(f) === 'enumeration').map((f) => attrsOf(f).value);
    const other = facets.filter((f) => !['pattern', 'enumeration'].includes(this.xsLocal(f)));
    if (other.length) throw new Error(`facet XSD non gestito: ${other.map(tagOf).join(', ')}`);
    if (patterns.length && !patterns.some((p) => new RegExp(`^(?:${p})$`, 'u').test(value))) errors.push(`${where}: «${value.slice(0, 60)}» non corrisponde al pattern ${patterns.join(' | ')}`);
    if (enums.length && !enums.includes(value)) errors.push(`${where}: «${value}» non è tra i valori ammessi ${enums.join(', ')}`);
  }
}

function isQName(t: unknown): t is QName {
  return !!t && typeof t === 'object' && 'local' in (t as object) && 'ns' in (t as object);
}

function builtin(type: string, v: string): boolean {
  switch (type) {
    case 'string':
    case 'anyType':
      return true;
    case 'boolean':
      return /^(true|false|1|0)$/.test(v);
    case 'date':
      return /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-]\d{2}:\d{2})?$/.test(v) && !Number.isNaN(Date.parse(v.slice(0, 10)));
    case 'time':
      return /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(v);
    case 'integer':
      return /^[+-]?\d+$/.test(v);
    case 'NMTOKEN':
      return /^[\p{L}\p{N}._:\-\u00b7\u0300-\u036f\u203f-\u2040]+$/u.test(v);
    case 'anyURI':
      return !/[\s<>"{}|\\^`]/.test(v);
    case 'base64Binary':
      return /^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(v.replace(/\s+/g, ''));
    default:
      throw new Error(`tipo XSD predefinito non gestito: xs:${type}`);
  }
}

function declarations(p: Particle): ElementDecl[] {
  return p.kind === 'element' ? [p] : p.items.flatMap(declarations);
}

function describe(p: Particle | null): string {
  if (!p) return 'nessun sottoelemento';
  const occ = p.min === 1 && p.max === 1 ? '' : `{${p.min},${p.max === Infinity ? '∞' : p.max}}`;
  if (p.kind === 'element') return `${p.name.local}${occ}`;
  return `${p.kind === 'sequence' ? '(' : '('}${p.items.map(describe).join(p.kind === 'sequence' ? ', ' : ' | ')})${occ}`;
}

/**
 * XML 1.0 well-formedness as far as characters go, which fast-xml-parser's XMLValidator does not
 * check: every character a Char (§2.2), and every character reference to one. Returns the offenders.
 */
export function nonXmlChars(xml: string): string[] {
  const bad: string[] = [];
  for (const m of xml.matchAll(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu)) bad.push(`U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  for (const m of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const cp = m[1].startsWith('x') ? parseInt(m[1].slice(1), 16) : Number(m[1]);
    const ok = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    if (!ok) bad.push(m[0]);
  }
  return bad;
}

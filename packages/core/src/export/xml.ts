/**
 * XML plumbing shared by the GEXF and GraphML writers and readers: escaping that no label can break out of, and
 * parsing with a DOMParser the caller injects (core has no DOM: the browser passes its own, Node passes @xmldom/xmldom's).
 */
import { MultiGraph } from 'graphology';
import { InvalidInputError, InvalidOptionError } from '../errors.js';

/** The little of a DOM element the readers look at. */
export interface XmlElementLike {
  readonly localName: string | null;
  readonly textContent: string | null;
}

/** The little of a DOM document the readers look at. */
export interface XmlDocumentLike {
  readonly documentElement: XmlElementLike | null;
  getElementsByTagName(name: string): ArrayLike<XmlElementLike>;
}

/** A DOMParser instance: the browser's native one, or @xmldom/xmldom's in Node. */
export interface DomParserLike {
  parseFromString(text: string, mimeType: 'application/xml'): XmlDocumentLike;
}

/** Options that @xmldom/xmldom understands and browsers ignore: turn its console logging into exceptions. */
export interface DomParserInit {
  onError?: (level: 'warning' | 'error' | 'fatalError', message: string) => void;
}

/** A DOMParser class, e.g. `globalThis.DOMParser` or `DOMParser` from `@xmldom/xmldom`. */
export type DomParserConstructor = new (init?: DomParserInit) => DomParserLike;

/** Options of the XML readers (GEXF, GraphML). */
export interface XmlReadOptions {
  /** The DOMParser class to use. Defaults to the global one (browsers); Node callers pass @xmldom/xmldom's. */
  DOMParser?: DomParserConstructor;
}

// XML 1.0 forbids these code points outright, even as character references; a label holding one would make the
// whole file unreadable, so they become U+FFFD. Lone surrogates are included: they cannot be encoded as UTF-8.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text for element content. `\r` is kept as a reference because parsers turn a raw one into `\n`. */
export function escapeXmlText(value: string): string {
  return value
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Escape text for a double-quoted attribute. Whitespace is kept as references because parsers normalise raw ones to spaces. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** A number as XML Schema float/double text, or undefined when it has none (NaN, ±Infinity). */
export function xmlNumber(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** Parse `#rgb`, `#rrggbb`, `rgb(r,g,b)` or `rgba(r,g,b,a)` into 0–255 channels; undefined when it is none of those. */
/** An XML integer attribute value (GEXF `integer` and GraphML `int` are 32-bit): rounded; undefined when not finite. */
export function xmlInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined;
}

export function parseColor(value: unknown): { r: number; g: number; b: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let match = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (match) {
    const [r, g, b] = match.slice(1).map((h) => parseInt(h + h, 16)) as [number, number, number];
    return { r, g, b };
  }
  match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})(?:[0-9a-f]{2})?$/i.exec(text);
  if (match) {
    const [r, g, b] = match.slice(1, 4).map((h) => parseInt(h, 16)) as [number, number, number];
    return { r, g, b };
  }
  match = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(text);
  if (match) {
    const [r, g, b] = match.slice(1, 4).map((d) => Math.min(255, parseInt(d, 10))) as [number, number, number];
    return { r, g, b };
  }
  return undefined;
}

/** The factory graphology-gexf and graphology-graphml share (`common/parser.js`): DOM classes in, a parse function out. */
export type GraphologyXmlParserFactory = (
  DOMParser: DomParserConstructor,
  Document: unknown,
) => (Graph: typeof MultiGraph, source: unknown, options?: { allowUndeclaredAttributes?: boolean; respectInputGraphType?: boolean }) => MultiGraph;

/**
 * Parse a GEXF or GraphML text with a graphology parser, the injected DOMParser, and clear errors. The result is a
 * mixed multigraph, so the file's own shape (directed or parallel edges) arrives intact for the caller to judge.
 */
export function parseXmlGraph(
  who: string,
  what: string,
  text: string,
  rootName: string,
  factory: GraphologyXmlParserFactory,
  options: XmlReadOptions = {},
): MultiGraph {
  const Parser = domParserClass(who, options);
  const doc = parseXml(who, what, text, rootName, Parser);
  try {
    // The parsers check `source instanceof Document`: the class must be the one that made the document.
    const parse = factory(Parser, (doc as object).constructor);
    return parse(MultiGraph, doc, { allowUndeclaredAttributes: true, respectInputGraphType: true });
  } catch (error) {
    const message = firstLine(error).replace(/^graphology-\w+\/parser: /, '');
    // The parsers' own wording points at a parser option the user cannot set; say what is wrong with the file.
    throw new InvalidInputError(who, what, /inexisting node/.test(message) ? 'has an edge whose source or target is not a node' : message);
  }
}

function domParserClass(who: string, options: XmlReadOptions): DomParserConstructor {
  const Parser = options.DOMParser ?? (globalThis as { DOMParser?: DomParserConstructor }).DOMParser;
  if (typeof Parser !== 'function') {
    throw new InvalidOptionError(who, 'DOMParser', 'a DOMParser class (in Node, pass DOMParser from @xmldom/xmldom)', Parser);
  }
  return Parser;
}

/** Parse XML text with the given DOMParser class and check that the root element is `rootName`. */
function parseXml(who: string, what: string, text: string, rootName: string, Parser: DomParserConstructor): XmlDocumentLike {
  if (typeof text !== 'string') throw new InvalidInputError(who, what, `expects a string, received ${typeof text}`);
  refuseEntities(who, what, text);
  const problems: string[] = [];
  let doc: XmlDocumentLike;
  try {
    const parser = new Parser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    });
    doc = parser.parseFromString(text, 'application/xml');
  } catch (error) {
    throw new InvalidInputError(who, what, `is not well-formed XML: ${firstLine(error)}`);
  }
  // Browsers never throw: they return a document holding a <parsererror> element instead.
  const parserError = doc.getElementsByTagName('parsererror')[0];
  // Chromium wraps the message in "This page contains the following errors: … Below is a rendering of the page".
  if (parserError) {
    const message = (parserError.textContent ?? '').replace(/^[^]*?following errors?:/, '').replace(/Below is a rendering[^]*$/, '');
    problems.push(message.trim() || 'parser error');
  }
  if (problems.length > 0) throw new InvalidInputError(who, what, `is not well-formed XML: ${firstLine(problems[0])}`);
  const root = doc.documentElement;
  if (!root || root.localName !== rootName) {
    throw new InvalidInputError(who, what, `expects a <${rootName}> root element, received <${root?.localName ?? 'nothing'}>`);
  }
  return doc;
}

/**
 * GEXF and GraphML need no DTD. A DOCTYPE that declares entities or names an external one is refused before any
 * parser sees it: external entities read local files or URLs (XXE), and nested internal ones expand exponentially
 * ("billion laughs"). @xmldom/xmldom expands neither, but a browser's DOMParser may, so the check is here, for both.
 * Only the prolog is searched: a DOCTYPE cannot come after the root element.
 */
function refuseEntities(who: string, what: string, text: string): void {
  const rootAt = text.search(/<(?![?!])/);
  const prolog = rootAt < 0 ? text : text.slice(0, rootAt);
  const doctype = /<!DOCTYPE\b/i.exec(prolog);
  if (!doctype) return;
  const declaration = prolog.slice(doctype.index);
  if (/<!ENTITY\b/i.test(declaration)) {
    throw new InvalidInputError(who, what, 'declares XML entities in its DOCTYPE (<!ENTITY …>), which Entente refuses: they can read local files (XXE) or expand without end');
  }
  if (/^<!DOCTYPE\s+[\w:.-]+\s+(SYSTEM|PUBLIC)\b/i.test(declaration)) {
    throw new InvalidInputError(who, what, 'names an external DTD in its DOCTYPE (SYSTEM/PUBLIC), which Entente refuses: GEXF and GraphML need none');
  }
}

/** Drop the direction of serialized edges: Entente reads every edge as a co-mention, which has none. */
export function undirectedEdges<Edge extends { undirected?: boolean }>(edges: Edge[]): Array<Omit<Edge, 'undirected'>> {
  return edges.map(({ undirected: _undirected, ...edge }) => edge);
}

function firstLine(value: unknown): string {
  const text = value instanceof Error ? value.message : String(value);
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 160)}…` : line;
}

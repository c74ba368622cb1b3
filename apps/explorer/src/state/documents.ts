/**
 * Dropped files → core Documents. HTML is parsed with an injected DOMParser: a parsed document is inert (no scripts
 * run, no images load), and only its text is kept, so nothing from the file ever reaches the live page as markup.
 */
import type { Document } from '@entente/core';
import { extensionOf } from './graph-io.js';

/** The slice of the DOM the HTML reader needs; the browser's DOMParser, or @xmldom/linkedom in tests. */
export interface HtmlParser {
  parseFromString(text: string, type: 'text/html'): ParsedHtml;
}
interface ParsedHtml {
  querySelector(selector: string): ParsedElement | null;
  querySelectorAll(selector: string): ArrayLike<ParsedElement>;
  body: ParsedElement | null;
  title?: string;
}
interface ParsedElement {
  textContent: string | null;
  attributes?: ArrayLike<{ name: string }>;
  removeAttribute?(name: string): void;
  remove(): void;
  after?(...nodes: string[]): void;
  querySelectorAll(selector: string): ArrayLike<ParsedElement>;
}

export interface ParsedDocuments {
  documents: Document[];
  /** One line per problem (a bad JSONL line, an empty file); the good documents are still used. */
  problems: string[];
}

/** Elements whose text is not prose. */
const DROP = 'script, style, noscript, template, nav, header, footer, aside, form, svg, iframe, object';
/** Elements that fetch or run something; removed first, in the same task as parsing. */
const ACTIVE = 'script, img, picture, source, video, audio, track, iframe, frame, object, embed, link, meta, base, svg, math, input';
/** Elements that end a paragraph: a newline after each keeps sentences from running together. */
const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, section, article, br, dd, dt, figcaption';

export function parseDocumentFile(name: string, text: string, parser?: HtmlParser): ParsedDocuments {
  const ext = extensionOf(name);
  if (ext === '.jsonl' || ext === '.ndjson') return parseJsonl(name, text);
  if (ext === '.html' || ext === '.htm') {
    if (!parser) return { documents: [], problems: [`"${name}": no HTML parser available`] };
    return single(name, htmlToText(text, parser));
  }
  if (ext === '.md' || ext === '.markdown') return single(name, markdownToText(text));
  return single(name, { text, title: undefined });
}

function single(name: string, doc: { text: string; title: string | undefined }): ParsedDocuments {
  if (!doc.text.trim()) return { documents: [], problems: [`"${name}" has no text`] };
  return { documents: [{ id: name, title: doc.title || name, text: doc.text }], problems: [] };
}

export function parseJsonl(name: string, text: string): ParsedDocuments {
  const documents: Document[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      problems.push(`"${name}" line ${i + 1}: not JSON`);
      return;
    }
    const r = row as Partial<Document> & Record<string, unknown>;
    if (!r || typeof r.text !== 'string') {
      problems.push(`"${name}" line ${i + 1}: expects {"id", "text"}, "text" is missing`);
      return;
    }
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `${name}#${i + 1}`;
    const doc: Document = { id, text: r.text };
    if (typeof r.title === 'string') doc.title = r.title;
    if (typeof r.date === 'string' || typeof r.date === 'number') doc.date = String(r.date);
    if (typeof r.source === 'string') doc.source = r.source;
    // The line's other fields are metadata, as `entente build` reads them (core keeps the plain values): the year,
    // country and session of a UNGDC speech become the explorer's document filters.
    const { id: _id, text: _text, title: _title, date: _date, source: _source, ...meta } = r;
    if (Object.keys(meta).length) doc.meta = meta;
    documents.push(doc);
  });
  return { documents, problems };
}

/** Text of an HTML page: the <article> if there is one, else the <body>; title from <title> or the first <h1>. */
export function htmlToText(html: string, parser: HtmlParser): { text: string; title: string | undefined } {
  const dom = parser.parseFromString(renameHandlers(html), 'text/html');
  defuse(dom);
  const title = (dom.title || dom.querySelector('h1')?.textContent || '').trim() || undefined;
  const root = dom.querySelector('article') ?? dom.body;
  if (!root) return { text: '', title };
  Array.from(root.querySelectorAll(DROP)).forEach((el) => el.remove());
  Array.from(root.querySelectorAll(BLOCKS)).forEach((el) => el.after?.('\n\n'));
  const text = (root.textContent ?? '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*\n\s*/g, '\n\n')
    .trim();
  return { text, title };
}

/**
 * Chromium checks inline handler attributes (`onerror=…`) against the page's CSP while it parses, even into an inert
 * document, and reports a violation (nothing runs). Renaming them inside tags first keeps the page's CSP report clean.
 */
export function renameHandlers(html: string): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/([\s"'/])on([a-z]+\s*=)/gi, '$1data-on$2'));
}

/**
 * A parsed document has no scripting, but Chromium still queues image error events on it, and an `onerror` attribute
 * would then be compiled (the page's CSP blocks it; this makes sure nothing is even attempted). Synchronously, before
 * any queued event can run: drop every attribute, then every element that fetches or runs something.
 */
function defuse(dom: ParsedHtml): void {
  // Attributes first: a queued event still reaches a removed element, and would find its handler attribute there.
  Array.from(dom.querySelectorAll('*')).forEach((el) => {
    const names = Array.from(el.attributes ?? [], (a) => a.name);
    for (const name of names) el.removeAttribute?.(name);
  });
  Array.from(dom.querySelectorAll(ACTIVE)).forEach((el) => el.remove());
}

/** Markdown to prose: headings, emphasis, links and code fences reduced to their text. */
export function markdownToText(md: string): { text: string; title: string | undefined } {
  const title = /^#\s+(.+)$/m.exec(md)?.[1]?.trim();
  const text = md
    .replace(/```[\s\S]*?```/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(\S[^*_`]*?)\1/g, '$2')
    .trim();
  return { text, title };
}

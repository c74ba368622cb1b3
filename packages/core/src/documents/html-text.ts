/**
 * The article text of an HTML page: Mozilla's Readability (what Firefox's reader view does) over a DOM the caller
 * parses, falling back to the whole body when Readability finds no article. Block elements become blank-line separated
 * paragraphs, so paragraph windows work on HTML too; no text between or inside blocks is lost.
 *
 * Core has no DOM: the face passes a DOMParser-like `HtmlParser` (the browser's own in the explorer, linkedom's in the
 * CLI), and everything after parsing is done here, so both faces give the same text for the same page. A parsed
 * document is inert (no scripts run, nothing loads); handler attributes are renamed before parsing and dropped right
 * after it, in the same task, so no event a browser queues on the parsed document can find one.
 */
import { Readability } from '@mozilla/readability';
import { flattenHtml, measureHtml } from './html-flatten.js';

/** The slice of a DOM node the text walk reads: standard DOM, as browsers and linkedom provide it. */
export interface HtmlNode {
  nodeType: number;
  nodeValue: string | null;
  tagName?: string;
  childNodes: ArrayLike<HtmlNode>;
}
export interface HtmlElement extends HtmlNode {
  tagName: string;
  attributes: ArrayLike<{ name: string }>;
  removeAttribute(name: string): void;
}
export interface HtmlDocument {
  title: string;
  body: HtmlNode | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  cloneNode(deep: boolean): unknown;
}
/** The slice of the DOM's DOMParser the reader needs: `new DOMParser()` in a browser, linkedom's in Node. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): HtmlDocument;
}

/**
 * Readability is given pages up to this deep and this big: it took 0.1 s at depth 100, 0.6 s at depth 400 and 47 s
 * at 2,000, and 0.7 s for 20,000 flat elements (measured on this 2-core machine). Real articles are 10–40 deep.
 */
export const READABILITY_MAX_DEPTH = 200;
export const READABILITY_MAX_ELEMENTS = 20_000;

/** Elements whose boundaries end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th', 'dd', 'dt', 'figcaption', 'section',
  'article', 'ul', 'ol', 'dl', 'table', 'tr', 'caption', 'header', 'footer', 'main', 'nav', 'aside', 'figure', 'address', 'hr',
  'form', 'fieldset', 'details', 'summary',
]);
/** Elements whose text is code or markup, never prose. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export interface HtmlText {
  text: string;
  title?: string;
  /** Set when the page was read without Readability (too deep or too big), saying why. */
  note?: string;
}

export function htmlToText(html: string, parser: HtmlParser): HtmlText {
  const parse = (markup: string): HtmlDocument => defuse(parser.parseFromString(renameHandlers(markup), 'text/html'));
  const shape = measureHtml(html);
  if (shape.depth > READABILITY_MAX_DEPTH || shape.elements > READABILITY_MAX_ELEMENTS) {
    // Every text of the page, boilerplate included, rather than a build that stalls on one file.
    const flatDocument = parse(flattenHtml(html, BLOCKS).html);
    const root = flatDocument.body;
    const why = shape.depth > READABILITY_MAX_DEPTH ? `nested ${shape.depth} elements deep (over ${READABILITY_MAX_DEPTH})` : `${shape.elements} elements (over ${READABILITY_MAX_ELEMENTS})`;
    const title = flatDocument.title?.replace(/\s+/g, ' ').trim();
    return {
      text: root ? blockText(root) : '',
      ...(title ? { title } : {}),
      note: `HTML ${why}: read as plain text, without Readability's article detection`,
    };
  }
  const document = parse(html);
  const pageTitle = document.title?.trim() || undefined;
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    // Readability rewrites the DOM it is given (removes scripts, turns <br><br> into <p>…), so it gets a copy and the
    // fallback below still sees the page as written.
    article = new Readability(document.cloneNode(true) as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    article = null;
  }
  const root = article?.content ? parse(`<!doctype html><html><body>${article.content}</body></html>`).body : document.body;
  const text = root ? blockText(root) : '';
  const title = article?.title?.trim() || pageTitle;
  return { text, ...(title ? { title } : {}) };
}

/**
 * Chromium checks inline handler attributes (`onerror=…`) against the page's CSP while it parses, even into an inert
 * document, and reports a violation (nothing runs). Renaming them inside tags first keeps the page's CSP report clean.
 * Attribute names only: the text is untouched.
 */
export function renameHandlers(html: string): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/([\s"'/])on([a-z]+\s*=)/gi, '$1data-on$2'));
}

/**
 * A parsed document runs no script, but Chromium still queues image error events on it, and a handler attribute the
 * renaming missed (`<img alt=">" onerror=…>`) would then be compiled (the page's CSP blocks it; this makes sure nothing
 * is even attempted). Synchronously, before any queued event can run: every `on…` attribute goes. Nothing else is
 * removed, as Readability scores a page by its classes, ids, links and images.
 */
function defuse(dom: HtmlDocument): HtmlDocument {
  Array.from(dom.querySelectorAll('*')).forEach((el) => {
    const names = Array.from(el.attributes ?? [], (a) => a.name).filter((name) => /^on/i.test(name));
    for (const name of names) el.removeAttribute(name);
  });
  return dom;
}

/**
 * The text of every text node under `root`, in document order: a paragraph break at each block boundary, a line break
 * at <br> (two in a row: a paragraph break, as browsers show them), whitespace collapsed within a line.
 * The walk keeps its own stack, so deeply nested pages cannot overflow the call stack.
 */
function blockText(root: HtmlNode): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const collapsed = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (collapsed) lines.push(collapsed);
    else if (lines.length) endParagraph();
  };
  const endParagraph = (): void => {
    const collapsed = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (collapsed) lines.push(collapsed);
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };

  // Each entry is a node to enter, or the closing boundary of a block element.
  const stack: Array<HtmlNode | { close: true }> = [root];
  while (stack.length) {
    const entry = stack.pop()!;
    if ('close' in entry) {
      endParagraph();
      continue;
    }
    if (entry.nodeType === TEXT_NODE || entry.nodeType === CDATA_SECTION_NODE) {
      line += entry.nodeValue ?? '';
      continue;
    }
    if (entry.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions
    const tag = (entry.tagName ?? '').toLowerCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      endLine();
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      endParagraph();
      stack.push({ close: true });
    }
    const children = entry.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  endParagraph();
  return paragraphs.join('\n\n');
}

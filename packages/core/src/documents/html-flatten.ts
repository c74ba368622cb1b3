/**
 * A linear, DOM-free pass over HTML, for the pages a DOM cannot take cheaply. Readability's cost grows with nesting
 * (2,000 nested <div>s took 47 s, 100,000 took 135 s) and linkedom's parser slows down with depth too, so before
 * building any DOM the page is measured here (`measureHtml`), and a page too deep or too big is `flattenHtml`ed: its
 * blocks become <hr> boundaries, which nest in nothing, so the DOM built from it is one level deep whatever the input.
 * Both passes are one scan with indexOf: no regex that could backtrack, no recursion.
 */

/** Elements without content (never pushed on the nesting stack). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose text is code or markup, never prose: skipped with their content. */
const RAW = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
/** Elements that an opening tag of the same name closes (`<p>a<p>b`, `<li>` lists): they do not add depth. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
/** How far down the stack a closing tag looks for its element; a stray closing tag is ignored past that. */
const CLOSE_SEARCH = 8;

export interface HtmlShape {
  /** Deepest nesting of elements (an estimate, as a browser's tree builder would differ on broken markup). */
  depth: number;
  elements: number;
}

type Visit = (kind: 'text', text: string) => void;
type VisitTag = (name: string, closing: boolean) => void;

/** Walk the tags and text of `html` once: comments, doctypes and raw-text elements (scripts…) are stepped over. */
function scan(html: string, lower: string, onText: Visit, onTag: VisitTag, onRaw?: (name: string, content: string) => void): void {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      onText('text', html.slice(i));
      return;
    }
    if (lt > i) onText('text', html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      onText('text', html.slice(lt));
      return;
    }
    const closing = html[lt + 1] === '/';
    const match = /^[a-zA-Z][\w:-]*/.exec(html.slice(lt + (closing ? 2 : 1), Math.min(gt, lt + 40)));
    if (!match) {
      // <!doctype> and <?xml?> are not elements; a lone "<" in text is text, and what follows it is read on.
      if (html[lt + 1] === '!' || html[lt + 1] === '?') i = gt + 1;
      else {
        onText('text', '&lt;');
        i = lt + 1;
      }
      continue;
    }
    i = gt + 1;
    const name = match[0].toLowerCase();
    if (!closing && RAW.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      onRaw?.(name, html.slice(i, end < 0 ? html.length : end));
      const after = end < 0 ? -1 : html.indexOf('>', end);
      i = after < 0 ? html.length : after + 1;
      continue;
    }
    onTag(name, closing || html[gt - 1] === '/');
  }
}

/** Depth and element count of a page, in one linear pass. */
export function measureHtml(html: string): HtmlShape {
  const stack: string[] = [];
  let depth = 0;
  let elements = 0;
  scan(html, html.toLowerCase(), () => {}, (name, closing) => {
    if (closing) {
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - CLOSE_SEARCH; k--) {
        if (stack[k] === name) {
          stack.length = k;
          break;
        }
      }
      return;
    }
    elements++;
    if (VOID.has(name)) return;
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) stack.pop();
    stack.push(name);
    if (stack.length > depth) depth = stack.length;
  });
  return { depth, elements };
}

/**
 * The page as flat HTML: its text as written (entities are left for the DOM parser to decode), `<br>` kept, every
 * block boundary an `<hr>`, every other tag dropped, scripts and styles dropped with their content; and its title.
 */
export function flattenHtml(html: string, blocks: ReadonlySet<string>): { html: string; title?: string } {
  const out: string[] = [];
  let title: string | undefined;
  scan(
    html,
    html.toLowerCase(),
    (_kind, text) => out.push(text),
    (name) => {
      if (name === 'br') out.push('<br>');
      else if (blocks.has(name)) out.push('<hr>');
    },
    (name, content) => {
      if (name === 'title' && title === undefined) title = content;
    },
  );
  return { html: `<!doctype html><html><head><title>${title ?? ''}</title></head><body>${out.join('')}</body></html>`, ...(title !== undefined ? { title } : {}) };
}

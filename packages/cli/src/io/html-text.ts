/**
 * The article text of an HTML page: Mozilla's Readability over a linkedom DOM (what Firefox's reader view does), falling
 * back to the body's text when Readability finds no article. Paragraph-level elements become blank-line separated
 * paragraphs, so paragraph windows work on HTML too.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, figcaption';

export function htmlToText(html: string): { text: string; title?: string } {
  const { document } = parseHTML(html);
  const pageTitle = document.title?.trim() || undefined;
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    article = null;
  }
  const root = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body : document.body;
  const text = root ? blockText(root as unknown as Element) : '';
  const title = article?.title?.trim() || pageTitle;
  return { text, ...(title ? { title } : {}) };
}

function blockText(root: Element): string {
  for (const el of Array.from(root.querySelectorAll('script, style, noscript, template'))) el.remove();
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const parts = (blocks.length ? blocks : [root]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return parts.join('\n\n');
}

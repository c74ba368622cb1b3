import { describe, expect, it } from 'vitest';
import { flattenHtml, measureHtml } from './html-flatten.js';
import { DOMParser } from 'linkedom';
import { htmlToText as readHtml, type HtmlParser } from './html-text.js';

const parser = new DOMParser() as unknown as HtmlParser;
const htmlToText = (html: string) => readHtml(html, parser);

const page = (body: string) => `<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`;

describe('#htmlToText', () => {
  it('keeps text between blocks as its own paragraph', () => {
    expect(htmlToText(page('<p>One</p>loose text<p>Two</p>')).text).toBe('One\n\nloose text\n\nTwo');
  });

  it('keeps the own text of a block that holds another block', () => {
    expect(htmlToText(page('<ul><li>A<p>B</p></li></ul>')).text).toBe('A\n\nB');
  });

  it('joins inline elements without adding spaces, collapses whitespace, skips scripts and styles', () => {
    const html = page('<p>Sergey <b>Lav</b>rov\n   said   <a href="#">NATO</a>.</p><script>var x = "Russia";</script><style>p{}</style><noscript>Enable JS</noscript>');
    expect(htmlToText(html).text).toBe('Sergey Lavrov said NATO.');
  });

  it('turns <br> into a line break, and two in a row into a paragraph break', () => {
    expect(htmlToText(page('<div>Vienna<br>Austria<br><br>Geneva</div>')).text).toBe('Vienna\nAustria\n\nGeneva');
  });

  it('falls back to the page as written when Readability finds no article', () => {
    // Readability gives up on a footer, after rewriting "<br><br>" into a <p>: the fallback must not see that rewrite.
    const html = page('<footer>Russia met Iran.<br><br>NATO met in Vienna.</footer>');
    expect(htmlToText(html).text).toBe('Russia met Iran.\n\nNATO met in Vienna.');
  });

  it('reads the page title', () => {
    expect(htmlToText(page('<p>Text.</p>')).title).toBe('Page');
  });
});

describe('#htmlToText on pages too deep or too big for Readability', () => {
  const nested = (depth: number) => page(`${'<div>'.repeat(depth)}<p>Sergey Lavrov &amp; the UN.</p>${'</div>'.repeat(depth)}<p>After.</p>`);

  it('reads 100,000 nested divs as plain text, with a note, keeping every word and decoding entities', () => {
    const r = htmlToText(nested(100_000));
    expect(r.text).toBe('Sergey Lavrov & the UN.\n\nAfter.');
    expect(r.title).toBe('Page');
    expect(r.note).toMatch(/^HTML nested 1000\d\d elements deep \(over 200\): read as plain text/);
  }, 60_000);

  it('measures depth as a tree builder would: unclosed <p> and <li> siblings do not nest', () => {
    const sloppy = page(`<ul>${'<li>item <b>bold</b>'.repeat(1000)}</ul>${'<p>para'.repeat(1000)}`);
    expect(measureHtml(sloppy).depth).toBeLessThan(10);
    expect(measureHtml(nested(300)).depth).toBeGreaterThanOrEqual(300);
  });

  it('keeps Readability for an ordinary page', () => {
    expect(htmlToText(nested(20)).note).toBeUndefined();
  });

  it('flattens without a DOM: scripts, styles and comments dropped, blocks and <br> kept, a stray "<" kept', () => {
    const { html } = flattenHtml('<div>a<script>x="</div>"</script><!-- c --><span>b</span> 1 < 2<br>c</div><style>p{}</style>', new Set(['div']));
    expect(html).toBe('<!doctype html><html><head><title></title></head><body><hr>ab 1 &lt; 2<br>c<hr></body></html>');
  });
});

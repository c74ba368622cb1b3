import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.js';

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

import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { htmlToText, markdownToText, parseDocumentFile, parseJsonl, renameHandlers, type HtmlParser } from './documents.js';

const parser = new DOMParser() as unknown as HtmlParser;

describe('#parseDocumentFile', () => {
  it('reads a text file as one document named by the file', () => {
    expect(parseDocumentFile('news.txt', 'Lavrov met Blinken.')).toEqual({
      documents: [{ id: 'news.txt', title: 'news.txt', text: 'Lavrov met Blinken.' }],
      problems: [],
    });
  });

  it('reports an empty file', () => {
    expect(parseDocumentFile('empty.txt', '  \n').problems[0]).toContain('has no text');
  });

  it('reads the text of an HTML article, never its scripts, and keeps paragraphs apart', () => {
    const html = `<html><head><title>Talks</title><script>window.__xss=2</script></head><body><nav>Menu</nav>
      <article><h1>Geneva</h1><p>Lavrov met Blinken.</p><p>NATO <b>said</b> no.<img src=x onerror="window.__xss=1"></p></article></body></html>`;
    const { text, title } = htmlToText(html, parser);
    expect(title).toBe('Talks');
    expect(text).toContain('Lavrov met Blinken.\n\nNATO said no.');
    expect(text).not.toContain('__xss');
    expect(text).not.toContain('Menu');
  });
});

describe('#renameHandlers', () => {
  it('renames handler attributes inside tags only', () => {
    expect(renameHandlers('<img src=x onerror="a()" ONLOAD=b>on=1 <p/onclick=c>')).toBe('<img src=x data-onerror="a()" data-onLOAD=b>on=1 <p/data-onclick=c>');
  });
});

describe('#parseJsonl', () => {
  it('reads one document per line and reports bad lines', () => {
    const { documents, problems } = parseJsonl('c.jsonl', '{"id":"a","text":"One.","title":"A"}\n\nnot json\n{"id":2}\n{"text":"No id."}\n');
    expect(documents).toEqual([
      { id: 'a', text: 'One.', title: 'A' },
      { id: 'c.jsonl#5', text: 'No id.' },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('line 3');
  });

  it('keeps source and the other fields as metadata, as entente build does (UNGDC: country, session, year)', () => {
    const { documents } = parseJsonl('u.jsonl', '{"id":"ARG_01_1946","country":"ARG","session":1,"year":1946,"source":"un.org","text":"Hello."}\n');
    expect(documents).toEqual([{ id: 'ARG_01_1946', text: 'Hello.', source: 'un.org', meta: { country: 'ARG', session: 1, year: 1946 } }]);
  });
});

describe('#markdownToText', () => {
  it('keeps the words of headings, links and emphasis', () => {
    const { text, title } = markdownToText('# Geneva talks\n\nSee [the **OSCE**](https://osce.org) and *NATO*.\n\n```\ncode\n```');
    expect(title).toBe('Geneva talks');
    expect(text).toBe('Geneva talks\n\nSee the OSCE and NATO.');
  });
});

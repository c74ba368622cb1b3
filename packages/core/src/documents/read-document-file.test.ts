import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { describeProblem, readDocumentFile, type DocumentItem } from './read-document-file.js';
import { documentKind } from './document-kind.js';
import { jsonlLines } from './jsonl-records.js';
import { renameHandlers, type HtmlParser } from './html-text.js';

const html = new DOMParser() as unknown as HtmlParser;
const docs = (items: DocumentItem[]) => items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []));
const problems = (items: DocumentItem[]) => items.flatMap((i) => (i.kind === 'problem' ? [describeProblem(i.problem)] : []));
const notes = (items: DocumentItem[]) => items.flatMap((i) => (i.kind === 'note' ? [describeProblem(i.note)] : []));
const bytes = (s: string) => new TextEncoder().encode(s);

describe('#readDocumentFile', () => {
  it('reads a text file as one document, titled by its base name, with the id and source the face gives', () => {
    expect(readDocumentFile({ name: 'data/news/a.txt', id: 'news/a.txt', source: 'data/news/a.txt' }, bytes('Lavrov met Blinken.'))).toEqual([
      { kind: 'document', doc: { id: 'news/a.txt', text: 'Lavrov met Blinken.', title: 'a.txt', source: 'data/news/a.txt' } },
    ]);
  });

  it('takes text as well as bytes, and defaults the id to the name', () => {
    expect(docs(readDocumentFile({ name: 'a.txt' }, 'NATO met.'))).toEqual([{ id: 'a.txt', text: 'NATO met.', title: 'a.txt' }]);
  });

  it('reports an empty file, a file with no text and an unsupported one, naming them', () => {
    expect(problems(readDocumentFile({ name: 'e.txt' }, new Uint8Array()))).toEqual(['e.txt: empty file']);
    expect(problems(readDocumentFile({ name: 'w.txt' }, bytes('  \n')))).toEqual(['w.txt: no text in it']);
    expect(problems(readDocumentFile({ name: 'x.pdf' }, bytes('%PDF')))[0]).toMatch(/^x\.pdf: unsupported file type; expected \.txt/);
    expect(problems(readDocumentFile({ name: 'b.txt' }, new Uint8Array([0x41, 0, 0x42])))).toEqual(['b.txt: binary file, not text']);
  });

  it('reads windows-1252 bytes that are not UTF-8, with a note', () => {
    const items = readDocumentFile({ name: 'l.txt' }, new Uint8Array([0x53, 0xe3, 0x6f, 0x20, 0x54, 0x6f, 0x6d, 0xe9]));
    expect(docs(items)[0]!.text).toBe('São Tomé');
    expect(notes(items)[0]).toMatch(/^l\.txt: not valid UTF-8 \(byte 0xe3 at offset 1\): read as windows-1252/);
  });

  it('reads the prose of a Markdown file, titled by its first heading', () => {
    const [doc] = docs(readDocumentFile({ name: 'talks.md' }, '# Geneva talks\n\nSee [the **OSCE**](https://osce.org) and *NATO*.\n'));
    expect(doc).toEqual({ id: 'talks.md', title: 'Geneva talks', text: 'Geneva talks\n\nSee the OSCE and NATO.' });
  });

  it('reads the article text of an HTML page, never its scripts, with a parser given; without one, says so', () => {
    const page = `<html><head><title>Talks</title><script>window.__xss=2</script></head><body>
      <article><h1>Geneva</h1><p>Lavrov met Blinken in Geneva on Friday, and the talks went on for hours.</p><p>NATO <b>said</b> no.<img src=x onerror="window.__xss=1"></p></article></body></html>`;
    const [doc] = docs(readDocumentFile({ name: 'talks.html' }, page, { html }));
    expect(doc!.title).toBe('Talks');
    expect(doc!.text).toContain('Lavrov met Blinken in Geneva on Friday, and the talks went on for hours.\n\nNATO said no.');
    expect(doc!.text).not.toContain('__xss');
    expect(problems(readDocumentFile({ name: 'talks.html' }, page))).toEqual(['talks.html: no HTML parser given to read it with']);
  });
});

describe('#readDocumentFile on JSONL', () => {
  it('reads one document per line; a line without an id takes the file id and line number; bad lines are named', () => {
    const items = readDocumentFile({ name: 'c.jsonl' }, '{"id":"a","text":"One.","title":"A"}\r\n\nnot json\n{"id":2}\n{"text":"No id."}\n{"id":"","text":"Empty id."}\n[1]\n');
    expect(docs(items)).toEqual([
      { id: 'a', text: 'One.', title: 'A' },
      { id: 'c.jsonl:5', text: 'No id.' },
      { id: 'c.jsonl:6', text: 'Empty id.' },
    ]);
    expect(problems(items)).toEqual([
      'c.jsonl:3: not valid JSON, line skipped',
      'c.jsonl:4: expected a string "text", got none, line skipped',
      'c.jsonl:7: expected a JSON object with "text", line skipped',
    ]);
  });

  it('keeps title, date and source, and the other fields as metadata (UNGDC: country, session, year)', () => {
    const line = '{"id":"ARG_01_1946","country":"ARG","session":1,"year":1946,"date":1946,"source":"un.org","text":"Hello."}';
    expect(docs(readDocumentFile({ name: 'u.jsonl', source: 'ignored' }, line))).toEqual([
      { id: 'ARG_01_1946', text: 'Hello.', date: '1946', source: 'un.org', meta: { country: 'ARG', session: 1, year: 1946 } },
    ]);
  });

  it('skips a UTF-8 byte-order mark and refuses UTF-16 as a whole', () => {
    expect(docs(readDocumentFile({ name: 'b.jsonl' }, new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('{"text":"A."}')])))).toEqual([{ id: 'b.jsonl:1', text: 'A.' }]);
    expect(problems(readDocumentFile({ name: 'w.jsonl' }, new Uint8Array([0xff, 0xfe, 0x7b, 0])))).toEqual(['w.jsonl: UTF-16 JSONL is not read; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)']);
  });

  it('replaces lone surrogates, with a note on the line', () => {
    const items = readDocumentFile({ name: 's.jsonl' }, '{"id":"x\\ud800","text":"a\\udc00b"}');
    expect(docs(items)).toEqual([{ id: 'x\uFFFD', text: 'a\uFFFDb' }]);
    expect(notes(items)).toEqual(['s.jsonl:1: 1 lone UTF-16 surrogate(s) replaced by U+FFFD']);
  });
});

describe('#jsonlLines', () => {
  it('cuts at LF, drops the CR before it, gives no empty last line, and reports a line too long by its length', () => {
    expect([...jsonlLines(bytes('a\r\n\nbc\n'))].map((l) => ('bytes' in l ? new TextDecoder().decode(l.bytes) : l.tooLong))).toEqual(['a', '', 'bc']);
    expect([...jsonlLines(bytes('abcdef\nab'), 4)]).toEqual([{ lineNo: 1, tooLong: 6 }, { lineNo: 2, bytes: bytes('ab') }]);
  });
});

describe('#documentKind', () => {
  it('knows the extensions both faces read, in any case, whatever the folder', () => {
    expect(['a.TXT', 'b.text', 'c.md', 'd.markdown', 'e.htm', 'f.xhtml', 'g.ndjson', 'h.jsonl.gz', 'dir.x/i.html', '.jsonl'].map(documentKind)).toEqual(['text', 'text', 'markdown', 'markdown', 'html', 'html', 'jsonl', 'jsonl.gz', 'html', 'jsonl']);
    expect(['a.pdf', '.txt', 'a.json', 'a.gz', 'txt'].map(documentKind)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('#renameHandlers', () => {
  it('renames handler attributes inside tags only', () => {
    expect(renameHandlers('<img src=x onerror="a()" ONLOAD=b>on=1 <p/onclick=c>')).toBe('<img src=x data-onerror="a()" data-onLOAD=b>on=1 <p/data-onclick=c>');
  });
});

/**
 * Bad inputs cost little and lose nothing: each is one line on stderr naming the file and why, without a stack, and
 * the other documents are still read. Cases from the reliability issues (docs/reliability.md).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-reliable-in-'));
const good = path.join(dir, 'good.txt');
writeFileSync(good, 'Russian Foreign Minister Sergey Lavrov met Antonio Guterres in Geneva.\n');

const graphOf = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const docIds = (file: string): string[] => graphOf(file).attributes.documents.map((d: { id: string }) => d.id);
const labels = (file: string): string[] => graphOf(file).nodes.map((n: { attributes: { label: string } }) => n.attributes.label);
/** Whether some entity is named with this surname: the knowledge base may spell the given name its own way (António). */
const named = (file: string, surname: string): boolean => labels(file).some((label) => label.endsWith(` ${surname}`));

/** Every stderr line is a message (no stack, no internal error), and one of them says each of `expected`. */
function says(stderr: string, ...expected: RegExp[]): void {
  expect(stderr).not.toMatch(/internal error|\n\s+at |Error:/);
  const lines = stderr.trim().split('\n');
  for (const pattern of expected) expect(lines.filter((line) => pattern.test(line))).toHaveLength(1);
}

function build(name: string, inputs: string[], extra: string[] = []) {
  const out = path.join(dir, `${name}.json`);
  return { out, ...runCli(['build', ...inputs, '-o', out, '-q', ...extra]) };
}

describe('huge documents (case 1)', () => {
  it('a 50 MB one-line file and 5 MB of one digit are read up to the cap, said so, and the rest is built', () => {
    const fifty = path.join(dir, 'fifty.txt');
    writeFileSync(fifty, Buffer.alloc(50 * 1024 * 1024, '9'));
    const digits = path.join(dir, 'digits.txt');
    writeFileSync(digits, '7'.repeat(5_000_000));
    const r = build('huge', [fifty, digits, good], ['--workers', '0', '--timing']);
    expect(r.code).toBe(0);
    says(r.stderr, /^entente: fifty\.txt: longer than 2000000 characters, the rest was not read$/, /^entente: digits\.txt: longer than 2000000 characters/);
    expect(docIds(r.out)).toEqual(['digits.txt', 'fifty.txt', 'good.txt']);
    expect(named(r.out, 'Lavrov')).toBe(true);
    // Only the first 6 MB of the 50 MB file is read: a generous guard on the whole process's peak memory.
    const rss = Number(/peak RSS (\d+) MB/.exec(r.stderr)?.[1]);
    expect(rss).toBeGreaterThan(0);
    expect(rss).toBeLessThan(1500);
  }, 120_000);

  it('a 10 MB JSONL line is read up to the cap and said so; the next line is read', () => {
    const file = path.join(dir, 'long-line.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'long', text: '5'.repeat(10_000_000) })}\n${JSON.stringify({ id: 'short', text: 'Sergey Lavrov met Antonio Guterres.' })}\n`);
    const r = build('long-line', [file]);
    expect(r.code).toBe(0);
    says(r.stderr, /^entente: long: longer than 2000000 characters, the rest was not read$/);
    expect(docIds(r.out)).toEqual(['long', 'short']);
  }, 120_000);
});

describe('JSONL lines (case 4)', () => {
  it('colliding ids, prototype names as ids and non-string text: each said once, the rest read', () => {
    const file = path.join(dir, 'ids.jsonl');
    const lines = [
      { id: 'a', text: 'Sergey Lavrov met Antonio Guterres.' },
      { id: 'a', text: 'Vladimir Putin met Emmanuel Macron.' },
      { id: '__proto__', text: 'Russia and France signed the treaty.' },
      { id: 'constructor', text: 'The UN Security Council met.' },
      { id: 'toString', text: 'NATO and Russia talked.' },
      { id: 'n', text: 42 },
      { id: 'o', text: null },
      { id: 'p', text: ['Russia'] },
    ];
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const r = build('ids', [file]);
    expect(r.code).toBe(0);
    says(
      r.stderr,
      /ids\.jsonl:6: expected a string "text", got number, line skipped$/,
      /ids\.jsonl:7: expected a string "text", got null, line skipped$/,
      /ids\.jsonl:8: expected a string "text", got an array, line skipped$/,
      /^entente: 1 document\(s\) with an id already read were skipped, e.g. "a"/,
    );
    expect(docIds(r.out).sort()).toEqual(['__proto__', 'a', 'constructor', 'toString']);
    // The first "a" wins: input order decides, not worker timing.
    expect(named(r.out, 'Lavrov')).toBe(true);
    expect(named(r.out, 'Putin')).toBe(false);
  });

  it('a truncated .gz keeps the documents before the break and says the file is truncated', () => {
    const all = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Sergey Lavrov met Antonio Guterres, meeting ${i}.` })).join('\n');
    const gz = gzipSync(all);
    const file = path.join(dir, 'cut.jsonl.gz');
    writeFileSync(file, gz.subarray(0, gz.length >> 1));
    const r = build('cut', [file, good]);
    expect(r.code).toBe(0);
    says(r.stderr, /^entente: skipped .*cut\.jsonl\.gz: the gzip data ends early \(a truncated file\); the \d+ document\(s\) before the break were read$/);
    const n = Number(/the (\d+) document/.exec(r.stderr)![1]);
    expect(n).toBeGreaterThan(500);
    expect(docIds(r.out)).toHaveLength(n + 1);
  });

  it('a line longer than the line cap is skipped without being held; other lines are read', async () => {
    const { splitLines } = await import('../../packages/cli/src/io/jsonl-lines.js');
    async function* chunks() {
      yield Buffer.from('{"id":"a"}\n');
      for (let i = 0; i < 100; i++) yield Buffer.alloc(1000, 'x'); // 100 KB, no newline
      yield Buffer.from('\n{"id":"b"}\r\nlast');
    }
    const seen = [];
    for await (const line of splitLines(chunks(), 10_000)) seen.push('tooLong' in line ? `${line.lineNo}: ${line.tooLong} bytes dropped` : `${line.lineNo}: ${line.bytes}`);
    expect(seen).toEqual(['1: {"id":"a"}', '2: 100000 bytes dropped', '3: {"id":"b"}', '4: last']);
  });
});

describe('encodings (case 4)', () => {
  it('Latin-1 text and Latin-1 inside JSONL are read as windows-1252, with a note; UTF-16 with a BOM is decoded', () => {
    const latin = path.join(dir, 'latin1.txt');
    writeFileSync(latin, Buffer.from('François Hollande met Sergey Lavrov in Paris.', 'latin1'));
    const jsonl = path.join(dir, 'latin1.jsonl');
    writeFileSync(jsonl, Buffer.from('{"id":"l1","text":"Angela Merkel met José Manuel Barroso."}\n', 'latin1'));
    const le = path.join(dir, 'utf16le.txt');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Boris Johnson met Olaf Scholz.', 'utf16le')]));
    const be = path.join(dir, 'utf16be.txt');
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Mario Draghi met Pedro Sánchez.', 'utf16le').swap16()]));
    const r = build('encodings', [latin, jsonl, le, be]);
    expect(r.code).toBe(0);
    says(
      r.stderr,
      /^entente: .*latin1\.txt: not valid UTF-8 \(byte 0xe7 at offset 4\): read as windows-1252 \(Latin-1\)$/,
      /^entente: .*latin1\.jsonl:1: not valid UTF-8 .*: read as windows-1252 \(Latin-1\)$/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    const names = labels(r.out);
    for (const surname of ['Hollande', 'Barroso', 'Johnson', 'Scholz', 'Sánchez']) expect({ surname, found: named(r.out, surname) }).toEqual({ surname, found: true });
    expect(names.some((name) => name.includes('François'))).toBe(true);
    expect(names.join('')).not.toContain('\uFFFD');
  });

  it('lone surrogates become U+FFFD with a note, and stay out of the names', () => {
    const file = path.join(dir, 'lone.jsonl');
    writeFileSync(file, '{"id":"s","text":"Sergey Lavrov \\ud800 met Antonio Guterres \\udc00 in Geneva."}\n');
    const r = build('lone', [file]);
    expect(r.code).toBe(0);
    says(r.stderr, /^entente: .*lone\.jsonl:1: 2 lone UTF-16 surrogate\(s\) replaced by U\+FFFD$/);
    expect(labels(r.out)).toHaveLength(2);
    expect(named(r.out, 'Guterres') && named(r.out, 'Lavrov')).toBe(true);
    expect(labels(r.out).join('')).not.toContain('\uFFFD');
    expect(readFileSync(r.out, 'utf8')).not.toMatch(/\\ud[89a-f]/i);
  });
});

describe('folders (case 4)', () => {
  it('follows symbolic links to files and folders, reports a loop, a dangling link and a second path once each', () => {
    const root = path.join(dir, 'linked');
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    writeFileSync(path.join(root, 'sub', 'a.txt'), 'Sergey Lavrov met Antonio Guterres.');
    const outside = path.join(dir, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'real.txt'), 'Vladimir Putin met Emmanuel Macron.');
    symlinkSync(path.join(outside, 'real.txt'), path.join(root, 'link.txt'));
    symlinkSync(outside, path.join(root, 'outside-dir'));
    symlinkSync('..', path.join(root, 'sub', 'up'));
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(root, 'dangling.txt'));
    const r = build('linked', [root]);
    expect(r.code).toBe(0);
    says(
      r.stderr,
      /^entente: skipped .*linked\/dangling\.txt: symbolic link to nothing \(ENOENT\)$/,
      /^entente: skipped .*linked\/outside-dir\/real\.txt: the same file as .*linked\/link\.txt, already read$/,
      /^entente: skipped .*linked\/sub\/up: symbolic link loop \(back to .*linked\), not followed$/,
    );
    expect(docIds(r.out)).toEqual(['link.txt', 'sub/a.txt']);
  });

  it('reads 20,000 tiny files', () => {
    const root = path.join(dir, 'tiny');
    for (let i = 0; i < 20_000; i++) {
      if (i % 1000 === 0) mkdirSync(path.join(root, `d${i / 1000}`), { recursive: true });
      writeFileSync(path.join(root, `d${Math.floor(i / 1000)}`, `f${i}.txt`), `Sergey Lavrov met Antonio Guterres, meeting ${i}.`);
    }
    const r = build('tiny', [root]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(graphOf(r.out).attributes.manifest.documentCount).toBe(20_000);
  }, 120_000);
});

describe('HTML (case 3)', () => {
  it('100,000 nested divs are read as plain text with a note, beside an ordinary page read by Readability', () => {
    const deep = path.join(dir, 'deep.html');
    writeFileSync(deep, `<html><head><title>Deep</title></head><body>${'<div>'.repeat(100_000)}<p>Sergey Lavrov met Antonio Guterres.</p>${'</div>'.repeat(100_000)}</body></html>`);
    const plain = path.join(dir, 'plain.html');
    writeFileSync(plain, '<html><head><title>Plain</title></head><body><article><p>Vladimir Putin met Emmanuel Macron in Paris.</p></article></body></html>');
    const r = build('html', [deep, plain]);
    expect(r.code).toBe(0);
    says(r.stderr, /^entente: .*deep\.html: HTML nested 100\d\d\d elements deep \(over 200\): read as plain text, without Readability's article detection$/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    for (const surname of ['Lavrov', 'Guterres', 'Putin', 'Macron']) expect({ surname, found: named(r.out, surname) }).toEqual({ surname, found: true });
  }, 60_000);
});

import { mkdtempSync, writeFileSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-cli-'));
const good = path.join(dir, 'good.txt');
writeFileSync(good, 'Russian Foreign Minister Sergey Lavrov said NATO ignored Moscow.\n');

function oneLine(s: string): void {
  expect(s.trim().split('\n')).toHaveLength(1);
  expect(s).not.toMatch(/\n\s+at /); // no stack trace
}

describe('entente (user errors)', () => {
  it('an unknown option prints one line and exits 2', () => {
    const r = runCli(['build', good, '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--bogus'");
    oneLine(r.stderr);
  });

  it('a missing file prints one line naming it and exits 2', () => {
    const r = runCli(['build', path.join(dir, 'nope.txt'), '-o', path.join(dir, 'g.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.txt');
    oneLine(r.stderr);
  });

  it('an unknown command and a bad value are one line each', () => {
    const a = runCli(['frobnicate']);
    expect(a.code).toBe(2);
    oneLine(a.stderr);
    const b = runCli(['build', good, '--window', 'page']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--window must be sentence, paragraph or document, received "page"');
    oneLine(b.stderr);
    const c = runCli(['build', good, '--min-weight', 'two']);
    expect(c.code).toBe(2);
    oneLine(c.stderr);
  });

  it('skips binary, empty and corrupt inputs with a warning each, reads Latin-1 with a note, and builds the rest', () => {
    const mixed = path.join(dir, 'mixed');
    mkdirSync(mixed);
    writeFileSync(path.join(mixed, 'a.txt'), 'Canada and the United States signed.');
    writeFileSync(path.join(mixed, 'empty.txt'), '');
    writeFileSync(path.join(mixed, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(path.join(mixed, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff]));
    writeFileSync(path.join(mixed, 'corpus.jsonl'), '{"id":"j1","text":"NATO met."}\nnot json\n{"id":"j2","text":"Russia replied to NATO."}\n');
    writeFileSync(path.join(mixed, 'broken.jsonl.gz'), Buffer.from('not gzip at all'));
    const out = path.join(dir, 'mixed.json');
    const r = runCli(['build', mixed, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/binary\.txt: binary file/);
    // Not skipped since docs/reliability.md: read as windows-1252, and said so.
    expect(r.stderr).toMatch(/latin1\.txt: not valid UTF-8 \(byte 0xe9 at offset 3\): read as windows-1252/);
    expect(r.stderr).toMatch(/corpus\.jsonl:2: not valid JSON/);
    expect(r.stderr).toMatch(/broken\.jsonl\.gz: not a valid gzip file/);
    expect(r.stdout).toMatch(/documents: 4 read, 4 skipped/);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.attributes.manifest.documentCount).toBe(4);
  });

  it('reads gzipped JSONL and JSONL on stdin', () => {
    const gz = path.join(dir, 'c.jsonl.gz');
    writeFileSync(gz, gzipSync('{"id":"g1","text":"Canada and the United States signed."}\n'));
    const r = runCli(['extract', gz]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('g1');
    const s = runCli(['extract', '-'], { input: '{"id":"s1","text":"NATO and Russia met."}\n' });
    expect(JSON.parse(s.stdout).mentions.map((m: { text: string }) => m.text)).toEqual(['NATO', 'Russia']);
  });

  it('exits 1 and writes nothing when no document could be read', () => {
    const empty = path.join(dir, 'only-empty.txt');
    writeFileSync(empty, '');
    const out = path.join(dir, 'none.json');
    const r = runCli(['build', empty, '-o', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves an existing output file untouched when a build fails', () => {
    const out = path.join(dir, 'keep.json');
    writeFileSync(out, 'previous');
    const empty = path.join(dir, 'only-empty.txt');
    runCli(['build', empty, '-o', out]);
    expect(readFileSync(out, 'utf8')).toBe('previous');
  });
});

describe('entente extract', () => {
  it('prints the evaluation shape, offsets slicing to the text', () => {
    const r = runCli(['extract', good]);
    expect(r.code).toBe(0);
    const line = JSON.parse(r.stdout);
    expect(Object.keys(line)).toEqual(['id', 'mentions']);
    const text = readFileSync(good, 'utf8');
    for (const m of line.mentions) {
      expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'type', 'entity']);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('entente build and stats', () => {
  it('builds the sample data and summarises it', () => {
    const out = path.join(dir, 'sample.json');
    const r = runCli(['build', 'data/news', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/documents: 1 read, 0 skipped/);
    expect(r.stdout).toMatch(/nodes: +\d+ \(\d+ persons?, \d+ states?, \d+ organisations?, \d+ treat(y|ies)\)/);
    const s = runCli(['stats', out]);
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/Top by degree:/);
    expect(s.stdout).toMatch(/Sergey Lavrov \(person\)/);
  });
});

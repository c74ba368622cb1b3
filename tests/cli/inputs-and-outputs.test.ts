/**
 * What `entente build` and `extract` read and write: document ids that do not depend on how a path was spelled,
 * folders without documents, files of a kind it does not read, and where -o puts the graph.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-io-'));
const corpus = path.join(dir, 'corpus');
mkdirSync(path.join(corpus, 'news'), { recursive: true });
writeFileSync(path.join(corpus, 'news', 'a.txt'), 'Russian Foreign Minister Sergey Lavrov said NATO ignored Moscow.\n');
writeFileSync(path.join(corpus, 'b.md'), 'Canada and the United States signed the Paris Agreement.\n');

const graphOf = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const ids = (file: string): string[] => graphOf(file).attributes.documents.map((d: { id: string }) => d.id);

function oneLine(stderr: string): void {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('document ids', () => {
  it('are paths relative to the folder given, the same however the folder is spelled', () => {
    const outs = ['corpus', './corpus', corpus, `${corpus}/`].map((spelling, i) => {
      const out = path.join(dir, `spelled-${i}.json`);
      expect(runCli(['build', spelling, '-o', out, '-q'], { cwd: dir }).code).toBe(0);
      return out;
    });
    expect(ids(outs[0]!)).toEqual(['b.md', 'news/a.txt']);
    // `source` keeps the path as given; everything else is the same.
    const withoutSources = (file: string) => {
      const graph = graphOf(file);
      for (const d of graph.attributes.documents) delete d.source;
      return JSON.stringify(graph);
    };
    expect(readFileSync(outs[1]!, 'utf8')).toBe(readFileSync(outs[0]!, 'utf8'));
    for (const out of outs.slice(2)) expect(withoutSources(out)).toBe(withoutSources(outs[0]!));
    expect(graphOf(outs[0]!).attributes.documents[1].source).toBe(path.join('corpus', 'news', 'a.txt'));
  });

  it('are the file name for a file given directly, and relative to data/news for the sample', () => {
    const out = path.join(dir, 'direct.json');
    expect(runCli(['build', path.join(corpus, 'news', 'a.txt'), '-o', out, '-q']).code).toBe(0);
    expect(ids(out)).toEqual(['a.txt']);
    const sample = path.join(dir, 'news.json');
    expect(runCli(['build', 'data/news', '-o', sample, '-q']).code).toBe(0);
    expect(ids(sample)).toEqual(['security-for-all-or-none.txt']);
  });
});

describe('inputs entente does not read', () => {
  it('a folder without a document is a one-line usage error naming it, for build and extract', () => {
    const empty = path.join(dir, 'empty');
    mkdirSync(path.join(empty, 'sub'), { recursive: true });
    writeFileSync(path.join(empty, 'notes.pdf'), 'not read');
    for (const command of ['build', 'extract']) {
      const r = runCli([command, empty]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`entente ${command}: no .txt, .md, .html, .jsonl or .jsonl.gz files in ${empty}`);
      oneLine(r.stderr);
    }
  });

  it('a file named directly with another extension is skipped with a warning saying why', () => {
    const pdf = path.join(dir, 'x.pdf');
    const json = path.join(dir, 'docs.json');
    writeFileSync(pdf, 'Russia and NATO met.'); // text inside: it must still not be read
    writeFileSync(json, '[{"text": "Russia and NATO met."}]');
    const r = runCli(['extract', pdf, json, path.join(corpus, 'b.md')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`skipped ${pdf}: unsupported file type; expected .txt, .md, .html, .jsonl, .jsonl.gz`);
    expect(r.stderr).toContain(`skipped ${json}: unsupported file type`);
    expect(r.stdout.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(['b.md']);
  });

  it('reads .ndjson.gz, in folders and named directly', () => {
    const folder = path.join(dir, 'nd');
    mkdirSync(folder);
    const file = path.join(folder, 'c.ndjson.gz');
    writeFileSync(file, gzipSync('{"id":"n1","text":"NATO and Russia met."}\n'));
    for (const input of [folder, file]) {
      const r = runCli(['extract', input]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).id).toBe('n1');
    }
  });
});

describe('build -o', () => {
  const input = path.join(corpus, 'b.md');

  it('creates missing folders', () => {
    const out = path.join(dir, 'new', 'deeper', 'graph.json');
    expect(runCli(['build', input, '-o', out, '-q']).code).toBe(0);
    expect(ids(out)).toEqual(['b.md']);
  });

  it('refuses a directory before doing any work', () => {
    const folder = path.join(dir, 'out-dir');
    mkdirSync(folder);
    const r = runCli(['build', path.join(dir, 'missing.txt'), '-o', folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`-o "${folder}" is a directory`); // checked before the input, so before any reading
    oneLine(r.stderr);
  });

  it('- writes the graph JSON to stdout and the summary to stderr', () => {
    const r = runCli(['build', input, '-o', '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).attributes.manifest.documentCount).toBe(1);
    expect(r.stderr).toMatch(/Wrote the graph to stdout\n {2}documents: 1 read/);
    expect(existsSync(path.join(process.cwd(), '-'))).toBe(false);
  });
});

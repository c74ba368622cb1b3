/**
 * The documents file `entente build` writes beside the graph: every mention with offsets into its text and ids of the
 * graph's nodes, the same bytes for 1 or N workers, kept in step by --update, skipped by --no-texts and -o -.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRecord, recordMentions } from '@entente/core';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-docs-'));
const corpus = path.join(dir, 'corpus');
const later = path.join(dir, 'later');
const DOCS: Record<string, string> = {
  'a.txt': 'Swedish Foreign Minister Johan Ekdahl met NATO officials in Geneva. Ekdahl said NATO must not expand.\n',
  'b.txt': 'NATO and Russia spoke again. Ekdahl left early.\n',
};
const LATER = 'c.txt';
const LATER_TEXT = 'Canada and the United States signed the Paris Agreement. NATO welcomed it.\n';

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');

beforeAll(() => {
  mkdirSync(corpus);
  mkdirSync(later);
  for (const [name, text] of Object.entries(DOCS)) writeFileSync(path.join(corpus, name), text);
  writeFileSync(path.join(later, LATER), LATER_TEXT);
});

describe('entente build: documents file', () => {
  it('writes graph.docs.jsonl: a header, then one record per document, mentions naming the graph’s nodes', () => {
    const out = path.join(dir, 'g.json');
    const r = runCli(['build', corpus, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('g.docs.jsonl (2 document(s)');
    const [header, ...records] = lines(path.join(dir, 'g.docs.jsonl'));
    expect(JSON.parse(header!)).toEqual({ format: 'entente-documents', version: 1, window: 'sentence', documents: 2 });
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    const nodes = new Set(graph.nodes.map((n: { key: string }) => n.key));
    const parsed = records.map((line, i) => parseRecord(JSON.parse(line), 'test', `line ${i + 2}`));
    expect(parsed.map((p) => p.id)).toEqual(['a.txt', 'b.txt']);
    expect(parsed[1]!.text).toBe(DOCS['b.txt']);
    for (const p of parsed) for (const m of recordMentions(p)) expect(nodes.has(m.entity)).toBe(true);
    // The lone "Ekdahl" of b.txt was folded into Johan Ekdahl when the graph was finalised; its mention follows.
    expect(recordMentions(parsed[1]!).find((m) => m.text === 'Ekdahl')?.entity).toBe('person:johan-ekdahl');
    // No temporary or spool file is left beside it.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('removes the spool a build killed with SIGKILL left (a pid no longer running)', () => {
    const stale = path.join(dir, '.k.docs.jsonl.spool.999999999.1700000000000.tmp');
    writeFileSync(stale, '{"id":"half');
    expect(runCli(['build', corpus, '-o', path.join(dir, 'k.json'), '-q']).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
  });

  it('follows --rules: mentions of a merged or retyped entity name the node it became', () => {
    const rules = path.join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ 'entente-rules': 1, rules: [{ merge: ['RUS'], into: 'SWE' }, { retype: 'person:johan-ekdahl', type: 'organisation' }] }));
    const out = path.join(dir, 'r.json');
    const r = runCli(['build', corpus, '-o', out, '-q', '--rules', rules]);
    expect(r.code, r.stderr).toBe(0);
    const nodes = new Set(JSON.parse(readFileSync(out, 'utf8')).nodes.map((n: { key: string }) => n.key));
    const records = lines(path.join(dir, 'r.docs.jsonl')).slice(1).map((line) => parseRecord(JSON.parse(line), 'test', 'line'));
    const entities = records.flatMap((p) => recordMentions(p).map((m) => m.entity));
    expect(entities.every((id) => nodes.has(id))).toBe(true);
    expect(entities).not.toContain('RUS');
    expect(entities).not.toContain('person:johan-ekdahl');
    expect(entities).toContain('organisation:johan-ekdahl');
  });

  it('is byte-identical for 0 and 2 workers', () => {
    const one = path.join(dir, 'w0.json');
    const two = path.join(dir, 'w2.json');
    expect(runCli(['build', corpus, '-o', one, '-q', '--workers', '0']).code).toBe(0);
    expect(runCli(['build', corpus, '-o', two, '-q', '--workers', '2']).code).toBe(0);
    expect(readFileSync(path.join(dir, 'w2.docs.jsonl'))).toEqual(readFileSync(path.join(dir, 'w0.docs.jsonl')));
  });

  it('--update keeps it in step: the same file as a build of all the documents at once', () => {
    const base = path.join(dir, 'u.json');
    expect(runCli(['build', corpus, '-o', base, '-q']).code).toBe(0);
    expect(runCli(['build', '--update', base, path.join(later, LATER), '-q']).code).toBe(0);
    const full = path.join(dir, 'full.json');
    expect(runCli(['build', corpus, path.join(later, LATER), '-o', full, '-q']).code).toBe(0);
    expect(readFileSync(path.join(dir, 'u.docs.jsonl'), 'utf8')).toBe(readFileSync(path.join(dir, 'full.docs.jsonl'), 'utf8'));
    expect(lines(path.join(dir, 'u.docs.jsonl'))).toHaveLength(4);
  });

  it('--update of a graph without one says so and writes none', () => {
    const base = path.join(dir, 'nt.json');
    expect(runCli(['build', corpus, '-o', base, '-q', '--no-texts']).code).toBe(0);
    expect(existsSync(path.join(dir, 'nt.docs.jsonl'))).toBe(false);
    const r = runCli(['build', '--update', base, path.join(later, LATER), '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no .*nt\.docs\.jsonl beside .*nt\.json .*not written/);
    expect(existsSync(path.join(dir, 'nt.docs.jsonl'))).toBe(false);
  });

  it('is not written with -o -', () => {
    const r = runCli(['build', corpus, '-o', '-', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, '-.docs.jsonl'))).toBe(false);
  });
});

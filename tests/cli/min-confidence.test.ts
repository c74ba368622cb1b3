import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-confidence-'));
const doc = path.join(dir, 'a.txt');
writeFileSync(doc, 'Secretary-General Kofi Annan met NATO. Mr. Qwerty Zamboni of the Zorblat Party said so.\n');

describe('entente build --min-confidence', () => {
  it('keeps only entities at or above the threshold, and records it', () => {
    const all = path.join(dir, 'all.json');
    const sure = path.join(dir, 'sure.json');
    expect(runCli(['build', doc, '-o', all, '-q']).code).toBe(0);
    expect(runCli(['build', doc, '-o', sure, '-q', '--min-confidence', '1']).code).toBe(0);
    const nodes = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as { nodes: Array<{ attributes: { confidence: number } }> }).nodes;
    expect(nodes(all).some((n) => n.attributes.confidence < 1)).toBe(true);
    expect(nodes(sure).length).toBeGreaterThan(0);
    expect(nodes(sure).every((n) => n.attributes.confidence === 1)).toBe(true);
    expect(JSON.parse(readFileSync(sure, 'utf8')).attributes.manifest.options.minConfidence).toBe(1);
  });

  it('is kept by --update, as every option the graph was built with is (before, the update went back to 0)', () => {
    const sure = path.join(dir, 'kept.json');
    const more = path.join(dir, 'b.txt');
    writeFileSync(more, 'Mr. Blorvak Quist of the Flumen League met Kofi Annan.\n');
    expect(runCli(['build', doc, '-o', sure, '-q', '--min-confidence', '1']).code).toBe(0);
    expect(runCli(['build', more, '--update', sure, '-q']).code).toBe(0);
    const graph = JSON.parse(readFileSync(sure, 'utf8'));
    expect(graph.attributes.manifest.options.minConfidence).toBe(1);
    expect(graph.attributes.manifest.documentCount).toBe(2);
    expect((graph.nodes as Array<{ attributes: { confidence: number } }>).every((n) => n.attributes.confidence === 1)).toBe(true);
  });

  it('refuses a value outside 0–1 in one line', () => {
    const r = runCli(['build', doc, '-o', path.join(dir, 'x.json'), '--min-confidence', 'high']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['entente build: --min-confidence must be a number from 0 to 1, received "high"']);
  });
});

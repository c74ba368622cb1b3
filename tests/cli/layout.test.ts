/**
 * `entente build --layout` and `entente layout`: positions on every entity, the same bytes at any worker count and
 * from either command, the record in the manifest and the time in the summary, updates that keep the positions,
 * GEXF that carries them, and flags checked in one line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-layout-'));
const texts = [
  'Russian Foreign Minister Sergey Lavrov said NATO ignored Moscow. The OSCE met in Vienna.',
  'President Emmanuel Macron of France spoke to the United Nations. Macron said the European Union was united.',
  'Canada and the United States signed the Paris Agreement. The IAEA inspected Iran.',
  'German Chancellor Olaf Scholz met Polish President Andrzej Duda. Scholz and Duda discussed NATO.',
  'The African Union and the Arab League called for a ceasefire in Sudan. Egypt backed the call.',
  'China and India met at the BRICS summit. Beijing said the talks went well, and New Delhi agreed.',
];
const docs = Array.from({ length: 18 }, (_, i) => ({ id: `doc-${String(i).padStart(2, '0')}`, text: texts[i % texts.length]! }));
const jsonl = (list: typeof docs) => `${list.map((d) => JSON.stringify(d)).join('\n')}\n`;
const all = path.join(dir, 'all.jsonl');
writeFileSync(all, jsonl(docs));

type Raw = { attributes: { manifest: { layout?: Record<string, unknown> } }; nodes: Array<{ key: string; attributes: { x?: number; y?: number } }> };
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Raw;
const out = (name: string) => path.join(dir, name);

describe('entente build --layout', () => {
  it('puts x, y on every entity and the layout in the manifest, the same bytes with 0 or 2 workers', () => {
    const zero = runCli(['build', all, '--layout', '--layout-iterations', '60', '--workers', '0', '-o', out('w0.json'), '--no-texts']);
    expect(zero.code).toBe(0);
    expect(zero.stdout).toMatch(/layout: {4}ForceAtlas2, 60 iterations, seed 1: \d+ entities in \d+\.\d s/);
    expect(runCli(['build', all, '--layout', '--layout-iterations', '60', '--workers', '2', '-o', out('w2.json'), '-q', '--no-texts']).code).toBe(0);
    expect(readFileSync(out('w2.json'), 'utf8')).toBe(readFileSync(out('w0.json'), 'utf8'));
    const graph = read(out('w0.json'));
    expect(graph.nodes.length).toBeGreaterThan(10);
    for (const n of graph.nodes) expect(Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y)).toBe(true);
    expect(graph.attributes.manifest.layout).toMatchObject({ algorithm: 'forceatlas2', iterations: 60, seed: 1, start: 'communities' });
  });

  it('gives what entente layout gives on the graph built without it', () => {
    expect(runCli(['build', all, '-o', out('plain.json'), '-q', '--no-texts']).code).toBe(0);
    expect(read(out('plain.json')).nodes.every((n) => n.attributes.x === undefined)).toBe(true);
    const r = runCli(['layout', out('plain.json'), '--iterations', '60', '-o', out('laid.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/entente layout: ForceAtlas2, 60 iterations, seed 1: \d+ entities in/);
    expect(read(out('laid.json')).nodes).toEqual(read(out('w0.json')).nodes);
  });

  it('an update keeps the positions of the graph and places only the newcomers', () => {
    const first = out('first.jsonl');
    writeFileSync(first, jsonl(docs.slice(0, 2)));
    const more = out('more.jsonl');
    writeFileSync(more, jsonl(docs.slice(2)));
    expect(runCli(['build', first, '--layout', '--layout-iterations', '40', '--layout-seed', '7', '-o', out('u0.json'), '-q', '--no-texts']).code).toBe(0);
    const r = runCli(['build', '--update', out('u0.json'), more, '-o', out('u1.json'), '--no-texts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/layout: {4}ForceAtlas2, 40 iterations, seed 7: \d+ new of \d+ entities placed, the others kept/);
    const before = new Map(read(out('u0.json')).nodes.map((n) => [n.key, n.attributes]));
    const after = read(out('u1.json'));
    expect(after.nodes.length).toBeGreaterThan(before.size);
    for (const n of after.nodes) {
      expect(Number.isFinite(n.attributes.x)).toBe(true);
      const old = before.get(n.key);
      if (old) expect([n.attributes.x, n.attributes.y]).toEqual([old.x, old.y]);
    }
    expect(after.attributes.manifest.layout).toMatchObject({ start: 'kept', iterations: 40, seed: 7, placed: after.nodes.length - before.size });
  });

  it('exports the positions to GEXF', () => {
    const r = runCli(['export', out('w0.json'), '--format', 'gexf', '-o', out('w0.gexf')]);
    expect(r.code).toBe(0);
    const gexf = readFileSync(out('w0.gexf'), 'utf8');
    const graph = read(out('w0.json'));
    expect(gexf.match(/<position x="-?[\d.]+" y="-?[\d.]+"\/>/g)).toHaveLength(graph.nodes.length);
    const first = graph.nodes[0]!;
    expect(gexf).toContain(`<position x="${first.attributes.x}" y="${first.attributes.y}"/>`);
  });

  it('checks its flags in one line', () => {
    const zero = runCli(['build', all, '--layout', '--layout-iterations', '0', '-o', out('bad.json')]);
    expect(zero.code).toBe(2);
    expect(zero.stderr.trim()).toBe('entente build: --layout-iterations expects an integer ≥ 1, received "0"');
    const many = runCli(['layout', out('plain.json'), '--iterations', '999999', '-o', out('bad.json')]);
    expect(many.code).toBe(2);
    expect(many.stderr.trim()).toBe('entente layout: --iterations expects an integer from 1 to 100000, received "999999"');
    const alone = runCli(['build', all, '--layout-seed', '3', '-o', out('bad.json')]);
    expect(alone.code).toBe(2);
    expect(alone.stderr.trim()).toBe('entente build: --layout-iterations and --layout-seed go with --layout');
    expect(runCli(['layout', out('plain.json'), '-o', out('plain.json')]).stderr).toContain('is the input file');
  });
});

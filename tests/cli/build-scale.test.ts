/**
 * The build at scale, in small: determinism across worker counts, incremental updates, streamed gzip input, and
 * failures that cost one document only.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-scale-'));
const texts = [
  'Russian Foreign Minister Sergey Lavrov said NATO ignored Moscow. The OSCE met in Vienna.',
  'President Emmanuel Macron of France spoke to the United Nations. Macron said the European Union was united.',
  'Canada and the United States signed the Paris Agreement. The IAEA inspected Iran.',
  'German Chancellor Olaf Scholz met Polish President Andrzej Duda. Scholz and Duda discussed NATO.',
  'The African Union and the Arab League called for a ceasefire in Sudan. Egypt backed the call.',
  'China and India met at the BRICS summit. Beijing said the talks went well, and New Delhi agreed.',
];
// 24 documents, so that batches spread over workers and finish out of order.
const docs = Array.from({ length: 24 }, (_, i) => ({ id: `doc-${String(i).padStart(2, '0')}`, text: texts[i % texts.length]!.replace('met', i % 2 ? 'met' : 'called') }));
const jsonl = (list: typeof docs) => `${list.map((d) => JSON.stringify(d)).join('\n')}\n`;
const all = path.join(dir, 'all.jsonl');
writeFileSync(all, jsonl(docs));

function build(args: string[], env: Record<string, string> = {}): { code: number | null; stderr: string; graph: string } {
  const out = path.join(dir, `g-${Math.random().toString(36).slice(2)}.json`);
  const prev = { ...process.env };
  Object.assign(process.env, env);
  try {
    const r = runCli(['build', ...args, '-o', out, '-q']);
    return { code: r.code, stderr: r.stderr, graph: r.code === 0 ? readFileSync(out, 'utf8') : '' };
  } finally {
    for (const k of Object.keys(env)) if (prev[k] === undefined) delete process.env[k];
  }
}

describe('entente build at scale', () => {
  it('writes the same bytes with 0, 1 or 2 workers', () => {
    const zero = build([all, '--workers', '0']).graph;
    const one = build([all, '--workers', '1']).graph;
    const two = build([all, '--workers', '2']).graph;
    expect(JSON.parse(one).nodes.length).toBeGreaterThan(10);
    expect(one).toBe(zero);
    expect(two).toBe(one);
  });

  it('an update with new documents equals a build of all of them', () => {
    const a = path.join(dir, 'a.jsonl');
    const b = path.join(dir, 'b.jsonl');
    writeFileSync(a, jsonl(docs.slice(0, 10)));
    writeFileSync(b, jsonl(docs.slice(8))); // overlaps a by two documents: they must not count twice
    const graphA = path.join(dir, 'graph-a.json');
    expect(runCli(['build', a, '-o', graphA, '-q']).code).toBe(0);
    const updated = path.join(dir, 'graph-ab.json');
    const r = runCli(['build', '--update', graphA, b, '-o', updated, '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 document(s) already in');
    const whole = JSON.parse(build([all]).graph);
    const inc = JSON.parse(readFileSync(updated, 'utf8'));
    const edges = (g: { edges: Array<{ key: string; attributes: { weight: number; docs: string[]; docWeights: number[] } }> }) =>
      Object.fromEntries(g.edges.map((e) => [e.key, [e.attributes.weight, e.attributes.docs, e.attributes.docWeights]]));
    const nodes = (g: { nodes: Array<{ key: string; attributes: { mentions: number; docs: string[]; docMentions: number[] } }> }) =>
      g.nodes.map((n) => [n.key, n.attributes.mentions, n.attributes.docs, n.attributes.docMentions]);
    expect(nodes(inc)).toEqual(nodes(whole));
    expect(edges(inc)).toEqual(edges(whole));
    // Per-document counts, so the updated graph can be counted within any subset of its documents (subsetGraph).
    expect(whole.edges.every((e: { attributes: { docs: string[]; docWeights?: number[] } }) => e.attributes.docWeights?.length === e.attributes.docs.length)).toBe(true);
    expect(inc.attributes.manifest.documentCount).toBe(24);
  });

  it('streams gzipped JSONL and reports a corrupt line by number', () => {
    const gz = path.join(dir, 'c.jsonl.gz');
    const lines = jsonl(docs.slice(0, 6)).split('\n');
    lines.splice(3, 0, '{"id": "broken", "text": ');
    writeFileSync(gz, gzipSync(lines.join('\n')));
    const r = build([gz, '--workers', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('c.jsonl.gz:4: not valid JSON, line skipped');
    expect(JSON.parse(r.graph).attributes.manifest.documentCount).toBe(6);
  });

  it('a document that throws in a worker costs that document only', () => {
    const r = build([all, '--workers', '2'], { ENTENTE_TEST_FAULT: 'throw:doc-05' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('skipped doc-05: injected failure');
    expect(JSON.parse(r.graph).attributes.manifest.documentCount).toBe(23);
  });

  it('a document that kills its worker costs that document only', () => {
    const r = build([all, '--workers', '2'], { ENTENTE_TEST_FAULT: 'exit:doc-07' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/skipped doc-07: worker failed/);
    expect(JSON.parse(r.graph).attributes.manifest.documentCount).toBe(23);
  });
});

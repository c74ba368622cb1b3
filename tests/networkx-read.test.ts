/**
 * A real client reads what we export: networkx (Python) loads our GEXF and GraphML, and we check it sees the same
 * nodes, edges and typed attributes. Skips when python3 with networkx is not installed (`pip install networkx`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// graphology is core's dependency, not the workspace root's: build the graph through core (readJson).
import { readJson, writeGexf, writeGraphml, type ImportedGraph } from '@entente/core/export';

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

const NASTY = 'Sergey "Q" <Lavrov> & co\\ \nline 🎉';

const MANIFEST = { generator: 'entente', version: '0.1.0', kbVersion: 'kb-1', options: { window: 'sentence' }, documentCount: 2 };

function sample(): ImportedGraph {
  const node = (key: string, attributes: Record<string, unknown>) => ({ key, attributes: { evidence: [], ...attributes } });
  const edge = (source: string, target: string, weight: number, docs: string[]) => ({ source, target, attributes: { weight, docs, evidence: [] } });
  return readJson(
    JSON.stringify({
      attributes: { manifest: MANIFEST, documents: [] },
      nodes: [
        node('person:lavrov', { label: NASTY, type: 'person', aliases: ['Lavrov', 'S. Lavrov'], mentions: 3, docs: ['d1', 'd2'], kbId: 'Q1', x: 1, y: 2, size: 5, color: '#e6550d' }),
        node('state:russia', { label: 'Russia', type: 'state', aliases: [], mentions: 5, docs: ['d1'] }),
        node('treaty:npt', { label: 'NPT', type: 'treaty', aliases: ['Non-Proliferation Treaty'], mentions: 1, docs: ['d2'] }),
      ],
      edges: [edge('person:lavrov', 'state:russia', 2, ['d1']), edge('state:russia', 'treaty:npt', 5, ['d1', 'd2'])],
    }),
  );
}

// Prints what networkx sees, with Python type names, as JSON.
const SCRIPT = `
import json, sys
import networkx as nx
kind, path = sys.argv[1], sys.argv[2]
G = nx.read_gexf(path) if kind == 'gexf' else nx.read_graphml(path)
typed = lambda d: {k: [v, type(v).__name__] for k, v in d.items() if not isinstance(v, dict)}
print(json.dumps({
  'directed': G.is_directed(),
  'graph': {k: v for k, v in G.graph.items() if isinstance(v, str)},
  'nodes': {n: typed(d) for n, d in G.nodes(data=True)},
  'edges': sorted([sorted([u, v]) + [typed(d)] for u, v, d in G.edges(data=True)]),
}))
`;

interface Seen {
  directed: boolean;
  graph: Record<string, string>;
  nodes: Record<string, Record<string, [unknown, string]>>;
  edges: Array<[string, string, Record<string, [unknown, string]>]>;
}

describe('networkx reads our exports', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'entente-networkx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const read = (kind: 'gexf' | 'graphml', text: string): Seen => {
    const file = path.join(dir, `graph.${kind}`);
    writeFileSync(file, text);
    const result = spawnSync('python3', ['-c', SCRIPT, kind, file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout) as Seen;
  };

  it.skipIf(!hasNetworkx)('nx.read_gexf: nodes, edges, labels, typed attributes, weights', () => {
    const seen = read('gexf', writeGexf(sample()));
    expect(seen.directed).toBe(false);
    expect(Object.keys(seen.nodes).sort()).toEqual(['person:lavrov', 'state:russia', 'treaty:npt']);
    expect(seen.nodes['person:lavrov']).toMatchObject({
      label: [NASTY, 'str'],
      type: ['person', 'str'],
      mentions: [3, 'int'],
      docs: [2, 'int'],
      aliases: ['Lavrov|S. Lavrov', 'str'],
      kbId: ['Q1', 'str'],
    });
    expect(seen.nodes['state:russia']).not.toHaveProperty('aliases');
    expect(seen.edges).toHaveLength(2);
    expect(seen.edges[1]).toEqual(['state:russia', 'treaty:npt', expect.objectContaining({ weight: [5, 'float'], docs: [2, 'int'] })]);
  });

  it.skipIf(!hasNetworkx)('nx.read_graphml: nodes, edges, typed attributes, layout, weights, manifest', () => {
    const seen = read('graphml', writeGraphml(sample()));
    expect(seen.directed).toBe(false);
    expect(JSON.parse(seen.graph.manifest!)).toEqual(MANIFEST);
    expect(Object.keys(seen.nodes).sort()).toEqual(['person:lavrov', 'state:russia', 'treaty:npt']);
    expect(seen.nodes['person:lavrov']).toMatchObject({
      label: [NASTY, 'str'],
      type: ['person', 'str'],
      mentions: [3, 'int'],
      docs: [2, 'int'],
      aliases: ['Lavrov|S. Lavrov', 'str'],
      x: [1, 'float'],
      size: [5, 'float'],
      r: [230, 'int'],
    });
    expect(seen.nodes['treaty:npt']).toMatchObject({ aliases: ['Non-Proliferation Treaty', 'str'] });
    expect(seen.edges).toEqual([
      ['person:lavrov', 'state:russia', expect.objectContaining({ weight: [2, 'float'], docs: [1, 'int'], evidence: [0, 'int'] })],
      ['state:russia', 'treaty:npt', expect.objectContaining({ weight: [5, 'float'], docs: [2, 'int'] })],
    ]);
  });
});

import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';
import { readJson, writeJson } from './json.js';

const NASTY = 'Sergey "Q" <Lavrov> & co\\ \nnew line 🎉';

function sample(): UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    manifest: { generator: 'entente', version: '0.1.0', kbVersion: 'kb-1', options: { window: 'sentence' }, documentCount: 2 },
    documents: [{ id: 'd1', title: 'One' }, { id: 'd2' }],
  });
  const evidence = { doc: 'd1', sentence: 0, start: 0, end: 12, text: 'Lavrov said.', marks: [[0, 6]] as Array<[number, number]> };
  graph.addNode('person:lavrov', { label: NASTY, type: 'person', aliases: ['Lavrov'], mentions: 3, docs: ['d1', 'd2'], evidence: [evidence], kbId: 'Q1' });
  graph.addNode('state:russia', { label: 'Russia', type: 'state', aliases: [], mentions: 5, docs: ['d1'], evidence: [] });
  graph.addEdgeWithKey('e1', 'person:lavrov', 'state:russia', { weight: 2, docs: ['d1'], evidence: [evidence] });
  return graph;
}

describe('#writeJson / #readJson', () => {
  it('round-trips losslessly: attributes, evidence, doc ids, manifest, edge keys', () => {
    const graph = sample();
    const back = readJson(writeJson(graph));
    const { nodes, edges, attributes } = graph.export();
    expect(back.export()).toMatchObject({ nodes, edges, attributes, options: { type: 'undirected', multi: false } });
    expect(back.getNodeAttribute('person:lavrov', 'label')).toBe(NASTY);
  });

  it('writes one line by default and indents on request', () => {
    expect(writeJson(sample())).not.toContain('\n');
    expect(writeJson(sample(), { indent: 2 })).toContain('\n  "');
  });

  it('fills defaults for optional attributes and keeps unknown ones', () => {
    const text = JSON.stringify({ nodes: [{ key: 'a', attributes: { type: 'treaty', modularity: 3 } }], edges: [] });
    const graph = readJson(text);
    expect(graph.getNodeAttributes('a')).toEqual({ label: 'a', type: 'treaty', aliases: [], mentions: 0, docs: [], evidence: [], modularity: 3 });
    expect(graph.getAttribute('documents')).toEqual([]);
  });

  it.each([
    ['not JSON', '{nodes', /readJson: graph JSON: is not JSON/],
    ['an array', '[]', /expects an object, received an array of 0/],
    ['no nodes', '{}', /expects a "nodes" array/],
    ['a directed graph', '{"options":{"type":"directed"},"nodes":[]}', /expects an undirected graph/],
    ['a bad type', '{"nodes":[{"key":"a","attributes":{"type":"city"}}]}', /node "a": attribute "type" expects one of person, state, organisation, treaty, received "city"/],
    ['a bad mentions', '{"nodes":[{"key":"a","attributes":{"type":"state","mentions":-1}}]}', /attribute "mentions" expects a number ≥ 0, received -1/],
    ['bad aliases', '{"nodes":[{"key":"a","attributes":{"type":"state","aliases":[1]}}]}', /attribute "aliases" expects a list of strings/],
    ['a missing node', '{"nodes":[{"key":"a","attributes":{"type":"state"}}],"edges":[{"source":"a","target":"b"}]}', /edge #0 \(a – b\): names node "b"/],
    [
      'a duplicate edge',
      '{"nodes":[{"key":"a","attributes":{"type":"state"}},{"key":"b","attributes":{"type":"state"}}],"edges":[{"source":"a","target":"b"},{"source":"b","target":"a"}]}',
      /edge #1 \(b – a\): appears twice/,
    ],
    ['a self-loop', '{"nodes":[{"key":"a","attributes":{"type":"state"}}],"edges":[{"source":"a","target":"a"}]}', /links a node to itself/],
    ['a duplicate node', '{"nodes":[{"key":"a","attributes":{"type":"state"}},{"key":"a","attributes":{"type":"state"}}]}', /node "a": appears twice/],
  ])('rejects %s with one clear line', (_what, text, message) => {
    expect(() => readJson(text)).toThrow(InvalidInputError);
    expect(() => readJson(text)).toThrow(message);
  });
});

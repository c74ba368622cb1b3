/** A small hand-made Entente graph for the curation tests: every count known, no extraction needed. */
import { createEntenteGraph, type EntenteGraph } from '../../graph/entente-graph.js';
import type { Evidence } from '../../types.js';

export function ev(doc: string, start: number, end: number, marks: Array<[number, number]> = [[0, 1]]): Evidence {
  return { doc, sentence: 0, start, end, text: 'x'.repeat(end - start), marks };
}

export function curationGraph(options: Record<string, unknown> = {}): EntenteGraph {
  const g = createEntenteGraph();
  g.replaceAttributes({
    manifest: { generator: 'entente', version: 'test', kbVersion: 'test', options: { maxEvidence: 5, pruneIsolated: false, ...options }, documentCount: 3 },
    documents: [{ id: 'd1' }, { id: 'd2' }, { id: 'd3' }],
  });
  g.addNode('RUS', { label: 'Russia', type: 'state', aliases: ['Russia'], mentions: 5, docs: ['d1', 'd2'], kbId: 'RUS', evidence: [ev('d1', 0, 10)], confidence: 1 });
  g.addNode('organisation:moscow-treaty', { label: 'Moscow Treaty', type: 'organisation', aliases: ['Moscow Treaty'], mentions: 1, docs: ['d2'], evidence: [ev('d2', 20, 30)], foundBy: { model: 1 }, confidence: 0.3 });
  g.addNode('person:alpha', { label: 'Alpha', type: 'person', aliases: ['A.', 'Alpha'], mentions: 2, docs: ['d1'], evidence: [ev('d1', 0, 10, [[0, 5]])], foundBy: { model: 1 }, confidence: 0.3, ambiguous: true });
  g.addNode('person:alpha-beta', { label: 'Alpha Beta', type: 'person', aliases: ['Alpha Beta'], mentions: 3, docs: ['d1', 'd2'], evidence: [ev('d1', 0, 10, [[6, 10]]), ev('d2', 0, 5)], foundBy: { rule: 2 }, confidence: 0.75 });
  g.addNode('treaty:moscow-treaty', { label: 'Moscow Treaty', type: 'treaty', aliases: ['Moscow Treaty'], mentions: 2, docs: ['d3'], evidence: [ev('d3', 0, 8)], foundBy: { rule: 1 }, confidence: 0.5 });
  g.addUndirectedEdgeWithKey('RUS--person:alpha', 'RUS', 'person:alpha', { weight: 1, docs: ['d1'], evidence: [ev('d1', 0, 10)] });
  g.addUndirectedEdgeWithKey('RUS--person:alpha-beta', 'RUS', 'person:alpha-beta', { weight: 2, docs: ['d1', 'd2'], evidence: [ev('d1', 0, 10, [[6, 10]]), ev('d2', 0, 5)] });
  g.addUndirectedEdgeWithKey('person:alpha--person:alpha-beta', 'person:alpha', 'person:alpha-beta', { weight: 1, docs: ['d1'], evidence: [ev('d1', 0, 10)] });
  g.addUndirectedEdgeWithKey('RUS--organisation:moscow-treaty', 'RUS', 'organisation:moscow-treaty', { weight: 1, docs: ['d2'], evidence: [ev('d2', 20, 30)] });
  return g;
}

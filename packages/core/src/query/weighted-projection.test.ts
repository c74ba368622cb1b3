import { describe, expect, it } from 'vitest';
import { buildSmallGraph } from './__fixtures__/small-graph.js';
import { weightedProjection } from './weighted-projection.js';

describe('#weightedProjection', () => {
  it('merges parallel and opposite edges into one undirected edge, summing weights, and drops self-loops', () => {
    const mixed = buildSmallGraph().nullCopy({ type: 'mixed', multi: true, allowSelfLoops: true });
    mixed.mergeNode('a');
    mixed.mergeNode('b');
    mixed.addDirectedEdge('a', 'b', { weight: 2, docs: [], evidence: [] });
    mixed.addDirectedEdge('b', 'a', { weight: '3' } as never);
    mixed.addUndirectedEdge('a', 'b', {} as never);
    mixed.addUndirectedEdge('a', 'a', { weight: 9, docs: [], evidence: [] });
    const projection = weightedProjection(mixed);
    expect(projection.type).toBe('undirected');
    expect(projection.size).toBe(1);
    expect(projection.getEdgeAttribute('a', 'b', 'weight')).toBe(6);
  });

  it('is the graph itself when that is already undirected, simple, loop-free and numerically weighted', () => {
    const graph = buildSmallGraph();
    expect(weightedProjection(graph)).toBe(graph);
    const withTextWeight = buildSmallGraph();
    withTextWeight.updateEachEdgeAttributes((_edge, a) => ({ ...a, weight: String(a.weight) }) as never);
    const projection = weightedProjection(withTextWeight);
    expect(projection).not.toBe(withTextWeight);
    expect(projection.size).toBe(withTextWeight.size);
  });
});

import { describe, expect, it } from 'vitest';
import { buildSmallGraph } from './__fixtures__/small-graph.js';
import { summarize } from './summarize.js';

describe('#summarize', () => {
  it('counts entities per type, links, weight, isolated entities and documents', () => {
    const graph = buildSmallGraph();
    expect(summarize(graph)).toEqual({
      nodes: 11,
      nodesByType: { person: 3, state: 3, organisation: 3, treaty: 2 },
      edges: 24,
      totalWeight: 37,
      isolated: 1,
      documents: 3,
      manifest: graph.getAttribute('manifest'),
    });
  });

  it('falls back to the nodes’ docs and a null manifest for graphs from elsewhere', () => {
    const graph = buildSmallGraph().copy();
    graph.replaceAttributes({} as never);
    const summary = summarize(graph);
    expect(summary.documents).toBe(3);
    expect(summary.manifest).toBeNull();
  });

  it('reads a manifest stored as a JSON string', () => {
    const graph = buildSmallGraph();
    graph.setAttribute('manifest', JSON.stringify(graph.getAttribute('manifest')) as never);
    expect(summarize(graph).manifest?.generator).toBe('entente');
  });

  it('counts zeroes for an empty graph', () => {
    expect(summarize(buildSmallGraph().nullCopy())).toMatchObject({ nodes: 0, edges: 0, nodesByType: { person: 0, state: 0, organisation: 0, treaty: 0 } });
  });
});

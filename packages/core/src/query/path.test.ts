import { describe, expect, it } from 'vitest';
import { buildSmallGraph } from './__fixtures__/small-graph.js';
import { path } from './path.js';

const graph = buildSmallGraph();

describe('#path', () => {
  it('finds the path with fewest links, by names or ids', () => {
    const result = path(graph, 'Putin', 'UN Security Council');
    expect(result?.nodes.map((n) => n.label)).toEqual(['Vladimir Putin', 'UN Security Council']);
    expect(result?.hops).toHaveLength(1);
    expect(path(graph, 'person:vladimir-putin', 'Q37470')?.nodes.map((n) => n.id)).toEqual(['person:vladimir-putin', 'Q37470']);
  });

  it('with strongest, prefers strong links over few links', () => {
    // Putin–UNSC was seen once; Putin–Russia twice and Russia–UNSC three times: 1/2 + 1/3 < 1.
    const result = path(graph, 'Putin', 'UN Security Council', { strongest: true });
    expect(result?.nodes.map((n) => n.label)).toEqual(['Vladimir Putin', 'Russia', 'UN Security Council']);
    expect(result?.hops.map((h) => [h.from, h.to, h.weight])).toEqual([
      ['person:vladimir-putin', 'Q159', 2],
      ['Q159', 'Q37470', 3],
    ]);
  });

  it('gives each hop the sentences that link its ends', () => {
    const result = path(graph, 'Canada', 'NATO')!;
    for (const hop of result.hops) {
      expect(hop.evidence.length).toBeGreaterThan(0);
      expect(hop.evidence.length).toBeLessThanOrEqual(hop.weight);
      for (const e of hop.evidence) expect(e.text.length).toBeGreaterThan(0);
    }
  });

  it('returns a one-node path from an entity to itself, and null when there is no path', () => {
    expect(path(graph, 'NATO', 'nato')).toEqual({ nodes: [expect.objectContaining({ label: 'NATO' })], hops: [] });
    expect(path(graph, 'António Guterres', 'Russia')).toBeNull();
    expect(path(graph, 'António Guterres', 'Russia', { strongest: true })).toBeNull();
  });

  it('works on mixed multi graphs, as read from files', () => {
    const mixed = graph.nullCopy({ type: 'mixed', multi: true });
    mixed.import(graph.export());
    mixed.addUndirectedEdge('person:vladimir-putin', 'Q37470', { weight: 5, docs: ['x'], evidence: [] });
    const result = path(mixed, 'Putin', 'UN Security Council', { strongest: true });
    expect(result?.nodes.map((n) => n.label)).toEqual(['Vladimir Putin', 'UN Security Council']);
    expect(result?.hops[0]?.weight).toBe(6);
  });

  it('names itself when an entity is not found', () => {
    expect(() => path(graph, 'Putin', 'Xyzzy')).toThrow(/^entente\/path: entity "Xyzzy" not found/);
  });
});

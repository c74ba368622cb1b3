import { describe, expect, it } from 'vitest';
import { buildSmallGraph } from './__fixtures__/small-graph.js';
import { communities } from './communities.js';

const graph = buildSmallGraph();

describe('#communities', () => {
  it('partitions every entity, largest community first, ids in order', () => {
    const result = communities(graph);
    expect(result.reduce((n, c) => n + c.size, 0)).toBe(graph.order);
    expect(new Set(result.flatMap((c) => c.members.map((m) => m.id))).size).toBe(graph.order);
    expect(result.map((c) => c.id)).toEqual(result.map((_, i) => i));
    for (let i = 1; i < result.length; i++) expect(result[i - 1]!.size).toBeGreaterThanOrEqual(result[i]!.size);
  });

  it('puts the member with the most weight inside the community first', () => {
    for (const community of communities(graph)) {
      expect(community.strongest).toEqual(community.members[0]);
      expect(community.size).toBe(community.members.length);
      for (const member of community.members) expect(member.score).toBeLessThanOrEqual(community.strongest.score);
    }
  });

  it('keeps the charters with the OSCE and an isolated entity alone', () => {
    const result = communities(graph, { seed: 7 });
    const osce = result.find((c) => c.members.some((m) => m.label === 'OSCE'))!;
    expect(osce.members.map((m) => m.label)).toContain('Charter for European Security');
    expect(result.at(-1)?.members.map((m) => m.label)).toEqual(['António Guterres']);
  });

  it('is deterministic for a seed', () => {
    for (const seed of [1, 2, 42]) expect(communities(buildSmallGraph(), { seed })).toEqual(communities(graph, { seed }));
  });

  it('makes more communities at a higher resolution', () => {
    expect(communities(graph, { resolution: 5 }).length).toBeGreaterThanOrEqual(communities(graph, { resolution: 0.2 }).length);
  });

  it('handles an empty graph and validates options', () => {
    expect(communities(graph.nullCopy())).toEqual([]);
    expect(() => communities(graph, { resolution: 0 })).toThrow(/option "resolution" expects a number > 0, received 0/);
    expect(() => communities(graph, { seed: 1.5 })).toThrow(/option "seed" expects an integer, received 1.5/);
  });
});

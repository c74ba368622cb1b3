import { describe, expect, it } from 'vitest';
import { buildSmallGraph } from './__fixtures__/small-graph.js';
import { top, TOP_METRICS } from './top.js';

const graph = buildSmallGraph();

describe('#top', () => {
  it('ranks by mentions by default, 10 at most', () => {
    const result = top(graph);
    expect(result).toHaveLength(10);
    expect(result.slice(0, 3).map((e) => [e.label, e.score])).toEqual([
      ['Russia', 11],
      ['Sergey Lavrov', 9],
      ['United States', 7],
    ]);
  });

  it('ranks by degree and weighted degree', () => {
    expect(top(graph, { by: 'weightedDegree', limit: 1 })[0]).toMatchObject({ label: 'Russia', score: 14 });
    const degree = top(graph, { by: 'degree', limit: 11 });
    expect(degree[0]?.score).toBe(7);
    expect(degree.at(-1)).toMatchObject({ label: 'António Guterres', score: 0 });
  });

  it('ranks by PageRank on weights and by betweenness', () => {
    const pagerank = top(graph, { by: 'pagerank', limit: 11 });
    expect(pagerank[0]?.label).toBe('Russia');
    expect(pagerank.reduce((sum, e) => sum + e.score, 0)).toBeCloseTo(1, 5);
    const betweenness = top(graph, { by: 'betweenness', limit: 2 });
    expect(betweenness.map((e) => e.label)).toEqual(['Sergey Lavrov', 'OSCE']);
  });

  it('filters by type after measuring on the whole graph', () => {
    expect(top(graph, { by: 'pagerank', type: 'person' }).map((e) => e.label)).toEqual(['Sergey Lavrov', 'Vladimir Putin', 'António Guterres']);
    expect(top(graph, { type: ['treaty'] }).every((e) => e.type === 'treaty')).toBe(true);
  });

  it('handles graphs without edges or nodes', () => {
    const empty = graph.nullCopy();
    for (const by of TOP_METRICS) expect(top(empty, { by })).toEqual([]);
    const lonely = graph.nullCopy();
    lonely.addNode('a', { label: 'A', type: 'person', mentions: 1, aliases: [], docs: [], evidence: [] });
    lonely.addNode('b', { label: 'B', type: 'person', mentions: 2, aliases: [], docs: [], evidence: [] });
    expect(top(lonely, { by: 'pagerank' }).map((e) => e.score)).toEqual([0.5, 0.5]);
  });

  it('validates the metric', () => {
    expect(() => top(graph, { by: 'closeness' as never })).toThrow(
      'entente/top: option "by" expects one of mentions, degree, weightedDegree, pagerank, betweenness, received "closeness"',
    );
  });
});

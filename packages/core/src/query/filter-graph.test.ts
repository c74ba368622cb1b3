import { describe, expect, it } from 'vitest';
import { buildSmallGraph } from './__fixtures__/small-graph.js';
import { filterGraph } from './filter-graph.js';

describe('#filterGraph', () => {
  it('keeps only the given types, with the links among them', () => {
    const graph = buildSmallGraph();
    const states = filterGraph(graph, { types: ['state'] });
    expect(states.nodes().sort()).toEqual(['Q159', 'Q16', 'Q30']);
    expect(states.size).toBe(2); // Russia–US, US–Canada
    expect(filterGraph(graph, { types: 'treaty' }).order).toBe(2);
  });

  it('drops weak links and rarely mentioned entities', () => {
    const graph = buildSmallGraph();
    const strong = filterGraph(graph, { minWeight: 2 });
    expect(strong.order).toBe(graph.order);
    strong.forEachEdge((_e, attributes) => expect(attributes.weight).toBeGreaterThanOrEqual(2));
    expect(filterGraph(graph, { minMentions: 6 }).nodes().sort()).toEqual(['Q159', 'Q30', 'Q37470', 'Q81299', 'person:sergey-lavrov']);
  });

  it('hides entities left without links, after the other filters', () => {
    const graph = buildSmallGraph();
    expect(filterGraph(graph, { hideIsolated: true }).hasNode('person:antonio-guterres')).toBe(false);
    const result = filterGraph(graph, { types: ['state', 'organisation'], minWeight: 2, hideIsolated: true });
    expect(result.nodes().sort()).toEqual(['Q159', 'Q30', 'Q37470', 'Q81299']);
  });

  it('copies attributes and leaves the input untouched', () => {
    const graph = buildSmallGraph();
    const before = JSON.stringify(graph.export());
    const copy = filterGraph(graph);
    expect(JSON.stringify(copy.export())).toBe(before);
    copy.dropNode('Q159');
    copy.getAttributes().documents.pop();
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('validates options', () => {
    expect(() => filterGraph(buildSmallGraph(), { types: ['country' as never] })).toThrow(/entente\/filterGraph: option "types"/);
    expect(() => filterGraph(buildSmallGraph(), { hideIsolated: 'yes' as never })).toThrow(/option "hideIsolated" expects a boolean/);
  });
});

import { describe, expect, it } from 'vitest';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { copyPositions, countAdded, graphForDocuments } from './document-view.js';
import { NO_DOC_FILTER } from './facets.js';

describe('#graphForDocuments', () => {
  it('is the graph itself when every document is kept', () => {
    const g = smallGraph();
    expect(graphForDocuments(g, NO_DOC_FILTER)).toEqual({ graph: g, documents: 2 });
    expect(graphForDocuments(g, { years: null, facets: {} }).graph).toBe(g);
  });

  it('counts the graph within the documents a facet keeps', () => {
    const g = smallGraph();
    g.replaceAttributes({ ...g.getAttributes(), documents: [{ id: 'geneva', source: 'a' }, { id: 'vienna', source: 'b' }] });
    const { graph, documents } = graphForDocuments(g, { years: null, facets: { source: ['b'] } });
    expect(documents).toBe(1);
    expect(graph.hasNode('person:sergey-lavrov')).toBe(false);
    expect(graph.getNodeAttributes('UKR')).toMatchObject({ docs: ['vienna'], mentions: 1 });
    expect(g.getNodeAttribute('UKR', 'mentions')).toBe(2);
  });
});

describe('#copyPositions / #countAdded', () => {
  it('carries positions back to the nodes the other graph has, and counts what is new', () => {
    const a = smallGraph();
    const b = smallGraph();
    b.dropNode('RUS');
    b.forEachNode((n) => b.mergeNodeAttributes(n, { x: 1, y: 2 }));
    copyPositions(b, a);
    expect(a.getNodeAttributes('USA')).toMatchObject({ x: 1, y: 2 });
    expect(a.getNodeAttribute('RUS', 'x')).toBeUndefined();
    expect(countAdded(b, a)).toEqual({ nodes: 1, edges: a.degree('RUS') });
    expect(countAdded(a, b)).toEqual({ nodes: 0, edges: 0 });
  });
});

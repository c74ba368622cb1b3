import { describe, expect, it } from 'vitest';
import { smallGraph } from './__fixtures__/small-graph.js';
import { DocumentScope } from './document-scope.js';
import { NO_DOC_FILTER } from './state/facets.js';

describe('DocumentScope', () => {
  const geneva = { years: null, facets: { source: ['a'] } };
  const withSources = () => {
    const g = smallGraph();
    g.replaceAttributes({ ...g.getAttributes(), documents: [{ id: 'geneva', source: 'a' }, { id: 'vienna', source: 'b' }] });
    return g;
  };

  it('places the whole graph, shows it whole without a filter, and a subset with one', () => {
    const scope = new DocumentScope();
    const g = withSources();
    expect(scope.setGraph(g)).toBe(g.order);
    expect(scope.graphFor(NO_DOC_FILTER, undefined)).toBe(g);
    expect(scope.narrowed).toBe(false);
    expect(scope.changes(geneva)).toBe(true);
    const sub = scope.graphFor(geneva, g)!;
    expect(scope.narrowed).toBe(true);
    expect(sub.hasNode('org:osce')).toBe(false);
    expect(scope.documentsShown).toBe(1);
    expect(scope.changes(geneva)).toBe(false);
    expect(scope.describe()).toMatch(/^Counting within 1 of 2 documents: \d+ entities/);
  });

  it('carries the positions the layout gave a subset back to the whole graph', () => {
    const scope = new DocumentScope();
    const g = withSources();
    scope.setGraph(g);
    const sub = scope.graphFor(geneva, undefined)!;
    sub.mergeNodeAttributes('RUS', { x: 42, y: -1 });
    expect(g.getNodeAttribute('RUS', 'x')).not.toBe(42);
    scope.graphFor(NO_DOC_FILTER, sub);
    expect(g.getNodeAttributes('RUS')).toMatchObject({ x: 42, y: -1 });
  });
});

import { describe, expect, it } from 'vitest';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { computeVisibility, defaultFilters } from './filters.js';
import { ShownGraph } from './shown-graph.js';

const placed = () => {
  const g = smallGraph();
  g.forEachNode((n, a) => g.mergeNodeAttributes(n, { x: a.label.length, y: a.mentions }));
  return g;
};

describe('ShownGraph', () => {
  it('holds what the filters show, with positions, labels and weights only', () => {
    const g = placed();
    const filters = { ...defaultFilters(), types: ['state' as const, 'treaty' as const] };
    const v = computeVisibility(g, filters);
    const shown = new ShownGraph(g);
    expect(shown.sync(v.hiddenNodes, v.hiddenEdges)).toBeGreaterThan(0);
    expect(shown.graph.order).toBe(v.visibleNodes);
    expect(shown.graph.size).toBe(v.visibleEdges);
    expect(shown.graph.nodes().every((n) => !v.hiddenNodes.has(n))).toBe(true);
    expect(shown.graph.getNodeAttributes('RUS')).toEqual({ x: 6, y: 2, label: 'Russia' });
    const edge = shown.graph.edges()[0]!;
    expect(shown.graph.getEdgeAttributes(edge)).toEqual({ weight: g.getEdgeAttribute(edge, 'weight') });
  });

  it('follows other filters and a changed graph in place, and does nothing when nothing changed', () => {
    const g = placed();
    const shown = new ShownGraph(g);
    const all = computeVisibility(g, defaultFilters());
    shown.sync(all.hiddenNodes, all.hiddenEdges);
    expect(shown.graph.order).toBe(g.order);
    expect(shown.sync(all.hiddenNodes, all.hiddenEdges)).toBe(0);
    const states = computeVisibility(g, { ...defaultFilters(), types: ['state'] });
    shown.sync(states.hiddenNodes, states.hiddenEdges);
    expect(shown.graph.nodes().sort()).toEqual(['RUS', 'UKR', 'USA']);
    // A correction: a node renamed, one dropped; the shown graph follows on the next sync.
    g.mergeNodeAttributes('RUS', { label: 'Russian Federation' });
    g.dropNode('UKR');
    const after = computeVisibility(g, { ...defaultFilters(), types: ['state'] });
    expect(shown.sync(after.hiddenNodes, after.hiddenEdges)).toBe(2);
    expect(shown.graph.nodes().sort()).toEqual(['RUS', 'USA']);
    expect(shown.graph.getNodeAttribute('RUS', 'label')).toBe('Russian Federation');
  });

  it('copies the layout’s positions onto the shown nodes and knows the whole graph’s extent', () => {
    const g = placed();
    const shown = new ShownGraph(g);
    const v = computeVisibility(g, { ...defaultFilters(), types: ['person'] });
    shown.sync(v.hiddenNodes, v.hiddenEdges);
    g.updateEachNodeAttributes((_n, a) => ({ ...a, x: (a.x ?? 0) * 10 }));
    shown.copyPositions();
    shown.graph.forEachNode((n, a) => expect(a.x).toBe(g.getNodeAttribute(n, 'x')));
    const xs = g.mapNodes((_n, a) => a.x!);
    expect(shown.sourceExtent()?.x).toEqual([Math.min(...xs), Math.max(...xs)]);
    expect(new ShownGraph(g.nullCopy()).sourceExtent()).toBeUndefined();
  });
});

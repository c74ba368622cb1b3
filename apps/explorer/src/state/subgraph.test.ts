import { describe, expect, it } from 'vitest';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { computeVisibility, defaultFilters } from './filters.js';
import { exportSubgraph } from './subgraph.js';

const visuals = { color: () => '#123456', size: () => 7 };

describe('#exportSubgraph', () => {
  it('exports what is on screen, with positions, colours and sizes, without touching the live graph', () => {
    const g = smallGraph();
    g.forEachNode((n, a) => g.mergeNodeAttributes(n, { x: a.label.length, y: 1 }));
    const filters = { ...defaultFilters(), egoDepth: 1 as const };
    const v = computeVisibility(g, filters, 'treaty:new-start');
    const sub = exportSubgraph(g, filters, v, visuals);
    expect(sub.nodes().sort()).toEqual(['RUS', 'USA', 'treaty:new-start']);
    expect(sub.getNodeAttributes('RUS')).toMatchObject({ x: 6, y: 1, color: '#123456', size: 7 });
    expect(g.order).toBe(9);
    expect(g.getNodeAttribute('RUS', 'color')).toBeUndefined();
  });

  it('applies type and weight filters through core filterGraph', () => {
    const g = smallGraph();
    const filters = { ...defaultFilters(), minWeight: 2, hideIsolated: true };
    const sub = exportSubgraph(g, filters, computeVisibility(g, filters), visuals);
    expect(sub.order).toBe(2);
    expect(sub.size).toBe(1);
  });
});

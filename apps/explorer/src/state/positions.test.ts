import { describe, expect, it } from 'vitest';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { assignMissingPositions } from './positions.js';

describe('#assignMissingPositions', () => {
  it('places every node, the same way every time', () => {
    const a = smallGraph();
    const b = smallGraph();
    expect(assignMissingPositions(a)).toBe(a.order);
    assignMissingPositions(b);
    a.forEachNode((n, attrs) => {
      expect(Number.isFinite(attrs.x)).toBe(true);
      expect(b.getNodeAttributes(n)).toMatchObject({ x: attrs.x, y: attrs.y });
    });
    expect(new Set(a.mapNodes((_n, attrs) => `${attrs.x},${attrs.y}`)).size).toBe(a.order);
  });

  it('keeps existing positions and puts newcomers near their neighbours', () => {
    const g = smallGraph();
    g.forEachNode((n) => g.mergeNodeAttributes(n, { x: 100, y: 100 }));
    g.setNodeAttribute('org:nato', 'x', 0);
    g.removeNodeAttribute('treaty:new-start', 'x');
    expect(assignMissingPositions(g)).toBe(1);
    expect(g.getNodeAttribute('org:nato', 'x')).toBe(0);
    const { x, y } = g.getNodeAttributes('treaty:new-start');
    expect(Math.abs(x! - 100)).toBeLessThan(10);
    expect(Math.abs(y! - 100)).toBeLessThan(10);
  });
});

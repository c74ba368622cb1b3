import { describe, expect, it } from 'vitest';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { edgeThickness, neighbourhood, sameSelection, selectionEmphasis } from './emphasis.js';

const LAVROV = 'person:sergey-lavrov';

describe('#edgeThickness', () => {
  it('grows with the log of the weight, from 0.6 up to 6', () => {
    expect(edgeThickness(1)).toBeCloseTo(0.6);
    expect(edgeThickness(4)).toBeCloseTo(2.0);
    expect(edgeThickness(1e9)).toBe(6);
    expect(edgeThickness(undefined)).toBeCloseTo(0.6);
    expect(edgeThickness(0)).toBeCloseTo(0.6);
  });
});

describe('#neighbourhood', () => {
  it('lists the links and neighbours of a node, each neighbour once', () => {
    const g = smallGraph();
    const hood = neighbourhood(g, LAVROV)!;
    expect(hood.focus).toBe(LAVROV);
    expect(new Set(hood.nodes)).toEqual(new Set(g.neighbors(LAVROV)));
    expect(hood.nodes).toHaveLength(new Set(hood.nodes).size);
    expect(hood.links.map((l) => l.edge).sort()).toEqual(g.edges(LAVROV).sort());
    const rus = hood.links.find((l) => l.other === 'RUS')!;
    expect(rus.weight).toBe(1);
    expect(neighbourhood(g, 'RUS')!.links.find((l) => l.other === 'USA')!.weight).toBe(2);
  });

  it('skips what the filters hide, and has nothing for a hidden or unknown focus', () => {
    const g = smallGraph();
    const hiddenEdges = new Set([g.edge(LAVROV, 'RUS')!]);
    const hiddenNodes = new Set(['org:nato']);
    const hood = neighbourhood(g, LAVROV, hiddenNodes, hiddenEdges)!;
    expect(hood.nodes.sort()).toEqual(['UKR', 'person:antony-blinken']);
    expect(hood.links).toHaveLength(2);
    expect(neighbourhood(g, 'org:nato', hiddenNodes, hiddenEdges)).toBeUndefined();
    expect(neighbourhood(g, 'nobody')).toBeUndefined();
  });
});

describe('#selectionEmphasis', () => {
  it('emphasises a selected node, its neighbours and its links', () => {
    const g = smallGraph();
    const e = selectionEmphasis(g, { kind: 'node', id: LAVROV });
    expect(e.focus).toBe(LAVROV);
    expect(e.edge).toBeUndefined();
    expect(e.nodes).toEqual(new Set([LAVROV, ...g.neighbors(LAVROV)]));
    expect(e.edges).toEqual(new Set(g.edges(LAVROV)));
  });

  it('emphasises a selected edge and its two ends', () => {
    const g = smallGraph();
    const e = selectionEmphasis(g, { kind: 'edge', source: 'RUS', target: 'USA' });
    expect(e.focus).toBeNull();
    expect(e.edge).toBe(g.edge('RUS', 'USA'));
    expect(e.nodes).toEqual(new Set(['RUS', 'USA']));
    expect(e.edges).toEqual(new Set([g.edge('RUS', 'USA')]));
  });

  it('emphasises nothing without a selection or for items the graph does not hold', () => {
    const g = smallGraph();
    for (const sel of [null, { kind: 'node', id: 'nobody' }, { kind: 'edge', source: 'RUS', target: 'nobody' }] as const) {
      const e = selectionEmphasis(g, sel);
      expect(e.nodes.size).toBe(0);
      expect(e.edges.size).toBe(0);
      expect(e.focus).toBeNull();
    }
  });
});

describe('#sameSelection', () => {
  it('compares selections by value', () => {
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection({ kind: 'node', id: 'a' }, { kind: 'node', id: 'a' })).toBe(true);
    expect(sameSelection({ kind: 'node', id: 'a' }, { kind: 'node', id: 'b' })).toBe(false);
    expect(sameSelection({ kind: 'node', id: 'a' }, null)).toBe(false);
    expect(sameSelection({ kind: 'edge', source: 'a', target: 'b' }, { kind: 'edge', source: 'a', target: 'b' })).toBe(true);
    expect(sameSelection({ kind: 'edge', source: 'a', target: 'b' }, { kind: 'edge', source: 'a', target: 'c' })).toBe(false);
    expect(sameSelection({ kind: 'edge', source: 'a', target: 'b' }, { kind: 'node', id: 'a' })).toBe(false);
  });
});

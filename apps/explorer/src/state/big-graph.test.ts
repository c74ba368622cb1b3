import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import type { EntenteGraph } from './types.js';
import { bigGraphDefaults, describeBigGraph, holdsDefaults, isBigGraph, storedLayoutNote } from './big-graph.js';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { computeVisibility, defaultFilters } from './filters.js';

/** A star-ish graph: node i has i mentions; node i links to i-1 with weight i % 10 + 1. */
function chain(n: number): EntenteGraph {
  const g = new UndirectedGraph() as unknown as EntenteGraph;
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `N${i}`, type: 'state', aliases: [], mentions: i, docs: [], evidence: [] });
  for (let i = 1; i < n; i++) g.addEdge(`n${i}`, `n${i - 1}`, { weight: (i % 10) + 1, docs: [], evidence: [] });
  return g;
}

describe('#bigGraphDefaults', () => {
  it('leaves a small graph whole', () => {
    expect(isBigGraph(chain(50))).toBe(false);
    expect(bigGraphDefaults(chain(50))).toBeNull();
    expect(holdsDefaults(defaultFilters(), null)).toBe(true);
  });

  it('keeps the most mentioned entities and the heaviest links that fit the budget', () => {
    const g = chain(4000);
    const d = bigGraphDefaults(g, { topNodes: 100, edgeBudget: 30 })!;
    expect(d.topNodes).toBe(100);
    // Among the top 100 (n3900–n3999), 99 links, 9–10 per weight 1–10: weight ≥ 8 leaves 30 or fewer.
    const v = computeVisibility(g, { ...defaultFilters(), ...d, hideIsolated: false });
    expect(v.visibleNodes).toBe(100);
    // Isolated entities hidden too: those whose every link is under the threshold.
    const linked = computeVisibility(g, { ...defaultFilters(), ...d });
    expect(linked.visibleNodes).toBeLessThan(100);
    expect(linked.visibleEdges).toBe(v.visibleEdges);
    expect(v.visibleEdges).toBeLessThanOrEqual(30);
    expect(v.visibleEdges).toBeGreaterThan(10);
    expect(holdsDefaults({ ...defaultFilters(), ...d }, d)).toBe(true);
    expect(describeBigGraph(g, { ...defaultFilters(), ...d }, { nodes: v.visibleNodes, edges: v.visibleEdges })).toMatch(/^Big graph: showing the 100 most mentioned of 4,000 entities, links co-mentioned \d+\+ times, none without links/);
  });

  it('needs no weight threshold when the links among the top entities are few', () => {
    expect(bigGraphDefaults(chain(4000), { topNodes: 10 })).toEqual({ topNodes: 10, minWeight: 1, hideIsolated: true });
  });
});

describe('#computeVisibility topNodes', () => {
  it('hides all but the most mentioned, keeps the selection, and shows everything at 0', () => {
    const g = chain(20);
    const top5 = computeVisibility(g, { ...defaultFilters(), topNodes: 5 });
    expect(top5.visibleNodes).toBe(5);
    expect(top5.hiddenNodes.has('n19')).toBe(false);
    expect(top5.hiddenNodes.has('n0')).toBe(true);
    // The edge between two hidden nodes, or a hidden and a shown one, is hidden.
    expect(top5.visibleEdges).toBe(4);
    const selected = computeVisibility(g, { ...defaultFilters(), topNodes: 5 }, 'n0');
    expect(selected.hiddenNodes.has('n0')).toBe(false);
    expect(selected.visibleNodes).toBe(6);
    expect(computeVisibility(g, defaultFilters()).visibleNodes).toBe(20);
  });

  it('ranks within what the type filter leaves', () => {
    const g = chain(20);
    g.setNodeAttribute('n19', 'type', 'person');
    const v = computeVisibility(g, { ...defaultFilters(), types: ['state'], topNodes: 3 });
    expect([...v.hiddenNodes].includes('n19')).toBe(true);
    expect(v.visibleNodes).toBe(3);
    expect(v.hiddenNodes.has('n18')).toBe(false);
  });
});

describe('#storedLayoutNote', () => {
  it('names the stored layout a graph opened with, or the file’s positions', () => {
    const g = smallGraph();
    expect(storedLayoutNote(g)).toBe(' Opened with the positions in the file; Run layout lays it out again here.');
    g.setAttribute('manifest', { ...g.getAttribute('manifest'), layout: { algorithm: 'forceatlas2', iterations: 300, seed: 1, barnesHut: true, linLog: true, start: 'communities', nodes: 9, placed: 9 } });
    expect(storedLayoutNote(g)).toBe(' Opened with its stored ForceAtlas2 layout (300 iterations, seed 1); Run layout lays it out again here.');
  });
});

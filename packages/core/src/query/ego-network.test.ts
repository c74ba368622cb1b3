import { describe, expect, it } from 'vitest';
import { buildSmallGraph } from './__fixtures__/small-graph.js';
import { egoNetwork } from './ego-network.js';

describe('#egoNetwork', () => {
  it('holds the entity, its neighbours and the links among them', () => {
    const graph = buildSmallGraph();
    const ego = egoNetwork(graph, 'Vladimir Putin');
    expect(ego.nodes().sort()).toEqual(['Q159', 'Q30', 'Q37470', 'person:sergey-lavrov', 'person:vladimir-putin']);
    // Links between neighbours are kept: Russia–United States, Russia–UNSC, Lavrov–Russia…
    expect(ego.hasEdge('Q159', 'Q30')).toBe(true);
    expect(ego.size).toBe(9);
  });

  it('grows with depth (a number or { depth })', () => {
    const graph = buildSmallGraph();
    expect(egoNetwork(graph, 'Canada', 2).order).toBeGreaterThan(egoNetwork(graph, 'Canada').order);
    expect(egoNetwork(graph, 'Canada', { depth: 2 }).order).toBe(egoNetwork(graph, 'Canada', 2).order);
    // The isolated node never reaches anyone.
    expect(egoNetwork(graph, 'António Guterres', 3).order).toBe(1);
  });

  it('copies graph, node and edge attributes and leaves the input untouched', () => {
    const graph = buildSmallGraph();
    const before = JSON.stringify(graph.export());
    const ego = egoNetwork(graph, 'NATO');
    expect(ego.getAttributes()).toEqual(graph.getAttributes());
    expect(ego.getNodeAttributes('Q7184')).toEqual(graph.getNodeAttributes('Q7184'));
    ego.getNodeAttributes('Q7184').aliases.push('changed');
    ego.setAttribute('manifest', null);
    expect(JSON.stringify(graph.export())).toBe(before);
    expect(ego.type).toBe(graph.type);
  });

  it('validates depth', () => {
    expect(() => egoNetwork(buildSmallGraph(), 'NATO', 0)).toThrow(/entente\/egoNetwork: option "depth" expects a positive integer, received 0/);
  });
});

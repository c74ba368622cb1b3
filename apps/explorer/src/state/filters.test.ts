import { describe, expect, it } from 'vitest';
import { filterGraph } from '@entente/core/query';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { computeVisibility, defaultFilters, egoNodes, maxEdgeWeight, sameFilters, toggleType, visibilityKey } from './filters.js';

describe('#computeVisibility', () => {
  it('hides nothing with the default filters, and counts every type', () => {
    const g = smallGraph();
    const v = computeVisibility(g, defaultFilters());
    expect(v.hiddenNodes.size).toBe(0);
    expect(v.hiddenEdges.size).toBe(0);
    expect(v.visibleNodes).toBe(g.order);
    expect(v.totalByType).toEqual({ person: 2, state: 3, organisation: 2, treaty: 2 });
    expect(v.visibleByType).toEqual(v.totalByType);
  });

  it('hides the unticked types and their edges', () => {
    const g = smallGraph();
    const v = computeVisibility(g, toggleType(defaultFilters(), 'person', false));
    expect(v.visibleByType.person).toBe(0);
    expect(v.hiddenNodes.has('person:sergey-lavrov')).toBe(true);
    g.forEachEdge((edge, _a, s, t) => {
      if (s.startsWith('person:') || t.startsWith('person:')) expect(v.hiddenEdges.has(edge)).toBe(true);
    });
    expect(v.visibleByType.state).toBe(3);
  });

  it('with neighbours, shows the entities linked to a shown type and those links, not the links among them', () => {
    const g = smallGraph();
    const v = computeVisibility(g, { ...defaultFilters(), types: ['treaty'], neighbours: true });
    expect(g.nodes().filter((n) => !v.hiddenNodes.has(n)).sort()).toEqual(['RUS', 'USA', 'treaty:budapest-memorandum', 'treaty:new-start']);
    const shown = g.edges().filter((e) => !v.hiddenEdges.has(e)).map((e) => g.extremities(e).sort().join(' '));
    expect(shown.sort()).toEqual(['RUS treaty:new-start', 'USA treaty:new-start']);
    expect(v.visibleByType).toMatchObject({ treaty: 2, state: 2, person: 0 });
    expect(computeVisibility(g, { ...defaultFilters(), types: ['treaty'], neighbours: true, minWeight: 2 }).visibleNodes).toBe(2);
  });

  it('hides edges lighter than the minimum weight but keeps their nodes', () => {
    const g = smallGraph();
    const v = computeVisibility(g, { ...defaultFilters(), minWeight: 2 });
    expect(v.visibleEdges).toBe(1);
    expect(v.visibleNodes).toBe(g.order);
  });

  it('hides doubtful entities on request, and their links; entities without a confidence stay', () => {
    const g = smallGraph();
    g.setNodeAttribute('person:sergey-lavrov', 'confidence', 0.3);
    g.setNodeAttribute('RUS', 'confidence', 1);
    expect(computeVisibility(g, defaultFilters()).hiddenNodes.size).toBe(0);
    const v = computeVisibility(g, { ...defaultFilters(), hideDoubtful: true });
    expect([...v.hiddenNodes]).toEqual(['person:sergey-lavrov']);
    g.forEachEdge('person:sergey-lavrov', (edge) => expect(v.hiddenEdges.has(edge)).toBe(true));
  });

  it('hides isolated nodes, also those isolated by other filters', () => {
    const g = smallGraph();
    expect(computeVisibility(g, { ...defaultFilters(), hideIsolated: true }).hiddenNodes).toEqual(new Set(['treaty:budapest-memorandum']));
    const v = computeVisibility(g, { ...defaultFilters(), minWeight: 2, hideIsolated: true });
    expect([...g.nodes()].filter((n) => !v.hiddenNodes.has(n)).sort()).toEqual(['RUS', 'USA']);
  });

  it('shows only the ego network of the selection, following visible edges only', () => {
    const g = smallGraph();
    const depth1 = computeVisibility(g, { ...defaultFilters(), egoDepth: 1 }, 'treaty:new-start');
    expect(depth1.egoActive).toBe(true);
    expect(g.nodes().filter((n) => !depth1.hiddenNodes.has(n)).sort()).toEqual(['RUS', 'USA', 'treaty:new-start']);
    const depth2 = computeVisibility(g, { ...defaultFilters(), egoDepth: 2 }, 'treaty:new-start');
    expect(depth2.visibleNodes).toBe(5);
    // With people hidden, Lavrov is no bridge: the ego network stays within visible links.
    const noPeople = computeVisibility(g, { ...toggleType(defaultFilters(), 'person', false), egoDepth: 2 }, 'treaty:new-start');
    expect(noPeople.visibleNodes).toBe(3);
  });

  it('ignores the ego depth without a (visible) selection', () => {
    const g = smallGraph();
    expect(computeVisibility(g, { ...defaultFilters(), egoDepth: 2 }, null).egoActive).toBe(false);
    expect(computeVisibility(g, { ...defaultFilters(), egoDepth: 2 }, 'nope').visibleNodes).toBe(g.order);
  });

  it('agrees with core filterGraph on types, weight and isolation', () => {
    const g = smallGraph();
    for (const filters of [
      { ...defaultFilters(), minWeight: 2, hideIsolated: true },
      { ...toggleType(defaultFilters(), 'state', false), hideIsolated: true },
      { ...toggleType(defaultFilters(), 'treaty', false), minWeight: 1 },
    ]) {
      const v = computeVisibility(g, filters);
      const sub = filterGraph(g, { types: filters.types, minWeight: filters.minWeight, hideIsolated: filters.hideIsolated });
      expect(sub.order).toBe(v.visibleNodes);
      expect(sub.size).toBe(v.visibleEdges);
    }
  });
});

describe('#egoNodes', () => {
  it('walks depth hops from the root', () => {
    const g = smallGraph();
    expect(egoNodes(g, 'org:nato', 0)).toEqual(new Set(['org:nato']));
    expect([...egoNodes(g, 'org:nato', 1)].sort()).toEqual(['UKR', 'org:nato', 'person:sergey-lavrov']);
  });
});

describe('#toggleType / #sameFilters / #maxEdgeWeight', () => {
  it('keeps types in canonical order and compares states', () => {
    const f = toggleType(toggleType(defaultFilters(), 'person', false), 'person', true);
    expect(f.types).toEqual(['person', 'state', 'organisation', 'treaty']);
    expect(sameFilters(f, defaultFilters())).toBe(true);
    expect(sameFilters(f, { ...f, minWeight: 3 })).toBe(false);
    expect(maxEdgeWeight(smallGraph())).toBe(2);
  });
});

describe('#visibilityKey', () => {
  it('changes with the filters, and with the selection only while the ego filter is on', () => {
    const f = defaultFilters();
    expect(visibilityKey(f, null)).toBe(visibilityKey(defaultFilters(), null));
    expect(visibilityKey(f, 'RUS')).toBe(visibilityKey(f, 'USA'));
    expect(visibilityKey(f, null)).not.toBe(visibilityKey({ ...f, minWeight: 2 }, null));
    expect(visibilityKey(f, null)).not.toBe(visibilityKey(toggleType(f, 'person', false), null));
    expect(visibilityKey(f, null)).not.toBe(visibilityKey({ ...f, hideIsolated: true }, null));
    const ego = { ...f, egoDepth: 1 as const };
    expect(visibilityKey(ego, 'RUS')).not.toBe(visibilityKey(ego, 'USA'));
    expect(visibilityKey(ego, 'RUS')).not.toBe(visibilityKey(f, 'RUS'));
  });

  it('is the same key whenever computeVisibility gives the same answer for the same graph', () => {
    const g = smallGraph();
    const f = { ...defaultFilters(), minWeight: 2 };
    expect(computeVisibility(g, f, 'RUS').hiddenEdges).toEqual(computeVisibility(g, f, 'USA').hiddenEdges);
  });
});

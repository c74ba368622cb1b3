import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_EDGES, renderPlan } from './render-plan.js';

describe('#renderPlan', () => {
  it('keeps clickable, weight-sized edges on graphs up to the threshold', () => {
    expect(renderPlan(5_000)).toEqual({ edgeEvents: true, hideEdgesOnMove: false, lineEdges: false });
    expect(renderPlan(LARGE_GRAPH_EDGES)).toEqual({ edgeEvents: true, hideEdgesOnMove: false, lineEdges: false });
  });

  it('draws thin, unclickable edges, hidden while moving, above it', () => {
    expect(renderPlan(LARGE_GRAPH_EDGES + 1)).toEqual({ edgeEvents: false, hideEdgesOnMove: true, lineEdges: true });
    expect(renderPlan(100_000).lineEdges).toBe(true);
  });
});

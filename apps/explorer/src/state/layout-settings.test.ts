import { describe, expect, it } from 'vitest';
import { layoutSettings } from '@entente/core';
import { BIG_LAYOUT_NODES, layoutPlan } from './layout-settings.js';

describe('#layoutPlan', () => {
  it('keeps the inferred settings and a short run for small graphs, LinLog from 100 entities as the stored layout', () => {
    expect(layoutPlan(50).settings).toMatchObject({ barnesHutOptimize: false, linLogMode: false, strongGravityMode: true, edgeWeightInfluence: 1 });
    const plan = layoutPlan(200);
    expect(plan.settings).toEqual(layoutSettings(200));
    expect(plan.settings).toMatchObject({ barnesHutOptimize: false, linLogMode: true });
    expect(plan.budgetMs).toBe(4000);
    expect(plan.minFrameGapMs).toBe(0);
  });

  it('uses Barnes-Hut, LinLog, softened weights and a longer, paced run for big graphs', () => {
    const plan = layoutPlan(18_000);
    expect(plan.settings).toMatchObject({ barnesHutOptimize: true, linLogMode: true });
    expect(plan.settings.edgeWeightInfluence).toBeLessThan(1);
    expect(plan.budgetMs).toBeGreaterThan(layoutPlan(BIG_LAYOUT_NODES).budgetMs);
    expect(plan.budgetMs).toBeLessThanOrEqual(25_000);
    expect(plan.minFrameGapMs).toBeGreaterThan(0);
  });
});

/**
 * ForceAtlas2 settings and run budget by graph size. The settings are the stored layout's (core's `layoutSettings`):
 * graphology's inferred ones below 100 entities; above, what Gephi users reach for on big networks: LinLog (clusters
 * pull apart instead of collapsing into one ball), weights softened (a link co-mentioned 5,000 times would otherwise
 * fold its two ends onto each other), and Barnes-Hut from 2,000. Big graphs (BIG_LAYOUT_NODES and up) get a longer,
 * paced run. Pure, so the thresholds are unit tested.
 */
import { layoutSettings, type Fa2Settings } from '@entente/core';

/** graphology-layout-forceatlas2's settings, as core's stored layout names them. */
export type { Fa2Settings };

export interface LayoutPlan {
  settings: Fa2Settings;
  /** How long the automatic run after a load may take at most (it stops earlier when the layout converges). */
  budgetMs: number;
  /** Pause between two position updates drawn on screen, at least (big graphs: a redraw costs ~100 ms). */
  minFrameGapMs: number;
}

export const BIG_LAYOUT_NODES = 2000;

export function layoutPlan(order: number): LayoutPlan {
  const n = Math.max(1, order);
  // The settings `entente build --layout` uses (core's layoutSettings), so Run layout on a graph that came laid out
  // refines the same picture instead of drifting to another one.
  const settings = layoutSettings(n);
  if (n < BIG_LAYOUT_NODES) return { settings, budgetMs: 4000, minFrameGapMs: 0 };
  // ~1 s per 1,000 entities, between 8 and 25 s: the full UNGDC graph (18k) converges in less.
  return { settings, budgetMs: Math.min(25_000, Math.max(8000, n)), minFrameGapMs: 250 };
}

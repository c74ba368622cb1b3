/**
 * ForceAtlas2 settings and run budget by graph size. Small graphs keep the settings the explorer always had
 * (graphology's inferred ones); big graphs (BIG_LAYOUT_NODES and up) get what Gephi users reach for on big networks:
 * Barnes-Hut, LinLog (clusters pull apart instead of collapsing into one ball), weights softened (a link co-mentioned 5,000 times would otherwise fold its
 * two ends onto each other) and a longer budget. Pure, so the thresholds are unit tested.
 */

/** graphology-layout-forceatlas2's settings (its `defaults.js` keys). */
export interface Fa2Settings {
  linLogMode: boolean;
  outboundAttractionDistribution: boolean;
  adjustSizes: boolean;
  edgeWeightInfluence: number;
  scalingRatio: number;
  strongGravityMode: boolean;
  gravity: number;
  slowDown: number;
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
}

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
  if (n < BIG_LAYOUT_NODES) {
    return {
      settings: {
        linLogMode: false, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 1,
        scalingRatio: 10, strongGravityMode: true, gravity: 0.05, slowDown: 1 + Math.log(n),
        barnesHutOptimize: n > 2000, barnesHutTheta: 0.5,
      },
      budgetMs: 4000,
      minFrameGapMs: 0,
    };
  }
  return {
    settings: {
      linLogMode: true, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 0.5,
      scalingRatio: 2, strongGravityMode: false, gravity: 1, slowDown: 1 + Math.log(n),
      barnesHutOptimize: true, barnesHutTheta: 0.6,
    },
    // ~1 s per 1,000 entities, between 8 and 25 s: the full UNGDC graph (18k) converges in less.
    budgetMs: Math.min(25_000, Math.max(8000, n)),
    minFrameGapMs: 250,
  };
}

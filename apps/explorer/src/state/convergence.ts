/**
 * When has ForceAtlas2 settled? After each iteration, how far the nodes moved on average, as a share of the layout's
 * extent (so the answer does not depend on the graph's scale); smoothed over iterations, because FA2's speed swings.
 * Settled when the smoothed movement stays under `threshold` — the picture no longer changes visibly — after a
 * minimum number of iterations. O(nodes) per iteration, beside FA2's O(nodes log nodes + edges).
 */

/** Floats per node in graphology-layout-forceatlas2's node matrix; x and y come first. */
export const PPN = 10;

export interface ConvergenceOptions {
  /** Smoothed mean movement per iteration, as a share of the extent's diagonal (default 0.0004). */
  threshold?: number;
  /** Iterations before convergence may be declared (default 60). */
  minIterations?: number;
  /** Smoothing factor of the moving average, 0–1 (default 0.1). */
  smoothing?: number;
}

export class Convergence {
  private previous: Float32Array;
  private smoothed = Infinity;
  private count = 0;
  private readonly threshold: number;
  private readonly minIterations: number;
  private readonly smoothing: number;

  constructor(nodes: Float32Array, options: ConvergenceOptions = {}) {
    this.threshold = options.threshold ?? 0.0004;
    this.minIterations = options.minIterations ?? 60;
    this.smoothing = options.smoothing ?? 0.1;
    this.previous = positionsOf(nodes);
  }

  get iterations(): number {
    return this.count;
  }
  /** The smoothed movement (share of the extent per iteration). */
  get movement(): number {
    return this.smoothed;
  }

  /** Record the positions after one more iteration; true once the layout has settled. */
  update(nodes: Float32Array): boolean {
    const n = nodes.length / PPN;
    let moved = 0;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    const prev = this.previous;
    for (let i = 0, j = 0; i < nodes.length; i += PPN, j += 2) {
      const x = nodes[i]!, y = nodes[i + 1]!;
      moved += Math.hypot(x - prev[j]!, y - prev[j + 1]!);
      prev[j] = x;
      prev[j + 1] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const extent = Math.hypot(maxX - minX, maxY - minY) || 1;
    const share = n > 0 ? moved / n / extent : 0;
    this.smoothed = this.smoothed === Infinity ? share : this.smoothed + this.smoothing * (share - this.smoothed);
    this.count += 1;
    return this.count >= this.minIterations && this.smoothed < this.threshold;
  }
}

/** x, y of each node of a node matrix, packed (2 floats per node). */
export function positionsOf(nodes: Float32Array): Float32Array {
  const out = new Float32Array((nodes.length / PPN) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += PPN, j += 2) {
    out[j] = nodes[i]!;
    out[j + 1] = nodes[i + 1]!;
  }
  return out;
}

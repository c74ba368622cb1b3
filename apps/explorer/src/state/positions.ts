/**
 * Initial positions for nodes that have none. Sigma needs x/y on every node before the first frame, and ForceAtlas2
 * needs distinct starting points. Positions are seeded from the node id, so the same graph always opens the same way
 * and a node keeps its place whatever order nodes arrive in. Nodes that already have positions keep them (merges,
 * files exported with a layout).
 */
import { fnv1a, seededRandom } from '@entente/core';
import type { EntenteGraph } from './types.js';

function hasPosition(graph: EntenteGraph, node: string): boolean {
  const a = graph.getNodeAttributes(node);
  return Number.isFinite(a.x) && Number.isFinite(a.y);
}

/** Give every node without a position one; returns how many were placed. Mutates on purpose (named `assign…`). */
export function assignMissingPositions(graph: EntenteGraph): number {
  const missing = graph.filterNodes((node) => !hasPosition(graph, node));
  if (missing.length === 0) return 0;
  if (missing.length === graph.order) {
    // Nothing placed yet: a circle, ordered by a hash of the id so it is stable, with a small seeded jitter so
    // ForceAtlas2 does not start from a perfectly symmetric state.
    const radius = Math.max(10, Math.sqrt(graph.order) * 10);
    const ordered = [...missing].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
    ordered.forEach((node, i) => {
      const rng = seededRandom(fnv1a(node));
      const angle = (2 * Math.PI * i) / ordered.length;
      graph.mergeNodeAttributes(node, {
        x: radius * Math.cos(angle) + (rng() - 0.5) * radius * 0.05,
        y: radius * Math.sin(angle) + (rng() - 0.5) * radius * 0.05,
      });
    });
    return missing.length;
  }
  // Some placed: put a newcomer near its placed neighbours, or at a seeded point within the current extent.
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((node, a) => {
    if (!hasPosition(graph, node)) return;
    minX = Math.min(minX, a.x!); maxX = Math.max(maxX, a.x!);
    minY = Math.min(minY, a.y!); maxY = Math.max(maxY, a.y!);
  });
  const spread = Math.max(maxX - minX, maxY - minY, 10);
  for (const node of missing) {
    const rng = seededRandom(fnv1a(node));
    let sx = 0, sy = 0, n = 0;
    graph.forEachNeighbor(node, (other, a) => {
      if (Number.isFinite(a.x) && Number.isFinite(a.y)) {
        sx += a.x!; sy += a.y!; n += 1;
      }
    });
    const jitter = spread * 0.05;
    const x = n > 0 ? sx / n + (rng() - 0.5) * jitter : minX + rng() * (maxX - minX || spread);
    const y = n > 0 ? sy / n + (rng() - 0.5) * jitter : minY + rng() * (maxY - minY || spread);
    graph.mergeNodeAttributes(node, { x, y });
  }
  return missing.length;
}

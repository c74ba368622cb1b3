/**
 * Node size metrics as typed descriptors (id, label, compute), so the toolbar lists them and the canvas uses them from
 * one registry. Values are computed on demand and cached per graph by the caller: PageRank on 10k nodes is not free.
 */
import { nodeScores } from '@entente/core/query';
import type { EntenteGraph, SizeMetric } from './types.js';

export interface SizeMetricDescriptor {
  id: SizeMetric;
  label: string;
  compute(graph: EntenteGraph): Map<string, number>;
}

/** The measures are core's (`nodeScores`, what `entente query top` ranks by), so a node's size and its rank agree. */
const measured = (id: SizeMetric, label: string): SizeMetricDescriptor => ({
  id,
  label,
  compute: (graph) => collect(graph, nodeScores(graph, id)),
});

export const SIZE_METRICS: readonly SizeMetricDescriptor[] = [
  measured('mentions', 'Mentions'),
  measured('degree', 'Degree'),
  measured('weightedDegree', 'Weighted degree'),
  measured('pagerank', 'PageRank'),
];

export function sizeMetric(id: SizeMetric): SizeMetricDescriptor {
  return SIZE_METRICS.find((m) => m.id === id) ?? SIZE_METRICS[0]!;
}

function collect(graph: EntenteGraph, fn: (node: string) => number): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((node) => out.set(node, fn(node)));
  return out;
}

/**
 * Map metric values to pixel sizes. Square-root scaling makes area, not radius, follow the value, so a node with four
 * times the mentions looks four times as big rather than sixteen.
 */
export function scaleSizes(values: Map<string, number>, range: { min: number; max: number } = { min: 3, max: 20 }): Map<string, number> {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values.values()) {
    const s = Math.sqrt(Math.max(0, v));
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  const out = new Map<string, number>();
  const span = hi - lo;
  for (const [node, v] of values) {
    const t = span > 0 ? (Math.sqrt(Math.max(0, v)) - lo) / span : 0.5;
    out.set(node, range.min + t * (range.max - range.min));
  }
  return out;
}

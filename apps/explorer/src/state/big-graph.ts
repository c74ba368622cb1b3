/**
 * Big-graph mode: what a graph too big to read at once opens with. Drawn whole, the 18,000 entities and 77,000 links of
 * the UNGDC corpus are a grey ball; its most mentioned thousand entities, with the links co-mentioned often enough
 * that a few thousand remain, are a picture one can read. The thresholds are ordinary filters (`topNodes`,
 * `minWeight`): the status line says they are in force, the Filters panel lowers them, the URL keeps them. Pure.
 */
import type { EntenteGraph, FilterState } from './types.js';

/** Graphs with more entities than this open in big-graph mode. */
export const BIG_GRAPH_NODES = 3000;
/** How many entities big-graph mode shows first (the most mentioned). */
export const TOP_NODES = 1000;
/** How many links among them it shows at most: the weight threshold is the lowest that keeps under this. */
export const EDGE_BUDGET = 3000;
/** The choices the Filters panel offers for `topNodes` (0 = all). */
export const TOP_NODE_CHOICES: readonly number[] = [100, 250, 500, 1000, 2000, 5000, 10000, 0];

export interface BigGraphDefaults {
  topNodes: number;
  minWeight: number;
  /** Entities left without a shown link are hidden too: they would float about the picture, unconnected. */
  hideIsolated: boolean;
}

export function isBigGraph(graph: EntenteGraph): boolean {
  return graph.order > BIG_GRAPH_NODES;
}

/**
 * The thresholds a big graph opens with, or null for a graph small enough to show whole. The weight threshold is
 * chosen from the weights of the links among the `topNodes` most mentioned entities: the smallest w such that at most
 * `edgeBudget` of them weigh w or more. O(n log n + m).
 */
export function bigGraphDefaults(graph: EntenteGraph, opts: { topNodes?: number; edgeBudget?: number } = {}): BigGraphDefaults | null {
  if (!isBigGraph(graph)) return null;
  const topNodes = opts.topNodes ?? TOP_NODES;
  const budget = opts.edgeBudget ?? EDGE_BUDGET;
  const ranked = graph.mapNodes((node, a): [string, number] => [node, a.mentions ?? 0]);
  ranked.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const top = new Set(ranked.slice(0, topNodes).map(([node]) => node));
  const weights: number[] = [];
  graph.forEachEdge((_edge, a, s, t) => {
    if (top.has(s) && top.has(t)) weights.push(a.weight ?? 1);
  });
  if (weights.length <= budget) return { topNodes, minWeight: 1, hideIsolated: true };
  weights.sort((a, b) => b - a);
  // weights[budget] is the heaviest link that does not fit: keep only those heavier than it.
  return { topNodes, minWeight: Math.max(1, Math.floor(weights[budget]!) + 1), hideIsolated: true };
}

/** Whether `filters` hold exactly the thresholds `defaults` set (so a new graph may replace them with its own). */
export function holdsDefaults(filters: FilterState, defaults: BigGraphDefaults | null): boolean {
  return defaults
    ? filters.topNodes === defaults.topNodes && filters.minWeight === defaults.minWeight && filters.hideIsolated === defaults.hideIsolated
    : filters.topNodes === 0 && filters.minWeight === 1 && !filters.hideIsolated;
}

/** One line for the status bar: what big-graph mode hides, and where to show more. */
export function describeBigGraph(graph: EntenteGraph, filters: FilterState, shown: { nodes: number; edges: number }): string {
  const parts = [];
  if (filters.topNodes > 0) parts.push(`the ${filters.topNodes.toLocaleString('en')} most mentioned of ${graph.order.toLocaleString('en')} entities`);
  if (filters.minWeight > 1) parts.push(`links co-mentioned ${filters.minWeight}+ times`);
  if (filters.hideIsolated) parts.push('none without links');
  return `Big graph: showing ${parts.join(', ')} (${shown.nodes.toLocaleString('en')} entities, ${shown.edges.toLocaleString('en')} of ${graph.size.toLocaleString('en')} links). Show more under Filters.`;
}

/** What the status line says of a graph that opened with its stored positions (no layout ran here). */
export function storedLayoutNote(graph: EntenteGraph): string {
  const layout = graph.getAttribute('manifest')?.layout;
  const how = layout ? `its stored ForceAtlas2 layout (${layout.iterations} iterations, seed ${layout.seed})` : 'the positions in the file';
  return ` Opened with ${how}; Run layout lays it out again here.`;
}

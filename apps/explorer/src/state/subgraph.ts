/**
 * The graph to export: what is on screen. Core's `filterGraph` applies the type/weight/isolated filters (the same
 * rules the CLI uses); then whatever the screen still hides (the ego network, which only the explorer has) is dropped.
 * Positions come from the layout, colour and size from the canvas, so GEXF/GraphML viewers show the same picture.
 */
import { filterGraph } from '@entente/core/query';
import type { Visibility } from './filters.js';
import type { EntenteGraph, FilterState } from './types.js';

export interface Visuals {
  color(node: string): string;
  size(node: string): number;
}

export function exportSubgraph(graph: EntenteGraph, filters: FilterState, visibility: Visibility, visuals: Visuals): EntenteGraph {
  const filtered = filterGraph(graph, {
    types: filters.types,
    minWeight: filters.minWeight,
    hideIsolated: filters.hideIsolated,
  }) as EntenteGraph;
  // filterGraph may return the input itself when nothing is filtered: never mutate the live graph.
  const sub = (filtered === graph ? graph.copy() : filtered) as EntenteGraph;
  // Then exactly what the screen hides (the ego network; isolation within it), so the file matches the picture.
  for (const node of sub.nodes()) if (visibility.hiddenNodes.has(node)) sub.dropNode(node);
  sub.forEachNode((node) => {
    const live = graph.getNodeAttributes(node);
    sub.mergeNodeAttributes(node, {
      x: live.x ?? 0,
      y: live.y ?? 0,
      size: Math.round(visuals.size(node) * 100) / 100,
      color: visuals.color(node),
    });
  });
  return sub;
}

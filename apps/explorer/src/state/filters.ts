/**
 * The filter state and what it hides. Sigma hides items through reducers (`hidden: true`), so filtering never copies
 * or mutates the graph: this module only computes which nodes and edges to hide, in one O(nodes + edges) pass, and the
 * counts the legend shows. Pure, so it is tested without a browser.
 */
import { ENTITY_TYPES, type EntityType } from '@entente/core';
import type { EgoDepth, EntenteGraph, FilterState } from './types.js';

export const DEFAULT_FILTERS: Readonly<FilterState> = Object.freeze({
  types: [...ENTITY_TYPES],
  neighbours: false,
  minWeight: 1,
  egoDepth: 0 as EgoDepth,
  hideIsolated: false,
  hideDoubtful: false,
  topNodes: 0,
});

/** Below this confidence an entity is doubtful: the model alone found it, in one or two documents. */
export const DOUBTFUL = 0.5;

export function defaultFilters(): FilterState {
  return { ...DEFAULT_FILTERS, types: [...DEFAULT_FILTERS.types] };
}

/** What the current filters hide, and what remains, per type. */
export interface Visibility {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  visibleNodes: number;
  visibleEdges: number;
  visibleByType: Record<EntityType, number>;
  totalByType: Record<EntityType, number>;
  /** Whether the ego filter is in force (a depth is set and the selected node is shown). */
  egoActive: boolean;
}

function zeroCounts(): Record<EntityType, number> {
  return { person: 0, state: 0, organisation: 0, treaty: 0 };
}

/**
 * Compute which nodes and edges the filters hide. Order of the filters: types, then edge weight, then the ego network
 * of `selectedNode` over what is left (so the ego network follows only visible edges), then isolated nodes.
 */
export function computeVisibility(graph: EntenteGraph, filters: FilterState, selectedNode: string | null = null): Visibility {
  const types = new Set<string>(filters.types);
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const totalByType = zeroCounts();
  const visibleByType = zeroCounts();

  const doubtful = (attrs: { confidence?: number }) => filters.hideDoubtful && typeof attrs.confidence === 'number' && attrs.confidence < DOUBTFUL;
  graph.forEachNode((node, attrs) => {
    if (attrs.type in totalByType) totalByType[attrs.type] += 1;
    if (!types.has(attrs.type) || doubtful(attrs)) hiddenNodes.add(node);
  });
  // With `neighbours`, an entity of a hidden type comes back when a shown one links to it; only links that touch a
  // shown type count, so the neighbours' links among themselves stay hidden.
  const focus = (node: string) => types.has(graph.getNodeAttribute(node, 'type'));
  if (filters.neighbours) {
    graph.forEachEdge((_edge, attrs, source, target) => {
      if ((attrs.weight ?? 1) < filters.minWeight) return;
      for (const [a, b] of [[source, target], [target, source]] as const) {
        if (!hiddenNodes.has(a) && focus(a) && hiddenNodes.has(b) && !doubtful(graph.getNodeAttributes(b))) hiddenNodes.delete(b);
      }
    });
  }

  if (filters.topNodes > 0) keepMostMentioned(graph, hiddenNodes, filters.topNodes, selectedNode);

  graph.forEachEdge((edge, attrs, source, target) => {
    if ((attrs.weight ?? 1) < filters.minWeight || hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
    else if (filters.neighbours && !focus(source) && !focus(target)) hiddenEdges.add(edge);
  });

  const egoActive = filters.egoDepth > 0 && selectedNode !== null && graph.hasNode(selectedNode) && !hiddenNodes.has(selectedNode);
  if (egoActive) {
    const ego = egoNodes(graph, selectedNode, filters.egoDepth, hiddenEdges);
    graph.forEachNode((node) => {
      if (!ego.has(node)) hiddenNodes.add(node);
    });
    graph.forEachEdge((edge, _attrs, source, target) => {
      if (!ego.has(source) || !ego.has(target)) hiddenEdges.add(edge);
    });
  }

  if (filters.hideIsolated) {
    // One pass over the links, not one search per node: a hub of the full UNGDC graph has thousands of links, nearly
    // all hidden under big-graph mode's weight threshold, and searching them for a shown one took ~90 ms a look.
    const connected = new Set<string>();
    graph.forEachEdge((edge, _attrs, source, target) => {
      if (hiddenEdges.has(edge)) return;
      connected.add(source);
      connected.add(target);
    });
    graph.forEachNode((node) => {
      if (!hiddenNodes.has(node) && !connected.has(node)) hiddenNodes.add(node);
    });
  }

  let visibleNodes = 0;
  graph.forEachNode((node, attrs) => {
    if (hiddenNodes.has(node)) return;
    visibleNodes += 1;
    if (attrs.type in visibleByType) visibleByType[attrs.type] += 1;
  });
  return {
    hiddenNodes,
    hiddenEdges,
    visibleNodes,
    visibleEdges: graph.size - hiddenEdges.size,
    visibleByType,
    totalByType,
    egoActive,
  };
}

/**
 * Hide all but the `limit` most mentioned of the nodes not hidden yet (ties: by id, so the cut is stable); `keep` stays
 * shown whatever its rank. A sort of the shown nodes: O(n log n).
 */
function keepMostMentioned(graph: EntenteGraph, hidden: Set<string>, limit: number, keep: string | null): void {
  const shown: Array<[string, number]> = [];
  graph.forEachNode((node, a) => {
    if (!hidden.has(node)) shown.push([node, a.mentions ?? 0]);
  });
  if (shown.length <= limit) return;
  shown.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  for (let i = limit; i < shown.length; i++) {
    const node = shown[i]![0];
    if (node !== keep) hidden.add(node);
  }
}

/** Nodes within `depth` hops of `root`, following only edges not in `hiddenEdges`. */
export function egoNodes(graph: EntenteGraph, root: string, depth: number, hiddenEdges: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>([root]);
  let frontier = [root];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (hiddenEdges.has(edge)) return;
        const other = source === node ? target : source;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

/** Toggle one type in the filter, returning a new state (types kept in the canonical order). */
export function toggleType(filters: FilterState, type: EntityType, shown: boolean): FilterState {
  const set = new Set(filters.types);
  if (shown) set.add(type);
  else set.delete(type);
  return { ...filters, types: ENTITY_TYPES.filter((t) => set.has(t)) };
}

/** The largest edge weight, for the range of the weight slider. */
export function maxEdgeWeight(graph: EntenteGraph): number {
  let max = 1;
  graph.forEachEdge((_edge, attrs) => {
    if (attrs.weight > max) max = attrs.weight;
  });
  return max;
}

/** Whether two filter states are the same (for skipping needless refreshes). */
export function sameFilters(a: FilterState, b: FilterState): boolean {
  return (
    a.minWeight === b.minWeight &&
    a.neighbours === b.neighbours &&
    a.egoDepth === b.egoDepth &&
    a.hideIsolated === b.hideIsolated &&
    a.hideDoubtful === b.hideDoubtful &&
    a.topNodes === b.topNodes &&
    a.types.length === b.types.length &&
    a.types.every((t, i) => b.types[i] === t)
  );
}

/**
 * What `computeVisibility` depends on besides the graph, as a string: while it stays the same, the previous result
 * (and its hidden sets, which the canvas compares by identity) can be reused. The selection only counts when the ego
 * filter or the top-entities limit is on (the selection is shown beyond the limit).
 */
export function visibilityKey(filters: FilterState, selectedNode: string | null): string {
  const selectionCounts = filters.egoDepth > 0 || filters.topNodes > 0;
  return JSON.stringify([filters.types, filters.neighbours, filters.minWeight, filters.egoDepth, filters.hideIsolated, filters.hideDoubtful, filters.topNodes, selectionCounts ? selectedNode : null]);
}

/**
 * What the canvas emphasises around a node or an edge, as plain data. The hovered node's neighbourhood is drawn on an
 * overlay (only its links and neighbours: O(degree) per hover, whatever the graph's size); the selection goes through
 * sigma's reducers, which read the sets computed here once per change instead of asking the graph per edge.
 * Pure, so it is unit tested without a browser.
 */
import type { Selection, EntenteGraph } from './types.js';

/** Edge thickness (sigma size units) for a co-mention weight: 1 → 0.6, 2 → 1.3, 4 → 2.0, capped at 6. */
export function edgeThickness(weight: unknown): number {
  const w = typeof weight === 'number' && weight > 0 ? weight : 1;
  return Math.min(0.6 + Math.log2(w) * 0.7, 6);
}

export interface NeighbourLink {
  edge: string;
  /** The neighbour at the other end. */
  other: string;
  weight: number;
}

export interface Neighbourhood {
  focus: string;
  /** Visible neighbours, each once. */
  nodes: string[];
  /** Visible links of the focus. */
  links: NeighbourLink[];
}

/**
 * The visible links and neighbours of `focus`, skipping what the filters hide. Undefined when the focus itself is
 * hidden or absent.
 */
export function neighbourhood(
  graph: EntenteGraph,
  focus: string,
  hiddenNodes: ReadonlySet<string> = new Set(),
  hiddenEdges: ReadonlySet<string> = new Set(),
): Neighbourhood | undefined {
  if (!graph.hasNode(focus) || hiddenNodes.has(focus)) return undefined;
  const nodes: string[] = [];
  const links: NeighbourLink[] = [];
  const seen = new Set<string>();
  graph.forEachEdge(focus, (edge, attrs, source, target) => {
    const other = source === focus ? target : source;
    if (hiddenEdges.has(edge) || hiddenNodes.has(other)) return;
    links.push({ edge, other, weight: typeof attrs.weight === 'number' ? attrs.weight : 1 });
    if (!seen.has(other)) {
      seen.add(other);
      nodes.push(other);
    }
  });
  return { focus, nodes, links };
}

/** What a selection emphasises: the focus node (a selected node) or edge, and the nodes and edges drawn strong. */
export interface SelectionEmphasis {
  focus: string | null;
  edge: string | undefined;
  /** Emphasised nodes: the focus and its neighbours, or the selected edge's two ends. Empty: nothing selected. */
  nodes: ReadonlySet<string>;
  /** Edges drawn strong: the focus's links, or the selected edge. */
  edges: ReadonlySet<string>;
}

export function selectionEmphasis(graph: EntenteGraph, selection: Selection): SelectionEmphasis {
  if (selection?.kind === 'node' && graph.hasNode(selection.id)) {
    const nodes = new Set<string>([selection.id]);
    const edges = new Set<string>();
    graph.forEachEdge(selection.id, (edge, _a, source, target) => {
      edges.add(edge);
      nodes.add(source === selection.id ? target : source);
    });
    return { focus: selection.id, edge: undefined, nodes, edges };
  }
  if (selection?.kind === 'edge' && graph.hasNode(selection.source) && graph.hasNode(selection.target)) {
    const edge = graph.edge(selection.source, selection.target);
    return { focus: null, edge, nodes: new Set([selection.source, selection.target]), edges: new Set(edge === undefined ? [] : [edge]) };
  }
  return { focus: null, edge: undefined, nodes: new Set(), edges: new Set() };
}

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'node') return b.kind === 'node' && a.id === b.id;
  return b.kind === 'edge' && a.source === b.source && a.target === b.target;
}

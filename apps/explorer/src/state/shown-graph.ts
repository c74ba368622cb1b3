/**
 * The graph sigma is given: the nodes and links the filters show, as a graph of their own, with only what sigma
 * reads (position, label, weight). Sigma indexes, normalises and uploads every item of its graph, hidden or not, on
 * every full refresh: given the whole UNGDC graph (18,000 entities, 79,000 links) of which big-graph mode shows 1,000
 * and 3,000, its first indexing and draw took ~0.5 s of the main thread, and each correction as long again. Given
 * what is shown, both cost what is shown.
 *
 * `sync` brings the shown graph to what the hidden sets leave of the source, adding, dropping and updating items in
 * place (so sigma's caches of the others stay); `copyPositions` follows the layout's writes. Pure graphology: the
 * canvas (views/canvas.ts) owns one and tells sigma when to look again.
 */
import { UndirectedGraph } from 'graphology';
import type { EntenteGraph } from './types.js';

export interface ShownNodeAttributes {
  x: number;
  y: number;
  label: string;
}
export interface ShownEdgeAttributes {
  weight: number;
}
export type ShownGraphData = UndirectedGraph<ShownNodeAttributes, ShownEdgeAttributes>;

/** The extent of a graph's positions, as sigma's `setCustomBBox` takes it. */
export interface Extent {
  x: [number, number];
  y: [number, number];
}

export class ShownGraph {
  readonly graph: ShownGraphData = new UndirectedGraph<ShownNodeAttributes, ShownEdgeAttributes>();

  constructor(private readonly source: EntenteGraph) {}

  /**
   * Make the shown graph hold the source's nodes not in `hiddenNodes` and its links not in `hiddenEdges` (nor touching
   * a hidden node), with their current attributes. Returns how many items were added, dropped or changed.
   */
  sync(hiddenNodes: ReadonlySet<string>, hiddenEdges: ReadonlySet<string>): number {
    const { graph, source } = this;
    let changes = 0;
    // Links first: dropping a node drops its links, which would be counted twice.
    graph.forEachEdge((edge, _a, s, t) => {
      if (!source.hasEdge(edge) || hiddenEdges.has(edge) || hiddenNodes.has(s) || hiddenNodes.has(t)) {
        graph.dropEdge(edge);
        changes += 1;
      }
    });
    for (const node of graph.nodes()) {
      if (!source.hasNode(node) || hiddenNodes.has(node)) {
        graph.dropNode(node);
        changes += 1;
      }
    }
    source.forEachNode((node, a) => {
      if (hiddenNodes.has(node)) return;
      const x = a.x ?? 0;
      const y = a.y ?? 0;
      const label = a.label;
      if (!graph.hasNode(node)) {
        graph.addNode(node, { x, y, label });
        changes += 1;
        return;
      }
      const mine = graph.getNodeAttributes(node);
      if (mine.x !== x || mine.y !== y || mine.label !== label) {
        graph.replaceNodeAttributes(node, { x, y, label });
        changes += 1;
      }
    });
    source.forEachEdge((edge, a, s, t) => {
      if (hiddenEdges.has(edge) || hiddenNodes.has(s) || hiddenNodes.has(t)) return;
      const weight = a.weight ?? 1;
      if (!graph.hasEdge(edge)) {
        graph.addUndirectedEdgeWithKey(edge, s, t, { weight });
        changes += 1;
      } else if (graph.getEdgeAttribute(edge, 'weight') !== weight) {
        graph.setEdgeAttribute(edge, 'weight', weight);
        changes += 1;
      }
    });
    return changes;
  }

  /** The source's positions onto the shown nodes, in one pass (one event: sigma re-reads positions once). */
  copyPositions(): void {
    const { graph, source } = this;
    if (graph.order === 0) return;
    graph.updateEachNodeAttributes((node, a) => {
      const s = source.hasNode(node) ? source.getNodeAttributes(node) : undefined;
      if (s) {
        a.x = s.x ?? 0;
        a.y = s.y ?? 0;
      }
      return a;
    }, { attributes: ['x', 'y'] });
  }

  /** One source node's attributes changed (a label, a position): the shown copy follows. */
  copyNode(node: string): void {
    if (!this.graph.hasNode(node) || !this.source.hasNode(node)) return;
    const a = this.source.getNodeAttributes(node);
    const mine = this.graph.getNodeAttributes(node);
    if (mine.x !== (a.x ?? 0) || mine.y !== (a.y ?? 0) || mine.label !== a.label) this.graph.replaceNodeAttributes(node, { x: a.x ?? 0, y: a.y ?? 0, label: a.label });
  }

  /**
   * The extent of the whole source's positions: sigma normalises by it (`setCustomBBox`), so the picture does not
   * shift or rescale when a filter shows other entities or a correction hides one at the edge. Undefined when empty.
   */
  sourceExtent(): Extent | undefined {
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    this.source.forEachNode((_node, a) => {
      const x = a.x ?? 0;
      const y = a.y ?? 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    });
    if (minX === Infinity) return undefined;
    // Sigma divides by the extent: a single point (or a line) still needs a width.
    if (maxX === minX) [minX, maxX] = [minX - 1, maxX + 1];
    if (maxY === minY) [minY, maxY] = [minY - 1, maxY + 1];
    return { x: [minX, maxX], y: [minY, maxY] };
  }
}

/**
 * The Sigma canvas. Everything the user sees about nodes and edges — hidden by filters, coloured, sized, faded around
 * the hovered or selected node — is decided in sigma's reducers from a `CanvasLook` the app hands in, so the graph
 * itself is never touched for display (only the layout writes x/y). Hover refreshes skip sigma's re-indexation.
 */
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '@entente/core';
import type { ResourceRegistry } from '../state/registry.js';
import type { EntenteGraph, Selection } from '../state/types.js';

export interface CanvasLook {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  color(node: string): string;
  size(node: string): number;
  selection: Selection;
}

export interface CanvasEvents {
  selectNode(id: string): void;
  selectEdge(source: string, target: string): void;
  clearSelection(): void;
}

/**
 * Above this many edges, edges are not clickable (sigma draws every edge a second time into its picking layer for
 * that) and are hidden while the camera moves: software WebGL (no GPU) cannot redraw 100k edges per frame. Links
 * stay reachable from the details panel's neighbour list.
 */
export const LARGE_GRAPH_EDGES = 20_000;

const FADED_NODE = '#e4e6ea';
const EDGE = '#c5cad3';
const EDGE_FADED = '#eef0f3';
const EDGE_STRONG = '#4a5160';

export class GraphCanvas {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
  private look: CanvasLook;
  private hovered: string | null = null;
  /** The nodes emphasised with the hovered/selected one (its neighbours, or an edge's two ends). */
  private emphasis = new Set<string>();
  private focus: string | null = null;
  private selectedEdge: string | undefined;
  private disposed = false;
  private readonly release: () => void;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    container: HTMLElement,
    private readonly graph: EntenteGraph,
    look: CanvasLook,
    events: CanvasEvents,
    registry: ResourceRegistry,
  ) {
    this.look = look;
    this.updateFocus();
    this.sigma = new Sigma(graph, container, {
      allowInvalidContainer: true,
      enableEdgeEvents: graph.size <= LARGE_GRAPH_EDGES,
      hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES,
      zIndex: true,
      defaultNodeType: 'circle',
      defaultEdgeType: 'line',
      // Labels: only for nodes drawn big enough, and few per screen area, so they stay readable on dense graphs.
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelFont: 'system-ui, -apple-system, "Segoe UI", sans-serif',
      labelSize: 13,
      labelWeight: '600',
      labelColor: { color: '#1b1f24' },
      minCameraRatio: 0.01,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.release = registry.track('sigma');
    // Sigma follows window resizes only; the stage also changes size when the bottom sheet opens on a phone.
    // The observer reports once at start; sigma has just sized itself then, so that first report is skipped.
    let first = true;
    this.resizeObserver = new ResizeObserver(() => {
      if (first || this.disposed) {
        first = false;
        return;
      }
      this.sigma.resize();
      this.sigma.refresh({ skipIndexation: true });
    });
    this.resizeObserver.observe(container);

    this.sigma.on('clickNode', ({ node }) => events.selectNode(node));
    this.sigma.on('clickEdge', ({ edge }) => {
      const [a, b] = graph.extremities(edge);
      events.selectEdge(a, b);
    });
    this.sigma.on('clickStage', () => events.clearSelection());
    this.sigma.on('enterNode', ({ node }) => this.setHovered(node));
    this.sigma.on('leaveNode', () => this.setHovered(null));
    this.sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
    this.sigma.on('leaveEdge', () => (container.style.cursor = ''));
  }

  /** New filters, colours, sizes or selection: a full refresh (hidden items change sigma's indexes). */
  setLook(look: CanvasLook): void {
    if (this.disposed) return;
    this.look = look;
    this.updateFocus();
    this.sigma.refresh();
  }

  setHovered(node: string | null): void {
    if (this.disposed || node === this.hovered) return;
    this.hovered = node;
    this.sigma.getContainer().style.cursor = node ? 'pointer' : '';
    this.updateFocus();
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Move the camera onto a node (after search or a click in the panel). */
  focusNode(id: string): void {
    if (this.disposed) return;
    const data = this.sigma.getNodeDisplayData(id);
    if (!data) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.4) }, { duration: 450 });
  }

  /** Nodes sigma would draw now (not hidden by a reducer): the number a test compares with the filters. */
  displayedNodeCount(): number {
    let n = 0;
    this.graph.forEachNode((node) => {
      if (!this.sigma.getNodeDisplayData(node)?.hidden) n += 1;
    });
    return n;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.resizeObserver.disconnect();
    this.sigma.kill();
    this.release();
  }

  private updateFocus(): void {
    const sel = this.look.selection;
    this.emphasis = new Set();
    this.selectedEdge = undefined;
    this.focus = this.hovered ?? (sel?.kind === 'node' && this.graph.hasNode(sel.id) ? sel.id : null);
    if (this.focus) {
      this.emphasis.add(this.focus);
      this.graph.forEachNeighbor(this.focus, (n) => this.emphasis.add(n));
    } else if (sel?.kind === 'edge' && this.graph.hasNode(sel.source) && this.graph.hasNode(sel.target)) {
      this.selectedEdge = this.graph.edge(sel.source, sel.target);
      this.emphasis.add(sel.source).add(sel.target);
    }
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> = {
      x: data.x ?? 0,
      y: data.y ?? 0,
      label: data.label,
      type: 'circle',
      size: this.look.size(node),
      color: this.look.color(node),
      zIndex: 1,
    };
    if (this.look.hiddenNodes.has(node)) {
      out.hidden = true;
      return out;
    }
    if (this.emphasis.size > 0) {
      if (node === this.focus || (this.selectedEdge !== undefined && this.emphasis.has(node))) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 3;
      } else if (this.emphasis.has(node)) {
        out.zIndex = 2;
      } else {
        out.color = FADED_NODE;
        out.label = '';
        out.zIndex = 0;
      }
    }
    return out;
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const weight = typeof data.weight === 'number' ? data.weight : 1;
    const out: Partial<EdgeDisplayData> = { size: Math.min(0.6 + Math.log2(weight) * 0.7, 6), color: EDGE, zIndex: 1 };
    if (this.look.hiddenEdges.has(edge)) {
      out.hidden = true;
      return out;
    }
    if (edge === this.selectedEdge) {
      out.color = EDGE_STRONG;
      out.size = (out.size ?? 1) + 2;
      out.zIndex = 2;
    } else if (this.focus !== null) {
      if (this.graph.hasExtremity(edge, this.focus)) {
        out.color = EDGE_STRONG;
        out.zIndex = 2;
      } else if (this.hovered !== null) {
        // Hover hides the rest (cheaper to draw, clearer); a selection only fades it, so the context stays.
        out.hidden = true;
      } else {
        out.color = EDGE_FADED;
        out.zIndex = 0;
      }
    } else if (this.selectedEdge !== undefined) {
      out.color = EDGE_FADED;
    }
    return out;
  }
}

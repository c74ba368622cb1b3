/**
 * The Sigma canvas. Everything the user sees about nodes and edges — hidden by filters, coloured, sized, faded around
 * the selection — is decided in sigma's reducers from a `CanvasLook` the app hands in, so the graph itself is never
 * touched for display (only the layout writes x/y). A new look refreshes sigma only when it draws something
 * different. Hover never refreshes sigma: the hovered node's neighbourhood is drawn on an overlay (`HoverLayer`).
 * Nodes and edges are drawn by non-instanced programs (`programs.ts`), ordinary edges of big graphs as 1-px lines
 * (`renderPlan`). Labels never overlap (`LabelBoxes`); big graphs ask for fewer, larger-spaced ones.
 *
 * Sigma is given only what the filters show (`ShownGraph`), not the graph: it indexes and uploads every item of its
 * graph on each full refresh, hidden or not, and big-graph mode shows 1,000 of the full UNGDC graph's 18,000 entities.
 * The shown graph follows the look (`setLook`), the layout's position writes and corrections (`batch`).
 */
import Sigma from 'sigma';
import { drawDiscNodeLabel, EdgeLineProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '@entente/core';
import { edgeThickness, selectionEmphasis, type SelectionEmphasis } from '../state/emphasis.js';
import { sameLook, type CanvasLook } from '../state/look.js';
import type { ResourceRegistry } from '../state/registry.js';
import { renderPlan } from '../state/render-plan.js';
import type { EntenteGraph, Selection } from '../state/types.js';
import { frameAround, frameFor } from '../state/framing.js';
import { LabelBoxes } from '../state/label-boxes.js';
import { HoverLayer } from './hover-layer.js';
import { ShownGraph, type ShownEdgeAttributes, type ShownNodeAttributes } from '../state/shown-graph.js';
import { EdgeQuadProgram, NodeDiscProgram } from './programs.js';

export type { CanvasLook } from '../state/look.js';
/** Sigma as the canvas makes it: over the shown graph. */
export type ShownSigma = Sigma<ShownNodeAttributes, ShownEdgeAttributes>;

export interface CanvasEvents {
  selectNode(id: string): void;
  selectEdge(source: string, target: string): void;
  clearSelection(): void;
}

const FADED_NODE = '#e4e6ea';
const EDGE = '#c5cad3';
const EDGE_FADED = '#eef0f3';
const EDGE_STRONG = '#4a5160';
/** Edge program types: ordinary edges, and the selection's links, drawn after (so above) all ordinary ones. */
const LINE = 'line';
/** Graphs of at most this many entities label every one. */
const LABEL_ALL_UP_TO = 40;
const STRONG = 'strong';

/** Sigma's copy of a node's or an edge's attributes, which the reducers turn into display data. */
type NodeData = Partial<NodeDisplayData>;
type EdgeData = Partial<EdgeDisplayData> & { weight?: unknown };

export class GraphCanvas {
  readonly sigma: ShownSigma;
  /** What sigma draws: the graph's shown part. */
  private readonly shown: ShownGraph;
  /** The hidden sets the shown graph was last brought to (compared by identity, as the look's). */
  private shownFor: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | undefined;
  /** Inside `batch`: the graph's own events are not followed (the shown graph is brought up to date after). */
  private batching = false;
  private readonly unlisten: () => void;
  private look: CanvasLook;
  private emphasis: SelectionEmphasis;
  private readonly hover: HoverLayer;
  private disposed = false;
  /** A small graph names every entity: sigma's label grid would otherwise leave its small nodes unnamed. */
  private readonly labelAll: boolean;
  private readonly release: () => void;
  private readonly resizeObserver: ResizeObserver;
  private readonly labels = new LabelBoxes();
  /** The graph changed with sigma deaf to it (`batch`): the next look refreshes even if it is the same. */
  private stale = false;

  constructor(
    container: HTMLElement,
    private readonly graph: EntenteGraph,
    look: CanvasLook,
    events: CanvasEvents,
    registry: ResourceRegistry,
  ) {
    this.look = look;
    this.emphasis = selectionEmphasis(graph, look.selection);
    this.labelAll = graph.order <= LABEL_ALL_UP_TO;
    const plan = renderPlan(graph.size);
    // Sigma starts on an empty graph (its constructor indexes and draws at once); the shown items come in just after,
    // so the first indexing and draw happen in the next frame, a task of their own, not in this one.
    this.shown = new ShownGraph(graph);
    this.sigma = new Sigma<ShownNodeAttributes, ShownEdgeAttributes>(this.shown.graph, container, {
      allowInvalidContainer: true,
      enableEdgeEvents: plan.edgeEvents,
      hideEdgesOnMove: plan.hideEdgesOnMove,
      zIndex: true,
      defaultNodeType: 'circle',
      defaultEdgeType: LINE,
      nodeProgramClasses: { circle: NodeDiscProgram },
      edgeProgramClasses: { [LINE]: plan.lineEdges ? EdgeLineProgram : EdgeQuadProgram, [STRONG]: EdgeQuadProgram },
      // Labels: only for nodes drawn big enough, and few per screen area, so they stay readable on dense graphs;
      // on big graphs fewer still (one per 120-px cell, the biggest entity's, however small it is drawn: most are small
      // beside the few hubs), and never one over another (drawLabel).
      labelRenderedSizeThreshold: plan.lineEdges ? 0 : 7,
      labelDensity: plan.lineEdges ? 0.5 : 0.6,
      labelGridCellSize: plan.lineEdges ? 120 : 90,
      defaultDrawNodeLabel: (context, data, settings) => this.drawLabel(context, data, settings as unknown as Parameters<typeof drawDiscNodeLabel>[2]),
      labelFont: 'system-ui, -apple-system, "Segoe UI", sans-serif',
      labelSize: 13,
      labelWeight: '600',
      labelColor: { color: '#1b1f24' },
      minCameraRatio: 0.01,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.reduceNode(node, data as unknown as NodeData),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data as unknown as EdgeData),
    });
    this.release = registry.track('sigma');
    this.setBBox();
    this.syncShown(look);
    this.unlisten = this.followGraph();
    this.sigma.on('beforeRender', () => this.labels.reset());
    this.hover = new HoverLayer(this.sigma, graph, () => this.look);
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
      if (!graph.hasEdge(edge)) return;
      const [a, b] = graph.extremities(edge);
      events.selectEdge(a, b);
    });
    this.sigma.on('clickStage', () => events.clearSelection());
    this.sigma.on('enterNode', ({ node }) => this.setHovered(node));
    this.sigma.on('leaveNode', () => this.setHovered(null));
    this.sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
    this.sigma.on('leaveEdge', () => (container.style.cursor = ''));
  }

  /** New filters, colours, sizes or selection: a full refresh (hidden items change sigma's indexes), if any differ. */
  setLook(look: CanvasLook): void {
    if (this.disposed) return;
    const same = sameLook(this.look, look);
    this.look = look;
    if (same && !this.stale) return;
    this.stale = false;
    if (this.syncShown(look)) this.setBBox();
    this.emphasis = selectionEmphasis(this.graph, look.selection);
    // The reducers run now (display data is current at once); processing and drawing wait for the next frame, so
    // changes in one event coalesce, and a selection from search draws its first frames while the camera moves
    // (edges hidden on big graphs) instead of drawing every edge once more before the move starts.
    this.sigma.scheduleRefresh();
  }

  /**
   * Change the graph in many steps (a correction) with sigma deaf to it, then let it index and draw the result once.
   * Sigma answers each dropped node or link by re-indexing the whole graph at once (its refresh is scheduled, its
   * indexing is not): hiding an entity with 1,000 links cost 21 s on the full UNGDC graph. The handlers are sigma's
   * own (`bindGraphHandlers`, what `setGraph` calls), private in its types; sigma is pinned at 3.0.3.
   */
  batch(change: () => void): void {
    if (this.disposed) {
      change();
      return;
    }
    // Sigma listens to the shown graph, which is brought up to date after the change, in the next look (or below).
    this.batching = true;
    try {
      change();
    } finally {
      this.batching = false;
      this.shownFor = undefined;
      if (this.hover.hovered !== null && !this.graph.hasNode(this.hover.hovered)) this.hover.set(null);
      this.emphasis = selectionEmphasis(this.graph, this.look.selection);
      // One refresh (re-indexing every item, ~100 ms on the full graph): the app's next look usually follows at once
      // and does it; if none does, before the next frame.
      this.stale = true;
      queueMicrotask(() => this.refreshIfStale());
    }
  }

  private refreshIfStale(): void {
    if (!this.stale || this.disposed) return;
    this.stale = false;
    this.syncShown(this.look);
    this.setBBox();
    this.sigma.scheduleRefresh();
  }

  /**
   * Bring the shown graph to what `look` shows, unless it already is (same hidden sets, nothing changed since).
   * Sigma is deaf meanwhile (each dropped item would re-index everything) and refreshed once after; returns whether
   * anything changed.
   */
  private syncShown(look: CanvasLook): boolean {
    const done = this.shownFor;
    if (done && done.nodes === look.hiddenNodes && done.edges === look.hiddenEdges) return false;
    this.shownFor = { nodes: look.hiddenNodes, edges: look.hiddenEdges };
    const handlers = this.sigma as unknown as { unbindGraphHandlers(): void; bindGraphHandlers(): void };
    handlers.unbindGraphHandlers();
    let changes = 0;
    try {
      changes = this.shown.sync(look.hiddenNodes, look.hiddenEdges);
    } finally {
      handlers.bindGraphHandlers();
    }
    if (changes > 0) this.sigma.scheduleRefresh();
    return changes > 0;
  }

  /** Sigma normalises positions by the whole graph's extent, so what a filter leaves does not move or rescale. */
  private setBBox(): void {
    const extent = this.shown.sourceExtent();
    if (extent) this.sigma.setCustomBBox(extent);
  }

  /**
   * The graph's own changes outside corrections: the layout's position writes (one event per write) and single
   * attribute updates reach the shown copies; a node or link added or dropped brings the shown graph up to date
   * before the next frame.
   */
  private followGraph(): () => void {
    const graph = this.graph;
    const positions = () => {
      if (this.batching || this.disposed) return;
      this.shown.copyPositions();
      this.setBBox();
    };
    const node = ({ key }: { key: string }) => {
      if (this.batching || this.disposed) return;
      this.shown.copyNode(key);
    };
    const structure = () => {
      if (this.batching || this.disposed || this.stale) return;
      this.shownFor = undefined;
      this.stale = true;
      queueMicrotask(() => this.refreshIfStale());
    };
    graph.on('eachNodeAttributesUpdated', positions);
    graph.on('nodeAttributesUpdated', node);
    const events = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'edgeAttributesUpdated', 'eachEdgeAttributesUpdated', 'cleared', 'edgesCleared'] as const;
    for (const e of events) graph.on(e, structure);
    return () => {
      graph.removeListener('eachNodeAttributesUpdated', positions);
      graph.removeListener('nodeAttributesUpdated', node);
      for (const e of events) graph.removeListener(e, structure);
    };
  }

  /** Emphasise a node's neighbourhood on the overlay (null: none). Sigma is not refreshed. */
  setHovered(node: string | null): void {
    if (this.disposed || node === this.hover.hovered) return;
    this.sigma.getContainer().style.cursor = node ? 'pointer' : '';
    this.hover.set(node);
  }

  /** Move the camera onto a node (after search or a click in the panel). */
  focusNode(id: string): void {
    if (this.disposed) return;
    // Display positions are normalised when sigma processes the graph, which a scheduled refresh (a new selection)
    // does on the next frame: read them after that frame, or the camera flies to raw graph coordinates, off screen.
    this.sigma.once('afterRender', () => {
      if (this.disposed) return;
      const data = this.sigma.getNodeDisplayData(id);
      if (!data) return;
      const camera = this.sigma.getCamera();
      void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.4) }, { duration: 450 });
    });
    this.sigma.scheduleRender();
  }

  /**
   * Move the camera to fit `nodes` (all shown nodes when omitted), after the next frame like `focusNode`, when display
   * positions are current.
   */
  fitNodes(nodes?: Iterable<string>, duration = 450): void {
    if (this.disposed) return;
    this.sigma.once('afterRender', () => {
      if (this.disposed) return;
      const points: Array<{ x: number; y: number }> = [];
      const add = (node: string) => {
        const data = this.sigma.getNodeDisplayData(node);
        if (data && !this.look.hiddenNodes.has(node)) points.push(data);
      };
      if (nodes) for (const node of nodes) add(node);
      else this.shown.graph.forEachNode(add);
      const target = frameFor(points);
      if (target) void this.sigma.getCamera().animate(target, { duration });
    });
    this.sigma.scheduleRender();
  }

  /** The camera on the selection (a node, or both ends of a link), else on everything shown. */
  frameSelection(selection: Selection): void {
    if (selection?.kind === 'node') this.centreOnNeighbourhood(selection.id);
    else if (selection?.kind === 'edge') this.fitNodes([selection.source, selection.target]);
    else if (this.graph.order > 0) this.fitNodes();
  }

    /** The camera on a node, zoomed out enough to show its shown neighbours around it. */
  centreOnNeighbourhood(id: string, duration = 450): void {
    if (this.disposed || !this.graph.hasNode(id)) return;
    this.sigma.once('afterRender', () => {
      const centre = this.sigma.getNodeDisplayData(id);
      if (this.disposed || !centre) return;
      const around: Array<{ x: number; y: number }> = [];
      this.graph.forEachNeighbor(id, (n) => {
        const data = this.sigma.getNodeDisplayData(n);
        if (data && !this.look.hiddenNodes.has(n)) around.push(data);
      });
      void this.sigma.getCamera().animate(frameAround(centre, around), { duration });
    });
    this.sigma.scheduleRender();
  }

    /** Zoom the camera by `factor` (> 1 zooms in) around the centre of the view. */
  zoom(factor: number): void {
    if (this.disposed) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ ratio: camera.getBoundedRatio(camera.ratio / factor) }, { duration: 200 });
  }

  /** Nodes sigma would draw now (not hidden by a reducer): the number a test compares with the filters. */
  displayedNodeCount(): number {
    let n = 0;
    this.shown.graph.forEachNode((node) => {
      const data = this.sigma.getNodeDisplayData(node);
      if (data && !data.hidden) n += 1;
    });
    return n;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.unlisten();
    this.resizeObserver.disconnect();
    this.sigma.kill();
    this.release();
  }

  /** Sigma's label, unless it would cover one drawn before it in this frame (a forced label is always drawn). */
  private drawLabel(context: CanvasRenderingContext2D, data: Parameters<typeof drawDiscNodeLabel>[1], settings: Parameters<typeof drawDiscNodeLabel>[2]): void {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    if (!this.labels.place(data.x + data.size + 2, data.y - size / 2 - 1, width + 4, size + 2, data.forceLabel === true)) return;
    drawDiscNodeLabel(context, data, settings);
  }

  // The reducers fill in the object sigma hands them — already its own shallow copy of the attributes — rather than
  // allocating another one per node and edge on every refresh. Every display field is set each time.

  private reduceNode(node: string, data: NodeData): Partial<NodeDisplayData> {
    const { look, emphasis } = this;
    data.type = 'circle';
    data.x = data.x ?? 0;
    data.y = data.y ?? 0;
    data.size = look.size(node);
    data.color = look.color(node);
    data.zIndex = 1;
    data.highlighted = false;
    data.forceLabel = this.labelAll;
    data.hidden = look.hiddenNodes.has(node);
    // New with documents just added: ringed, and named when they are few.
    if (look.marked?.has(node)) {
      data.highlighted = true;
      data.forceLabel = look.marked.size <= 40;
      data.zIndex = 2;
    }
    if (data.hidden || emphasis.nodes.size === 0) return data;
    if (node === emphasis.focus || (emphasis.edge !== undefined && emphasis.nodes.has(node))) {
      data.highlighted = true;
      data.forceLabel = true;
      data.zIndex = 3;
    } else if (emphasis.nodes.has(node)) {
      data.zIndex = 2;
      // Name the neighbours of a selection when they are few enough to read.
      data.forceLabel = emphasis.nodes.size <= 40;
    } else {
      data.color = FADED_NODE;
      data.label = '';
      data.zIndex = 0;
    }
    return data;
  }

  private reduceEdge(edge: string, data: EdgeData): Partial<EdgeDisplayData> {
    const { emphasis } = this;
    data.type = LINE;
    data.size = edgeThickness(data.weight) + (edge === emphasis.edge ? 2 : 0);
    data.color = EDGE;
    data.hidden = this.look.hiddenEdges.has(edge);
    if (data.hidden) return data;
    if (emphasis.edges.has(edge)) {
      data.type = STRONG;
      data.color = EDGE_STRONG;
    } else if (emphasis.nodes.size > 0) {
      data.color = EDGE_FADED;
    }
    return data;
  }
}

/**
 * One loaded graph and everything it holds: the Sigma canvas, the ForceAtlas2 worker, and caches computed from the
 * graph (search index, metric sizes, communities). Replacing the graph disposes the session — idempotently — and the
 * next one starts clean, so nothing of an old graph outlives it.
 */
import { communities } from '@entente/core/query';
import { GraphCanvas, type CanvasEvents, type CanvasLook } from './views/canvas.js';
import { maxEdgeWeight } from './state/filters.js';
import { scaleSizes, sizeMetric } from './state/metrics.js';
import { assignMissingPositions } from './state/positions.js';
import type { ResourceRegistry } from './state/registry.js';
import { buildSearchIndex, type SearchIndex } from './state/search.js';
import type { EntenteGraph, SizeMetric } from './state/types.js';
import { communityColor } from './views/palette.js';
import type { CommunityLegendItem } from './views/legend.js';
import { LayoutRunner, type LayoutScope, type LayoutStatus } from './workers/layout-runner.js';

export interface CommunityInfo {
  byNode: Map<string, number>;
  items: CommunityLegendItem[];
}

export class GraphSession {
  readonly canvas: GraphCanvas;
  readonly layout: LayoutRunner;
  /** Built on first use (a search, or the page's first idle moment): 18,000 entities take ~30 ms, not needed for the first frame. */
  private index: SearchIndex | undefined;
  private heaviest: number;
  /** How many nodes had no position (and were placed by the seeded initial layout). */
  readonly placed: number;
  private readonly sizeCache = new Map<SizeMetric, Map<string, number>>();
  private communityCache: CommunityInfo | undefined;
  private disposed = false;

  constructor(
    readonly graph: EntenteGraph,
    container: HTMLElement,
    /** The canvas's first look, asked for once the session's caches (sizes, communities) can answer. */
    look: (session: GraphSession) => CanvasLook,
    events: CanvasEvents,
    registry: ResourceRegistry,
    onLayoutChange: (status: LayoutStatus) => void,
    /** What a big graph's layout works on (what the filters show). */
    layoutScope: () => LayoutScope | undefined = () => undefined,
  ) {
    this.placed = assignMissingPositions(graph);
    this.heaviest = maxEdgeWeight(graph);
    this.canvas = new GraphCanvas(container, graph, look(this), events, registry);
    this.layout = new LayoutRunner(graph, registry, onLayoutChange, layoutScope);
  }

  get isDisposed(): boolean {
    return this.disposed;
  }
  get searchIndex(): SearchIndex {
    this.index ??= buildSearchIndex(this.graph);
    return this.index;
  }
  get maxWeight(): number {
    return this.heaviest;
  }

  /**
   * The graph was changed in place (a correction, state/patch-graph.ts): what is computed from it is computed again,
   * lazily where it is costly; sigma has followed the graph's events; the layout rebuilds its matrices if nodes or
   * links came or went.
   */
  graphChanged(structural: boolean): void {
    if (this.disposed) return;
    this.index = undefined;
    this.heaviest = maxEdgeWeight(this.graph);
    this.sizeCache.clear();
    this.communityCache = undefined;
    if (structural) this.layout.graphChanged();
  }

  /** Pixel sizes for a metric, computed once per graph. */
  sizes(metric: SizeMetric): Map<string, number> {
    let sizes = this.sizeCache.get(metric);
    if (!sizes) {
      sizes = scaleSizes(sizeMetric(metric).compute(this.graph));
      this.sizeCache.set(metric, sizes);
    }
    return sizes;
  }

  /** Louvain communities (core's, seeded), computed on first use: it is the slow one on big graphs. */
  communities(): CommunityInfo {
    if (!this.communityCache) {
      const byNode = new Map<string, number>();
      const list = communities(this.graph);
      list.forEach((c) => c.members.forEach((m) => byNode.set(m.id, c.id)));
      const items = list.slice(0, 10).map((c) => ({ color: communityColor(c.id), label: c.strongest.label, size: c.size }));
      this.communityCache = { byNode, items };
    }
    return this.communityCache;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.layout.dispose();
    this.canvas.dispose();
    this.sizeCache.clear();
    this.communityCache = undefined;
  }
}

/**
 * `window.__entente`: a read-only view of the explorer's state for end-to-end tests and benchmarks (counts, the
 * selection, live resources, CSP violations). It exposes no way to change anything: tests drive the page like a user.
 */
import { writeJson } from '@entente/core/export';
import type { ExplorerApp } from './app.js';

export interface TestHook {
  readonly loads: number;
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Documents the graph on screen is counted within (the document filters). */
  readonly documentCount: number;
  readonly visibleNodeCount: number;
  readonly displayedNodeCount: number;
  readonly visibleByType: Record<string, number>;
  readonly selected: string | null;
  readonly panelTitle: string;
  readonly problem: string;
  readonly layoutRunning: boolean;
  readonly resources: Record<string, number>;
  readonly cspViolations: readonly string[];
  readonly nodes: readonly string[];
  /** Corrections (curation rules) in effect. */
  readonly curationRules: number;
  /**
   * The graph on screen as Entente JSON (core's writer), nodes and links in id order as the CLI writes them (a
   * correction changes the graph in place, so entities it adds come last on screen), to compare with the CLI's.
   */
  graphJson(): string;
  /** Entities new with the documents last added, which the canvas marks. */
  readonly markedNodes: readonly string[];
  /** The curation worker: none, idle (not begun), reading, ready or failed. */
  readonly curationWorker: string;
  /** Corrections applied in place since the page opened (a new session would count in `loads` instead). */
  readonly correctionCount: number;
  /** The layout: running, or why it last stopped (converged, budget, paused), or idle; and its iterations. */
  readonly layoutState: string;
  readonly layoutIterations: number;
  /** The top-entities limit in force (0: none) and the minimum link weight. */
  readonly topNodes: number;
  readonly minWeight: number;
  /** The document open in the reader, or null; where texts come from (api, memory or none). */
  readonly readerDocument: string | null;
  readonly textsFrom: string;
  /** The camera's zoom ratio (smaller is closer); 0 without a graph. */
  readonly cameraRatio: number;
  readonly visibleEdgeCount: number;
  /** A node's position in the graph (x, y attributes: the layout's), or null. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** Where a node is drawn, in pixels from the canvas's top left; null when it is not drawn. */
  nodeScreenPosition(id: string): { x: number; y: number } | null;
}

export function installTestHook(app: ExplorerApp): void {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
  const hook: TestHook = Object.freeze({
    get loads() { return app.loadCount; },
    get nodeCount() { return app.graph?.order ?? 0; },
    get edgeCount() { return app.graph?.size ?? 0; },
    get documentCount() { return app.documentsShown; },
    get visibleNodeCount() { return app.currentVisibility?.visibleNodes ?? 0; },
    get displayedNodeCount() { return app.currentSession?.canvas.displayedNodeCount() ?? 0; },
    get visibleByType() { return { ...(app.currentVisibility?.visibleByType ?? {}) }; },
    get selected() {
      const s = app.currentView.selection;
      return s === null ? null : s.kind === 'node' ? s.id : `${s.source}|${s.target}`;
    },
    get panelTitle() { return document.querySelector('#details h2')?.textContent ?? ''; },
    get problem() { return app.problem; },
    get layoutRunning() { return app.currentSession?.layout.running ?? false; },
    get resources() {
      return { ...app.registry.counts(), ...countCanvases() };
    },
    get cspViolations() { return [...violations]; },
    get cameraRatio() { return app.currentSession?.canvas.sigma.getCamera().ratio ?? 0; },
    get visibleEdgeCount() { return app.currentVisibility?.visibleEdges ?? 0; },
    get nodes() { return app.graph?.nodes() ?? []; },
    get curationRules() { return app.curation.log.rules.length; },
    graphJson() { return app.graph ? sortedJson(writeJson(app.graph)) : ''; },
    get correctionCount() { return app.correctionCount; },
    get markedNodes() { return app.addedEntities; },
    get curationWorker() { return app.curation.workerState; },
    get layoutState() {
      const status = app.currentSession?.layout.status;
      return !status ? 'none' : status.running ? 'running' : (status.stopped ?? 'idle');
    },
    get layoutIterations() { return app.currentSession?.layout.status.iterations ?? 0; },
    get topNodes() { return app.currentView.filters.topNodes; },
    get minWeight() { return app.currentView.filters.minWeight; },
    get readerDocument() { return app.readerDocument; },
    get textsFrom() { return app.textsFrom; },
    nodePosition(id: string) {
      const a = app.graph?.hasNode(id) ? app.graph.getNodeAttributes(id) : undefined;
      return a && Number.isFinite(a.x) && Number.isFinite(a.y) ? { x: a.x!, y: a.y! } : null;
    },
    nodeScreenPosition(id: string) {
      const sigma = app.currentSession?.canvas.sigma;
      const data = sigma?.getNodeDisplayData(id);
      if (!sigma || !data || data.hidden) return null;
      const { x, y } = sigma.framedGraphToViewport(data);
      return { x, y };
    },
  });
  Object.defineProperty(window, '__entente', { value: hook, writable: false, configurable: false });
}

function sortedJson(json: string): string {
  const data = JSON.parse(json) as { nodes: Array<{ key: string }>; edges: Array<{ key?: string; source: string; target: string }> };
  const key = (e: { key?: string; source: string; target: string }) => e.key ?? `${e.source}\u0000${e.target}`;
  data.nodes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  data.edges.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return JSON.stringify(data);
}

/**
 * Canvases in the page, and among them sigma's WebGL node layers (one per live renderer). Counted by element, not by
 * probing getContext, which would create a context on a canvas that has none.
 */
function countCanvases(): { canvases: number; webglCanvases: number } {
  return {
    canvases: document.querySelectorAll('canvas').length,
    webglCanvases: document.querySelectorAll('canvas.sigma-nodes, canvas.sigma-edges, canvas.sigma-hoverNodes').length,
  };
}

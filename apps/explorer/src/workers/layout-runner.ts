/**
 * ForceAtlas2 for one graph, from the main thread: builds the matrices, starts our layout worker
 * (`layout-worker.ts`), and writes the positions it computes back onto the graph — sigma redraws on its own. Writes are
 * paced: the next positions are asked for only after the page has drawn the last ones, and on big graphs not more
 * often than `minFrameGapMs` plus the time the last write and frame took, so the page keeps most of its frames for
 * the user. The layout stops by itself (converged, or its budget spent); the user can pause and resume it. After the
 * graph's structure changes (a correction), `graphChanged()` rebuilds the matrices. `dispose()` kills the worker.
 *
 * On a big graph the layout is of what is shown (`scope`: the filters' hidden sets): the thousand entities big-graph
 * mode shows are laid out among themselves in seconds, where 18,000 took the whole budget to give a disc whose
 * shown part was scattered; every write then also costs sigma less. Hidden entities keep their places (the
 * community placement's) until they are shown and the layout runs again.
 */
import type { ResourceRegistry } from '../state/registry.js';
import type { EntenteGraph } from '../state/types.js';
import { PPN } from '../state/convergence.js';
import { BIG_LAYOUT_NODES, layoutPlan, type LayoutPlan } from '../state/layout-settings.js';
import type { FromLayout, StopReason, ToLayout } from './layout-protocol.js';

const PPE = 3;

/** What the layout leaves out: the filters' hidden nodes and links. */
export interface LayoutScope {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
}

/**
 * Node and edge matrices in graphology-layout-forceatlas2's layout, of the graph or of what `scope` leaves; mass is
 * 1 + degree (within the scope), as in Gephi. `keys`: the nodes in matrix order (undefined: all, in graph order).
 */
export function layoutMatrices(graph: EntenteGraph, scope?: LayoutScope): { nodes: Float32Array; edges: Float32Array; keys?: string[] } {
  const index = new Map<string, number>();
  const keys: string[] = [];
  graph.forEachNode((node) => {
    if (scope?.hiddenNodes.has(node)) return;
    index.set(node, keys.length * PPN);
    keys.push(node);
  });
  const links: Array<[number, number, number]> = [];
  const nodes = new Float32Array(keys.length * PPN);
  graph.forEachEdge((edge, a, source, target) => {
    if (scope?.hiddenEdges.has(edge)) return;
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) return;
    links.push([s, t, Math.max(1e-3, a.weight ?? 1)]);
    nodes[s + 6] = nodes[s + 6]! + 1;
    nodes[t + 6] = nodes[t + 6]! + 1;
  });
  keys.forEach((node, i) => {
    const a = graph.getNodeAttributes(node);
    const j = i * PPN;
    nodes[j] = a.x ?? 0;
    nodes[j + 1] = a.y ?? 0;
    nodes[j + 6] = nodes[j + 6]! + 1;
    nodes[j + 7] = 1;
    nodes[j + 8] = 1;
  });
  const edges = new Float32Array(links.length * PPE);
  links.forEach(([s, t, w], k) => {
    edges[k * PPE] = s;
    edges[k * PPE + 1] = t;
    edges[k * PPE + 2] = w;
  });
  return { nodes, edges, keys: keys.length === graph.order ? undefined : keys };
}

export interface LayoutStatus {
  running: boolean;
  /** Why the last run stopped, once one has. */
  stopped?: StopReason;
  iterations: number;
  ms: number;
}

export class LayoutRunner {
  private readonly worker: Worker;
  private readonly release: () => void;
  private readonly plan: LayoutPlan;
  private generation = 0;
  /** The worker holds matrices of the graph's current structure. */
  private current = false;
  private isRunning = false;
  private disposed = false;
  private waiting: ReturnType<typeof setTimeout> | undefined;
  private last: LayoutStatus = { running: false, iterations: 0, ms: 0 };
  /** The nodes the worker lays out, in its order, when not all of them (a scoped layout). */
  private keys: Map<string, number> | undefined;
  private readonly scoped: boolean;

  constructor(
    private readonly graph: EntenteGraph,
    registry: ResourceRegistry,
    private readonly onChange: (status: LayoutStatus) => void = () => {},
    private readonly scope: () => LayoutScope | undefined = () => undefined,
  ) {
    this.plan = layoutPlan(graph.order);
    this.scoped = graph.order >= BIG_LAYOUT_NODES;
    this.worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'entente-layout' });
    this.worker.onmessage = (event: MessageEvent<FromLayout>) => this.receive(event.data);
    this.release = registry.track('layout-worker');
  }

  get running(): boolean {
    return !this.disposed && this.isRunning;
  }
  get status(): LayoutStatus {
    return { ...this.last, running: this.running };
  }
  /** The automatic run's budget for this graph. */
  get budgetMs(): number {
    return this.plan.budgetMs;
  }

  /** Run until the layout converges or `budgetMs` (the plan's by default) has passed; resumes a paused run. */
  start(budgetMs = this.plan.budgetMs): void {
    if (this.disposed || this.isRunning || this.graph.order < 2) return;
    if (this.current) this.send({ kind: 'resume', budgetMs });
    else {
      const { nodes, edges, keys } = layoutMatrices(this.graph, this.scoped ? this.scope() : undefined);
      if (nodes.length < 2 * PPN) return;
      this.keys = keys && new Map(keys.map((k, i) => [k, i * 2]));
      this.generation += 1;
      this.current = true;
      this.send({ kind: 'start', generation: this.generation, nodes, edges, settings: this.plan.settings, budgetMs }, [nodes.buffer, edges.buffer]);
    }
    this.isRunning = true;
    this.last = { running: true, iterations: this.last.iterations, ms: 0 };
    this.onChange(this.status);
    this.askSoon(0);
  }

  stop(): void {
    if (this.disposed || !this.isRunning) return;
    this.send({ kind: 'pause' });
    // The worker answers with its last positions ("stopped"); until then the button already says it is paused.
    this.isRunning = false;
    this.clearWait();
    this.onChange(this.status);
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  /**
   * Nodes or links were added or removed: the worker's matrices no longer match. A running layout starts again on the
   * new structure (from the positions on the graph); a stopped one will when it is next started.
   */
  graphChanged(): void {
    if (this.disposed) return;
    this.current = false;
    this.generation += 1;
    if (this.isRunning) {
      this.isRunning = false;
      this.send({ kind: 'pause' });
      this.start();
    }
  }

  /** What is shown changed (filters): on a big graph, what the layout works on changes with it. */
  scopeChanged(): void {
    if (this.scoped) this.graphChanged();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clearWait();
    this.worker.terminate();
    this.release();
  }

  private send(msg: ToLayout, transfer: Transferable[] = []): void {
    this.worker.postMessage(msg, transfer);
  }

  private receive(msg: FromLayout): void {
    if (this.disposed || msg.generation !== this.generation) return;
    const t0 = performance.now();
    this.apply(msg.xy);
    if (msg.kind === 'stopped') {
      this.isRunning = false;
      this.clearWait();
      this.last = { running: false, stopped: msg.reason, iterations: msg.iterations, ms: msg.ms };
      this.onChange(this.status);
      return;
    }
    this.last = { ...this.last, iterations: msg.iterations };
    // Ask again once the frame with these positions is drawn, and after a pause as long as that took (at least the
    // plan's gap): on a big graph the page then spends at most about half its time drawing the layout.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const cost = performance.now() - t0;
      this.askSoon(this.plan.minFrameGapMs > 0 ? Math.max(this.plan.minFrameGapMs, cost) : 0);
    }));
  }

  private askSoon(ms: number): void {
    this.clearWait();
    this.waiting = setTimeout(() => {
      this.waiting = undefined;
      if (this.running) this.send({ kind: 'positions' });
    }, ms);
  }

  private clearWait(): void {
    if (this.waiting !== undefined) clearTimeout(this.waiting);
    this.waiting = undefined;
  }

  /** x/y in one pass, with the hint sigma uses to know only positions changed. */
  private apply(xy: Float32Array): void {
    const keys = this.keys;
    if (keys) {
      if (xy.length !== keys.size * 2) return;
      this.graph.updateEachNodeAttributes((node, a) => {
        const i = keys.get(node);
        if (i !== undefined) {
          a.x = xy[i]!;
          a.y = xy[i + 1]!;
        }
        return a;
      }, { attributes: ['x', 'y'] });
      return;
    }
    if (xy.length !== this.graph.order * 2) return;
    let i = 0;
    this.graph.updateEachNodeAttributes((_node, a) => {
      a.x = xy[i]!;
      a.y = xy[i + 1]!;
      i += 2;
      return a;
    }, { attributes: ['x', 'y'] });
  }
}

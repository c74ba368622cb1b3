/**
 * The page's side of the curation worker (`curation-worker.ts`): made with the graph's source when the graph is on
 * screen, it reads the graph once begun, then answers with the graph a rules list gives, as a diff. Answers come in the order asked. `dispose()`
 * terminates it; a failed worker says so once (`failed`), and the curation controller then applies rules here.
 */
import type { CurationReport, Rule } from '@entente/core';
import type { GraphDiff } from '../state/patch-graph.js';
import type { ResourceRegistry } from '../state/registry.js';
import type { FromCuration, ToCuration } from './curation-protocol.js';
import type { LoadRequest } from './load-protocol.js';

export interface CurationAnswer {
  diff: GraphDiff;
  report: CurationReport;
  movedTo: ReadonlyMap<string, string>;
}

export class CurationWorker {
  private readonly worker: Worker;
  private readonly release: () => void;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (a: CurationAnswer) => void; reject: (e: Error) => void }>();
  private disposed = false;
  private begun = false;
  private problem: string | undefined;
  /** Resolves true once the worker holds the graph, false if it cannot. */
  readonly ready: Promise<boolean>;

  constructor(request: LoadRequest, registry: ResourceRegistry) {
    this.worker = new Worker(new URL('./curation-worker.ts', import.meta.url), { type: 'module', name: 'entente-curation' });
    this.release = registry.track('curation-worker');
    let settleReady: (ok: boolean) => void = () => {};
    this.ready = new Promise<boolean>((ok) => (settleReady = ok));
    this.worker.onmessage = (event: MessageEvent<FromCuration>) => {
      const msg = event.data;
      if (msg.kind === 'ready') {
        this.isReady = true;
        settleReady(true);
      }
      else if (msg.kind === 'failed') {
        this.problem = msg.message;
        settleReady(false);
        for (const w of this.waiting.values()) w.reject(new Error(msg.message));
        this.waiting.clear();
      } else {
        const w = this.waiting.get(msg.id);
        this.waiting.delete(msg.id);
        w?.resolve({ diff: msg.diff, report: msg.report, movedTo: new Map(msg.movedTo) });
      }
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.problem = event.message || 'the curation worker failed';
      settleReady(false);
    };
    this.request = request;
  }

  private readonly request: LoadRequest;

  /**
   * Read the graph now (once). Not at construction: reading a big graph again takes seconds of a core, which the
   * first layout needs more; the app begins it when the layout stops, or the first correction does.
   */
  begin(): Promise<boolean> {
    if (!this.begun) {
      this.begun = true;
      this.send({ kind: 'open', request: this.request });
    }
    return this.ready;
  }

  /** Where the worker is: not begun, reading its graph, ready, or failed. */
  get state(): 'idle' | 'reading' | 'ready' | 'failed' {
    return this.problem ? 'failed' : !this.begun ? 'idle' : this.isReady ? 'ready' : 'reading';
  }
  private isReady = false;

  get failed(): string | undefined {
    return this.problem;
  }

  /** Documents built in the page joined the graph as opened. */
  add(graph: unknown): void {
    this.send({ kind: 'add', graph });
  }

  /** The graph `rules` give, as a diff from the last answer. */
  apply(rules: readonly Rule[]): Promise<CurationAnswer> {
    if (this.disposed || this.problem) return Promise.reject(new Error(this.problem ?? 'explorer: the curation worker is gone'));
    const id = this.nextId++;
    const answer = new Promise<CurationAnswer>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.send({ kind: 'apply', id, rules: [...rules] });
    return answer;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.worker.terminate();
    for (const w of this.waiting.values()) w.reject(new Error('explorer: the curation worker is gone'));
    this.waiting.clear();
    this.release();
  }

  private send(msg: ToCuration): void {
    if (!this.disposed) this.worker.postMessage(msg);
  }
}

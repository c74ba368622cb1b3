/**
 * Loading a graph through the load worker (`load-worker.ts`): the worker parses, the page only adds the chunks it
 * sends to a new graph, one short task per chunk, so it keeps drawing and answering while a big graph comes in. One
 * worker per load, terminated when the load ends or is cancelled.
 */
import { UndirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '@entente/core';
import { FileProblem } from '../state/graph-io.js';
import type { ResourceRegistry } from '../state/registry.js';
import type { EntenteGraph } from '../state/types.js';
import type { LoadMessage, LoadRequest } from './load-protocol.js';
import { oneShot } from './one-shot.js';

export type LoadOutcome =
  | { kind: 'graph'; graph: EntenteGraph; warnings: string[]; placed: number }
  | { kind: 'missing'; status: number; fallback: boolean }
  | { kind: 'unreachable' };

export interface LoadProgress {
  stage: 'fetching' | 'parsing' | 'placing' | 'adding';
  done: number;
  total: number;
}

export interface LoadHandle {
  result: Promise<LoadOutcome>;
  cancel(): void;
}

export class LoadCancelled extends Error {
  override name = 'LoadCancelled';
  constructor() {
    super('explorer: the load was cancelled');
  }
}

export function loadInWorker(request: LoadRequest, registry: ResourceRegistry, onProgress: (p: LoadProgress) => void = () => {}): LoadHandle {
  const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module', name: 'entente-load' });
  const { result, finish } = oneShot<LoadOutcome>(worker, registry, 'load-worker', 'load worker');

  let graph: EntenteGraph | undefined;
  let total = 0;
  let done = 0;
  worker.onmessage = (event: MessageEvent<LoadMessage>) => {
    const msg = event.data;
    try {
      if (msg.kind === 'progress') onProgress({ stage: msg.stage, done: 0, total: 0 });
      else if (msg.kind === 'missing' || msg.kind === 'unreachable') finish(msg);
      else if (msg.kind === 'error') finish(msg.fileProblem ? new FileProblem(msg.message) : new Error(msg.message));
      else if (msg.kind === 'graph') {
        graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: msg.allowSelfLoops });
        graph.replaceAttributes(msg.attributes);
        total = msg.order + msg.size;
      } else if (msg.kind === 'reserve') {
        const reserve = graph!.getAttribute('reserve') ?? { nodes: [], edges: [] };
        reserve.nodes.push(...msg.nodes);
        reserve.edges.push(...msg.edges);
        graph!.setAttribute('reserve', reserve);
      } else if (msg.kind === 'nodes') {
        for (const [key, attrs] of msg.nodes) graph!.addNode(key, attrs);
        done += msg.nodes.length;
        onProgress({ stage: 'adding', done, total });
      } else if (msg.kind === 'edges') {
        for (const [key, s, t, attrs] of msg.edges) graph!.addUndirectedEdgeWithKey(key, s, t, attrs);
        done += msg.edges.length;
        onProgress({ stage: 'adding', done, total });
      } else if (msg.kind === 'done') finish({ kind: 'graph', graph: graph!, warnings: msg.warnings, placed: msg.placed });
    } catch (error) {
      finish(error instanceof Error ? error : new Error(String(error)));
    }
  };
  worker.postMessage(request);
  return { result, cancel: () => finish(new LoadCancelled()) };
}

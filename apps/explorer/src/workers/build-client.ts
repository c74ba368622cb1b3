/**
 * Starting, following and stopping a build worker. One worker per build: it is terminated when the build ends, fails
 * or is cancelled, and counted in the resource registry while it lives.
 */
import type { Document, DocumentRecord } from '@entente/core';
import type { ResourceRegistry } from '../state/registry.js';
import type { BuildMessage, BuildRequest } from './build-protocol.js';
import { oneShot } from './one-shot.js';

export interface BuildHandle {
  /** Resolves with the serialised graph, rejects on a build error or cancel. */
  result: Promise<BuildOutcome>;
  cancel(): void;
}

/** The serialised graph and each document's record (text, sentences, mentions) for the reader. */
export interface BuildOutcome {
  graph: unknown;
  records: DocumentRecord[];
  ms: number;
}

export class BuildCancelled extends Error {
  override name = 'BuildCancelled';
  constructor() {
    super('explorer: the build was cancelled');
  }
}

export function startBuild(documents: Document[], registry: ResourceRegistry, onProgress: (done: number, total: number) => void): BuildHandle {
  // Vite bundles this URL as a separate module worker chunk (worker.format 'es').
  const worker = new Worker(new URL('./build-worker.ts', import.meta.url), { type: 'module', name: 'entente-build' });
  const { result, finish } = oneShot<BuildOutcome>(worker, registry, 'build-worker', 'build worker');

  worker.onmessage = (event: MessageEvent<BuildMessage>) => {
    const msg = event.data;
    if (msg.kind === 'progress') onProgress(msg.done, msg.total);
    else if (msg.kind === 'done') finish({ graph: msg.graph, records: msg.records, ms: msg.ms });
    else finish(new Error(msg.message));
  };
  const request: BuildRequest = { documents };
  worker.postMessage(request);
  return { result, cancel: () => finish(new BuildCancelled()) };
}

/**
 * A worker that does one job and ends: its answer settles a promise once, and whatever settles it (the answer, an
 * error, a cancel) terminates the worker and counts it released in the resource registry. The load and build clients
 * share this; the layout and curation workers live on and have their own.
 */
import type { ResourceKind, ResourceRegistry } from '../state/registry.js';

export interface OneShot<T> {
  result: Promise<T>;
  /** Settle with an answer or an error; later calls do nothing. */
  finish(outcome: T | Error): void;
}

/** `what` names the worker in the error its crash gives ("the load worker failed: …"). */
export function oneShot<T>(worker: Worker, registry: ResourceRegistry, kind: ResourceKind, what: string): OneShot<T> {
  const release = registry.track(kind);
  let settle: { resolve: (v: T) => void; reject: (e: Error) => void } | undefined;
  const result = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (outcome: T | Error): void => {
    if (!settle) return;
    const s = settle;
    settle = undefined;
    worker.terminate();
    release();
    if (outcome instanceof Error) s.reject(outcome);
    else s.resolve(outcome);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(new Error(`the ${what} failed: ${event.message || 'unknown error (see the console)'}`));
  };
  return { result, finish };
}

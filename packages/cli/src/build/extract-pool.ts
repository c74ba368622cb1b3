/**
 * Parallel extraction: documents are sent in batches to a piscina pool of worker threads, with a bounded number of
 * batches in flight so memory does not grow with the corpus. Results come back in any order; the reduce they feed is
 * order-independent, so the graph is the same for 1 or N workers.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Document, ExtractOptions } from '@entente/core';
import { extractBatch, type BatchItem } from './extract-task.js';

export interface Extractor {
  /** Queue a document; resolves when there is room for more (back-pressure). Rejects once onItem has thrown. */
  push(doc: Document): Promise<void>;
  /** Wait for every queued document. Rejects with the first error onItem threw. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtractorOptions {
  workers: number;
  batchSize?: number;
  options: Partial<ExtractOptions>;
  /** Called on the main thread with each result. An error it throws fails the extraction (it is never retried). */
  onItem(item: BatchItem): void;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/** In-process extraction, for small inputs and `--workers 0`. */
function inProcess({ options, onItem }: ExtractorOptions): Extractor {
  return {
    async push(doc) {
      for (const item of extractBatch({ docs: [doc], options })) onItem(item);
    },
    async flush() {},
    async close() {},
  };
}

/** Runs batches on a piscina pool of worker threads; shared by local builds and `entente worker`. */
export interface BatchRunner {
  run(docs: Document[], options: Partial<ExtractOptions>): Promise<BatchItem[]>;
  close(): Promise<void>;
}

export function createBatchRunner(workers: number): BatchRunner {
  const pool = new Piscina({
    filename: new URL('./extract-worker.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // The KB and the wink model load once per worker; keep workers alive for the whole build.
    idleTimeout: 60_000,
  });
  const run = (docs: Document[], options: Partial<ExtractOptions>): Promise<BatchItem[]> => pool.run({ docs, options: serialisable(options) });
  return {
    /**
     * The results of a batch. Only a rejected pool.run means a worker died, taking its batch with it: the batch's
     * documents are then retried one by one, so that only the document that kills a worker is lost, and reported.
     */
    async run(docs, options) {
      try {
        return await run(docs, options);
      } catch (error) {
        if (docs.length === 1) return [workerFailed(docs[0]!, error)];
      }
      const singles = await Promise.all(docs.map((doc) => run([doc], options).catch((error: unknown) => [workerFailed(doc, error)])));
      return singles.flat();
    },
    async close() {
      await pool.destroy();
    },
  };
}

export function createExtractor(o: ExtractorOptions): Extractor {
  if (o.workers <= 0) return inProcess(o);
  const pool = createBatchRunner(o.workers);
  const batchSize = o.batchSize ?? 8;
  const maxInFlight = o.workers * 3;
  const inFlight = new Set<Promise<void>>();
  let batch: Document[] = [];
  // The first error thrown by onItem. It is kept rather than left to reject its task, because a task nobody awaits
  // would be an unhandled rejection; push and flush rethrow it.
  let failure: { error: unknown } | undefined;
  const extract = (docs: Document[]): Promise<BatchItem[]> => pool.run(docs, o.options);

  // onItem runs after extract has settled, outside its retry, so an error of the main thread's reduce is never
  // mistaken for a dead worker (a retry would add the batch's documents to the graph a second time).
  const deliver = (items: BatchItem[]): void => {
    for (const item of items) {
      if (failure) return; // the graph is in an unknown state: stop feeding it
      o.onItem(item);
    }
  };

  const send = (docs: Document[]): void => {
    const task: Promise<void> = extract(docs)
      .then(deliver)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };

  const rethrow = (): void => {
    if (failure) throw failure.error;
  };

  return {
    async push(doc) {
      rethrow();
      batch.push(doc);
      if (batch.length >= batchSize) {
        send(batch);
        batch = [];
      }
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      rethrow();
    },
    async flush() {
      if (batch.length) send(batch);
      batch = [];
      while (inFlight.size) await Promise.race(inFlight);
      rethrow();
    },
    async close() {
      await pool.close();
    },
  };
}

function workerFailed(doc: Document, error: unknown): BatchItem {
  return { ok: false, id: doc.id, error: `worker failed: ${(error as Error)?.message ?? String(error)}` };
}

/** Options cross a thread boundary by structured clone: the KB object and added stages (functions) stay behind (workers load their own). */
function serialisable(options: Partial<ExtractOptions>): Partial<ExtractOptions> {
  const { kb: _kb, addStages: _addStages, ...rest } = options;
  return rest;
}

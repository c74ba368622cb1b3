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
  /** Queue a document; resolves when there is room for more (back-pressure). */
  push(doc: Document): Promise<void>;
  /** Wait for every queued document. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtractorOptions {
  workers: number;
  batchSize?: number;
  options: Partial<ExtractOptions>;
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

export function createExtractor(o: ExtractorOptions): Extractor {
  if (o.workers <= 0) return inProcess(o);
  const pool = new Piscina({
    filename: new URL('./extract-worker.mjs', import.meta.url).href,
    minThreads: o.workers,
    maxThreads: o.workers,
    // The KB and the wink model load once per worker; keep workers alive for the whole build.
    idleTimeout: 60_000,
  });
  const batchSize = o.batchSize ?? 8;
  const maxInFlight = o.workers * 3;
  const inFlight = new Set<Promise<void>>();
  let batch: Document[] = [];

  const retry = (doc: Document): Promise<void> =>
    pool.run({ docs: [doc], options: serialisable(o.options) }).then(
      (items: BatchItem[]) => items.forEach((item) => o.onItem(item)),
      (error: unknown) => o.onItem({ ok: false, id: doc.id, error: `worker failed: ${(error as Error)?.message ?? String(error)}` }),
    );

  const send = (docs: Document[]): void => {
    const task: Promise<void> = pool
      .run({ docs, options: serialisable(o.options) })
      .then((items: BatchItem[]) => {
        for (const item of items) o.onItem(item);
      })
      .catch(async (error: unknown) => {
        // A worker that dies takes its batch with it. Retry the batch's documents one by one, so that only the
        // document that kills a worker is lost, and report it.
        if (docs.length === 1) {
          o.onItem({ ok: false, id: docs[0]!.id, error: `worker failed: ${(error as Error)?.message ?? String(error)}` });
          return;
        }
        await Promise.all(docs.map((d) => retry(d)));
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };

  return {
    async push(doc) {
      batch.push(doc);
      if (batch.length >= batchSize) {
        send(batch);
        batch = [];
      }
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    },
    async flush() {
      if (batch.length) send(batch);
      batch = [];
      while (inFlight.size) await Promise.race(inFlight);
    },
    async close() {
      await pool.destroy();
    },
  };
}

/** Options cross a thread boundary by structured clone: functions and the KB object stay behind (workers load their own). */
function serialisable(options: Partial<ExtractOptions>): Partial<ExtractOptions> {
  const { kb: _kb, detectors: _detectors, ...rest } = options;
  return rest;
}

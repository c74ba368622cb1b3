/**
 * The coordinator's side of a distributed build (`entente build --queue URL`): the same Extractor as a local build,
 * but batches go to a BullMQ queue in Redis and results come back from `entente worker` processes. The reduce in
 * build.ts is unchanged, and order-independent, so the graph is byte-identical to a local build.
 */
import { Job, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Document } from '@entente/core';
import type { Extractor, ExtractorOptions } from '../build/extract-pool.js';
import type { BatchItem } from '../build/extract-task.js';
import { checkRedis, QueueError, reason, type RedisTarget } from './connection.js';
import { BATCH_SIZE, QUEUE_NAME, jobId, pipelineId, type JobData, type JobResult } from './protocol.js';

export interface QueueExtractorOptions extends Omit<ExtractorOptions, 'workers'> {
  target: RedisTarget;
  /** Reuse results already in Redis for the same batches (an interrupted build, or one run with keepQueue). */
  resume: boolean;
  /** Leave the build's jobs and results in Redis at the end. */
  keepQueue: boolean;
  /** Batches waiting or running at once; bounds Redis memory whatever the corpus size. */
  maxPending?: number;
}

const WHO = 'entente build --queue';
/** How often pending jobs are looked at directly, in case an event was missed (a reconnect drops pub/sub events). */
const SWEEP_MS = 2000;
/** Consecutive failed PINGs (one per sweep) after which Redis counts as lost. */
const MAX_MISSED_PINGS = 3;

export async function createQueueExtractor(o: QueueExtractorOptions): Promise<Extractor> {
  let client: Redis = await checkRedis(WHO, o.target);
  // BullMQ's own connections retry for ever (right for long builds through a blip); the sweep's PING decides when
  // Redis is gone for good. maxRetriesPerRequest null is what BullMQ requires of blocking connections.
  const connection = { ...o.target.options, maxRetriesPerRequest: null };
  // Completion events carry results; a short event stream keeps Redis memory bounded (a missed event is caught by the sweep).
  const queue = new Queue<JobData, JobResult, 'extract'>(QUEUE_NAME, { connection, streams: { events: { maxLen: 500 } } });
  const events = new QueueEvents(QUEUE_NAME, { connection });
  const quiet = (): void => {}; // connection errors are reported by the sweep, in one line
  queue.on('error', quiet);
  events.on('error', quiet);
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);

  const pipeline = pipelineId();
  const maxPending = o.maxPending ?? 64;
  const pending = new Set<string>();
  const settled = new Set<string>();
  const removals = new Set<Promise<unknown>>();
  const delivered = new Set<string>();
  const redeliver = process.env.ENTENTE_TEST_REDELIVER === '1';
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  let batch: Document[] = [];
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  // Settles when the build fails: a call to Redis waits for ever for a Redis that is gone, so calls race this.
  let signalFailure: () => void = () => {};
  const failed = new Promise<void>((resolve) => (signalFailure = resolve));
  const fail = (error: unknown): void => {
    failure ??= { error };
    signalFailure();
    notify();
  };
  const rethrow = (): void => {
    if (failure) throw failure.error;
  };
  const waitForChange = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  /** Fold a batch's items; a document already delivered (a batch seen twice, or overlapping) is counted once. */
  const deliver = (items: BatchItem[]): void => {
    for (const item of items) {
      if (failure) return;
      const id = item.ok ? item.result.docId : item.id;
      if (delivered.has(id)) continue;
      delivered.add(id);
      o.onItem(item);
    }
  };

  /** Fold a finished job's result, once, and drop it from Redis. */
  const complete = (id: string, items: JobResult): void => {
    if (settled.has(id) || !pending.has(id)) return;
    settled.add(id);
    pending.delete(id);
    try {
      deliver(items);
      if (redeliver) deliver(items); // the tests' stand-in for a batch delivered twice
    } catch (error) {
      fail(error);
    }
    // A folded result is dropped from Redis at once, so Redis holds at most maxPending batches whatever the corpus
    // size; --keep-queue keeps them all (for --resume), at the cost measured in the README.
    if (!o.keepQueue) {
      const removal: Promise<unknown> = queue
        .remove(id)
        .catch(() => 0)
        .finally(() => removals.delete(removal));
      removals.add(removal);
    }
    notify();
  };

  /** Look at a job in Redis and fold its result if it is done. Safe to call any number of times for one job. */
  const settle = async (id: string): Promise<void> => {
    if (settled.has(id) || !pending.has(id)) return;
    // The state first: reading the whole job would fetch its documents again, on every sweep.
    const state = await queue.getJobState(id);
    if ((state !== 'completed' && state !== 'failed') || settled.has(id)) return;
    const job = await Job.fromId<JobData, JobResult>(queue, id);
    if (!job || settled.has(id)) return;
    if (state === 'completed') complete(id, job.returnvalue);
    else if (state === 'failed' && !settled.has(id)) {
      settled.add(id);
      pending.delete(id);
      fail(new QueueError(`${WHO}: batch ${id} failed: ${job.failedReason.split('\n')[0]}`));
    }
  };
  const settleQuietly = (id: string): void => void settle(id).catch((error: unknown) => fail(new QueueError(`${WHO}: cannot read batch ${id} from Redis: ${reason(error)}`)));
  // The event carries the result: no second read of the job (which would fetch its documents again).
  events.on('completed', ({ jobId, returnvalue }) => {
    if (Array.isArray(returnvalue)) complete(jobId, returnvalue as JobResult);
    else settleQuietly(jobId);
  });
  events.on('failed', ({ jobId }) => settleQuietly(jobId));

  let missed = 0;
  let sweeping = false;
  const sweep = async (): Promise<void> => {
    if (sweeping || failure) return;
    sweeping = true;
    try {
      await client.ping();
      missed = 0;
      for (const id of [...pending]) await settle(id);
    } catch (error) {
      if (++missed >= MAX_MISSED_PINGS) {
        fail(new QueueError(`${WHO}: lost Redis at ${o.target.display}: ${reason(error)}`, { redisGone: true }));
      } else {
        client.disconnect();
        client = await checkRedis(WHO, o.target).catch(() => client);
      }
    } finally {
      sweeping = false;
    }
  };
  const timer = setInterval(() => void sweep(), SWEEP_MS);

  const enqueue = async (docs: Document[]): Promise<void> => {
    const data: JobData = { pipeline, options: o.options, docs };
    const id = jobId(data);
    if (pending.has(id) || settled.has(id)) return; // the same batch twice in one build: its documents are read once anyway
    const state = await queue.getJobState(id);
    // Without --resume, a previous build's result is not trusted; a failed job is retried either way.
    if (state === 'failed' || (!o.resume && state === 'completed')) await queue.remove(id);
    pending.add(id);
    await queue.add('extract', data, { jobId: id, removeOnComplete: false, removeOnFail: false });
    // A job that was already done (resume) sends no event: look now.
    await settle(id);
  };

  const send = async (): Promise<void> => {
    const docs = batch;
    batch = [];
    try {
      await Promise.race([enqueue(docs), failed]);
    } catch (error) {
      fail(error instanceof QueueError ? error : new QueueError(`${WHO}: cannot enqueue a batch in Redis at ${o.target.display}: ${reason(error)}`));
    }
  };

  return {
    async push(doc) {
      rethrow();
      batch.push(doc);
      if (batch.length >= BATCH_SIZE) await send();
      while (!failure && pending.size >= maxPending) await waitForChange();
      rethrow();
    },
    async flush() {
      rethrow();
      if (batch.length) await send();
      while (!failure && pending.size > 0) await waitForChange();
      rethrow();
    },
    async close() {
      clearInterval(timer);
      notify();
      if (lostRedis(failure?.error)) {
        // With Redis gone, BullMQ's connections would wait for it for ever: cut them.
        // Their promises may never settle once Redis is gone (seen with BullMQ 6.7): do not wait on them for long.
        const cut = Promise.allSettled([queue.disconnect(), events.disconnect()]);
        await Promise.race([cut, new Promise((resolve) => setTimeout(resolve, 500))]);
      } else {
        await Promise.allSettled(removals);
        // Jobs of a failed build are removed too (unless kept), so workers do not go on with work nobody will read.
        if (!o.keepQueue) for (const id of pending) await queue.remove(id).catch(() => 0);
        await Promise.allSettled([events.close(), queue.close()]);
      }
      client.disconnect();
    },
  };
}

/** With Redis gone, cleaning up would only wait for it. */
function lostRedis(error: unknown): boolean {
  return error instanceof QueueError && error.redisGone;
}

/**
 * What the coordinator and the workers agree on: the queue's name, a job's content, its id, and the pipeline
 * identity a worker checks before extracting (a worker of another version would give other results, silently).
 */
import { createHash } from 'node:crypto';
import { ENTENTE_VERSION, defaultKnowledgeBase, type Document, type ExtractOptions } from '@entente/core';
import type { BatchItem } from '../build/extract-task.js';

/** One queue for every build on a Redis: workers need only the URL. Builds tell their jobs apart by id. */
export const QUEUE_NAME = 'entente-extract';

/** Documents per job: large enough that the queue's round trip is small beside extraction, small enough to spread. */
export const BATCH_SIZE = 8;

export interface JobData {
  /** The pipeline that must extract this batch (see pipelineId). */
  pipeline: string;
  options: Partial<ExtractOptions>;
  docs: Document[];
}

export type JobResult = BatchItem[];

/**
 * The Entente version and the knowledge base's version: together they fix what extraction returns.
 * ENTENTE_PIPELINE_VERSION replaces the version, so that the tests can start a worker "of another version".
 */
export function pipelineId(): string {
  return `entente ${process.env.ENTENTE_PIPELINE_VERSION ?? ENTENTE_VERSION}, kb ${defaultKnowledgeBase().version}`;
}

/** The job id: a hash of the pipeline, the options and the batch's documents, so a re-enqueued batch is the same job. */
export function jobId(data: JobData): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([data.pipeline, data.options, data.docs]));
  return `batch-${hash.digest('hex').slice(0, 40)}`;
}

/**
 * How soon a job of a dead worker is given to another: its lock lapses after lockDuration, and live workers look for
 * lapsed locks every stalledInterval. BullMQ's 30 s suits production; the tests set ENTENTE_QUEUE_LOCK_MS to a
 * couple of seconds so that a killed worker's batch is taken over quickly.
 */
export function lockTimings(): { lockDuration: number; stalledInterval: number } {
  const raw = process.env.ENTENTE_QUEUE_LOCK_MS;
  const lockDuration = raw && /^\d+$/.test(raw) && Number(raw) >= 500 ? Number(raw) : 30_000;
  return { lockDuration, stalledInterval: Math.max(250, Math.floor(lockDuration / 2)) };
}

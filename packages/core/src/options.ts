/**
 * Options of extraction and graph building: defaults in one place, validated at the entry so that a wrong value fails
 * with a message naming the option and what was received, not deep inside a stage.
 */
import { InvalidOptionError } from './errors.js';
import type { KnowledgeBase } from './knowledge/kb.js';
import type { CandidateDetector } from './detect/detect.js';
import type { Tagger } from './detect/tagger/detector.js';
import type { WindowKind } from './types.js';

export interface ExtractOptions {
  /** Co-mention window. Default 'sentence'. */
  window: WindowKind;
  /** Evidence kept per node and per edge (the counts stay exact). Default 5. */
  maxEvidence: number;
  /** Documents longer than this (characters) are cut, and the result says so. Default 2,000,000. */
  maxChars: number;
  /** Runs of non-space characters longer than this are skipped (they can hang the tokenizer). Default 64. */
  maxTokenChars: number;
  /** "Russian Foreign Minister" also mentions Russia. Default true. */
  demonyms: boolean;
  /** "Moscow maintains" mentions Russia. Default true. */
  capitals: boolean;
  /** The knowledge base; the shipped one by default. */
  kb?: KnowledgeBase;
  /** Extra candidate detectors. */
  detectors?: readonly CandidateDetector[];
  /** The learned tagger: the shipped model by default; `false` runs the knowledge base and rules alone. */
  tagger?: Tagger | false;
}

export interface BuildOptions extends ExtractOptions {
  /** Edges with fewer windows are dropped after counting. Default 1. */
  minWeight: number;
  /** Drop nodes left without edges after pruning. Default false. */
  pruneIsolated: boolean;
  /** Drop entities whose confidence (graph/confidence.ts) is below this, 0–1. Default 0 (keep all). */
  minConfidence: number;
  /** Keep the entities a graph withholds for weak evidence (graph/admission.ts). Default false. */
  keepWeak: boolean;
  /** Called after each document. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_OPTIONS: Readonly<Omit<BuildOptions, 'kb' | 'detectors' | 'onProgress' | 'tagger'>> = Object.freeze({
  window: 'sentence',
  maxEvidence: 5,
  maxChars: 2_000_000,
  maxTokenChars: 64,
  demonyms: true,
  capitals: true,
  minWeight: 1,
  pruneIsolated: false,
  minConfidence: 0,
  keepWeak: false,
});

const WINDOWS: readonly WindowKind[] = ['sentence', 'paragraph', 'document'];

/** Fill defaults and validate. `who` names the function the options were given to. */
export function resolveOptions(who: string, given: Partial<BuildOptions> = {}): BuildOptions {
  if (given === null || typeof given !== 'object') throw new InvalidOptionError(who, 'options', 'an object', given);
  const o: BuildOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(given) };
  if (!WINDOWS.includes(o.window)) throw new InvalidOptionError(who, 'window', `one of ${WINDOWS.join(', ')}`, o.window);
  positiveInteger(who, 'maxEvidence', o.maxEvidence, 0);
  positiveInteger(who, 'maxChars', o.maxChars, 1);
  positiveInteger(who, 'maxTokenChars', o.maxTokenChars, 8);
  positiveInteger(who, 'minWeight', o.minWeight, 1);
  if (typeof o.minConfidence !== 'number' || !(o.minConfidence >= 0 && o.minConfidence <= 1)) throw new InvalidOptionError(who, 'minConfidence', 'a number from 0 to 1', o.minConfidence);
  for (const flag of ['demonyms', 'capitals', 'pruneIsolated', 'keepWeak'] as const) {
    if (typeof o[flag] !== 'boolean') throw new InvalidOptionError(who, flag, 'a boolean', o[flag]);
  }
  if (o.tagger !== undefined && o.tagger !== false && typeof (o.tagger as Tagger | null)?.spans !== 'function') {
    throw new InvalidOptionError(who, 'tagger', 'false or a tagger (createTagger)', o.tagger);
  }
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') throw new InvalidOptionError(who, 'onProgress', 'a function', o.onProgress);
  return o;
}

/** The options worth recording in a graph's manifest (no functions, no KB object). */
export function manifestOptions(o: BuildOptions): Record<string, unknown> {
  return {
    window: o.window,
    maxEvidence: o.maxEvidence,
    minWeight: o.minWeight,
    demonyms: o.demonyms,
    capitals: o.capitals,
    pruneIsolated: o.pruneIsolated,
    minConfidence: o.minConfidence,
    keepWeak: o.keepWeak,
    maxChars: o.maxChars,
    // Not an option value (a tagger is an object): which model ran, for the record.
    model: o.tagger === false ? 'none' : o.tagger ? 'custom' : 'default',
  };
}

function positiveInteger(who: string, name: string, value: unknown, min: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new InvalidOptionError(who, name, `an integer ≥ ${min}`, value);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Options of extraction and graph building, described once in OPTION_SCHEMA: defaults, validation at the entry (a wrong
 * value fails with a message naming the option and what was received, not deep inside a stage), the manifest's record
 * and the fields workers receive all come from it.
 */
import { InvalidOptionError } from './errors.js';
import { checkBoolean, checkInteger, checkList, checkNumber, checkOneOf } from './util/check.js';
import type { KnowledgeBase } from './knowledge/kb.js';
import type { Tagger } from './detect/tagger/detector.js';
import type { WindowKind } from './types.js';
import type { Stage } from './pipeline/stage.js';
import { OPTIONAL_STAGE_IDS, STAGE_SWITCHES, checkAddedStages, type StageSwitchName } from './pipeline/registry.js';

/**
 * One boolean per stage switch (pipeline/registry.ts), named by the stage's `option`: `demonyms` ("Russian Foreign
 * Minister" also mentions Russia; default true) and `capitals` ("Moscow maintains" mentions Russia; default true).
 */
export type StageSwitches = { [K in StageSwitchName]: boolean };

export interface ExtractOptions extends StageSwitches {
  /** Co-mention window. Default 'sentence'. */
  window: WindowKind;
  /** Evidence kept per node and per edge (the counts stay exact). Default 5. */
  maxEvidence: number;
  /** Documents longer than this (characters) are cut, and the result says so. Default 2,000,000. */
  maxChars: number;
  /** Runs of non-space characters longer than this are skipped (they can hang the tokenizer). Default 64. */
  maxTokenChars: number;
  /** Ids of shipped stages not to run (pipeline/registry.ts), beside the switches. Default none. */
  disableStages: readonly string[];
  /**
   * Stages to run besides the shipped ones, each after the last shipped stage of its phase (pipeline/stage.ts).
   * They run where extraction is called: worker threads and queue workers run the shipped stages only.
   */
  addStages?: readonly Stage[];
  /** The knowledge base; the shipped one by default. */
  kb?: KnowledgeBase;
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

const WINDOWS: readonly WindowKind[] = ['sentence', 'paragraph', 'document'];

/** How an option's value is checked (util/check.ts). */
export type OptionRule =
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'integer'; min: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'boolean' }
  | { kind: 'list'; values: readonly string[] };

/** The options that are plain values: what the schema describes, and what DEFAULT_OPTIONS holds. */
export type ValueOptionName = Exclude<keyof BuildOptions, 'kb' | 'addStages' | 'onProgress' | 'tagger'>;

/** One option, described once: its default, its check, its help, and where it goes. */
export interface OptionSpec {
  name: ValueOptionName;
  default: string | number | boolean | readonly string[];
  rule: OptionRule;
  /** One line for help texts. */
  help: string;
  /** `extract`: the map reads it (so workers must receive it); `build`: only the reduce and finalize do. */
  stage: 'extract' | 'build';
  /** It changes what is counted: a graph updated with another value would add up unlike counts. */
  counts: boolean;
  /** Recorded in the graph's manifest (`options`). */
  manifest: boolean;
  /** `entente build` takes it as a flag: --kebab-case, or --no-kebab-case for a switch that is on by default. */
  cli: boolean;
}

/** The stages' switches as options: they change what is counted, and `entente build` takes them as --no-<name>. */
const SWITCH_SPECS = STAGE_SWITCHES.map(
  (s) => ({ name: s.name, default: s.default, rule: { kind: 'boolean' }, stage: 'extract', counts: true, manifest: true, cli: true, help: s.help }) as const,
);

/**
 * Every value option, once. Defaults, validation, the manifest's record and the fields sent to extraction workers
 * are all derived from this list, so an option added here reaches all of them. The order is the manifest's. The
 * stages' switches come from the stages themselves (pipeline/registry.ts), in their place after minWeight.
 */
const SCHEMA = [
  { name: 'window', default: 'sentence', rule: { kind: 'oneOf', values: WINDOWS }, stage: 'extract', counts: true, manifest: true, cli: true, help: 'co-mention window: sentence, paragraph or document' },
  { name: 'maxEvidence', default: 5, rule: { kind: 'integer', min: 0 }, stage: 'extract', counts: false, manifest: true, cli: true, help: 'evidence sentences kept per node and edge (counts stay exact)' },
  { name: 'minWeight', default: 1, rule: { kind: 'integer', min: 1 }, stage: 'build', counts: false, manifest: true, cli: true, help: 'edges seen in fewer windows are dropped, after counting' },
  ...SWITCH_SPECS,
  { name: 'pruneIsolated', default: false, rule: { kind: 'boolean' }, stage: 'build', counts: false, manifest: true, cli: true, help: 'drop nodes left without edges' },
  { name: 'minConfidence', default: 0, rule: { kind: 'number', min: 0, max: 1 }, stage: 'build', counts: false, manifest: true, cli: true, help: 'entities below this confidence (0–1) are dropped' },
  { name: 'keepWeak', default: false, rule: { kind: 'boolean' }, stage: 'build', counts: false, manifest: true, cli: true, help: 'keep the entities withheld for weak evidence (graph/admission.ts)' },
  { name: 'maxChars', default: 2_000_000, rule: { kind: 'integer', min: 1 }, stage: 'extract', counts: true, manifest: true, cli: false, help: 'documents longer than this (characters) are cut' },
  { name: 'maxTokenChars', default: 64, rule: { kind: 'integer', min: 8 }, stage: 'extract', counts: true, manifest: false, cli: false, help: 'runs of non-space characters longer than this are skipped' },
  // Not in the manifest's options: the manifest's `stages` records the pipeline that ran.
  { name: 'disableStages', default: Object.freeze([]) as readonly string[], rule: { kind: 'list', values: OPTIONAL_STAGE_IDS }, stage: 'extract', counts: true, manifest: false, cli: false, help: 'ids of stages not to run' },
] as const satisfies readonly OptionSpec[];

// Every value option of BuildOptions must be in the schema: a new option left out fails to compile here.
type Described = (typeof SCHEMA)[number]['name'];
const everyOptionDescribed: [ValueOptionName] extends [Described] ? true : never = true;
void everyOptionDescribed;

export const OPTION_SCHEMA: readonly OptionSpec[] = SCHEMA;

export const DEFAULT_OPTIONS: Readonly<Pick<BuildOptions, ValueOptionName>> = Object.freeze(
  Object.fromEntries(OPTION_SCHEMA.map((o) => [o.name, o.default])) as Pick<BuildOptions, ValueOptionName>,
);

function checkValue(who: string, spec: OptionSpec, value: unknown): void {
  const r = spec.rule;
  if (r.kind === 'oneOf') checkOneOf(who, spec.name, value, r.values);
  else if (r.kind === 'integer') checkInteger(who, spec.name, value, { min: r.min });
  else if (r.kind === 'number') checkNumber(who, spec.name, value, { min: r.min, max: r.max });
  else if (r.kind === 'list') checkList(who, spec.name, value, r.values);
  else checkBoolean(who, spec.name, value);
}

/** Fill defaults and validate. `who` names the function the options were given to. */
export function resolveOptions(who: string, given: Partial<BuildOptions> = {}): BuildOptions {
  if (given === null || typeof given !== 'object') throw new InvalidOptionError(who, 'options', 'an object', given);
  const o: BuildOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(given) };
  for (const spec of OPTION_SCHEMA) checkValue(who, spec, o[spec.name]);
  if (o.tagger !== undefined && o.tagger !== false && typeof (o.tagger as Tagger | null)?.spans !== 'function') {
    throw new InvalidOptionError(who, 'tagger', 'false or a tagger (createTagger)', o.tagger);
  }
  if (o.addStages !== undefined) checkAddedStages(who, o.addStages);
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') throw new InvalidOptionError(who, 'onProgress', 'a function', o.onProgress);
  return o;
}

/** The options worth recording in a graph's manifest (no functions, no KB object). */
export function manifestOptions(o: BuildOptions): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const spec of OPTION_SCHEMA) if (spec.manifest) record[spec.name] = o[spec.name];
  // Not an option value (a tagger is an object): which model ran, for the record.
  record['model'] = o.tagger === false ? 'none' : o.tagger ? 'custom' : 'default';
  return record;
}

/**
 * The extraction options a worker thread or queue worker needs, as plain data: every value option of the map.
 * The KB, the tagger and the stages are the worker's own (the shipped ones); `disableStages` and the switches travel.
 */
export function workerOptions(o: BuildOptions): Partial<ExtractOptions> {
  const out: Record<string, unknown> = {};
  for (const spec of OPTION_SCHEMA) if (spec.stage === 'extract') out[spec.name] = o[spec.name];
  return out as Partial<ExtractOptions>;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

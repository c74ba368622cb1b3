/**
 * The stage registry: the shipped stages of extraction in the order they run, and the pipeline one set of options
 * makes of them (stages switched off left out, added stages placed at their phase). `extractDocument` runs it; the
 * graph's manifest records it (`stages`: `id@version`, in order), so a graph says how it was made and
 * `entente build --update` can refuse a graph another pipeline made.
 *
 * Adding a stage: one file under stages/ (a `defineStage` descriptor), and one line in STAGES below. A stage with an
 * `option` gets a boolean build option of that name through OPTION_SCHEMA (options.ts): default, validation, help,
 * the manifest's options and the workers' options, with nothing else to write.
 */
import { InvalidOptionError } from '../errors.js';
import { ADDABLE_PHASES, PHASES, type Stage, type StageContext, type StageOption, type StagePhase } from './stage.js';
import { headlinesStage } from './stages/headlines.js';
import { gazetteerStage } from './stages/gazetteer.js';
import { nationalBodiesStage } from './stages/national-bodies.js';
import { demonymsStage } from './stages/demonyms.js';
import { capitalsStage } from './stages/capitals.js';
import { namedRunsStage } from './stages/named-runs.js';
import { personsByCueStage } from './stages/persons-by-cue.js';
import { taggerStage } from './stages/tagger.js';
import { spanRepairStage } from './stages/span-repair.js';
import { plausibilityStage } from './stages/plausibility.js';
import { bareHeadsStage } from './stages/bare-heads.js';
import { selectPropagatedStage, selectReferringStage, selectStage } from './stages/select.js';
import { sharedNamesStage } from './stages/shared-names.js';
import { propagatePersonsStage } from './stages/propagate-persons.js';
import { propagateAcronymsStage } from './stages/propagate-acronyms.js';
import { propagateHeadsStage } from './stages/propagate-heads.js';
import { coreferenceStage } from './stages/coreference.js';
import { resolveStage } from './stages/resolve.js';
import { coMentionsStage } from './stages/co-mentions.js';

/**
 * Every shipped stage, in the order it runs. The switches (`option`) take their place in OPTION_SCHEMA, and so in the
 * manifest's options, in this order: demonyms before capitals, as graphs have always recorded them.
 */
export const STAGES = [
  headlinesStage,
  gazetteerStage,
  nationalBodiesStage,
  demonymsStage,
  capitalsStage,
  namedRunsStage,
  personsByCueStage,
  taggerStage,
  spanRepairStage,
  plausibilityStage,
  bareHeadsStage,
  selectStage,
  sharedNamesStage,
  propagatePersonsStage,
  propagateAcronymsStage,
  propagateHeadsStage,
  selectPropagatedStage,
  coreferenceStage,
  selectReferringStage,
  resolveStage,
  coMentionsStage,
] as const satisfies readonly Stage[];

type ShippedStage = (typeof STAGES)[number];

/** The names of the stages' switches ('demonyms' | 'capitals'): each a boolean option of ExtractOptions. */
export type StageSwitchName = Extract<ShippedStage, { option: StageOption }>['option']['name'];

/** The stages' switches, in pipeline order. */
export const STAGE_SWITCHES: readonly (StageOption & { name: StageSwitchName })[] = STAGES.flatMap((s) => ('option' in s ? [s.option] : []));

/** The ids `disableStages` may name: every shipped stage but those the pipeline cannot run without. */
export const OPTIONAL_STAGE_IDS: readonly string[] = STAGES.filter((s) => !('required' in s && s.required)).map((s) => s.id);

/** What chooses the pipeline: the stage switches, the stages disabled by id, and stages added at a phase. */
export type PipelineOptions = { readonly [K in StageSwitchName]: boolean } & {
  readonly disableStages: readonly string[];
  readonly addStages?: readonly Stage[] | undefined;
};

// The default pipeline (and any made without added stages) is made once, not once per document.
const cache = new Map<string, readonly Stage[]>();

/**
 * The stages one set of options runs, in order: the shipped ones whose switch is on and that `disableStages` does not
 * name, and the added ones, each after the last shipped stage of its phase (several at one phase keep their order).
 */
export function pipelineStages(o: PipelineOptions): readonly Stage[] {
  const off = (s: Stage) => (s.option !== undefined && o[s.option.name as StageSwitchName] === false) || o.disableStages.includes(s.id);
  if (o.addStages === undefined || o.addStages.length === 0) {
    const key = STAGES.map((s) => (off(s) ? 0 : 1)).join('');
    let stages = cache.get(key);
    if (!stages) cache.set(key, (stages = Object.freeze(STAGES.filter((s) => !off(s)))));
    return stages;
  }
  const added = o.addStages;
  const out: Stage[] = [];
  STAGES.forEach((s, i) => {
    if (!off(s)) out.push(s);
    if (LAST_OF_PHASE.has(i)) out.push(...added.filter((a) => a.phase === s.phase));
  });
  return out;
}

/** Where added stages go: the index of the last shipped stage of each phase they can be added at. */
const LAST_OF_PHASE: ReadonlySet<number> = new Set(ADDABLE_PHASES.map((phase) => STAGES.findLastIndex((s) => s.phase === phase)));

/** What the manifest records of a pipeline: `id@version` of each stage, in order. */
export function stageRecord(stages: readonly Stage[]): string[] {
  return stages.map((s) => `${s.id}@${s.version}`);
}

/** Run `stages` in order on one document's context; with `phases`, only the stages of those phases. */
export function runStages(ctx: StageContext, stages: readonly Stage[], phases?: ReadonlySet<StagePhase>): void {
  for (const s of stages) if (!phases || phases.has(s.phase)) s.run(ctx);
}

/** The phases of detection: everything up to the last selection. */
export const DETECTION_PHASES: ReadonlySet<StagePhase> = new Set(PHASES.slice(0, PHASES.indexOf('resolve')));

const STAGE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Check the stages given as `addStages`: descriptors with a kebab-case id of their own, an addable phase and a run. */
export function checkAddedStages(who: string, value: unknown): readonly Stage[] {
  const fail = (expected: string, received: unknown): never => {
    throw new InvalidOptionError(who, 'addStages', expected, received);
  };
  if (!Array.isArray(value)) return fail('a list of stages (defineStage)', value);
  const ids = new Set<string>(STAGES.map((s) => s.id));
  for (const s of value as unknown[]) {
    if (s === null || typeof s !== 'object') return fail('a list of stages (defineStage)', s);
    const stage = s as Partial<Stage>;
    if (typeof stage.id !== 'string' || !STAGE_ID.test(stage.id)) fail('stages with a kebab-case "id"', stage.id);
    if (ids.has(stage.id!)) fail(`stages with ids of their own (not a shipped stage's, not twice)`, stage.id);
    ids.add(stage.id!);
    if (!ADDABLE_PHASES.includes(stage.phase as never)) fail(`stages whose "phase" is one of ${ADDABLE_PHASES.join(', ')}`, stage.phase);
    if (typeof stage.version !== 'number' || !Number.isInteger(stage.version) || stage.version < 1) fail('stages with an integer "version" ≥ 1', stage.version);
    if (typeof stage.run !== 'function') fail('stages with a "run" function', stage.run);
    if (!Array.isArray(stage.produces)) fail('stages with a "produces" list', stage.produces);
    if (stage.option !== undefined) fail('added stages without an "option" (switch one off with disableStages, or leave it out)', stage.option);
  }
  return value as readonly Stage[];
}

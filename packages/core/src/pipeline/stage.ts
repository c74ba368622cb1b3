/**
 * What a stage of extraction is, and the one context every stage reads and writes. A stage is a typed descriptor, in
 * the way spaCy names its pipeline components and Gephi Lite describes its metrics: an id, a version, the phase it
 * runs in, what it produces, an optional on/off switch (which becomes a build option through OPTION_SCHEMA), and
 * `run(ctx)`. The stages of one document share one StageContext, made fresh for that document, so a stage is a
 * function of the document and of what the stages before it produced, whatever ran on other documents.
 *
 *   scan ─► propose ─► review ─► select ─► propagate ─► select ─► refer ─► select ─► resolve ─► comention
 *   (token    (candidates     (rewrite       (one non-     (more names      (pronouns     (ids,       (windows,
 *   marks,     from rules)     candidates)    overlapping   from selected    and roles)    entities)   pairs)
 *   KB hits)                                  set)          mentions)
 *
 * The registry (registry.ts) lists the shipped stages in this order; options may switch stages off or add stages at a
 * phase (before selection: scan, propose, review; after: propagate, refer, resolve, comention).
 */
import type { Analysis } from '../language/analyse.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import type { Candidate } from '../detect/candidate.js';
import type { GazetteerHit } from '../detect/gazetteer.js';
import type { Tagger } from '../detect/tagger/detector.js';
import { createTokenView, type TokenView } from '../detect/tokens.js';
import type { ResolvedMention } from '../resolve/resolve.js';
import type { CoMentionResult } from '../comention/co-mentions.js';
import type { Entity, EntityType } from '../types.js';
import type { ExtractOptions } from '../options.js';

/** The phases, in the order they run. `select` closes the candidate phases: it runs after review, propagate and refer. */
export const PHASES = ['scan', 'propose', 'review', 'select', 'propagate', 'refer', 'resolve', 'comention'] as const;
export type StagePhase = (typeof PHASES)[number];

/** The phases a stage can be added at: all but `select`, whose stages are the pipeline's own. */
export const ADDABLE_PHASES: readonly Exclude<StagePhase, 'select'>[] = ['scan', 'propose', 'review', 'propagate', 'refer', 'resolve', 'comention'];

/** The parts of the context a stage writes. */
export type StageProduct = 'marks' | 'hits' | 'candidates' | 'selected' | 'added' | 'mentions' | 'entities' | 'comentions';

/** A stage's on/off switch: a boolean build option of that name (OPTION_SCHEMA), on the CLI as --no-<name>. */
export interface StageOption {
  readonly name: string;
  readonly default: boolean;
  /** One line for help texts. */
  readonly help: string;
}

export interface Stage {
  /** kebab-case, unique in a pipeline; what the manifest records (with the version) and `disableStages` names. */
  readonly id: string;
  /** Raise it when the stage's output changes for the same input: a graph then says it was made otherwise. */
  readonly version: number;
  readonly phase: StagePhase;
  readonly produces: readonly StageProduct[];
  /** One line: what the stage does. */
  readonly summary: string;
  readonly option?: StageOption;
  /** The pipeline cannot run without it (selection, resolution, co-mentions): it cannot be disabled. */
  readonly required?: boolean;
  run(ctx: StageContext): void;
}

/** Keeps the literal types of a stage (its id, its option's name), so that switches become typed options. */
export function defineStage<const S extends Stage>(stage: S): S {
  return stage;
}

/** Per-token marks (one entry per token of `view`), filled by the stages named. */
export interface TokenMarks {
  /** headlines: tokens of title-case headline lines, where rules take no names. */
  headline: Uint8Array;
  /** gazetteer: tokens of KB names and blocking names; other stages treat them as taken (or, in runs, as name words). */
  kbCovered: Uint8Array;
  /** gazetteer: tokens of KB names only: name words inside a longer name ("OSCE Charter…"); a month or region is not. */
  kbNames: Uint8Array;
  /** gazetteer: tokens of blocking names alone: a candidate wholly inside one is no entity (plausibility.ts). */
  blockNames: Uint8Array;
  /** gazetteer: the type of the KB name each token is in, for runs that join two names (named-runs.ts). */
  kbTypes: Array<EntityType | undefined>;
  /** gazetteer: tokens of capital cities ("… Committee on Coordination in Nairobi" ends before "in Nairobi"). */
  capitals: Uint8Array;
  /** gazetteer: tokens of every KB hit, whatever its kind (people by cue do not start inside one). */
  blocked: Uint8Array;
  /** select: tokens of the selected mentions. */
  named: Uint8Array;
  /** select: tokens of the selected mentions and of blocking names: what a later proposal must leave alone. */
  taken: Uint8Array;
}

/**
 * What the stages of one document share. Read-only fields are the document's; the others are what stages produce
 * (see each field), in phase order: marks and hits, candidates, the selection, mentions and entities, co-mentions.
 */
export interface StageContext {
  readonly docId: string;
  /** The document's year, when known: resolution chooses between instruments of one name by it (treaty-match.ts). */
  readonly year: number | undefined;
  readonly analysis: Analysis;
  /** The tokens (normalised forms, capitals, phrase lookup: detect/tokens.ts). */
  readonly view: TokenView;
  readonly kb: KnowledgeBase;
  /** The resolved options of the extraction. */
  readonly options: Readonly<ExtractOptions>;
  /** The learned tagger, unless switched off (`tagger: false`). */
  readonly tagger: Tagger | undefined;
  readonly marks: TokenMarks;
  /** scan: the gazetteer's matches, left to right, not overlapping. */
  hits: GazetteerHit[];
  /** propose, review: every candidate before the first selection. */
  candidates: Candidate[];
  /** select: the chosen candidates, non-overlapping, in document order. */
  selected: Candidate[];
  /** propagate, refer: candidates proposed after a selection; the next selection merges them into `selected`. */
  added: Candidate[];
  /** resolve: the selected candidates with entity ids. */
  mentions: ResolvedMention[];
  /** resolve: the document's entities by id. */
  entities: Map<string, Entity>;
  /** comention: pairs, evidence and capped windows. */
  comentions: CoMentionResult | undefined;
}

export interface ContextInput {
  docId: string;
  year?: number;
  kb: KnowledgeBase;
  options: Readonly<ExtractOptions>;
  tagger?: Tagger;
}

export function createStageContext(analysis: Analysis, input: ContextInput): StageContext {
  const view = createTokenView(analysis);
  const n = view.n;
  return {
    docId: input.docId,
    year: input.year,
    analysis,
    view,
    kb: input.kb,
    options: input.options,
    tagger: input.tagger,
    marks: {
      headline: new Uint8Array(n),
      kbCovered: new Uint8Array(n),
      kbNames: new Uint8Array(n),
      blockNames: new Uint8Array(n),
      kbTypes: new Array<EntityType | undefined>(n),
      capitals: new Uint8Array(n),
      blocked: new Uint8Array(n),
      named: new Uint8Array(n),
      taken: new Uint8Array(n),
    },
    hits: [],
    candidates: [],
    selected: [],
    added: [],
    mentions: [],
    entities: new Map(),
    comentions: undefined,
  };
}

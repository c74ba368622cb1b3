/**
 * @entente/core — the public API: documents to graph (the pipeline, its options and the knowledge base), the graph's
 * shape, curation and the reader's records. The rest is reached by subpath, so that each face takes only what it uses:
 * `@entente/core/documents` (files → documents), `/export` (graph writers and readers), `/query` (queries and the
 * scripting API), `/eval` (scoring against gold corpora), `/tagger` (the learned tagger, its training and model file).
 * Faces (CLI, explorer, scripts, examples) import from these entries only, never from `src/`.
 */
export * from './types.js';
export * from './errors.js';
export { ENTENTE_VERSION } from './version.js';
export { DEFAULT_OPTIONS, OPTION_SCHEMA, resolveOptions, workerOptions, type BuildOptions, type ExtractOptions, type OptionRule, type OptionSpec, type StageSwitches } from './options.js';
export { extractDocument, extractMentions, validateDocument } from './pipeline/extract.js';
export { STAGES, pipelineStages, stageRecord, type PipelineOptions, type StageSwitchName } from './pipeline/registry.js';
export { ADDABLE_PHASES, PHASES, defineStage, type Stage, type StageContext, type StageOption, type StagePhase, type StageProduct, type TokenMarks } from './pipeline/stage.js';
export { buildGraph, mergeGraphs } from './graph/build-graph.js';
export { addDocumentResult } from './graph/reduce.js';
export { finalizeGraph } from './graph/finalize.js';
export { mergedEntities } from './graph/merged-entities.js';
export {
  BARNES_HUT_NODES, LAYOUT_DEFAULTS, LINLOG_NODES, MAX_LAYOUT_ITERATIONS, assignForceAtlas2Layout, forceAtlas2Layout, layoutSettings, resolveLayoutOptions,
  type AssignableLayoutGraph, type Fa2Settings, type LayoutGraph, type LayoutOptions, type LayoutResult,
} from './layout/forceatlas2.js';
export { subsetGraph, type DocumentSelector } from './graph/subset.js';
export { docCounts, type DocCounts } from './graph/doc-counts.js';
export { createEntenteGraph, edgeKey, type EntenteGraph } from './graph/entente-graph.js';
export { createKnowledgeBase, type KnowledgeBase } from './knowledge/kb.js';
export { defaultKnowledgeBase } from './knowledge/default-kb.js';
export type { KbData, KbEntry } from './knowledge/kb-types.js';
export { normaliseName, slugify } from './knowledge/normalise.js';
export { compareStrings } from './util/compare.js';
export { cjsDefault } from './util/cjs-default.js';
export { fnv1a } from './util/hash.js';
export { seededRandom } from './util/seeded-random.js';
export { readList, readNumber } from './util/attribute-values.js';
export { checkBoolean, checkInteger, checkNumber, checkOneOf, type IntegerRule, type NumberRule } from './util/check.js';
export * from './curation/index.js';
export * from './reader/index.js';

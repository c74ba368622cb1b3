/** Evaluation against gold corpora: mapping gold labels onto our types, scoring, and error reports. Pure, no fs. */
export {
  GOLD_MAPPINGS,
  SCORED_TYPES,
  mapGold,
  mapGoldType,
  namesCountry,
  type GoldDocument,
  type GoldEntity,
  type GoldMappingName,
  type MappedGold,
  type ScoredType,
  type Span as GoldSpan,
  type TypedSpan as ScoredSpan,
} from './mappings.js';
export { prf, scoreCorpus, scoreDocument, type Counts, type CorpusScore, type DocumentOutcome, type OutcomeSpan, type Prf, type PredictedSpan, type ScoreOptions } from './score.js';
export { errorReport, type ErrorCount, type ErrorReport } from './report.js';
export { evaluateDocuments, validateGoldDocument, type EvaluateOptions, type Evaluation, type Predictor } from './evaluate.js';

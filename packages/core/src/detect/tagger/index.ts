/** The learned sequence tagger: features, training, decoding, the model file, and its place in detection. */
export { FEATURE_SET as TAGGER_FEATURE_SET } from './features.js';
export { createTagger, createTaggerDetector, tagText, type LearnedSpans, type TaggedSpan, type Tagger, type TaggerOptions } from './detector.js';
export { reconcileLearned } from './reconcile.js';
export { defaultTagger, defaultTaggerDetector, defaultTaggerModel, defaultWordClusters } from './default-model.js';
export { decodeWordClusters, encodeWordClusters, WORD_CLUSTERS_FORMAT, type WordClusters, type WordClustersFile, type WordClustersMeta } from './clusters.js';
export { ALL_GROUPS, DEFAULT_GROUPS, GROUP_NAMES, groupNames, groupsFromNames } from './groups.js';
export {
  deserializeTaggerModel,
  serializeTaggerModel,
  type DeserializeOptions,
  type SerializedTaggerModel,
  type TaggerModel,
  type TaggerProvenance,
  type WordLists,
} from './model.js';
export {
  createWordLists,
  goldTags,
  prepareTrainingDocument,
  trainTagger,
  type LabelledSpan,
  type TrainingDocument,
  type TrainingText,
  type TrainOptions,
} from './train.js';

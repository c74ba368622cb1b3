/** The learned sequence tagger: features, training, decoding, the model file, and its place in detection. */
export { FEATURE_SET as TAGGER_FEATURE_SET } from './features.js';
export { createTagger, createTaggerDetector, tagText, type LearnedSpans, type TaggedSpan, type Tagger, type TaggerOptions } from './detector.js';
export { reconcileLearned } from './reconcile.js';
export { defaultTagger, defaultTaggerDetector, defaultTaggerModel } from './default-model.js';
export {
  deserializeTaggerModel,
  serializeTaggerModel,
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

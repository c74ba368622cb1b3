/** The learned sequence tagger: features, training, decoding, the model file, and the candidate detector. */
export { FEATURE_SET, wordShape } from './features.js';
export { createTaggerDetector, tagText, type TaggedSpan, type TaggerDetectorOptions } from './detector.js';
export { defaultTaggerDetector, defaultTaggerModel } from './default-model.js';
export {
  deserializeTaggerModel,
  serializeTaggerModel,
  type SerializedTaggerModel,
  type TaggerModel,
  type TaggerProvenance,
} from './model.js';
export { goldTags, prepareTrainingDocument, seededRandom, trainTagger, type LabelledSpan, type TrainingDocument, type TrainingText, type TrainOptions } from './train.js';

/**
 * The shipped tagger model (data/tagger-model.json, made by `pnpm train`) and its word clusters. The JSON is imported
 * as a module so that bundlers include it and no fs is needed; decoding it into a weight table is deferred to first use.
 */
import shipped from '../../../data/tagger-model.json' with { type: 'json' };
import shippedClusters from '../../../data/word-clusters.json' with { type: 'json' };
import { defaultKnowledgeBase } from '../../knowledge/default-kb.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { createTagger, taggerCandidatesStage, type Tagger } from './detector.js';
import type { Stage } from '../../pipeline/stage.js';
import { deserializeTaggerModel, type TaggerModel } from './model.js';
import { decodeWordClusters, type WordClusters } from './clusters.js';

let model: TaggerModel | undefined;
let clusters: WordClusters | undefined;
const taggers = new WeakMap<KnowledgeBase, Tagger>();

/** The shipped word clusters (data/word-clusters.json, made by `pnpm clusters`), decoded once. */
export function defaultWordClusters(): WordClusters {
  clusters ??= decodeWordClusters(shippedClusters);
  return clusters;
}

/** The shipped model, decoded once. */
export function defaultTaggerModel(): TaggerModel {
  model ??= deserializeTaggerModel(shipped, { clusters: defaultWordClusters() });
  return model;
}

/** The shipped model bound to a KB (the default KB unless given), made once per KB. */
export function defaultTagger(kb: KnowledgeBase = defaultKnowledgeBase()): Tagger {
  let t = taggers.get(kb);
  if (!t) {
    t = createTagger(defaultTaggerModel(), { kb });
    taggers.set(kb, t);
  }
  return t;
}

/** The shipped model as a plain proposing stage (`addStages`; see createTaggerDetector); the model is decoded on first use. */
export function defaultTaggerDetector(kb: KnowledgeBase = defaultKnowledgeBase()): Stage {
  return taggerCandidatesStage(() => defaultTagger(kb));
}

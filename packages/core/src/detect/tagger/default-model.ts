/**
 * The shipped tagger model (data/tagger-model.json, made by `pnpm train`). The JSON is imported as a module so that
 * bundlers include it and no fs is needed; decoding it into weight tables is deferred to first use.
 */
import shipped from '../../../data/tagger-model.json' with { type: 'json' };
import { defaultKnowledgeBase } from '../../knowledge/default-kb.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { Candidate } from '../candidate.js';
import type { TokenView } from '../tokens.js';
import { createTaggerDetector } from './detector.js';
import { deserializeTaggerModel, type TaggerModel } from './model.js';

let model: TaggerModel | undefined;
const detectors = new WeakMap<KnowledgeBase, (view: TokenView, kbCovered: Uint8Array) => Candidate[]>();

/** The shipped model, decoded once. */
export function defaultTaggerModel(): TaggerModel {
  model ??= deserializeTaggerModel(shipped);
  return model;
}

/** A detector running the shipped model; pass the extraction's KB when it is not the default one. */
export function defaultTaggerDetector(kb: KnowledgeBase = defaultKnowledgeBase()): (view: TokenView, kbCovered: Uint8Array) => Candidate[] {
  let d = detectors.get(kb);
  if (!d) {
    // Lazy: the model is decoded on the first document, not when the detector is made.
    let inner: ((view: TokenView, kbCovered: Uint8Array) => Candidate[]) | undefined;
    d = (view, kbCovered) => (inner ??= createTaggerDetector(defaultTaggerModel(), { kb }))(view, kbCovered);
    detectors.set(kb, d);
  }
  return d;
}

/**
 * Training the tagger: an averaged perceptron over the same greedy decoding the tagger runs (so it learns from its own
 * previous tags, mistakes included). Sentences are shuffled each epoch with a seeded generator, so the same data,
 * options and seed always give the same weights. Pure: documents come in as text with labelled character spans; the
 * caller (scripts/train.ts) reads the files and maps corpus labels onto the model's labels.
 */
import { analyse } from '../../language/analyse.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { scanGazetteer } from '../gazetteer.js';
import { createTokenView, type TokenView } from '../tokens.js';
import { allowed, bestTag, collectFeatures, createDecodeState, MAX_FEATURES, recordTag, type DecodeState } from './decode.js';
import { createFeatureContext, FEATURE_SET, forcedTag, forcedTags, isCandidateToken, isContinuationToken, type FeatureContext, type FeatureResources } from './features.js';
import { NO_CLUSTERS } from './clusters.js';
import { Group } from './groups.js';
import { createWeightTable, NO_WORD_LISTS, tagCountFor, type TaggerModel, type TaggerProvenance, type WordLists } from './model.js';
import { wordHash } from './hashing.js';
import { seededRandom } from '../../util/seeded-random.js';
import { normaliseName } from '../../knowledge/normalise.js';

export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

export interface TrainingText {
  text: string;
  spans: readonly LabelledSpan[];
}

export interface TrainingDocument {
  ctx: FeatureContext;
  gold: Uint8Array;
}

export interface TrainOptions {
  labels: readonly string[];
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the first epoch are dropped from the model. Default 2. */
  minFeatureCount?: number;
  /** The word lists, clusters and feature groups the documents were prepared with; recorded in the model. */
  resources?: FeatureResources;
  /** Train this many perceptrons (seeds seed, seed + 1, …) and average their weights. Default 1. */
  ensemble?: number;
  provenance: Omit<TaggerProvenance, 'seed' | 'epochs' | 'ensemble' | 'featureSet' | 'minFeatureCount'>;
  onEpoch?: (epoch: number, tokenAccuracy: number) => void;
}

/** BIO tags of a tokenised text: a token belongs to the first span it overlaps. Spans with other labels are left O. */
export function goldTags(view: TokenView, spans: readonly LabelledSpan[], labels: readonly string[]): Uint8Array {
  const tags = new Uint8Array(view.n);
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let t = 0;
  for (const s of sorted) {
    const k = labels.indexOf(s.label);
    if (k < 0) continue;
    while (t < view.n && view.a.end[t]! <= s.start) t++;
    let first = true;
    for (let i = t; i < view.n && view.a.start[i]! < s.end; i++) {
      if (tags[i] !== 0) continue;
      tags[i] = first ? 2 * k + 1 : 2 * k + 2;
      first = false;
    }
  }
  return tags;
}

/** Analyse a text and tag it with its gold spans. The resources must be the ones given to `trainTagger`. */
export function prepareTrainingDocument(doc: TrainingText, kb: KnowledgeBase, labels: readonly string[], resources: FeatureResources = {}): TrainingDocument {
  const view = createTokenView(analyse(doc.text, { maxChars: 2_000_000, maxTokenChars: 64 }));
  return { ctx: createFeatureContext(view, scanGazetteer(view, kb), kb, resources), gold: goldTags(view, doc.spans, labels) };
}

/** Word lists from plain words (lowercased and normalised as tokens are), for `prepareTrainingDocument` and the model. */
export function createWordLists(firstNames: Iterable<string>, lastNames: Iterable<string>, common: Iterable<string> = [], more: { organisations?: Iterable<string>; places?: Iterable<string> } = {}): WordLists {
  const hashes = (words: Iterable<string>) => new Set([...words].map((w) => wordHash(normaliseName(w))));
  return {
    firstNames: hashes(firstNames),
    lastNames: hashes(lastNames),
    common: hashes(common),
    ...(more.organisations ? { organisations: hashes(more.organisations) } : {}),
    ...(more.places ? { places: hashes(more.places) } : {}),
  };
}

/** Averaged-perceptron weights with lazy averaging (each cell remembers when it last changed). */
class AveragedWeights {
  readonly index = new Map<number, number>();
  rows = 0;
  w: Float64Array;
  total: Float64Array;
  stamp: Float64Array;
  constructor(readonly tagCount: number) {
    this.w = new Float64Array(1024 * tagCount);
    this.total = new Float64Array(1024 * tagCount);
    this.stamp = new Float64Array(1024 * tagCount);
  }

  row(key: number): number {
    let r = this.index.get(key);
    if (r === undefined) {
      r = this.rows++;
      this.index.set(key, r);
      if (this.rows * this.tagCount > this.w.length) this.grow();
    }
    return r * this.tagCount;
  }

  update(key: number, tag: number, delta: number, step: number): void {
    const c = this.row(key) + tag;
    this.total[c]! += (step - this.stamp[c]!) * this.w[c]!;
    this.stamp[c] = step;
    this.w[c]! += delta;
  }

  averaged(row: number, tag: number, step: number): number {
    const c = row * this.tagCount + tag;
    return (this.total[c]! + (step - this.stamp[c]!) * this.w[c]!) / step;
  }

  private grow(): void {
    const size = this.w.length * 2;
    for (const name of ['w', 'total', 'stamp'] as const) {
      const next = new Float64Array(size);
      next.set(this[name]);
      this[name] = next;
    }
  }
}

export function trainTagger(docs: readonly TrainingDocument[], options: TrainOptions): TaggerModel {
  const { labels, epochs, seed } = options;
  const minCount = options.minFeatureCount ?? 2;
  const ensemble = options.ensemble ?? 1;
  const tagCount = tagCountFor(labels);
  // Perceptrons trained on differently shuffled data disagree on rare features; averaging a few of them (seed,
  // seed + 1, …) smooths that out, at no cost when tagging.
  const sum = new Map<number, Float64Array>();
  let counts = new Map<number, number>();
  for (let m = 0; m < ensemble; m++) {
    const run = trainOnce(docs, labels, epochs, seed + m, (e, acc) => options.onEpoch?.(m * epochs + e, acc));
    if (m === 0) counts = run.counts;
    for (const [key, r] of run.weights.index) {
      if ((counts.get(key) ?? 0) < minCount) continue;
      let row = sum.get(key);
      if (!row) sum.set(key, (row = new Float64Array(tagCount)));
      for (let t = 0; t < tagCount; t++) row[t]! += run.weights.averaged(r, t, run.step) / ensemble;
    }
  }
  const keys = [...sum.keys()];
  const out = new Float32Array(keys.length * tagCount);
  keys.forEach((key, i) => out.set(sum.get(key)!, i * tagCount));
  return {
    featureSet: FEATURE_SET,
    labels: [...labels],
    tagCount,
    provenance: { ...options.provenance, seed, epochs, ensemble, featureSet: FEATURE_SET, minFeatureCount: minCount },
    table: createWeightTable(keys, out, tagCount),
    wordLists: options.resources?.wordLists ?? NO_WORD_LISTS,
    groups: options.resources?.groups ?? 0,
    clusters: (options.resources?.groups ?? 0) & Group.Clusters ? (options.resources?.clusters ?? NO_CLUSTERS) : NO_CLUSTERS,
  };
}

/** One averaged perceptron: weights, how often each feature was seen in the first epoch, and the final step. */
function trainOnce(docs: readonly TrainingDocument[], labels: readonly string[], epochs: number, seed: number, onEpoch: (epoch: number, accuracy: number) => void) {
  const tagCount = tagCountFor(labels);
  const weights = new AveragedWeights(tagCount);
  const counts = new Map<number, number>();
  const random = seededRandom(seed);
  const order: Array<[number, number]> = [];
  docs.forEach((d, di) => d.ctx.view.a.sentences.forEach((_, si) => order.push([di, si])));
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(tagCount);
  const forced = docs.map((d) => forcedTags(d.ctx, labels));
  let step = 1;

  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let seen = 0;
    let right = 0;
    // Each document's decoding state builds up in the (shuffled) order its sentences come in.
    const states: Array<DecodeState | undefined> = new Array(docs.length);
    for (const [di, si] of order) {
      const { ctx, gold } = docs[di]!;
      const s = ctx.view.a.sentences[si]!;
      const state = (states[di] ??= createDecodeState(ctx.n));
      const fixed = forced[di];
      let prev = 0;
      let prev2 = 0;
      for (let i = s.first; i < s.last; i++) {
        // As in decoding: a KB name may fix the tag (nothing to learn there), else only possible name tokens are scored.
        let pred = fixed?.[i] ? forcedTag(fixed[i]!, prev) : -1;
        const truth = gold[i]!;
        if (pred < 0 && (prev !== 0 ? isContinuationToken(ctx, i) : isCandidateToken(ctx, i))) {
          const k = collectFeatures(ctx, i, prev, prev2, state, feats);
          scores.fill(0);
          for (let f = 0; f < k; f++) {
            const key = feats[f]!;
            if (epoch === 0) counts.set(key, (counts.get(key) ?? 0) + 1);
            const r = weights.index.get(key);
            if (r === undefined) continue;
            const base = r * tagCount;
            for (let t = 0; t < tagCount; t++) scores[t]! += weights.w[base + t]!;
          }
          pred = bestTag(scores, tagCount, prev);
          // A gold tag the decoder cannot produce here (I- after a wrong O) teaches nothing.
          if (pred !== truth && allowed(prev, truth)) {
            for (let f = 0; f < k; f++) {
              weights.update(feats[f]!, truth, 1, step);
              weights.update(feats[f]!, pred, -1, step);
            }
          }
          step++;
          seen++;
          if (pred === truth) right++;
        }
        if (pred < 0) pred = 0;
        if (pred !== 0) recordTag(ctx, state, i, pred);
        prev2 = prev;
        prev = pred;
      }
    }
    onEpoch(epoch + 1, seen ? right / seen : 0);
  }
  return { weights, counts, step };
}

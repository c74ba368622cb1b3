/**
 * Greedy left-to-right decoding over BIO tags, one sentence at a time. Each token's features are its static features
 * plus the previous tags and what the document said so far; an I- tag is allowed only after a B- or I- tag of the same
 * label. Only tokens that could start a name (after an O) or continue one (after a name) are scored, and the tokens of
 * multi-token KB names take their tags from the KB (features.ts `forcedTags`): most of running text is never scored,
 * which is why the tagger costs little next to the language stage.
 *
 * Training (train.ts) decodes the same way by collecting each token's feature keys (`collectFeatures`);
 * `decode` gets exactly the same sums from per-model tables (scorer.ts), and `decodeByFeatures` is the reference.
 */
import { featureKey } from './hashing.js';
import { forcedTag, forcedTags, isCandidateToken, isContinuationToken, MAX_STATIC_FEATURES, shapeOf, staticFeatures, TEMPLATE, wordOf, type FeatureContext } from './features.js';
import { lookup, type TaggerModel } from './model.js';
import { scoreToken, tablesFor } from './scorer.js';

export const MAX_FEATURES = MAX_STATIC_FEATURES + 6;

/** Separators of a list of names ("Shas, Meretz and the Centre Party"): a name after one is likely of the same kind. */
export const LIST_SEPARATORS = new Set([',', 'and', 'or', '/', ';', '&']);

/** What decoding has decided so far in a document: its tags, and the last label given to each word. */
export interface DecodeState {
  tags: Uint8Array;
  memory: Map<number, number>;
}

export function createDecodeState(n: number): DecodeState {
  return { tags: new Uint8Array(n), memory: new Map() };
}

/** Tag index helpers: 0 is O; label k has B = 2k+1 and I = 2k+2. */
export const isInside = (tag: number): boolean => tag > 0 && tag % 2 === 0;
export const labelOfTag = (tag: number): number => (tag - 1) >> 1;

/** All features of token i given the two previous tags and the document so far; returns how many were written. */
export function collectFeatures(ctx: FeatureContext, i: number, prev: number, prev2: number, state: DecodeState, out: Int32Array): number {
  let k = staticFeatures(ctx, i, out);
  const w0 = wordOf(ctx, i);
  out[k++] = featureKey(TEMPLATE.Prev, prev + 1);
  out[k++] = featureKey(TEMPLATE.Prev2, prev2 + 1, prev + 1);
  out[k++] = featureKey(TEMPLATE.PrevW0, prev + 1, w0);
  out[k++] = featureKey(TEMPLATE.PrevShape0, prev + 1, shapeOf(ctx, i));
  // The label this word got earlier in the document (a team or party named again).
  const seen = state.memory.get(w0);
  if (seen !== undefined) out[k++] = featureKey(TEMPLATE.Memory, seen);
  if (i >= 2 && prev === 0 && state.tags[i - 2] !== 0 && LIST_SEPARATORS.has(ctx.view.norm[i - 1]!) && ctx.view.a.sentenceOf[i - 2] === ctx.view.a.sentenceOf[i]) {
    out[k++] = featureKey(TEMPLATE.List, labelOfTag(state.tags[i - 2]!) + 1);
  }
  return k;
}

/** Record token i's tag in the decoding state. */
export function recordTag(ctx: FeatureContext, state: DecodeState, i: number, tag: number): void {
  state.tags[i] = tag;
  if (tag !== 0) state.memory.set(wordOf(ctx, i), labelOfTag(tag) + 1);
}

/** Whether `tag` may follow `prev`. */
export function allowed(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev !== 0 && labelOfTag(prev) === labelOfTag(tag);
}

/** The best allowed tag for the scores: O, any B-, or the I- of the previous tag's label. */
export function bestTag(scores: ArrayLike<number>, tagCount: number, prev: number): number {
  let best = 0;
  let bestScore = scores[0]!;
  // I- tags sit at even indexes; only the one continuing prev's label (prev rounded up to even) is allowed.
  const inside = prev === 0 ? -1 : prev + (prev & 1);
  for (let t = 1; t < tagCount; t++) {
    if (scores[t]! > bestScore && ((t & 1) === 1 || t === inside)) {
      best = t;
      bestScore = scores[t]!;
    }
  }
  return best;
}

/** Tag every token of the document (with the per-model tables of scorer.ts). */
export function decode(model: TaggerModel, ctx: FeatureContext): Uint8Array {
  const tables = tablesFor(model);
  const state = createDecodeState(ctx.n);
  const scores = new Int32Array(model.tagCount);
  const forced = forcedTags(ctx, model.labels);
  const { norm } = ctx.view;
  for (const s of ctx.view.a.sentences) {
    let prev = 0;
    let prev2 = 0;
    for (let i = s.first; i < s.last; i++) {
      // A KB name may fix the tag; otherwise only tokens that can start or continue a name are scored.
      let tag = forced?.[i] ? forcedTag(forced[i]!, prev) : -1;
      if (tag < 0 && (prev !== 0 ? isContinuationToken(ctx, i) : isCandidateToken(ctx, i))) {
        const memory = state.memory.size ? (state.memory.get(wordOf(ctx, i)) ?? 0) : 0;
        const listed = i >= 2 && prev === 0 && state.tags[i - 2] !== 0 && LIST_SEPARATORS.has(norm[i - 1]!) && ctx.view.a.sentenceOf[i - 2] === ctx.view.a.sentenceOf[i] ? labelOfTag(state.tags[i - 2]!) + 1 : 0;
        scoreToken(model, tables, ctx, i, prev, prev2, memory, listed, scores);
        tag = bestTag(scores, model.tagCount, prev);
      }
      if (tag < 0) tag = 0;
      if (tag !== 0) recordTag(ctx, state, i, tag);
      prev2 = prev;
      prev = tag;
    }
  }
  return state.tags;
}

/** Tag every token by collecting each feature key and looking it up, as training does: the reference for `decode`. */
export function decodeByFeatures(model: TaggerModel, ctx: FeatureContext): Uint8Array {
  const { table, tagCount } = model;
  const state = createDecodeState(ctx.n);
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Int32Array(tagCount);
  const w = table.weights;
  const forced = forcedTags(ctx, model.labels);
  for (const s of ctx.view.a.sentences) {
    let prev = 0;
    let prev2 = 0;
    for (let i = s.first; i < s.last; i++) {
      let tag = forced?.[i] ? forcedTag(forced[i]!, prev) : -1;
      if (tag < 0 && (prev !== 0 ? isContinuationToken(ctx, i) : isCandidateToken(ctx, i))) {
        scores.fill(0);
        const k = collectFeatures(ctx, i, prev, prev2, state, feats);
        for (let f = 0; f < k; f++) {
          const row = lookup(table, feats[f]!);
          if (row < 0) continue;
          for (let t = 0; t < tagCount; t++) scores[t]! += w[row + t]!;
        }
        tag = bestTag(scores, tagCount, prev);
      }
      if (tag < 0) tag = 0;
      if (tag !== 0) recordTag(ctx, state, i, tag);
      prev2 = prev;
      prev = tag;
    }
  }
  return state.tags;
}

export interface TagSpan {
  first: number;
  last: number;
  /** Index into the model's labels. */
  label: number;
}

/** Spans of B(I)* runs. */
export function tagSpans(tags: Uint8Array): TagSpan[] {
  const out: TagSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 0 || isInside(t)) continue;
    let j = i + 1;
    while (j < tags.length && isInside(tags[j]!) && labelOfTag(tags[j]!) === labelOfTag(t)) j++;
    out.push({ first: i, last: j, label: labelOfTag(t) });
    i = j - 1;
  }
  return out;
}

/**
 * Tagger features: what the tagger sees of each token, as hashed integer keys.
 *
 * Per token: its lowercased form, prefix and suffixes, word shape, POS (from wink), the same for neighbours within ±2,
 * two-word conjunctions (never longer: a model must not be able to spell out its training sentences), where it sits in
 * its sentence, whether the sentence is an all-caps headline, and what the knowledge base and the cue lexicons say
 * about it and its neighbours (inside a KB state or organisation name, a capital, a demonym, right after a title, an
 * organisation head word, a verb of saying), and the model's word lists (given names, surnames, common lowercase
 * words). The previous tags and what the document said so far are added at decoding time (see decode.ts).
 *
 * Token attributes are computed lazily and cached, because decoding scores only the tokens that could start or
 * continue a name (see `isCandidateToken`), and most tokens of running text never need theirs. The KB and lexicon
 * flags are in token-flags.ts.
 */
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { GazetteerHit } from '../gazetteer.js';
import type { TokenView } from '../tokens.js';
import { featureKey, hashString, wordHash } from './hashing.js';
import { nameBits, NO_WORD_LISTS, type WordLists } from './model.js';
import { Flag, FLAG_COUNT, NEIGHBOUR_FLAGS, tokenFlags } from './token-flags.js';
import { codePrefix, NO_CLUSTERS, tokenCluster, type WordClusters } from './clusters.js';
import { addDocumentFlags } from './document-flags.js';
import { Group } from './groups.js';
import { shapeHash } from './shape.js';

export { shapeHash, wordShape } from './shape.js';

/** Bumped whenever features change: a model only runs with the feature set it was trained with. */
export const FEATURE_SET = 'entente-tagger-features-2';

/** Feature templates (exported for scorer.ts, which must build exactly the same keys). */
export const enum T {
  Bias = 1,
  W0,
  Wm1,
  Wp1,
  Wm2,
  Wp2,
  Suf2,
  Suf3,
  Suf4,
  Pre3,
  Shape0,
  Shapem1,
  Shapep1,
  Shapem1_0,
  Shape0_p1,
  Pos0,
  Posm1,
  Posp1,
  Posm2,
  Posp2,
  Posm1_0,
  Pos0_p1,
  Wm1_W0,
  W0_Wp1,
  Flag0,
  Flagm1,
  Flagp1,
  Caps_Shape0,
  Caps_W0,
  Start_Shape0,
  Start_W0,
  Name0,
  Namem1,
  Namep1,
  // Decoding-time templates (decode.ts).
  Prev,
  Prev2,
  Prev_W0,
  Prev_Shape0,
  Memory,
  List,
  // Word clusters (groups.ts Group.Clusters): prefixes of the token's code, and of its neighbours'.
  Clu4,
  Clu6,
  Clu10,
  Clu20,
  Clum1_4,
  Clum1_10,
  Clup1_4,
  Clup1_10,
}
export const TEMPLATE = { Prev: T.Prev, Prev2: T.Prev2, PrevW0: T.Prev_W0, PrevShape0: T.Prev_Shape0, Memory: T.Memory, List: T.List } as const;

/** The hash of a position outside the sentence. */
export const NONE = 0x2f2f2f2f;
export const CAPS = 1;
export const START = 2;

/**
 * A document prepared for the tagger: per-token flags, sentence facts, and lazily filled caches of token hashes
 * (0 = not computed yet; hashes are made odd so that 0 never is one).
 */
export interface FeatureContext {
  view: TokenView;
  n: number;
  flags: Uint32Array;
  /** Per token: CAPS (its sentence is an all-caps line, "BRITAIN TO LIFT BAN") | START (first of its sentence). */
  sent: Uint8Array;
  word: Int32Array;
  shape: Int32Array;
  pos: Int32Array;
  /** Per token, 1 + its name-list bits (model.ts `nameBits`); 0 = not looked up yet. */
  names: Uint8Array;
  wordLists: WordLists;
  /** KB names of more than one token (organisations and states): decoding tags them without scoring (see `forcedTags`). */
  kbNames: Array<{ first: number; last: number; type: 'organisation' | 'state' }>;
  /** Per token, scorer.ts's word entry and POS index (+1), filled as decoding meets the token. */
  entries: Array<Int32Array | undefined>;
  posIdx: Uint8Array;
  /** The feature groups in use (groups.ts). */
  groups: number;
  clusters: WordClusters;
  /** Per token, its cluster code; 0 = not looked up yet, -1 = none. */
  clu: Int32Array;
}

/** What a model brings to its feature contexts besides the KB: name lists, clusters, feature groups. */
export interface FeatureResources {
  wordLists?: WordLists;
  clusters?: WordClusters;
  groups?: number;
}

export function createFeatureContext(view: TokenView, hits: readonly GazetteerHit[], kb: KnowledgeBase, resources: FeatureResources = {}): FeatureContext {
  const n = view.n;
  const wordLists = resources.wordLists ?? NO_WORD_LISTS;
  const groups = resources.groups ?? 0;
  const sent = new Uint8Array(n);
  for (const s of view.a.sentences) {
    if (s.first >= n) continue;
    const last = Math.min(s.last, n);
    let letters = 0;
    let upper = 0;
    // upper / letters ≥ 0.8 needs upper ≥ 4 × (letters − upper), and upper can reach at most the sentence's length:
    // stop as soon as the other words are too many for that (after a few words, in running text).
    const most = (last - s.first) / 4;
    for (let k = s.first; k < last && letters - upper <= most; k++) {
      const v = view.a.value[k]!;
      const c = v.charCodeAt(0);
      if (c >= 65 && c <= 90) {
        letters++;
        if (v.length === 1 || isUpperAscii(v)) upper++;
      } else if ((c >= 97 && c <= 122) || c > 191) letters++;
    }
    if (letters >= 2 && upper / letters >= 0.8) sent.fill(CAPS, s.first, last);
    sent[s.first]! |= START;
  }
  const z = () => new Int32Array(n);
  const kbNames: FeatureContext['kbNames'] = [];
  for (const h of hits) {
    const type = h.hit.kind === 'name' ? h.hit.entry?.type : undefined;
    if (h.last - h.first > 1 && (type === 'organisation' || type === 'state')) kbNames.push({ first: h.first, last: h.last, type });
  }
  const flags = tokenFlags(view, hits, kb);
  if (groups) addDocumentFlags(view, hits, sent, flags, groups);
  const clusters = groups & Group.Clusters ? (resources.clusters ?? NO_CLUSTERS) : NO_CLUSTERS;
  return { view, n, flags, sent, word: z(), shape: z(), pos: z(), names: new Uint8Array(n), wordLists, kbNames, entries: new Array(n), posIdx: new Uint8Array(n), groups, clusters, clu: z() };
}

function isUpperAscii(v: string): boolean {
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/**
 * Labels fixed by the KB, per token: a KB organisation or state name of several tokens ("United Nations", "United
 * States") takes the model's organisation or place label without scoring — such names are a third of the capitalised
 * tokens of running text, the KB wins on their span anyway, and decoding them costs as much as the rest. The value is
 * 2 × label + 2 on the name's first token and 2 × label + 3 inside it (0: free); see `forcedTag` for how a tag is
 * read from it in context, so that the tagger can still start a name before the KB name ("Australian" + "Labor
 * Party") or carry one through it ("Communist Party of the Soviet Union").
 */
export function forcedTags(ctx: FeatureContext, labels: readonly string[]): Uint8Array | undefined {
  if (ctx.kbNames.length === 0) return undefined;
  const org = labels.indexOf('organisation');
  const place = labels.indexOf('location') >= 0 ? labels.indexOf('location') : labels.indexOf('state');
  const out = new Uint8Array(ctx.n);
  for (const k of ctx.kbNames) {
    const label = k.type === 'organisation' ? org : place;
    if (label < 0) continue;
    out[k.first] = 2 * label + 2;
    for (let i = k.first + 1; i < k.last; i++) out[i] = 2 * label + 3;
  }
  return out;
}

/**
 * The tag a forced token takes after `prev`, or -1 when it is to be scored after all: a KB name starts its label's
 * name (or continues one of the same label already open), and is scored like any token inside a name of another label.
 */
export function forcedTag(forced: number, prev: number): number {
  const label = (forced - 2) >> 1;
  const first = (forced & 1) === 0;
  if (prev === 0) return first ? 2 * label + 1 : -1;
  if ((prev - 1) >> 1 === label) return 2 * label + 2;
  return -1;
}

/** KB facts that make a capitalised function word worth scoring after all ("The Hague", "A Just Russia"). */
const KB_ANY = Flag.KbState | Flag.KbOrg | Flag.KbTreaty | Flag.Capital | Flag.Demonym;

/**
 * Whether decoding scores token i when the previous tag is O: it could start a name. Capitalised words do, except
 * function words and other words that are never names on their own ("The", "We", "In", "Monday"), which are most of
 * the capitalised tokens of running text (sentence starts); lowercase name particles do before a capitalised word.
 */
export function isCandidateToken(ctx: FeatureContext, i: number): boolean {
  const v = ctx.view.a.value[i]!;
  const c = v.charCodeAt(0);
  if (c >= 65 && c <= 90) {
    const f = ctx.flags[i]!;
    return (f & Flag.FunctionWord) === 0 || (f & KB_ANY) !== 0;
  }
  if (c < 128) return c >= 97 && c <= 122 && (ctx.flags[i]! & Flag.Particle) !== 0 && i + 1 < ctx.n && hasUpper(ctx.view.a.value[i + 1]!);
  return hasUpper(v);
}

/** Lowercase words and signs that occur inside names ("Bank of England", "Boatmen 's", "Procter & Gamble"). */
const INSIDE_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'al', 'el', 'ul', 'ur', 'bin', 'ibn', 'i', 'y', 'e', 'en', 'et', "'s", "'", '’s', '’', '-', '&', '.', '/', '(', ')']);

/**
 * Whether decoding scores token i after a name tag: it could continue the name. Capitalised words, digits and
 * non-ASCII letters do, and the few lowercase words and signs found inside names; the verb or comma after a name does
 * not, and is tagged O unscored.
 */
export function isContinuationToken(ctx: FeatureContext, i: number): boolean {
  const v = ctx.view.a.value[i]!;
  const c = v.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127) return true;
  return INSIDE_WORDS.has(ctx.view.norm[i]!);
}

function hasUpper(v: string): boolean {
  return v !== v.toLowerCase();
}

/**
 * Hashes of a word: [word, last 2, last 3, last 4 characters, first 3]. Cached across documents, keyed by the token's
 * normalised string (whose own hash the gazetteer scan has already made V8 compute), because words repeat and hashing
 * them anew for every occurrence is much of what features cost. Bounded: dropped whole when it grows too large.
 */
const WORD_CACHE_LIMIT = 200_000;
let wordCache = new Map<string, Int32Array>();

export function wordInfo(norm: string): Int32Array {
  let e = wordCache.get(norm);
  if (e === undefined) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache = new Map();
    const L = norm.length;
    e = Int32Array.of(
      wordHash(norm),
      L > 2 ? hashString(norm, L - 2) : NONE,
      L > 3 ? hashString(norm, L - 3) : NONE,
      L > 4 ? hashString(norm, L - 4) : NONE,
      L > 3 ? hashString(norm, 0, 3) : NONE,
    );
    wordCache.set(norm, e);
  }
  return e;
}

const posCache = new Map<string, number>();

export function wordAt(ctx: FeatureContext, j: number): number {
  return ctx.word[j] || (ctx.word[j] = wordInfo(ctx.view.norm[j]!)[0]!);
}

/** Name-list facts of token j, minus one (0: in no list). */
export function nameAt(ctx: FeatureContext, j: number): number {
  let v = ctx.names[j]!;
  if (v === 0) {
    const w = wordAt(ctx, j);
    v = 1 + nameBits(ctx.wordLists, w);
    ctx.names[j] = v;
  }
  return v - 1;
}

export function shapeAt(ctx: FeatureContext, j: number): number {
  return ctx.shape[j] || (ctx.shape[j] = shapeHash(ctx.view.a.value[j]!));
}

export function posAt(ctx: FeatureContext, j: number): number {
  const known = ctx.pos[j];
  if (known) return known;
  const tag = ctx.view.a.pos[j]!;
  let h = posCache.get(tag);
  if (h === undefined) posCache.set(tag, (h = hashString(tag) | 1));
  return (ctx.pos[j] = h);
}

/** Token j's cluster code, or 0 (none, or the model uses no clusters). */
export function clusterAt(ctx: FeatureContext, j: number): number {
  const known = ctx.clu[j]!;
  if (known) return known < 0 ? 0 : known;
  const code = tokenCluster(ctx.clusters, ctx.view.a.value[j]!);
  ctx.clu[j] = code || -1;
  return code;
}

/** The most static features a token can have (buffer size for `staticFeatures`). */
export const MAX_STATIC_FEATURES = 44 + 3 * FLAG_COUNT;

/** Write token i's static feature keys into `out`; returns how many. */
export function staticFeatures(ctx: FeatureContext, i: number, out: Int32Array): number {
  const a = ctx.view.a;
  const s = a.sentences[a.sentenceOf[i]!]!;
  const lo = s.first;
  const hi = Math.min(s.last, ctx.n);
  const w0 = wordAt(ctx, i);
  const s0 = shapeAt(ctx, i);
  const p0 = posAt(ctx, i);
  const m1 = i - 1 >= lo;
  const p1 = i + 1 < hi;
  const wm1 = m1 ? wordAt(ctx, i - 1) : NONE;
  const wp1 = p1 ? wordAt(ctx, i + 1) : NONE;
  const sm1 = m1 ? shapeAt(ctx, i - 1) : NONE;
  const sp1 = p1 ? shapeAt(ctx, i + 1) : NONE;
  const pm1 = m1 ? posAt(ctx, i - 1) : NONE;
  const pp1 = p1 ? posAt(ctx, i + 1) : NONE;
  const m2 = i - 2 >= lo;
  const p2 = i + 2 < hi;
  const info = wordInfo(ctx.view.norm[i]!);
  let k = 0;
  out[k++] = featureKey(T.Bias, 0);
  out[k++] = featureKey(T.W0, w0);
  out[k++] = featureKey(T.Wm1, wm1);
  out[k++] = featureKey(T.Wp1, wp1);
  out[k++] = featureKey(T.Wm2, m2 ? wordAt(ctx, i - 2) : NONE);
  out[k++] = featureKey(T.Wp2, p2 ? wordAt(ctx, i + 2) : NONE);
  out[k++] = featureKey(T.Suf2, info[1]!);
  out[k++] = featureKey(T.Suf3, info[2]!);
  out[k++] = featureKey(T.Suf4, info[3]!);
  out[k++] = featureKey(T.Pre3, info[4]!);
  out[k++] = featureKey(T.Shape0, s0);
  out[k++] = featureKey(T.Shapem1, sm1);
  out[k++] = featureKey(T.Shapep1, sp1);
  out[k++] = featureKey(T.Shapem1_0, sm1, s0);
  out[k++] = featureKey(T.Shape0_p1, s0, sp1);
  out[k++] = featureKey(T.Pos0, p0);
  out[k++] = featureKey(T.Posm1, pm1);
  out[k++] = featureKey(T.Posp1, pp1);
  out[k++] = featureKey(T.Posm2, m2 ? posAt(ctx, i - 2) : NONE);
  out[k++] = featureKey(T.Posp2, p2 ? posAt(ctx, i + 2) : NONE);
  out[k++] = featureKey(T.Posm1_0, pm1, p0);
  out[k++] = featureKey(T.Pos0_p1, p0, pp1);
  out[k++] = featureKey(T.Wm1_W0, wm1, w0);
  out[k++] = featureKey(T.W0_Wp1, w0, wp1);
  const sent = ctx.sent[i]!;
  const caps = sent & CAPS;
  out[k++] = featureKey(T.Caps_Shape0, caps, s0);
  if (caps) out[k++] = featureKey(T.Caps_W0, w0);
  const start = (sent & START) >> 1;
  out[k++] = featureKey(T.Start_Shape0, start, s0);
  if (start) out[k++] = featureKey(T.Start_W0, w0);
  const n0 = nameAt(ctx, i);
  if (n0) out[k++] = featureKey(T.Name0, n0);
  const nm1 = m1 ? nameAt(ctx, i - 1) : 0;
  if (nm1) out[k++] = featureKey(T.Namem1, nm1);
  const np1 = p1 ? nameAt(ctx, i + 1) : 0;
  if (np1) out[k++] = featureKey(T.Namep1, np1);
  if (ctx.groups & Group.Clusters) {
    const c0 = clusterAt(ctx, i);
    if (c0) {
      out[k++] = featureKey(T.Clu4, codePrefix(c0, 4));
      out[k++] = featureKey(T.Clu6, codePrefix(c0, 6));
      out[k++] = featureKey(T.Clu10, codePrefix(c0, 10));
      out[k++] = featureKey(T.Clu20, codePrefix(c0, 20));
    }
    const cm1 = m1 ? clusterAt(ctx, i - 1) : 0;
    if (cm1) {
      out[k++] = featureKey(T.Clum1_4, codePrefix(cm1, 4));
      out[k++] = featureKey(T.Clum1_10, codePrefix(cm1, 10));
    }
    const cp1 = p1 ? clusterAt(ctx, i + 1) : 0;
    if (cp1) {
      out[k++] = featureKey(T.Clup1_4, codePrefix(cp1, 4));
      out[k++] = featureKey(T.Clup1_10, codePrefix(cp1, 10));
    }
  }
  k = flagFeatures(T.Flag0, ctx.flags[i]!, out, k);
  if (m1) k = flagFeatures(T.Flagm1, ctx.flags[i - 1]! & NEIGHBOUR_FLAGS, out, k);
  if (p1) k = flagFeatures(T.Flagp1, ctx.flags[i + 1]! & NEIGHBOUR_FLAGS, out, k);
  return k;
}

function flagFeatures(template: number, flags: number, out: Int32Array, k: number): number {
  while (flags !== 0) {
    const b = 31 - Math.clz32(flags);
    out[k++] = featureKey(template, b + 1);
    flags &= ~(1 << b);
  }
  return k;
}

/** The word hash of token i (decoding-time features pair it with the previous tag). */
export function wordOf(ctx: FeatureContext, i: number): number {
  return wordAt(ctx, i);
}

export function shapeOf(ctx: FeatureContext, i: number): number {
  return shapeAt(ctx, i);
}

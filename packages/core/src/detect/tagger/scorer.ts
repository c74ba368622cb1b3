/**
 * Fast scoring for decoding: the same sums as collecting a token's feature keys and looking each one up
 * (features.ts, decode.ts `collectFeatures`), from tables built per model instead.
 *
 * Most features depend on one thing only: the token's own word (word, affixes, shape, name lists), a neighbour's word,
 * a POS tag, a flag, the previous tags. Their weights are summed once per distinct word (a word entry, cached per
 * model) or kept in small dense tables, so that scoring a token costs a handful of cached vectors and six hashed
 * lookups (the two-word and tag-word conjunctions) instead of some forty. Weights are integers, so the order of the
 * sums cannot change a result; a test checks the two paths tag alike.
 */
import { featureKey, hashString } from './hashing.js';
import { CAPS, NONE, shapeHash, START, T, wordInfo, type FeatureContext } from './features.js';
import { codePrefix, tokenCluster } from './clusters.js';
import { Group } from './groups.js';
import { FLAG_COUNT, NEIGHBOUR_FLAGS } from './token-flags.js';
import { lookup, nameBits, type TaggerModel } from './model.js';

/**
 * Vectors of a word entry, in units of tagCount, then its word and shape hashes. The first four are the token itself
 * (bias, word, affixes, shape, name lists) on a normal or all-caps line (+1), at a sentence start or not (+2).
 */
const SELF = 0;
const LEFT1 = 4; // as the token before: word, shape, name lists
const RIGHT1 = 5;
const LEFT2 = 6; // as the token two before: word
const RIGHT2 = 7;
const VECTORS = 8;

const POS_UNI = [T.Pos0, T.Posm1, T.Posp1, T.Posm2, T.Posp2] as const;
const MAX_POS = 64;
/** Caches are dropped whole past this many entries, so memory stays bounded on any input. */
const ENTRY_LIMIT = 100_000;

export interface Tables {
  tagCount: number;
  words: Map<string, Int32Array>;
  none: Int32Array;
  /** [template slot][pos index] vectors; pos index 0 is "outside the sentence". */
  posUni: Int32Array;
  posUniReady: Uint8Array;
  posBi: Map<number, Int32Array>;
  posWindows: Map<number, Int32Array>;
  flagSets: Array<Map<number, Int32Array>>;
  flag0: Int32Array;
  flagm1: Int32Array;
  flagp1: Int32Array;
  /** Prev(prev) + Prev2(prev2, prev), at (prev2 × tagCount + prev) × tagCount. */
  prevPair: Int32Array;
  memory: Int32Array;
  list: Int32Array;
}

const tablesOf = new WeakMap<TaggerModel, Tables>();
/** POS tag → small index (0: outside the sentence). wink has a fixed tag set, so this stays tiny. */
const posIndex = new Map<string, number>();
const posHashes: number[] = [NONE];

function posOf(tag: string): number {
  let k = posIndex.get(tag);
  if (k === undefined) {
    k = posHashes.length;
    if (k >= MAX_POS) throw new Error(`tagger: more than ${MAX_POS} POS tags`);
    posIndex.set(tag, k);
    posHashes.push(hashString(tag) | 1);
  }
  return k;
}

/** Token j's POS index, kept per token in the context. */
function posAtIndex(ctx: FeatureContext, j: number): number {
  const k = ctx.posIdx[j]!;
  if (k !== 0) return k;
  return (ctx.posIdx[j] = posOf(ctx.view.a.pos[j]!));
}

/** Add the weights of one feature key into `out` at `at`. */
function addKey(model: TaggerModel, key: number, out: Int32Array, at: number): void {
  const row = lookup(model.table, key);
  if (row < 0) return;
  const w = model.table.weights;
  for (let t = 0; t < model.tagCount; t++) out[at + t]! += w[row + t]!;
}

export function tablesFor(model: TaggerModel): Tables {
  let tables = tablesOf.get(model);
  if (tables) return tables;
  const n = model.tagCount;
  const labels = model.labels.length;
  const vec = (count: number, fill: (out: Int32Array, i: number) => void) => {
    const out = new Int32Array(count * n);
    for (let i = 0; i < count; i++) fill(out, i);
    return out;
  };
  const none = new Int32Array(VECTORS * n);
  addKey(model, featureKey(T.Wm1, NONE), none, LEFT1 * n);
  addKey(model, featureKey(T.Shapem1, NONE), none, LEFT1 * n);
  addKey(model, featureKey(T.Wp1, NONE), none, RIGHT1 * n);
  addKey(model, featureKey(T.Shapep1, NONE), none, RIGHT1 * n);
  addKey(model, featureKey(T.Wm2, NONE), none, LEFT2 * n);
  addKey(model, featureKey(T.Wp2, NONE), none, RIGHT2 * n);
  tables = {
    tagCount: n,
    words: new Map(),
    none,
    posUni: new Int32Array(POS_UNI.length * MAX_POS * n),
    posUniReady: new Uint8Array(POS_UNI.length * MAX_POS),
    posBi: new Map(),
    posWindows: new Map(),
    flagSets: [new Map(), new Map(), new Map()],
    flag0: vec(FLAG_COUNT, (o, b) => addKey(model, featureKey(T.Flag0, b + 1), o, b * n)),
    flagm1: vec(FLAG_COUNT, (o, b) => addKey(model, featureKey(T.Flagm1, b + 1), o, b * n)),
    flagp1: vec(FLAG_COUNT, (o, b) => addKey(model, featureKey(T.Flagp1, b + 1), o, b * n)),
    prevPair: vec(n * n, (o, i) => {
      addKey(model, featureKey(T.Prev, (i % n) + 1), o, i * n);
      addKey(model, featureKey(T.Prev2, Math.floor(i / n) + 1, (i % n) + 1), o, i * n);
    }),
    memory: vec(labels + 1, (o, l) => addKey(model, featureKey(T.Memory, l), o, l * n)),
    list: vec(labels + 1, (o, l) => addKey(model, featureKey(T.List, l), o, l * n)),
  };
  tablesOf.set(model, tables);
  return tables;
}

/** The entry of token j's surface form: its vectors and its word and shape hashes (kept per token in the context). */
function entryOf(model: TaggerModel, tables: Tables, ctx: FeatureContext, j: number): Int32Array {
  return ctx.entries[j] ?? (ctx.entries[j] = wordEntry(model, tables, ctx, j));
}

function wordEntry(model: TaggerModel, tables: Tables, ctx: FeatureContext, j: number): Int32Array {
  const value = ctx.view.a.value[j]!;
  let e = tables.words.get(value);
  if (e !== undefined) return e;
  if (tables.words.size >= ENTRY_LIMIT) tables.words.clear();
  const n = tables.tagCount;
  e = new Int32Array(VECTORS * n + 2);
  const info = wordInfo(ctx.view.norm[j]!);
  const w = info[0]!;
  const s = shapeHash(value);
  const lists = model.wordLists;
  const name = nameBits(lists, w);
  const self = new Int32Array(n);
  for (const [t, v] of [[T.Bias, 0], [T.W0, w], [T.Suf2, info[1]!], [T.Suf3, info[2]!], [T.Suf4, info[3]!], [T.Pre3, info[4]!], [T.Shape0, s]] as const) {
    addKey(model, featureKey(t, v), self, 0);
  }
  if (name) addKey(model, featureKey(T.Name0, name), self, 0);
  // Word clusters depend on the word as written only, so they cost nothing past the first occurrence of a word.
  const code = model.groups & Group.Clusters ? tokenCluster(model.clusters, value) : 0;
  if (code) for (const [t, bits] of [[T.Clu4, 4], [T.Clu6, 6], [T.Clu10, 10], [T.Clu20, 20]] as const) addKey(model, featureKey(t, codePrefix(code, bits)), self, 0);
  for (let c = 0; c < 4; c++) {
    const at = (SELF + c) * n;
    e.set(self, at);
    const caps = c & 1;
    const start = c >> 1;
    addKey(model, featureKey(T.Caps_Shape0, caps, s), e, at);
    if (caps) addKey(model, featureKey(T.Caps_W0, w), e, at);
    addKey(model, featureKey(T.Start_Shape0, start, s), e, at);
    if (start) addKey(model, featureKey(T.Start_W0, w), e, at);
  }
  addKey(model, featureKey(T.Wm1, w), e, LEFT1 * n);
  addKey(model, featureKey(T.Shapem1, s), e, LEFT1 * n);
  if (name) addKey(model, featureKey(T.Namem1, name), e, LEFT1 * n);
  if (code) {
    addKey(model, featureKey(T.Clum1_4, codePrefix(code, 4)), e, LEFT1 * n);
    addKey(model, featureKey(T.Clum1_10, codePrefix(code, 10)), e, LEFT1 * n);
    addKey(model, featureKey(T.Clup1_4, codePrefix(code, 4)), e, RIGHT1 * n);
    addKey(model, featureKey(T.Clup1_10, codePrefix(code, 10)), e, RIGHT1 * n);
  }
  addKey(model, featureKey(T.Wp1, w), e, RIGHT1 * n);
  addKey(model, featureKey(T.Shapep1, s), e, RIGHT1 * n);
  if (name) addKey(model, featureKey(T.Namep1, name), e, RIGHT1 * n);
  addKey(model, featureKey(T.Wm2, w), e, LEFT2 * n);
  addKey(model, featureKey(T.Wp2, w), e, RIGHT2 * n);
  e[VECTORS * n] = w;
  e[VECTORS * n + 1] = s;
  tables.words.set(value, e);
  return e;
}

function add(scores: Int32Array, v: Int32Array, at: number, n: number): void {
  for (let t = 0; t < n; t++) scores[t]! += v[at + t]!;
}

function posUni(model: TaggerModel, tables: Tables, slot: number, p: number): number {
  const k = slot * MAX_POS + p;
  const at = k * tables.tagCount;
  if (!tables.posUniReady[k]) {
    addKey(model, featureKey(POS_UNI[slot]!, posHashes[p]!), tables.posUni, at);
    tables.posUniReady[k] = 1;
  }
  return at;
}

function posBi(model: TaggerModel, tables: Tables, template: T.Posm1_0 | T.Pos0_p1, a: number, b: number): Int32Array {
  const k = (template === T.Posm1_0 ? 0 : MAX_POS * MAX_POS) + a * MAX_POS + b;
  let v = tables.posBi.get(k);
  if (!v) {
    v = new Int32Array(tables.tagCount);
    addKey(model, featureKey(template, posHashes[a]!, posHashes[b]!), v, 0);
    tables.posBi.set(k, v);
  }
  return v;
}

/** The POS features of a window of five tags (unigrams at −2…+2 and the two bigrams with the token), summed once. */
function posWindow(model: TaggerModel, tables: Tables, pm2: number, pm1: number, p0: number, pp1: number, pp2: number): Int32Array {
  const key = (((pm2 * MAX_POS + pm1) * MAX_POS + p0) * MAX_POS + pp1) * MAX_POS + pp2;
  let v = tables.posWindows.get(key);
  if (!v) {
    if (tables.posWindows.size >= ENTRY_LIMIT) tables.posWindows.clear();
    const n = tables.tagCount;
    v = new Int32Array(n);
    [p0, pm1, pp1, pm2, pp2].forEach((p, slot) => add(v!, tables.posUni, posUni(model, tables, slot, p), n));
    add(v, posBi(model, tables, T.Posm1_0, pm1, p0), 0, n);
    add(v, posBi(model, tables, T.Pos0_p1, p0, pp1), 0, n);
    tables.posWindows.set(key, v);
  }
  return v;
}

/** The summed vectors of a set of flags (one of the flag tables), cached by the flags' value. */
function flagVector(tables: Tables, kind: 0 | 1 | 2, flags: number): Int32Array {
  const cache = tables.flagSets[kind]!;
  let v = cache.get(flags);
  if (!v) {
    if (cache.size >= ENTRY_LIMIT) cache.clear();
    const n = tables.tagCount;
    const table = kind === 0 ? tables.flag0 : kind === 1 ? tables.flagm1 : tables.flagp1;
    v = new Int32Array(n);
    for (let f = flags; f !== 0; ) {
      const b = 31 - Math.clz32(f);
      add(v, table, b * n, n);
      f &= ~(1 << b);
    }
    cache.set(flags, v);
  }
  return v;
}

/**
 * Scores of token i (into `scores`, which is overwritten), given the previous tags, the label a word got earlier
 * (`memory`, 0 if none) and the label of a name listed just before (`listed`, 0 if none).
 */
export function scoreToken(model: TaggerModel, tables: Tables, ctx: FeatureContext, i: number, prev: number, prev2: number, memory: number, listed: number, scores: Int32Array): void {
  const n = tables.tagCount;
  const a = ctx.view.a;
  const s = a.sentences[a.sentenceOf[i]!]!;
  const lo = s.first;
  const hi = Math.min(s.last, ctx.n);
  scores.fill(0);
  const e0 = entryOf(model, tables, ctx, i);
  const w0 = e0[VECTORS * n]!;
  const s0 = e0[VECTORS * n + 1]!;
  const sent = ctx.sent[i]!;
  add(scores, e0, (SELF + (sent & CAPS ? 1 : 0) + (sent & START ? 2 : 0)) * n, n);
  const m1 = i - 1 >= lo;
  const p1 = i + 1 < hi;
  const em1 = m1 ? entryOf(model, tables, ctx, i - 1) : tables.none;
  const ep1 = p1 ? entryOf(model, tables, ctx, i + 1) : tables.none;
  add(scores, em1, LEFT1 * n, n);
  add(scores, ep1, RIGHT1 * n, n);
  add(scores, i - 2 >= lo ? entryOf(model, tables, ctx, i - 2) : tables.none, LEFT2 * n, n);
  add(scores, i + 2 < hi ? entryOf(model, tables, ctx, i + 2) : tables.none, RIGHT2 * n, n);
  // POS: unigrams at −2…+2 and the two bigrams with the token.
  const p0 = posAtIndex(ctx, i);
  const pm1 = m1 ? posAtIndex(ctx, i - 1) : 0;
  const pp1 = p1 ? posAtIndex(ctx, i + 1) : 0;
  const pm2 = i - 2 >= lo ? posAtIndex(ctx, i - 2) : 0;
  const pp2 = i + 2 < hi ? posAtIndex(ctx, i + 2) : 0;
  add(scores, posWindow(model, tables, pm2, pm1, p0, pp1, pp2), 0, n);
  // Conjunctions of two hashes: looked up directly.
  const wm1 = m1 ? em1[VECTORS * n]! : NONE;
  const wp1 = p1 ? ep1[VECTORS * n]! : NONE;
  const sm1 = m1 ? em1[VECTORS * n + 1]! : NONE;
  const sp1 = p1 ? ep1[VECTORS * n + 1]! : NONE;
  addKey(model, featureKey(T.Shapem1_0, sm1, s0), scores, 0);
  addKey(model, featureKey(T.Shape0_p1, s0, sp1), scores, 0);
  addKey(model, featureKey(T.Wm1_W0, wm1, w0), scores, 0);
  addKey(model, featureKey(T.W0_Wp1, w0, wp1), scores, 0);
  addKey(model, featureKey(T.Prev_W0, prev + 1, w0), scores, 0);
  addKey(model, featureKey(T.Prev_Shape0, prev + 1, s0), scores, 0);
  // Flags, previous tags, document memory, lists.
  add(scores, flagVector(tables, 0, ctx.flags[i]!), 0, n);
  if (m1) add(scores, flagVector(tables, 1, ctx.flags[i - 1]! & NEIGHBOUR_FLAGS), 0, n);
  if (p1) add(scores, flagVector(tables, 2, ctx.flags[i + 1]! & NEIGHBOUR_FLAGS), 0, n);
  add(scores, tables.prevPair, (prev2 * n + prev) * n, n);
  if (memory) add(scores, tables.memory, memory * n, n);
  if (listed) add(scores, tables.list, listed * n, n);
}

/**
 * Tagger features: what the tagger sees of each token, as hashed integer keys.
 *
 * Per token: its lowercased form, prefix and suffixes, word shape, POS (from wink), the same for neighbours within ±2,
 * two-word conjunctions (never longer: a model must not be able to spell out its training sentences), where it sits in
 * its sentence, whether the sentence is an all-caps headline, and what the knowledge base and the cue lexicons say
 * about it and its neighbours (inside a KB state or organisation name, a capital, a demonym, right after a title, an
 * organisation head word, a verb of saying). The previous tags are added at decoding time (see decode.ts).
 *
 * Token attributes are computed lazily and cached, because decoding scores only the tokens that could start or
 * continue a name (see `isCandidateToken`), and most tokens of running text never need theirs.
 */
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { normaliseName } from '../../knowledge/normalise.js';
import type { GazetteerHit } from '../gazetteer.js';
import { ORG_HEADS, SPEECH_VERBS, TREATY_HEADS, NON_ENTITY_WORDS } from '../lexicon.js';
import { TITLES } from '../persons.js';
import { matchPhrase, type TokenView } from '../tokens.js';
import { featureKey, hashString } from './hashing.js';

/** Bumped whenever features change: a model only runs with the feature set it was trained with. */
export const FEATURE_SET = 'entente-tagger-features-1';

/** Per-token flags from the KB and the cue lexicons. */
export const enum Flag {
  KbState = 1 << 0,
  KbStateStart = 1 << 1,
  KbOrg = 1 << 2,
  KbOrgStart = 1 << 3,
  KbTreaty = 1 << 4,
  KbBlock = 1 << 5,
  Capital = 1 << 6,
  Demonym = 1 << 7,
  AfterTitle = 1 << 8,
  InTitle = 1 << 9,
  OrgHead = 1 << 10,
  TreatyHead = 1 << 11,
  SpeechVerb = 1 << 12,
  NonEntity = 1 << 13,
  Particle = 1 << 14,
  /** A word of some KB organisation name ("democratic", "front", "greens"), wherever it is found. */
  OrgWord = 1 << 15,
  /** A word of some KB state name ("republic", "korea"), wherever it is found. */
  StateWord = 1 << 16,
  /** In a run of capitalised words that ends in an organisation head ("Ulster Unionist Party"). */
  RunOrgHead = 1 << 17,
  RunFirst = 1 << 18,
  RunLast = 1 << 19,
  RunLong = 1 << 20,
}
const FLAG_COUNT = 21;
/** The flags worth seeing on neighbours (a title before, a head word or a verb of saying after). */
const NEIGHBOUR_FLAGS = Flag.AfterTitle | Flag.InTitle | Flag.OrgHead | Flag.TreatyHead | Flag.SpeechVerb | Flag.KbState | Flag.KbOrg | Flag.Demonym | Flag.Capital | Flag.OrgWord | Flag.StateWord;

const enum T {
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
  Wm1_Shape0,
  Shape0_Wp1,
  Flag0,
  Flagm1,
  Flagp1,
  Caps_Shape0,
  Caps_W0,
  Start_Shape0,
  Start_W0,
  Len,
  // Decoding-time templates (decode.ts).
  Prev,
  Prev2,
  Prev_W0,
  Prev_Shape0,
  Memory,
  List,
}
export const TEMPLATE = { Prev: T.Prev, Prev2: T.Prev2, PrevW0: T.Prev_W0, PrevShape0: T.Prev_Shape0, Memory: T.Memory, List: T.List } as const;

/** Lowercase particles inside names ("Ursula von der Leyen", "Bashar al-Assad"): scored even though lowercase. */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'abu', 'ter', 'mac', 'of', 'for', 'and', 'the', '&']);

const NONE = 0x2f2f2f2f; // the hash of a position outside the sentence

/** A document prepared for the tagger: cached token attributes and per-token flags. */
export interface FeatureContext {
  view: TokenView;
  n: number;
  flags: Uint32Array;
  /** Sentence of each token is an all-caps line (CoNLL-style headline, "BRITAIN TO LIFT BAN"). */
  caps: Uint8Array;
  /** Whether a token starts its sentence. */
  sentStart: Uint8Array;
  ready: Uint8Array;
  word: Int32Array;
  shape: Int32Array;
  pos: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  pre3: Int32Array;
  len: Int32Array;
}

export function createFeatureContext(view: TokenView, hits: readonly GazetteerHit[], kb: KnowledgeBase): FeatureContext {
  const n = view.n;
  const ctx: FeatureContext = {
    view,
    n,
    flags: new Uint32Array(n),
    caps: new Uint8Array(n),
    sentStart: new Uint8Array(n),
    ready: new Uint8Array(n),
    word: new Int32Array(n),
    shape: new Int32Array(n),
    pos: new Int32Array(n),
    suf2: new Int32Array(n),
    suf3: new Int32Array(n),
    suf4: new Int32Array(n),
    pre3: new Int32Array(n),
    len: new Int32Array(n),
  };
  const { flags } = ctx;
  for (const h of hits) {
    const e = h.hit.entry;
    let inside = 0;
    let start = 0;
    if (h.hit.kind === 'block') inside = Flag.KbBlock;
    else if (h.hit.kind === 'capital') inside = Flag.Capital;
    else if (h.hit.kind === 'demonym') inside = Flag.Demonym;
    else if (e?.type === 'state') [inside, start] = [Flag.KbState, Flag.KbStateStart];
    else if (e?.type === 'organisation') [inside, start] = [Flag.KbOrg, Flag.KbOrgStart];
    else if (e?.type === 'treaty') inside = Flag.KbTreaty;
    for (let k = h.first; k < h.last; k++) flags[k]! |= inside;
    flags[h.first]! |= start;
  }
  // One map lookup per token gives every word-list flag (lexicons and KB vocabulary).
  const words = wordFlags(kb);
  for (let i = 0; i < n; i++) {
    const f = words.get(view.norm[i]!);
    if (f === undefined) continue;
    flags[i]! |= f & ~TITLE_START;
    if (f & TITLE_START) {
      const titleEnd = matchPhrase(view, TITLES, i);
      if (titleEnd > i) {
        for (let k = i; k < titleEnd; k++) flags[k]! |= Flag.InTitle;
        if (titleEnd < n) flags[titleEnd]! |= Flag.AfterTitle;
      }
    }
  }
  for (const s of view.a.sentences) {
    if (s.first >= n) continue;
    ctx.sentStart[s.first] = 1;
    let letters = 0;
    let upper = 0;
    for (let k = s.first; k < s.last; k++) {
      const c = view.a.value[k]!.charCodeAt(0);
      if (c >= 65 && c <= 90) {
        letters++;
        const v = view.a.value[k]!;
        if (v.length === 1 || v === v.toUpperCase()) upper++;
      } else if ((c >= 97 && c <= 122) || c > 191) letters++;
    }
    if (letters >= 2 && upper / letters >= 0.8) ctx.caps.fill(1, s.first, s.last);
    markRuns(ctx, s.first, s.last);
  }
  return ctx;
}

/** Flags of runs of capitalised words (with "of", "for", "and"… between them) within [first, last). */
function markRuns(ctx: FeatureContext, first: number, last: number): void {
  const { flags, view } = ctx;
  let i = first;
  while (i < last) {
    if (!capitalisedWord(view.a.value[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    let words = 1;
    let head = flags[i]! & Flag.OrgHead;
    while (j < last) {
      if (capitalisedWord(view.a.value[j]!)) {
        head |= flags[j]! & Flag.OrgHead;
        words++;
        j++;
      } else if (j + 1 < last && CONNECTORS.has(view.norm[j]!) && capitalisedWord(view.a.value[j + 1]!)) {
        j++;
      } else break;
    }
    const run = (head ? Flag.RunOrgHead : 0) | (words >= 3 ? Flag.RunLong : 0);
    for (let k = i; k < j; k++) flags[k]! |= run;
    flags[i]! |= Flag.RunFirst;
    flags[j - 1]! |= Flag.RunLast;
    i = j;
  }
}

function capitalisedWord(v: string): boolean {
  const c = v.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 191 && v !== v.toLowerCase());
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'del', 'di', 'da', '&', 'on', 'in']);
const TITLE_START = 1 << 30;
/** Words too common to say anything as KB vocabulary. */
const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'de', 'la', 'le', 'du', 'des', 'del', 'for', 'at', 'by', 'with', '&', '-', ',', '(', ')', "'s"]);
const wordFlagCache = new WeakMap<KnowledgeBase, Map<string, number>>();

/** word → flags from the cue lexicons and the words of KB names, built once per KB. */
function wordFlags(kb: KnowledgeBase): Map<string, number> {
  let m = wordFlagCache.get(kb);
  if (m) return m;
  m = new Map();
  const add = (w: string, f: number) => m!.set(w, (m!.get(w) ?? 0) | f);
  for (const w of ORG_HEADS) add(w, Flag.OrgHead);
  for (const w of TREATY_HEADS) add(w, Flag.TreatyHead);
  for (const w of SPEECH_VERBS) add(w, Flag.SpeechVerb);
  for (const w of NON_ENTITY_WORDS) add(w, Flag.NonEntity);
  for (const w of PARTICLES) add(w, Flag.Particle);
  for (const w of TITLES.firstTokens) add(w, TITLE_START);
  for (const entry of kb.entries.values()) {
    const f = entry.type === 'organisation' ? Flag.OrgWord : entry.type === 'state' ? Flag.StateWord : 0;
    if (!f) continue;
    for (const name of entry.names) {
      for (const w of normaliseName(name).split(/[\s()]+/)) if (w.length > 1 && !STOP.has(w) && /[a-z]/.test(w)) add(w, f);
    }
  }
  wordFlagCache.set(kb, m);
  return m;
}

/** Whether decoding scores token i when the previous tag is O: it could start a name. */
export function isCandidateToken(ctx: FeatureContext, i: number): boolean {
  const v = ctx.view.a.value[i]!;
  const c = v.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return c >= 48 && c <= 57 ? false : (ctx.flags[i]! & Flag.Particle) !== 0 && i + 1 < ctx.n && hasUpper(ctx.view.a.value[i + 1]!);
  return hasUpper(v);
}

function hasUpper(v: string): boolean {
  return v !== v.toLowerCase();
}

/** Word shape, compressed: "Obama" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d", "McDonald" → "XxXx". */
export function wordShape(v: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < v.length && out.length < 8; i++) {
    const ch = v[i]!;
    const k = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function prepare(ctx: FeatureContext, i: number): void {
  const w = ctx.view.norm[i]!;
  const v = ctx.view.a.value[i]!;
  ctx.word[i] = hashString(w);
  ctx.shape[i] = hashString(wordShape(v));
  ctx.pos[i] = hashString(ctx.view.a.pos[i]!);
  const L = w.length;
  ctx.suf2[i] = L > 2 ? hashString(w, L - 2) : NONE;
  ctx.suf3[i] = L > 3 ? hashString(w, L - 3) : NONE;
  ctx.suf4[i] = L > 4 ? hashString(w, L - 4) : NONE;
  ctx.pre3[i] = L > 3 ? hashString(w, 0, 3) : NONE;
  ctx.len[i] = L > 12 ? 12 : L;
  ctx.ready[i] = 1;
}

/** Token j's attributes, or NONE outside the sentence of token i. */
function at(ctx: FeatureContext, i: number, j: number, field: 'word' | 'shape' | 'pos'): number {
  if (j < 0 || j >= ctx.n || ctx.view.a.sentenceOf[j] !== ctx.view.a.sentenceOf[i]) return NONE;
  if (!ctx.ready[j]) prepare(ctx, j);
  return ctx[field][j]!;
}

function flagsAt(ctx: FeatureContext, i: number, j: number): number {
  if (j < 0 || j >= ctx.n || ctx.view.a.sentenceOf[j] !== ctx.view.a.sentenceOf[i]) return 0;
  return ctx.flags[j]!;
}

/** The most static features a token can have (buffer size for `staticFeatures`). */
export const MAX_STATIC_FEATURES = 40 + 3 * FLAG_COUNT;

/** Write token i's static feature keys into `out`; returns how many. */
export function staticFeatures(ctx: FeatureContext, i: number, out: Int32Array): number {
  if (!ctx.ready[i]) prepare(ctx, i);
  let k = 0;
  const w0 = ctx.word[i]!;
  const s0 = ctx.shape[i]!;
  const p0 = ctx.pos[i]!;
  const wm1 = at(ctx, i, i - 1, 'word');
  const wp1 = at(ctx, i, i + 1, 'word');
  const sm1 = at(ctx, i, i - 1, 'shape');
  const sp1 = at(ctx, i, i + 1, 'shape');
  const pm1 = at(ctx, i, i - 1, 'pos');
  const pp1 = at(ctx, i, i + 1, 'pos');
  out[k++] = featureKey(T.Bias, 0);
  out[k++] = featureKey(T.W0, w0);
  out[k++] = featureKey(T.Wm1, wm1);
  out[k++] = featureKey(T.Wp1, wp1);
  out[k++] = featureKey(T.Wm2, at(ctx, i, i - 2, 'word'));
  out[k++] = featureKey(T.Wp2, at(ctx, i, i + 2, 'word'));
  out[k++] = featureKey(T.Suf2, ctx.suf2[i]!);
  out[k++] = featureKey(T.Suf3, ctx.suf3[i]!);
  out[k++] = featureKey(T.Suf4, ctx.suf4[i]!);
  out[k++] = featureKey(T.Pre3, ctx.pre3[i]!);
  out[k++] = featureKey(T.Shape0, s0);
  out[k++] = featureKey(T.Shapem1, sm1);
  out[k++] = featureKey(T.Shapep1, sp1);
  out[k++] = featureKey(T.Shapem1_0, sm1, s0);
  out[k++] = featureKey(T.Shape0_p1, s0, sp1);
  out[k++] = featureKey(T.Pos0, p0);
  out[k++] = featureKey(T.Posm1, pm1);
  out[k++] = featureKey(T.Posp1, pp1);
  out[k++] = featureKey(T.Posm2, at(ctx, i, i - 2, 'pos'));
  out[k++] = featureKey(T.Posp2, at(ctx, i, i + 2, 'pos'));
  out[k++] = featureKey(T.Posm1_0, pm1, p0);
  out[k++] = featureKey(T.Pos0_p1, p0, pp1);
  out[k++] = featureKey(T.Wm1_W0, wm1, w0);
  out[k++] = featureKey(T.W0_Wp1, w0, wp1);
  out[k++] = featureKey(T.Wm1_Shape0, wm1, s0);
  out[k++] = featureKey(T.Shape0_Wp1, s0, wp1);
  out[k++] = featureKey(T.Len, ctx.len[i]!);
  const caps = ctx.caps[i]!;
  out[k++] = featureKey(T.Caps_Shape0, caps, s0);
  if (caps) out[k++] = featureKey(T.Caps_W0, w0);
  const start = ctx.sentStart[i]!;
  out[k++] = featureKey(T.Start_Shape0, start, s0);
  if (start) out[k++] = featureKey(T.Start_W0, w0);
  k = flagFeatures(T.Flag0, ctx.flags[i]!, out, k);
  k = flagFeatures(T.Flagm1, flagsAt(ctx, i, i - 1) & NEIGHBOUR_FLAGS, out, k);
  k = flagFeatures(T.Flagp1, flagsAt(ctx, i, i + 1) & NEIGHBOUR_FLAGS, out, k);
  return k;
}

function flagFeatures(template: number, flags: number, out: Int32Array, k: number): number {
  for (let b = 0; flags !== 0 && b < FLAG_COUNT; b++) {
    if (flags & (1 << b)) {
      out[k++] = featureKey(template, b + 1);
      flags &= ~(1 << b);
    }
  }
  return k;
}

/** The word hash of token i (decoding-time features pair it with the previous tag). */
export function wordOf(ctx: FeatureContext, i: number): number {
  if (!ctx.ready[i]) prepare(ctx, i);
  return ctx.word[i]!;
}

export function shapeOf(ctx: FeatureContext, i: number): number {
  if (!ctx.ready[i]) prepare(ctx, i);
  return ctx.shape[i]!;
}

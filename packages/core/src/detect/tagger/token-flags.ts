/**
 * What the knowledge base and the cue lexicons say about each token, as bit flags the tagger turns into features:
 * inside a KB state or organisation name, a capital, a demonym, right after a title, an organisation head word, a verb
 * of saying, a word that occurs in KB organisation names, and the shape of the capitalised run it sits in. These are
 * what lets a model trained on 1996 news generalise to names it never saw ("… Unionist Party", "Foreign Minister X").
 */
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { normaliseName } from '../../knowledge/normalise.js';
import type { GazetteerHit } from '../gazetteer.js';
import { NON_ENTITY_WORDS, ORG_HEADS, SPEECH_VERBS, TREATY_HEADS } from '../lexicon.js';
import { TITLES } from '../persons.js';
import { matchPhrase, type TokenView } from '../tokens.js';
import { createWordFilter } from './word-filter.js';

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
  /** In a run of capitalised words that holds an organisation head ("Ulster Unionist Party"). */
  RunOrgHead = 1 << 17,
  RunFirst = 1 << 18,
  RunLast = 1 << 19,
  RunLong = 1 << 20,
  /** A function word ("The", "We", "In"): decoding does not score it at the start of a name (features.ts). */
  FunctionWord = 1 << 21,
  /** In brackets right after a capitalised word: "the Democratic Unionist Party ( DUP )". */
  Bracketed = 1 << 22,
  // Feature groups (groups.ts), set by features.ts `createFeatureContext` when the model uses them.
  /** Capitalised, and the document writes the same word capitalised in non-initial position elsewhere. */
  DocCapMid = 1 << 23,
  /** Capitalised, and the document writes the same word in lowercase elsewhere ("the Party" … "a party"). */
  DocLower = 1 << 24,
  /** Inside a KB person's name. */
  KbPerson = 1 << 25,
  /** On a title or headline line. */
  Headline = 1 << 26,
}
export const FLAG_COUNT = 27;

/** The flags worth seeing on neighbours (a title before, a head word or a verb of saying after…). */
export const NEIGHBOUR_FLAGS =
  Flag.AfterTitle | Flag.InTitle | Flag.OrgHead | Flag.TreatyHead | Flag.SpeechVerb | Flag.KbState | Flag.KbOrg | Flag.Demonym | Flag.Capital | Flag.OrgWord | Flag.StateWord | Flag.KbPerson;

/** Lowercase particles inside names ("Ursula von der Leyen", "Bashar al-Assad"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'abu', 'ter', 'mac']);
/** Lowercase words that join the words of one name ("Movement for the Left", "Bank of England"). */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'del', 'di', 'da', '&', 'on', 'in']);
/** Words too common to say anything as KB vocabulary. */
const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'de', 'la', 'le', 'du', 'des', 'del', 'at', 'by', 'with', '&', '-', ',', "'s"]);
const TITLE_START = 1 << 30;
/** Function words: capitalised mostly because they start a sentence, and never a name on their own. */
const FUNCTION_WORDS = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'i', 'we', 'he', 'she', 'they', 'it', 'you', 'in', 'on', 'at', 'as',
  'if', 'when', 'while', 'after', 'before', 'but', 'and', 'or', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'there',
  'here', 'what', 'who', 'why', 'how', 'however', 'meanwhile', 'also', 'despite', 'for', 'with', 'by', 'from', 'to', 'of',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'not', 'since', 'although', 'because', 'therefore', 'moreover',
]
const cache = new WeakMap<KnowledgeBase, Map<string, number>>();

/** Per-token flags of a document. `hits` are the gazetteer's matches. */
export function tokenFlags(view: TokenView, hits: readonly GazetteerHit[], kb: KnowledgeBase): Uint32Array {
  const n = view.n;
  const flags = new Uint32Array(n);
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
  // One lookup in the small lexicon map per token; the large KB-vocabulary map only for capitalised tokens (it is
  // about names, and a lookup that misses the CPU cache costs more than the rest of this pass).
  const vocabulary = kbVocabulary(kb);
  for (let i = 0; i < n; i++) {
    const norm = view.norm[i]!;
    // Function and non-entity words only matter capitalised ("The", "Monday"); lowercase they are most of the text,
    // and each map hit costs a string comparison.
    const capitalised = capitalisedWord(view.a.value[i]!);
    // Most lowercase words are in no lexicon: a filter on their first letters and length spares the map lookup.
    if (!capitalised && !LEXICON_FILTER.has(norm)) continue;
    const f = capitalised ? (CAPITALISED.get(norm) ?? 0) | (vocabulary.get(norm) ?? 0) : (LEXICON.get(norm) ?? 0);
    if (f === 0) continue;
    flags[i]! |= f & ~TITLE_START;
    // A title only matters before a name: skip the phrase match ("his", "head", "general"… start titles and are
    // common words) unless a capitalised word follows closely.
    if (f & TITLE_START && capitalisedSoon(view, i + 1, n)) {
      const titleEnd = matchPhrase(view, TITLES, i);
      if (titleEnd > i) {
        for (let k = i; k < titleEnd; k++) flags[k]! |= Flag.InTitle;
        if (titleEnd < n) flags[titleEnd]! |= Flag.AfterTitle;
      }
    }
  }
  for (const s of view.a.sentences) if (s.first < n) markRuns(view, flags, s.first, Math.min(s.last, n));
  for (let i = 1; i + 2 < n; i++) {
    const v = view.a.value[i]!;
    if (v.length === 1 && v.charCodeAt(0) === 40 && view.a.value[i + 2] === ')' && capitalisedWord(view.a.value[i - 1]!)) flags[i + 1]! |= Flag.Bracketed;
  }
  return flags;
}

/** Flags of runs of capitalised words (with "of", "for", "and"… between them) within [first, last). */
function markRuns(view: TokenView, flags: Uint32Array, first: number, last: number): void {
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

/** Whether one of the 4 tokens from `from` is capitalised. */
function capitalisedSoon(view: TokenView, from: number, n: number): boolean {
  for (let j = from; j < n && j < from + 4; j++) if (capitalisedWord(view.a.value[j]!)) return true;
  return false;
}

export function capitalisedWord(v: string): boolean {
  const c = v.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 191 && v !== v.toLowerCase());
}

/** word → flags from the cue lexicons (a few hundred words), for any token. */
const LEXICON = (() => {
  const map = new Map<string, number>();
  const add = (w: string, f: number) => map.set(w, (map.get(w) ?? 0) | f);
  for (const w of ORG_HEADS) add(w, Flag.OrgHead);
  for (const w of TREATY_HEADS) add(w, Flag.TreatyHead);
  for (const w of SPEECH_VERBS) add(w, Flag.SpeechVerb);
  for (const w of NAME_PARTICLES) add(w, Flag.Particle);
  for (const w of TITLES.firstTokens) add(w, TITLE_START);
  return map;
})();

/** A 4096-bit filter over the lexicon's words: false means surely not in it (word-filter.ts). */
const LEXICON_FILTER = createWordFilter(LEXICON.keys());

/** The lexicon plus the words that only matter capitalised. */
const CAPITALISED = (() => {
  const map = new Map(LEXICON);
  const add = (w: string, f: number) => map.set(w, (map.get(w) ?? 0) | f);
  for (const w of NON_ENTITY_WORDS) add(w, Flag.NonEntity);
  for (const w of FUNCTION_WORDS) add(w, Flag.FunctionWord);
  return map;
})();

/** word → OrgWord/StateWord: the words of KB organisation and state names, built once per KB. */
function kbVocabulary(kb: KnowledgeBase): Map<string, number> {
  let m = cache.get(kb);
  if (m) return m;
  const map = new Map<string, number>();
  for (const entry of kb.entries.values()) {
    const f = entry.type === 'organisation' ? Flag.OrgWord : entry.type === 'state' ? Flag.StateWord : 0;
    if (!f) continue;
    for (const name of entry.names) {
      for (const w of normaliseName(name).split(/[\s()]+/)) if (w.length > 1 && !STOP.has(w) && /[a-z]/.test(w)) map.set(w, (map.get(w) ?? 0) | f);
    }
  }
  m = map;
  cache.set(kb, m);
  return m;
}

/**
 * Rules and tagger together. Left to plain longest-span-first selection, the rules' long capitalised runs swallow
 * what the tagger separated ("Joe Hendron of the Social Democratic and Labour Party" as one organisation), and a KB
 * state inside a place the tagger saw whole is taken for a mention ("Ireland" in "Northern Ireland"). So, before
 * selection:
 *
 * - a rule candidate (cue or pattern, not nested) is dropped when it crosses a tagger span's edge, holds a tagger
 *   person while not being one, or holds two tagger spans listed apart ("UUP and the Alliance Party"); it is kept when
 *   it joins tagger pieces of one name ("Movement" + "Left" → "Movement for the Left"), where rules read head words
 *   better than a model trained on news;
 * - a state candidate (KB or rule) strictly inside a tagger block (a place that is not a state, an event) is dropped;
 * - a state candidate on exactly the span the tagger reads as a person is dropped ("Jordan said", "Michael Jordan"):
 *   the tagger sees the context, the gazetteer only the name;
 * - the tagger's own candidates give way on title-case headline lines, over treaties, and on bracketed acronyms
 *   (see `taggerSpans`).
 *
 * KB candidates otherwise stand: the gazetteer wins on an equal span, and the longer span wins elsewhere.
 */
import type { Candidate } from '../candidate.js';
import { isCapitalised, type TokenView } from '../tokens.js';
import { GOVERNING_NOUNS, ORG_HEADS, TREATY_HEADS } from '../lexicon.js';
import { isKnownWord } from '../../language/known-words.js';
import type { Block, LearnedSpans } from './detector.js';

/** Words that separate two names in a list. */
const LIST_SEPARATORS = new Set([',', 'and', 'or', '(', ')', ';', '/', '-', '&']);

export function reconcileLearned(view: TokenView, candidates: readonly Candidate[], learned: LearnedSpans, headline?: Uint8Array): Candidate[] {
  const spans = taggerSpans(view, candidates, learned.candidates, headline);
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type === 'state' && insideBlock(c, learned.blocks)) continue;
    if (c.type === 'state' && !c.nested && spans.some((t) => t.type === 'person' && t.first === c.first && t.last === c.last)) continue;
    if ((c.source === 'cue' || c.source === 'pattern') && !c.nested && conflicts(view, c, spans)) continue;
    out.push(c);
  }
  out.push(...spans);
  return out;
}

/**
 * The tagger's candidates that stand: not on a title-case headline line (as for the cue rules, such lines keep KB
 * names only; all-caps wire headlines, which the tagger was trained on, keep its names), not over a treaty (treaties
 * are the KB's and the head-word rules'), and not an acronym introduced in brackets after a name ("(CSTO)"), which
 * acronym propagation links to that name.
 */
function taggerSpans(view: TokenView, candidates: readonly Candidate[], spans: readonly Candidate[], headline?: Uint8Array): Candidate[] {
  const treaties = candidates.filter((c) => c.type === 'treaty');
  const acronyms = new Set<string>();
  for (const c of [...candidates, ...spans]) {
    if ((c.type === 'organisation' || c.type === 'treaty') && view.a.value[c.last] === '(' && view.a.value[c.last + 2] === ')') acronyms.add(view.a.value[c.last + 1]!);
  }
  const known = candidates.filter((c) => c.source === 'kb' && !c.nested);
  // A state's capital acting for it, then its government ("the Pretoria Government"): the state (metonymy.ts), not a
  // body of its own.
  const actingCapitals = candidates.filter((c) => c.type === 'state' && c.source === 'pattern' && !c.nested);
  return spans.filter((t) => {
    if (headline?.[t.first] && !allCaps(view, t)) return false;
    if (t.type === 'organisation' && t.last - t.first >= 2 && GOVERNING_NOUNS.has(view.norm[t.last - 1]!) && actingCapitals.some((c) => c.first === t.first && c.last === t.last - 1)) return false;
    // …or after it, over "of"/"in": "the Government of Kigali".
    if (t.type === 'organisation' && t.last - t.first >= 3 && GOVERNING_NOUNS.has(view.norm[t.first]!) && (view.norm[t.first + 1] === 'of' || view.norm[t.first + 1] === 'in') && actingCapitals.some((c) => c.first === t.first + 2 && c.last === t.last)) return false;
    // Treaties are the KB's and the head-word rules': the model, trained without them, reads "Outer Space Treaty of
    // January" as an organisation.
    if (treaties.some((c) => c.first < t.last && t.first < c.last)) return false;
    for (let k = t.first; k < t.last; k++) if (TREATY_HEADS.has(view.norm[k]!) && isCapitalised(view.a.value[k]!)) return false;
    // A span that cuts a known name in two ("Sustainable Development Agenda" | "Agenda 2030") is the model's misreading.
    if (known.some((c) => c.first < t.last && t.first < c.last && (c.first < t.first || c.last > t.last) && (t.first < c.first || t.last > c.last))) return false;
    return !(t.last - t.first === 1 && acronyms.has(view.a.value[t.first]!));
  });
}

function allCaps(view: TokenView, c: Candidate): boolean {
  for (let k = c.first; k < c.last; k++) {
    const v = view.a.value[k]!;
    if (v !== v.toUpperCase()) return false;
  }
  return true;
}

function insideBlock(c: Candidate, blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.first <= c.first && c.last <= b.last && b.last - b.first > c.last - c.first);
}

/**
 * "and"/"or" between two common words inside one name ("Heads of State and Government", "Ministry of Justice and
 * Public Security") is no list: the word before is an ordinary word, not a name or a head of its own ("UUP and the
 * Alliance Party", "Council and Assembly"), and no "the" starts a second name.
 */
function joinsOneName(view: TokenView, t: number): boolean {
  const w = view.norm[t];
  if ((w !== 'and' && w !== 'or') || t === 0 || view.norm[t + 1] === 'the') return false;
  const before = view.norm[t - 1]!;
  return isCapitalised(view.a.value[t - 1]!) && isKnownWord(before) && !ORG_HEADS.has(before) && !TREATY_HEADS.has(before);
}

function conflicts(view: TokenView, c: Candidate, spans: readonly Candidate[]): boolean {
  const over = spans.filter((t) => t.first < c.last && c.first < t.last);
  if (over.length === 0) return false;
  if (over.some((t) => t.first < c.first || t.last > c.last)) return true;
  if (c.type !== 'person' && over.some((t) => t.type === 'person')) return true;
  over.sort((x, y) => x.first - y.first);
  for (let k = 1; k < over.length; k++) {
    for (let t = over[k - 1]!.last; t < over[k]!.first; t++) if (LIST_SEPARATORS.has(view.norm[t]!) && !joinsOneName(view, t)) return true;
  }
  return false;
}

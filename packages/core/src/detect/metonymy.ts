/**
 * States named by something else: a capital used as the government ("Moscow maintains", "ignored by Washington"), and
 * a demonym before a title, body or role ("Russian Foreign Minister", "Russian officials"). A capital as a place
 * ("a summit in Istanbul", "the Astana summit") and a bare adjective ("Russian security initiatives") are not states.
 */
import type { Candidate } from './candidate.js';
import type { GazetteerHit } from './gazetteer.js';
import { GOVERNING_NOUNS, STATE_ROLE_NOUNS } from './lexicon.js';
import { TITLES } from './persons.js';
import { matchPhrase, phraseKey, spanText, type TokenView } from './tokens.js';
import { selectHit, type KnowledgeBase } from '../knowledge/kb.js';

/** Words before a place name that make it a place: "in Moscow", "to Washington", "visited Beijing". */
const LOCATIVE = new Set([
  'in', 'at', 'to', 'into', 'near', 'outside', 'from', 'across', 'around', 'throughout', 'toward', 'towards', 'via',
  'visit', 'visited', 'visiting', 'visits', 'arrived', 'left', 'central', 'downtown', 'suburban', 'of', 'inside',
  'within', 'over', 'above', 'through', 'between', 'streets', 'capital', 'city', 'hotel',
]);
/** Verbs whose object is a place, not a government: "shelled Kyiv", "reached Ankara". */
const PHYSICAL_VERBS = new Set([
  'attacked', 'attack', 'attacks', 'bombed', 'shelled', 'struck', 'hit', 'captured', 'entered', 'reached', 'fled',
  'toured', 'flew', 'stormed', 'besieged', 'surrounded', 'leave', 'leaves', 'leaving', 'reach', 'enter', 'evacuated',
  'liberated', 'occupied', 'seized', 'encircled', 'targeted', 'flooded', 'rocked', 'shook', 'hosts', 'hosted', 'hosting',
]);
/** Words before a capital that make it an actor: "ignored by Washington", "talks with Moscow". */
const AGENTIVE = new Set(['by', 'with', 'against', 'and', 'urged', 'told', 'accused', 'said', 'warned', 'between', 'both']);

export interface MetonymyOptions {
  capitals: boolean;
  demonyms: boolean;
}

export function detectMetonymy(view: TokenView, hits: GazetteerHit[], options: MetonymyOptions): Candidate[] {
  const out: Candidate[] = [];
  for (const h of hits) {
    const entry = h.hit.entry;
    if (!entry || entry.type !== 'state') continue;
    if (h.hit.kind === 'capital' && options.capitals && capitalActsAsState(view, h)) {
      out.push({ first: h.first, last: h.last, type: 'state', source: 'pattern', entry });
    } else if (h.hit.kind === 'demonym' && options.demonyms && demonymQualifiesActor(view, h.last)) {
      out.push({ first: h.first, last: h.last, type: 'state', source: 'pattern', entry, nested: true });
    }
  }
  return out;
}

function capitalActsAsState(view: TokenView, h: GazetteerHit): boolean {
  const prev = h.first > 0 && view.a.sentenceOf[h.first - 1] === view.a.sentenceOf[h.first] ? view.norm[h.first - 1] : undefined;
  // "the Government of Kigali", "the regime in Pretoria": the state's government, as "the Pretoria Government" is.
  if ((prev === 'of' || prev === 'in') && h.first > 1 && GOVERNING_NOUNS.has(view.norm[h.first - 2]!)) return true;
  if (prev !== undefined && LOCATIVE.has(prev)) return false;
  const next = h.last < view.n && view.a.sentenceOf[h.last] === view.a.sentenceOf[h.first] ? h.last : -1;
  if (next < 0) return prev !== undefined && AGENTIVE.has(prev);
  const nv = view.norm[next]!;
  const npos = view.a.pos[next]!;
  if (nv === "'s" || nv === '’s' || nv === "'" || nv === '’') return true; // "Moscow's concerns"
  if (GOVERNING_NOUNS.has(nv)) return true; // "the Pretoria Government", "the Kigali regime"
  if (npos === 'VERB' || npos === 'AUX') return true; // "Moscow maintains", "Washington has"
  if (npos === 'CCONJ') return true; // "Moscow and the western nations have"
  if (prev !== undefined && AGENTIVE.has(prev) && (npos === 'PUNCT' || npos === 'ADP')) return true; // "ignored by Washington."
  // The object of a verb of dealing with someone: "NATO ignored Moscow.", "urged Beijing to…".
  const prevPos = h.first > 0 ? view.a.pos[h.first - 1] : undefined;
  if (prevPos === 'VERB' && prev !== undefined && !PHYSICAL_VERBS.has(prev) && (npos === 'PUNCT' || npos === 'ADP' || npos === 'PART' || npos === 'CCONJ')) return true;
  return false;
}

/** A demonym counts as its state before a title ("Russian Foreign Minister"), or a role ("Russian officials"). */
function demonymQualifiesActor(view: TokenView, next: number): boolean {
  if (next >= view.n) return false;
  if (matchPhrase(view, TITLES, next) > 0) return true;
  return STATE_ROLE_NOUNS.has(view.norm[next]!);
}

/**
 * A known organisation named with its state in front ("Russian Defence Ministry", "US Army", "Chinese People's
 * Liberation Army") also mentions that state, as a nested mention on the qualifier.
 */
export function qualifyingStates(view: TokenView, hits: GazetteerHit[], kb: KnowledgeBase): Candidate[] {
  const out: Candidate[] = [];
  for (const h of hits) {
    if (h.hit.kind !== 'name' || h.hit.entry?.type !== 'organisation' || h.last - h.first < 2) continue;
    // The longest prefix (up to three tokens, short of the whole name) that is a demonym or a state's name.
    for (let end = Math.min(h.last - 1, h.first + 3); end > h.first; end--) {
      const key = phraseKey(view, h.first, end);
      const state = kb.demonyms.get(key) ?? kb.names.get(key)?.find((x) => x.kind === 'name' && x.entry?.type === 'state')?.entry;
      if (state && selectHit(kb.names.get(key) ?? [], spanText(view, h.first, end))) {
        out.push({ first: h.first, last: end, type: 'state', source: 'pattern', entry: state, nested: true });
        break;
      }
    }
  }
  return out;
}

/**
 * Organisations and treaties the KB does not know, from their shape: a run of capitalised words (joined by "of", "for",
 * "on", "the"…) whose governing word is an organisation head ("Council", "Ministry", "Party"…) or a treaty head
 * ("Treaty", "Charter", "Convention"…): "Council for Mutual Economic Assistance", "Treaty of Rome",
 * "OSCE Paris Charter for New Europe".
 */
import type { Candidate } from './candidate.js';
import type { EntityType } from '../types.js';
import { EVENT_HEADS, NON_ENTITY_WORDS, ORG_HEADS, TREATY_HEADS } from './lexicon.js';
import { isCapitalised, type TokenView } from './tokens.js';
import { spanLabel } from './span-repair.js';
import { canonicalBody } from './national-bodies.js';
import { normaliseName } from '../knowledge/normalise.js';
import { isKnownWord } from '../language/known-words.js';

/** Lowercase words allowed inside a name when a capitalised word follows. */
const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and', 'or', 'a', 'an', 'in', 'against', 'to', 'between', 'de', 'del', 'des', 'du', 'la', 'le', 'es', 'el', 'da', 'di', '&', 'with', 'from']);
/** Particles inside a place's name, which a name of a treaty or body keeps: "Dar es Salaam", "Rio de Janeiro". */
const PLACE_PARTICLES = new Set(['de', 'del', 'des', 'du', 'la', 'le', 'es', 'el', 'da', 'di']);
/** Parts of speech that are no word of a name, at its start: "According to the Treaty", "The Council", "Moreover, …". */
const NOT_NAME_POS = new Set(['DET', 'PRON', 'VERB', 'AUX', 'ADV', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'INTJ', 'PUNCT', 'SYM']);
/**
 * A head followed by one of these governs the name: "Statute of the…", "Charter for European Security". Not "in": "the
 * Charter in San Francisco" and "the Charter in Article 2" say where, they name nothing.
 */
const COMPLEMENT = new Set(['of', 'for', 'on', 'against', 'to', 'between', 'with']);
const MAX_RUN = 24;
const PLURAL_TREATY_HEADS = new Set(['treaties', 'conventions', 'agreements', 'protocols', 'declarations', 'charters', 'pacts', 'covenants']);

/** Words that are no name alone but are fine inside one ("Organization of American States"). */
const INSIDE_ONLY = new Set(['states', 'nations', 'members', 'member', 'government', 'governments']);

function word(view: TokenView, i: number, covered: Uint8Array, inside = false): boolean {
  const v = view.a.value[i]!;
  if (covered[i]) return true; // a KB name inside: "OSCE", "United Nations"
  if (!isCapitalised(v) || !/\p{L}/u.test(v)) return false;
  return !NON_ENTITY_WORDS.has(view.norm[i]!) || (inside && INSIDE_ONLY.has(view.norm[i]!));
}

export function detectNamedRuns(view: TokenView, covered: Uint8Array, headline: Uint8Array, capitals?: Uint8Array, kbTypes?: ReadonlyArray<EntityType | undefined>): Candidate[] {
  const out: Candidate[] = [];
  const { n } = view;
  for (let i = 0; i < n; i++) {
    if (headline[i] || !word(view, i, covered)) continue;
    // Grow the run: words, connectors followed by a word, and no-space hyphen joins.
    let j = i + 1;
    const sentence = view.a.sentenceOf[i];
    // "between A and B" is one unit: "Treaty of Peace between the Arab Republic of Egypt and the State of Israel".
    let between = false;
    while (j < n && j - i < MAX_RUN && view.a.sentenceOf[j] === sentence) {
      if (word(view, j, covered, true)) {
        j++;
        continue;
      }
      // "Non-Proliferation", and "Non- Proliferation" where a scan broke the line at the hyphen.
      if (view.a.value[j] === '-' && !view.a.spaceBefore[j] && j + 1 < n && word(view, j + 1, covered)) {
        j += 2;
        continue;
      }
      const listEnd = view.a.value[j] === ',' ? nameListEnd(view, i, j, covered) : 0;
      if (listEnd > 0) {
        j = listEnd;
        continue;
      }
      if (CONNECTORS.has(view.norm[j]!)) {
        // "and" joins two names only inside one ("Ministry of Justice and Public Security"), never "NATO and the UN".
        // "or" likewise: "Heads of State or Government", never "NATO or the UN".
        if ((view.norm[j] === 'and' || view.norm[j] === 'or') && (view.norm[j + 1] === 'the' || covered[j - 1]) && !between && !titleGoesOn(view, i, j, covered)) break;
        let k = j;
        while (k < n && CONNECTORS.has(view.norm[k]!) && k - j < 3) k++;
        if (k < n && view.a.sentenceOf[k] === sentence && word(view, k, covered, true)) {
          for (let c = j; c < k; c++) if (view.norm[c] === 'between') between = true;
          else if (view.norm[c] === 'and') between = false;
          j = k;
          continue;
        }
      }
      break;
    }
    while (j > i + 1 && CONNECTORS.has(view.norm[j - 1]!)) j--; // a run cut at MAX_RUN may end on "of"
    const found = joinsTwoNames(view, i, j, kbTypes) ? undefined : classifyRun(view, i, endBeforeCity(view, i, j, capitals), covered);
    if (found) out.push(found);
    i = j - 1;
  }
  return out;
}

/**
 * A list inside a name after its head and "of"/"on": "Treaty of Friendship, Good-Neighbourliness and Co-operation",
 * "Protocol of Peace, Friendship and Boundaries", "Convention on Combating Terrorism, Separatism and Extremism". At a
 * comma in run [first, comma), where the next words up to "and" and the word after it are capitalised and known to no
 * one (no KB name, no "the": "the Council of Europe, NATO and the EU" is a list of names), the run goes on; returns
 * where it continues, or 0.
 */
function nameListEnd(view: TokenView, first: number, comma: number, covered: Uint8Array): number {
  if (!hasGoverningHead(view, first, comma, false) || !isCapitalised(view.a.value[comma - 1]!)) return 0;
  const sentence = view.a.sentenceOf[comma];
  let k = comma + 1;
  let words = 0;
  while (k < view.n && view.a.sentenceOf[k] === sentence && words < 6) {
    const v = view.a.value[k]!;
    if (covered[k] || view.norm[k] === 'the') return 0;
    if (v === '-' && !view.a.spaceBefore[k]) { k++; continue; }
    if (v === ',') { k++; continue; }
    if (view.norm[k] === 'and') break;
    // Concepts, not names: "Peace, Friendship and Boundaries", never "Rome, Paris and Lisbon".
    const compound = view.a.value[k - 1] === '-' && !view.a.spaceBefore[k];
    if (!isCapitalised(v) || !/\p{L}/u.test(v) || (!compound && !knownWords(view.norm[k]!))) return 0;
    words++;
    k++;
  }
  if (view.norm[k] !== 'and' || words === 0) return 0;
  const after = k + 1;
  if (after >= view.n || view.a.sentenceOf[after] !== sentence || covered[after] || !isCapitalised(view.a.value[after]!) || !knownWords(view.norm[after]!)) return 0;
  if (TREATY_HEADS.has(view.norm[after]!) || ORG_HEADS.has(view.norm[after]!)) return 0;
  return after;
}

/**
 * A treaty's long title goes on over "and the" between two things it is about: "Declaration of Principles Governing
 * the Sea-Bed and the Ocean Floor". Only after a treaty head that governs, between ordinary words, and not into
 * another name or head ("… and the Kyoto Protocol", "… and the Programme of Action").
 */
function titleGoesOn(view: TokenView, first: number, and: number, covered: Uint8Array): boolean {
  if (view.norm[and] !== 'and' || view.norm[and + 1] !== 'the' || covered[and - 1] || covered[and + 2]) return false;
  if (!hasGoverningHead(view, first, and, true) || !knownWords(view.norm[and - 1]!) || TREATY_HEADS.has(view.norm[and - 1]!) || !isCapitalised(view.a.value[and + 2] ?? '')) return false;
  // What follows, up to the next lowercase word, must be ordinary words too: no head of a second name ("… and the
  // Washington Accords", "… and the International Development Strategy"), no KB name.
  for (let k = and + 2; k < view.n && view.a.sentenceOf[k] === view.a.sentenceOf[and] && isCapitalised(view.a.value[k]!); k++) {
    const w = view.norm[k]!;
    if (covered[k] || !knownWords(w) || TREATY_HEADS.has(w) || ORG_HEADS.has(w) || EVENT_HEADS.has(w) || w === 'international' || w === 'united') return false;
  }
  return true;
}

/**
 * A run that is two names, one "of" the other, where no body is named so: a KB organisation "of" a KB treaty or state
 * ("the adoption by the General Assembly of the International Convention on …"), or the Organization (the speaker's
 * United Nations) "of" a state ("the admission to our Organization of the Republic of Djibouti"). National bodies of a
 * state ("Government of the Republic of …", "National Assembly of …") are names and stay.
 */
function joinsTwoNames(view: TokenView, first: number, last: number, kbTypes: ReadonlyArray<EntityType | undefined> | undefined): boolean {
  if (!kbTypes) return false;
  for (let p = first + 1; p < last - 1; p++) {
    if (view.norm[p] !== 'of') continue;
    const q = view.norm[p + 1] === 'the' ? p + 2 : p + 1;
    const after = kbTypes[q];
    if (after !== 'state' && after !== 'treaty') continue;
    const before = kbTypes[p - 1];
    if (before === 'organisation' && kbTypes[first] === 'organisation') return true;
    if (p - 1 === first && (view.norm[first] === 'organization' || view.norm[first] === 'organisation') && after === 'state') return true;
  }
  return false;
}

/**
 * A run that ends "in <capital city>" says where a body met or sits, not what it is called: "the Administrative
 * Committee on Coordination in Nairobi". A state or a region stays ("Interim Force in Lebanon", "Co-operation in
 * Europe"): names hold those.
 */
function endBeforeCity(view: TokenView, first: number, last: number, capitals: Uint8Array | undefined): number {
  if (!capitals || last - first < 4) return last;
  let k = last;
  while (k > first && capitals[k - 1]) k--;
  return k < last && k - 1 > first && view.norm[k - 1] === 'in' ? k - 1 : last;
}

/** Whether run [first, end) holds a capitalised head (a treaty's, or also a body's) followed by "of", "for", "on"…. */
function hasGoverningHead(view: TokenView, first: number, end: number, treatyOnly: boolean): boolean {
  for (let h = first; h < end; h++) {
    const w = view.norm[h]!;
    if ((TREATY_HEADS.has(w) || (!treatyOnly && ORG_HEADS.has(w))) && isCapitalised(view.a.value[h]!) && COMPLEMENT.has(view.norm[h + 1] ?? '')) return true;
  }
  return false;
}

/** A word, or each part of a hyphened one ("co-operation", "good-neighbourliness"), in the lexicon. */
const knownWords = (norm: string) => norm.split('-').every((p) => p.length > 0 && isKnownWord(p));

/** A place's particle written with a capital, which begins the place's name: "El Salvador", "La Paz". */
const capitalParticle = (view: TokenView, i: number) => PLACE_PARTICLES.has(view.norm[i]!) && isCapitalised(view.a.value[i]!) && isCapitalised(view.a.value[i + 1] ?? '');

/** Find the governing head of run [first, last) and make a candidate of the span it names. */
function classifyRun(view: TokenView, first: number, last: number, covered: Uint8Array): Candidate | undefined {
  for (let h = first; h < last; h++) {
    const w = view.norm[h]!;
    const isTreaty = TREATY_HEADS.has(w);
    const isOrg = ORG_HEADS.has(w);
    if (!isTreaty && !isOrg) continue;
    if (!isCapitalised(view.a.value[h]!)) continue;
    const governs = h === last - 1 || COMPLEMENT.has(view.norm[h + 1]!);
    if (!governs) continue;
    // The name starts at the capitalised words right before its head, back to a connector: in "the Uruguay Round of
    // the General Agreement on Tariffs and Trade" the treaty is the General Agreement…, not the Round.
    let start = h;
    for (;;) {
      while (start > first && (!CONNECTORS.has(view.norm[start - 1]!) || capitalParticle(view, start - 1))) start--;
      // A place's particle is no connector: the "Dar es Salaam Declaration", the "Mar del Plata Communiqué".
      if (start - 2 >= first && PLACE_PARTICLES.has(view.norm[start - 1]!) && !CONNECTORS.has(view.norm[start - 2]!) && isCapitalised(view.a.value[start - 2]!)) start -= 2;
      else break;
    }
    // Leading words that are not names ("According to the Treaty…", "The Council…") are not part of it; nouns and
    // adjectives are ("Fish Stocks Agreement", "Comprehensive Peace Agreement").
    while (start < h && !covered[start] && !capitalParticle(view, start) && (CONNECTORS.has(view.norm[start]!) || NOT_NAME_POS.has(view.a.pos[start] ?? ''))) start++;
    // A bare head ("the Council", "the Treaty") or a generic national body without its state is not a name.
    if (start === h && h === last - 1) return undefined;
    // A plural head over two places is two instruments: "the Conventions of Montreal and Tokyo".
    if (isTreaty && PLURAL_TREATY_HEADS.has(w) && view.norm.slice(h + 1, last).includes('and') && !view.norm.slice(h + 1, last).includes('between')) return undefined;
    // A hyphened modifier written in lowercase belongs to the name: "Anti-ballistic Missile Treaty", "Anti-personnel
    // Mine Ban Convention".
    if (start === first && start >= 3 && view.a.value[start - 2] === '-' && !view.a.spaceBefore[start - 2] && !view.a.spaceBefore[start - 1] && isCapitalised(view.a.value[start - 3]!) && /^\p{Ll}/u.test(view.a.value[start - 1]!) && !covered[start - 3]) start -= 3;
    // A lowercase word hyphened to the first belongs to it too: the "thirteen-Power Declaration" is no "Power Declaration".
    if (start === first && start >= 2 && view.a.value[start - 1] === '-' && !view.a.spaceBefore[start - 1] && !view.a.spaceBefore[start] && /^\p{Ll}+$/u.test(view.a.value[start - 2]!)) {
      start -= 2;
      // …and a particle so hyphened is a place's: the "Sharm el-Sheikh Agreement".
      if (PLACE_PARTICLES.has(view.norm[start]!) && start >= 1 && isCapitalised(view.a.value[start - 1]!) && !covered[start - 1]) start -= 1;
    }
    const label = spanLabel(view, start, last);
    if (canonicalBody(normaliseName(label))) return undefined;
    // Weaker than a KB name or a national-body pattern on the same span.
    return { first: start, last, type: isTreaty ? 'treaty' : 'organisation', source: 'cue', label };
  }
  return undefined;
}

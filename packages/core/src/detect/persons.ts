/**
 * People the KB does not know, found by cues: a title or role before a name ("Foreign Minister Sergey Lavrov",
 * "Secretary-General António Guterres"), or a verb of saying next to one ("Lavrov said", "said Lavrov"). The title is
 * not part of the name. Once a name is known in a document, its other mentions (full name, surname, possessive) are
 * found by propagation.
 */
import type { Candidate } from './candidate.js';
import { PERSON_TITLES, SPEECH_VERBS, NON_ENTITY_WORDS, ORG_HEADS, TREATY_HEADS } from './lexicon.js';
import { createPhraseIndex, isCapitalised, matchPhrase, spanText, type TokenView } from './tokens.js';
import { normaliseName } from '../knowledge/normalise.js';
import { loneSurname } from '../resolve/person-names.js';
import { candidatePeople, type DocumentPerson } from '../resolve/person-resolver.js';
import type { KbEntry } from '../knowledge/kb-types.js';

export const TITLES = createPhraseIndex(PERSON_TITLES);
/** Lowercase particles inside names: "Ursula von der Leyen", "Bashar al-Assad", "Luiz Inácio Lula da Silva". */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'abu', 'ter', 'mac']);
const MAX_NAME_TOKENS = 5;

/** Token i can be part of a name: capitalised word, not a non-entity word, not blocked (covered by another entity). */
function nameToken(view: TokenView, i: number, blocked: Uint8Array): boolean {
  if (blocked[i]) return false;
  const v = view.a.value[i]!;
  if (!isCapitalised(v) || NON_ENTITY_WORDS.has(view.norm[i]!)) return false;
  if (!/^\p{L}[\p{L}\p{M}'’.]*$/u.test(v)) return false;
  // A title or an organisation/treaty head is never part of a name ("Mr. President", "Foreign Ministry").
  if (TITLES.phrases.has(view.norm[i]!) || ORG_HEADS.has(view.norm[i]!) || TREATY_HEADS.has(view.norm[i]!)) return false;
  return view.a.pos[i] === 'PROPN' || view.a.pos[i] === 'NOUN' || view.a.pos[i] === 'ADJ' || view.a.pos[i] === 'X' || view.a.pos[i] === 'VERB';
}

/**
 * The end of the name starting at token i (exclusive), or i when none: capitalised tokens, hyphen-joined parts
 * ("Theo-Ben"), and lowercase particles between capitalised tokens.
 */
export function nameEnd(view: TokenView, i: number, blocked: Uint8Array): number {
  let j = i;
  let words = 0;
  const sentence = view.a.sentenceOf[i];
  while (j < view.n && view.a.sentenceOf[j] === sentence && words < MAX_NAME_TOKENS) {
    if (nameToken(view, j, blocked)) {
      j++;
      words++;
      continue;
    }
    // "Theo-Ben": a hyphen with no space on either side, then a capitalised part.
    if (words > 0 && view.a.value[j] === '-' && !view.a.spaceBefore[j] && j + 1 < view.n && !view.a.spaceBefore[j + 1] && nameToken(view, j + 1, blocked)) {
      j += 2;
      continue;
    }
    if (words > 0 && NAME_PARTICLES.has(view.norm[j]!) && j + 1 < view.n && nameToken(view, j + 1, blocked)) {
      j++;
      continue;
    }
    if (words > 0 && (view.norm[j] === 'al' || view.norm[j] === 'el') && view.a.value[j + 1] === '-') {
      j += 2;
      continue;
    }
    break;
  }
  return words > 0 ? j : i;
}

/** People introduced by a title, or next to a verb of saying. `blocked` marks tokens already taken by KB names. */
export function detectPersonsByCue(view: TokenView, blocked: Uint8Array, headline: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < view.n; i++) {
    if (headline[i]) continue;
    const titleEnd = matchPhrase(view, TITLES, i);
    if (titleEnd > 0 && titleEnd < view.n) {
      const end = nameEnd(view, titleEnd, blocked);
      if (end > titleEnd && !(end - titleEnd === 1 && /\.$/.test(view.a.value[titleEnd]!))) {
        out.push(person(view, titleEnd, end));
        i = end - 1;
        continue;
      }
    }
  }
  // "X said" / "said X": only runs of PROPN, so sentence-initial common words are not taken for names.
  for (let i = 0; i < view.n; i++) {
    if (headline[i] || view.a.pos[i] !== 'PROPN') continue;
    const end = nameEnd(view, i, blocked);
    if (end === i) continue;
    const after = view.norm[end];
    const before = i > 0 ? view.norm[i - 1] : undefined;
    const saidAfter = after !== undefined && SPEECH_VERBS.has(after) && view.a.sentenceOf[end] === view.a.sentenceOf[i];
    const saidBefore = before !== undefined && SPEECH_VERBS.has(before) && (end >= view.n || /^[.,;:!?"”’)]/.test(view.a.value[end]!));
    if ((saidAfter || saidBefore) && allPropn(view, i, end)) out.push(person(view, i, end));
    i = end - 1;
  }
  return out;
}

function allPropn(view: TokenView, first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const v = view.a.value[k]!;
    if (v === '-' || NAME_PARTICLES.has(view.norm[k]!)) continue;
    if (view.a.pos[k] !== 'PROPN') return false;
  }
  return true;
}

function person(view: TokenView, first: number, last: number): Candidate {
  return { first, last, type: 'person', source: 'cue', label: spanText(view, first, last).replace(/\s+/g, ' ') };
}

/**
 * Find the other mentions of people already known in the document: a name again, or a lone surname, when capitalised
 * and free. Whose mention a surname is, the document's rule for names says (resolve/person-resolver.ts): the one
 * person who carries it; a surname two people of the document share is a mention of that name alone.
 */
export function propagatePersons(view: TokenView, persons: Candidate[], taken: Uint8Array): Candidate[] {
  const byForm = new Map<string, Candidate>();
  for (const p of persons) {
    // A KB person is known by its name (and keeps its entry); others by the label the cue or the tagger gave.
    const label = p.label ?? p.entry?.name;
    if (!label) continue;
    byForm.set(label.toLowerCase(), p);
    // "Mr. Lavrov" is known as "Lavrov" too.
    const surname = loneSurname(label);
    if (surname !== undefined && !byForm.has(surname)) byForm.set(surname, p);
  }
  if (byForm.size === 0) return [];
  const people = candidatePeople(persons);
  // The person a candidate is (its family's name or entry), to name a surname after the last of its mentions before
  // it: coreference then sees one name in the window ("Foday Sankoh … Sankoh … he").
  const key = (p: DocumentPerson<KbEntry> | Candidate) => (p.entry ? `kb:${p.entry.id}` : normaliseName(p.label ?? ''));
  const personKeys = new Map<Candidate, string>();
  const personOf = (p: Candidate) => {
    let k = personKeys.get(p);
    if (k === undefined) {
      const found = people(p.label ?? p.entry!.name);
      personKeys.set(p, (k = found && found !== 'ambiguous' ? key(found) : key(p)));
    }
    return k;
  };
  const latestOf = (owner: DocumentPerson<KbEntry>, i: number): Candidate => {
    const same = persons.filter((p) => (p.label ?? p.entry) && personOf(p) === key(owner));
    const before = same.filter((p) => p.first < i);
    return before.length ? before.reduce((x, y) => (y.first > x.first ? y : x)) : same[0] ?? { first: i, last: i + 1, type: 'person', source: 'propagated', label: owner.label, ...(owner.entry ? { entry: owner.entry } : {}) };
  };
  const out: Candidate[] = [];
  for (let i = 0; i < view.n; i++) {
    if (taken[i] || !isCapitalised(view.a.value[i]!)) continue;
    const end = nameEnd(view, i, taken);
    if (end === i) continue;
    const text = spanText(view, i, end).replace(/\s+/g, ' ');
    const known = byForm.get(text.toLowerCase());
    if (known && end > i + 1) {
      out.push(propagated(known, i, end));
      i = end - 1;
      continue;
    }
    // A lone surname: exactly one token.
    if (end === i + 1) {
      const owner = people(text);
      const form = known ?? byForm.get(normaliseName(text));
      // The rest of a name matched in part ("Chairman Mao" of "Chairman Mao Tsetung", "Boutros Boutros-" of a name
      // broken at a line end) is no second mention.
      if (owner && owner !== 'ambiguous' && persons.some((p) => (p.last === i && personOf(p) === key(owner)) || (p.last === i - 1 && view.a.value[i - 1] === '-'))) {
        i = end - 1;
        continue;
      }
      if (owner && owner !== 'ambiguous') out.push(propagated(latestOf(owner, i), i, end));
      else if (form) out.push(propagated(form, i, end));
      else if (owner === 'ambiguous') out.push({ first: i, last: end, type: 'person', source: 'propagated', label: text });
    }
    i = end - 1;
  }
  return out;
}

/** A later mention of a person found before: the same entry or label. */
function propagated(owner: Candidate, first: number, last: number): Candidate {
  return { first, last, type: 'person', source: 'propagated', label: owner.label ?? owner.entry!.name, ...(owner.entry ? { entry: owner.entry } : {}) };
}

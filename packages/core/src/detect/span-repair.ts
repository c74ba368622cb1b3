/**
 * Names are whole: the spans the tagger and the cue rules propose are repaired before they compete. A model trained on
 * news cuts names where formal and scanned text breaks them: at hyphens ("Ban Ki" | "-moon", "Ten" "-" | "Nation
 * Committee"), at line-break hyphens that the corpus turned into "- " ("Non- Proliferation", "Theo- Ben Gurirab"),
 * and it leaves function words at the edges ("Government of" before a state it did not take, "States of the"). So:
 *
 * - a hyphen attached to the last word carries the span over the next word (whatever its case: "Ki-moon",
 *   "Kai-shek"), and a hyphen attached to a capitalised word or a figure before the first word carries it back
 *   ("Eighteen-Nation", "Non-Proliferation");
 * - function words and punctuation at either edge are dropped ("Government of" → "Government", which the
 *   plausibility rules then see as a bare head), and so are a determiner or a sentence's opening gerund in front of
 *   a body or an instrument ("All the European Community", "Disregarding General Assembly");
 * - people's names lose titles and forms of address at their end ("Ben Ali Chair" → "Ben Ali");
 * - a dash between words ends a name ("Antun Augustinčić — Croatia").
 *
 * Labels are rebuilt from the repaired span with line-break hyphens closed up ("Theo-Ben Gurirab") and without a
 * footnote digit glued to the last word ("Declaration of Ayacucho10").
 */
import { judgedByRules, type Candidate } from './candidate.js';
import { ADDRESS_WORDS } from './lexicon.js';
import { TITLES } from './persons.js';
import { isCapitalised, spanText, type TokenView } from './tokens.js';
import { INVISIBLE } from '../knowledge/normalise.js';
import { isKnownWord } from '../language/known-words.js';

/** Words that never begin or end a name. */
const EDGE_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'from', 'against', 'between', 'or', 'de', 'des', 'du', 'la', 'le', "'s", '’s']);
const LEADING_ARTICLES = new Set(['the', 'a', 'an']);
/**
 * Words that begin the phrase around a body's name, never the name: "Our Organization", "These United Nations". "All"
 * only before "the" ("All the European Community [legislation]"): the All Blacks and All India Radio are names.
 */
const DETERMINERS = new Set(['every', 'each', 'any', 'some', 'our', 'their', 'its', 'his', 'her', 'this', 'these', 'those', 'such', 'many', 'most', 'several']);
const HYPHENS = new Set(['-', '‐', '‑', '–']);
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.]*$/u;
/** How far a repair may carry a span: a name is not rebuilt from many pieces. */
const MAX_EXTENSIONS = 3;

export function repairSpans(view: TokenView, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const repaired = judgedByRules(c) ? repairSpan(view, c) : c;
    if (repaired) out.push(repaired);
  }
  return out;
}

export function repairSpan(view: TokenView, c: Candidate): Candidate | undefined {
  let { first, last } = c;
  const { value, spaceBefore, sentenceOf } = view.a;
  const sentence = sentenceOf[first];
  for (let k = 0; k < MAX_EXTENSIONS; k++) {
    // "Ki" + "-" + "moon", "Non" + "-" + " Proliferation": the hyphen is attached to the word before it.
    if (last + 1 < view.n && HYPHENS.has(value[last]!) && !spaceBefore[last] && WORD.test(value[last + 1]!) && sentenceOf[last + 1] === sentence) {
      last += 2;
      continue;
    }
    // The span ends on the hyphen itself ("Mao Tse-" | "tung").
    if (last < view.n && last - 1 > first && HYPHENS.has(value[last - 1]!) && !spaceBefore[last - 1] && WORD.test(value[last]!) && sentenceOf[last] === sentence) {
      last += 1;
      continue;
    }
    // Letters glued to the last word that wink split off ("Jeremi" + "ć").
    if (last < view.n && !spaceBefore[last] && /^\p{L}+$/u.test(value[last]!) && /\p{L}$/u.test(value[last - 1]!) && sentenceOf[last] === sentence) {
      last += 1;
      continue;
    }
    // A token cut with its hyphen ("Kai-") and the rest of the word after it.
    if (last < view.n && /[\p{L}][-‐]$/u.test(value[last - 1]!) && WORD.test(value[last]!) && sentenceOf[last] === sentence) {
      last += 1;
      continue;
    }
    break;
  }
  for (let k = 0; k < MAX_EXTENSIONS; k++) {
    // "Eighteen" + "-" + "Nation Committee": a capitalised word or a figure joined to the first word by a hyphen.
    if (first >= 2 && HYPHENS.has(value[first - 1]!) && !spaceBefore[first - 1] && WORD.test(value[first - 2]!) && sentenceOf[first - 2] === sentence) {
      const before = value[first - 2]!;
      if (!isCapitalised(before) && !/^\p{N}/u.test(before)) break;
      first -= 2;
      continue;
    }
    break;
  }
  // A dash between words ends a name: "Antun Augustinčić — Croatia", "National Liberation—Revolutionary
  // Democratic Front" (two names). Not an en dash inside a word pair ("Egypt–Israel Peace Treaty").
  for (let k = first + 1; k < last; k++) {
    const v = value[k]!;
    if (v === '—' || v === '―' || v === '--' || ((v === '–' || v === '-') && spaceBefore[k] && spaceBefore[k + 1])) {
      last = k;
      break;
    }
  }
  const person = c.type === 'person';
  while (last > first && (EDGE_WORDS.has(view.norm[last - 1]!) || !/[\p{L}\p{N}]/u.test(value[last - 1]!) || (person && isTitleWord(view.norm[last - 1]!)) || participle(view, last - 1))) last--;
  // A person's name may start with a particle ("de Gaulle", "van der Bellen"); other names never start on one.
  while (first < last && ((person ? LEADING_ARTICLES.has(view.norm[first]!) : EDGE_WORDS.has(view.norm[first]!) || DETERMINERS.has(view.norm[first]!) || (view.norm[first] === 'all' && view.norm[first + 1] === 'the') || leadingGerund(view, first)) || !/[\p{L}\p{N}]/u.test(value[first]!))) first++;
  if (first >= last) return undefined;
  const label = spanLabel(view, first, last);
  if (first === c.first && last === c.last && label === c.label) return c;
  return { ...c, first, last, label };
}

/** The text of a span as a label: single spaces, line-break hyphens closed up ("Theo- Ben" → "Theo-Ben"). */
export function spanLabel(view: TokenView, first: number, last: number): string {
  return spanText(view, first, last)
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})([-‐]) (\p{L})/gu, '$1$2$3')
    // A footnote mark glued to the last word is no part of the name: "Integrated Programme on Commodities6".
    .replace(/(\p{Ll}{3})\d{1,2}$/u, '$1');
}

/** A gerund opening a sentence before a name: "Disregarding General Assembly resolution 1514 …". */
function leadingGerund(view: TokenView, k: number): boolean {
  const word = view.norm[k]!;
  if (!(k === 0 || view.a.sentenceOf[k - 1] !== view.a.sentenceOf[k]) || word.length < 6 || !word.endsWith('ing')) return false;
  // The tagger calls a capitalised gerund a proper noun; the lexicon knows it and its verb ("disregard").
  const stem = word.slice(0, -3);
  return isKnownWord(word) && (isKnownWord(stem) || isKnownWord(`${stem}e`));
}

/** A capitalised past participle ending a span begins the words after a name: "the Committee Established pursuant to". */
function participle(view: TokenView, k: number): boolean {
  // Not the second half of a hyphened word: "Non-Aligned", "Non- Aligned" (a line break) is one word.
  if (k > 0 && HYPHENS.has(view.a.value[k - 1]!) && !view.a.spaceBefore[k - 1]) return false;
  return view.a.pos[k] === 'VERB' && /ed$/.test(view.norm[k]!);
}

function isTitleWord(norm: string): boolean {
  return ADDRESS_WORDS.has(norm) || TITLES.phrases.has(norm);
}

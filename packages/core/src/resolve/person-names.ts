/**
 * The forms of a person's name, and whether two forms can be one person's (person-resolver.ts decides who is who):
 *
 * - titles of address before a name are no part of it ("Comrade Mikhail S. Gorbachev", "Mr. Waldheim", "Chairman
 *   Khrushchev"), nor the state of a ruler's style ("Hassan II of Morocco");
 * - **variants** of one name agree: the same surname, first names that agree (equal, or one the initial of the
 *   other), middle names or initials that agree from the left ("Mikhail S. Gorbachev" = "Mikhail Sergeyevich
 *   Gorbachev"; "N. S. Khrushchev" = "Nikita S. Khrushchev"), or the shorter the end of the longer ("Foster Dulles" =
 *   "John Foster Dulles");
 * - a regnal or religious title is part of the name ("King Hussein", "Pope Francis", "Imam Hussein"): such a name is
 *   no first name and surname, unless the caller asks for its title as the first word (within one document, where
 *   "Hussein" after "King Hussein" is the king).
 */
import { normaliseName } from '../knowledge/normalise.js';
import { ADDRESS_WORDS, PERSON_TITLES } from '../detect/lexicon.js';

/** The one-word titles of the cue list ("president", "mr.", "chairman"); longer ones never stand alone before a name. */
const TITLE_WORDS: ReadonlySet<string> = new Set(PERSON_TITLES.map(normaliseName));
/** Words that stand for "son/daughter of": a name ending in one and a father's name has no surname of its own. */
export const PATRONYMIC: ReadonlySet<string> = new Set(['bin', 'ibn', 'ben', 'bint', 'binti', 'ould', 'ag', 'wad']);
export const REGNAL_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress', 'sultan', 'emir', 'amir', 'sheikh', 'sheik', 'sheikha', 'imam', 'ayatollah', 'archbishop', 'bishop', 'cardinal', 'patriarch', 'saint', 'st.', 'crown']);

export interface NameParts {
  first: string;
  middles: string[];
  last: string;
}

/**
 * Generational suffixes and regnal numbers ("Jr.", "II"): never anyone's surname, although names end in them. They
 * stay in the name, since they tell a father from his son ("Ferdinand Marcos" / "Ferdinand Marcos Jr.") and a ruler
 * from a surname ("John Paul II").
 */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii']);

/**
 * The words of a name without the titles of address before it; regnal titles stay. A ruler's style ("Hassan II of
 * Morocco", "Salman of Saudi Arabia") ends before "of": the state is no part of the name, so one word and a state is
 * no full name, and no lone surname either.
 */
function nameWords(label: string): string[] {
  const normal = normaliseName(label);
  const style = / of /.exec(normal);
  // "A.J.J." is three initials, as "A. J. J." is.
  const words = (style ? normal.slice(0, style.index) : normal).split(' ').flatMap((w) => (/^(?:\p{L}\.){2,}$/u.test(w) ? w.match(/\p{L}\./gu)! : w.length > 0 ? [w] : []));
  if (style && words.length < 2) return [];
  while (words.length > 1 && !REGNAL_TITLES.has(words[0]!) && (ADDRESS_WORDS.has(words[0]!) || isTitle(words[0]!))) words.shift();
  return words;
}

/** A title of the cue list, written as one word or hyphenated ("Field-Marshal Jan Christian Smuts"). */
const isTitle = (w: string) => TITLE_WORDS.has(w) || (w.includes('-') && TITLE_WORDS.has(w.replace(/-/g, ' ')));

/**
 * The parts of a full name (normalised), or undefined when it is one word or holds a regnal title; with `regnal`, a
 * regnal title is its first word ("King Hussein" → king … hussein).
 */
export function nameParts(label: string, regnal = false): NameParts | undefined {
  const words = nameWords(label);
  if (words.length < 2 || (!regnal && REGNAL_TITLES.has(words[0]!))) return undefined;
  return { first: words[0]!, middles: words.slice(1, -1), last: words[words.length - 1]! };
}

/** A generational suffix or regnal number ("Jr.", "II"): never anyone's surname, whatever name ends in it. */
export const isSuffix = (word: string): boolean => SUFFIXES.has(normaliseName(word));

/** The surname a lone-surname label stands for ("Mr. Waldheim" → "waldheim"), or undefined. */
export function loneSurname(label: string): string | undefined {
  const words = nameWords(label);
  return words.length === 1 && !/\d/.test(words[0]!) ? words[0] : undefined;
}

const bare = (w: string) => w.replace(/\.$/, '');
const agree = (x: string, y: string) => {
  const a = bare(x);
  const b = bare(y);
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
};

/** Whether two full names can be the same person (see the module comment). */
export function compatibleNames(a: NameParts, b: NameParts): boolean {
  if (a.last !== b.last) return false;
  const wa = [a.first, ...a.middles];
  const wb = [b.first, ...b.middles];
  // The shorter's given names agree, word for word, with a run of the longer's: from its start ("George W." in
  // "George Walker"), or from the same given name further in: at its end ("Foster Dulles" within "John Foster
  // Dulles"), after honorifics the lists do not hold ("Yahya Jammeh" within "Al Hadji Yahya A. J. J. Jammeh"). Further
  // in, an initial is not enough: "Philip Davis" is not "Nathaniel P. Davis".
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  for (let k = 0; k + short.length <= long.length; k++) if ((k === 0 || bare(short[0]!) === bare(long[k]!)) && short.every((w, i) => agree(w, long[k + i]!))) return true;
  return false;
}


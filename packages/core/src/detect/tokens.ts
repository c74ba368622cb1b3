/**
 * A view over an analysed document that detectors share: normalised token forms, capitalisation, and phrase lookup
 * by joining tokens the way names are written ("Secretary-General" is three tokens with no space between them).
 */
import type { Analysis } from '../language/analyse.js';
import { firstToken, normaliseName } from '../knowledge/normalise.js';

const ASCII = /^[\x20-\x7e]*$/;

export interface TokenView {
  a: Analysis;
  n: number;
  /** Normalised (lowercase, accent-free) form of each token. */
  norm: string[];
}

export function createTokenView(a: Analysis): TokenView {
  const norm = a.value.map((v) => (ASCII.test(v) ? v.toLowerCase() : normaliseName(v)));
  return { a, n: a.value.length, norm };
}

/** Starts with an uppercase letter (any script with case) or a digit-free capital: "Lavrov", "U.S.", "Öcalan". */
export function isCapitalised(v: string): boolean {
  const c = v.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The phrase key of tokens [first, last): normalised tokens joined by a space where the text has whitespace. */
export function phraseKey(view: TokenView, first: number, last: number): string {
  let s = view.norm[first] ?? '';
  for (let j = first + 1; j < last; j++) s += (view.a.spaceBefore[j] ? ' ' : '') + view.norm[j];
  return s;
}

/** The original text of tokens [first, last). */
export function spanText(view: TokenView, first: number, last: number): string {
  return view.a.text.slice(view.a.start[first], view.a.end[last - 1]);
}

/**
 * A set of phrases (lowercase, normalised) matched longest-first at a token position, within one sentence.
 */
export interface PhraseIndex {
  phrases: ReadonlySet<string>;
  firstTokens: ReadonlySet<string>;
  maxLength: number;
}

export function createPhraseIndex(list: readonly string[]): PhraseIndex {
  const phrases = new Set<string>();
  const firstTokens = new Set<string>();
  let maxLength = 0;
  for (const p of list) {
    const key = normaliseName(p);
    phrases.add(key);
    firstTokens.add(firstToken(key));
    maxLength = Math.max(maxLength, key.length);
  }
  return { phrases, firstTokens, maxLength };
}

/** The end (exclusive token index) of the longest phrase of `index` starting at token i, or -1. */
export function matchPhrase(view: TokenView, index: PhraseIndex, i: number): number {
  if (!index.firstTokens.has(view.norm[i]!)) return -1;
  let best = -1;
  let key = view.norm[i]!;
  if (index.phrases.has(key)) best = i + 1;
  for (let j = i + 1; j < view.n && view.a.sentenceOf[j] === view.a.sentenceOf[i]; j++) {
    key += (view.a.spaceBefore[j] ? ' ' : '') + view.norm[j];
    if (key.length > index.maxLength) break;
    if (index.phrases.has(key)) best = j + 1;
  }
  return best;
}

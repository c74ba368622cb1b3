/**
 * Forgiving name comparison for `find`: one normal form that ignores case, accents, punctuation and a leading "the"
 * (so "the U.S." = "US", "Antonio" = "António"), and a 0..1 similarity of normal forms that rewards whole-token
 * matches ("Lavrov" in "Sergey Lavrov"), token prefixes ("Put" in "Putin") and small typos ("Concil" for "Council").
 */

/** The normal form two names are compared in. */
export function normalizeForSearch(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      // A possessive is not part of the name: "Russia's" is Russia.
      .replace(/['’]s\b/g, '')
      // Dots and apostrophes join what they separate, so "U.S." = "us"; other punctuation separates words.
      .replace(/[.'’`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/^the /, '')
  );
}

/** How alike two names are, 0 (nothing in common) to 1 (the same normal form). */
export function searchSimilarity(a: string, b: string): number {
  return similarityOfNormalized(normalizeForSearch(a), normalizeForSearch(b));
}

/** `searchSimilarity` for names already in normal form: the best of a token score, an edit score and a trigram score. */
export function similarityOfNormalized(query: string, candidate: string): number {
  if (query === '' || candidate === '') return 0;
  if (query === candidate) return 1;
  const score = Math.max(
    tokenScore(query.split(' '), candidate.split(' ')),
    editSimilarity(query, candidate),
    trigramDice(query, candidate),
  );
  // Only identical normal forms score 1: `find` keeps 1 for exact matches.
  return Math.min(score, 0.99);
}

/**
 * Each query token is matched to its best candidate token; the mean is discounted a little when the candidate has
 * words the query lacks, so "putin" ranks "Vladimir Putin" above "Vladimir Vladimirovich Putin".
 */
function tokenScore(query: string[], candidate: string[]): number {
  let sum = 0;
  for (const q of query) {
    let best = 0;
    for (const c of candidate) best = Math.max(best, tokenSimilarity(q, c));
    sum += best;
  }
  const coverage = Math.min(1, query.length / candidate.length);
  return (sum / query.length) * (0.8 + 0.2 * coverage);
}

function tokenSimilarity(q: string, c: string): number {
  if (q === c) return 1;
  // A typed prefix: "put" for "putin", worth more the more of the word it covers.
  if (q.length >= 2 && c.startsWith(q)) return 0.75 + 0.2 * (q.length / c.length);
  // Short tokens ("us", "un", "eu") are acronyms: one letter off is another name, not a typo.
  if (Math.min(q.length, c.length) <= 3) return 0;
  return editSimilarity(q, c);
}

/** 1 − Damerau-Levenshtein distance (optimal string alignment) / length of the longer string. */
export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - damerauLevenshtein(a, b) / longest;
}

/** Edit distance counting insertions, deletions, substitutions and swaps of adjacent characters. */
export function damerauLevenshtein(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: the swap needs the row two back.
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let row = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
    }
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[m]!;
}

/** Dice coefficient of padded character trigrams: robust to word order and to typos in long names. */
export function trigramDice(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const [gram, count] of ta) shared += Math.min(count, tb.get(gram) ?? 0);
  const total = a.length + b.length + 2; // a padded string of length n has n + 1 trigrams
  return total === 0 ? 0 : (2 * shared) / total;
}

function trigrams(s: string): Map<string, number> {
  const padded = `  ${s} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * A 4096-bit filter over a set of words by their first two characters and length: `has` is false for a word surely
 * not in the set, and costs no string hashing or comparison. Most tokens of running text miss a small lexicon's
 * filter, so a pass over every token looks up only the few that might be in it.
 */
export interface WordFilter {
  add(word: string): void;
  has(word: string): boolean;
}

export function createWordFilter(words: Iterable<string> = []): WordFilter {
  const bits = new Uint32Array(128);
  const filter: WordFilter = {
    add(w) {
      const b = bitOf(w);
      bits[b >>> 5]! |= 1 << (b & 31);
    },
    has(w) {
      const b = bitOf(w);
      return (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
    },
  };
  for (const w of words) filter.add(w);
  return filter;
}

function bitOf(w: string): number {
  return (Math.imul(w.charCodeAt(0) | 0, 961) + Math.imul(w.charCodeAt(1) | 0, 31) + w.length) & 4095;
}

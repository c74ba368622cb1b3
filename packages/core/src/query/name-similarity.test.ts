import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, editSimilarity, normalizeForSearch, searchSimilarity, trigramDice } from './name-similarity.js';

describe('#normalizeForSearch', () => {
  it('forgives case, accents, punctuation and a leading "the"', () => {
    expect(normalizeForSearch('the U.S.')).toBe('us');
    expect(normalizeForSearch('U.S.')).toBe(normalizeForSearch('US'));
    expect(normalizeForSearch('António Guterres')).toBe('antonio guterres');
    expect(normalizeForSearch('  Organization for Security and Co-operation in Europe ')).toBe(
      'organization for security and co operation in europe',
    );
    expect(normalizeForSearch("Russia's")).toBe('russia');
    expect(normalizeForSearch('Bosnia & Herzegovina')).toBe('bosnia and herzegovina');
  });

  it('keeps "the" inside a name', () => {
    expect(normalizeForSearch('Bank of the South')).toBe('bank of the south');
  });
});

describe('#damerauLevenshtein', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(damerauLevenshtein('council', 'council')).toBe(0);
    expect(damerauLevenshtein('concil', 'council')).toBe(1);
    expect(damerauLevenshtein('lavorv', 'lavrov')).toBe(1);
    expect(damerauLevenshtein('', 'nato')).toBe(4);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
  });

  it('scales to a 0..1 similarity', () => {
    expect(editSimilarity('abc', 'abc')).toBe(1);
    expect(editSimilarity('abcd', 'wxyz')).toBe(0);
  });
});

describe('#trigramDice', () => {
  it('is 1 for equal strings and 0 for strings with no trigram in common', () => {
    expect(trigramDice('nato', 'nato')).toBe(1);
    expect(trigramDice('abc', 'xyz')).toBe(0);
  });
});

describe('#searchSimilarity', () => {
  it('ranks whole tokens, prefixes and typos above unrelated names', () => {
    expect(searchSimilarity('Lavrov', 'Sergey Lavrov')).toBeGreaterThanOrEqual(0.85);
    expect(searchSimilarity('putin', 'Vladimir Putin')).toBeGreaterThan(searchSimilarity('putin', 'Vladimir Vladimirovich Putin'));
    expect(searchSimilarity('Security Concil', 'UN Security Council')).toBeGreaterThan(0.8);
    expect(searchSimilarity('Put', 'Putin')).toBeGreaterThan(0.8);
    expect(searchSimilarity('Lavrov', 'NATO')).toBeLessThan(0.5); // below find's default minScore
  });

  it('does not treat a one-letter change of an acronym as a typo', () => {
    expect(searchSimilarity('UN', 'EU')).toBeLessThan(0.5);
  });

  it('is 1 only for equal normal forms, and always within 0..1', () => {
    expect(searchSimilarity('The OSCE', 'osce')).toBe(1);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = searchSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        if (s === 1) expect(normalizeForSearch(a)).toBe(normalizeForSearch(b));
      }),
    );
  });
});

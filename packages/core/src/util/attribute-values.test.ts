import { describe, expect, it } from 'vitest';
import { readList, readNumber } from './attribute-values.js';

describe('#readList', () => {
  it('reads arrays, JSON arrays in text and a|b text', () => {
    expect(readList(['a', 'b'])).toEqual(['a', 'b']);
    expect(readList('["a","b|c"]')).toEqual(['a', 'b|c']);
    expect(readList(' a | b ||')).toEqual(['a', 'b']);
    expect(readList('[not json')).toEqual(['[not json']);
  });
  it('keeps numbers as text and drops what is no value', () => {
    expect(readList([1, 'a', null, { x: 1 }, NaN])).toEqual(['1', 'a']);
    expect(readList(undefined)).toEqual([]);
    expect(readList('')).toEqual([]);
    expect(readList(3)).toEqual([]);
  });
});

describe('#readNumber', () => {
  it('reads numbers and numeric text, else the fallback', () => {
    expect(readNumber(2, 1)).toBe(2);
    expect(readNumber(' 2.5 ', 1)).toBe(2.5);
    expect(readNumber('', 1)).toBe(1);
    expect(readNumber(null, 1)).toBe(1);
    expect(readNumber('x', 1)).toBe(1);
    expect(readNumber(Infinity, 1)).toBe(1);
  });
});

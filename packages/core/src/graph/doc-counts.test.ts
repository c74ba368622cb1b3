import { describe, expect, it } from 'vitest';
import { docCounts, mergeDocCounts, sortDocCounts } from './doc-counts.js';

describe('#docCounts', () => {
  it('keeps counts that match the documents', () => {
    expect(docCounts(['a', 'b'], [3, 1], 4)).toEqual([3, 1]);
  });

  it('spreads the total evenly when counts are missing or do not match, keeping the total exact', () => {
    expect(docCounts(['a', 'b', 'c'], undefined, 7)).toEqual([3, 2, 2]);
    expect(docCounts(['a', 'b'], [5], 3)).toEqual([2, 1]);
    expect(docCounts([], undefined, 3)).toEqual([]);
  });
});

describe('#sortDocCounts', () => {
  it('sorts by id in code-unit order and adds up an id listed twice', () => {
    expect(sortDocCounts(['b', 'a', 'B', 'a'], [1, 2, 3, 4])).toEqual({ docs: ['B', 'a', 'b'], counts: [3, 6, 1] });
  });
});

describe('#mergeDocCounts', () => {
  it('unites two sorted lists, adding the counts of shared documents, in either order', () => {
    const x = { docs: ['a', 'c'], counts: [1, 2] };
    const y = { docs: ['b', 'c', 'd'], counts: [5, 7, 1] };
    const expected = { docs: ['a', 'b', 'c', 'd'], counts: [1, 5, 9, 1] };
    expect(mergeDocCounts(x, y)).toEqual(expected);
    expect(mergeDocCounts(y, x)).toEqual(expected);
  });
});

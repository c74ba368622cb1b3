import { describe, expect, it } from 'vitest';
import { spreadItem } from './instancing.js';

describe('#spreadItem', () => {
  it('writes, for each vertex, the item attributes then that vertex\'s constants', () => {
    const out = new Float32Array(2 + 3 * (3 + 2)).fill(-1);
    // Three vertices of a triangle (sigma's circle: one angle per vertex), item = [x, y, size].
    const end = spreadItem([10, 20, 5], [[0, 1], [2, 3], [4, 5]], out, 2);
    expect(end).toBe(out.length);
    expect([...out]).toEqual([-1, -1, 10, 20, 5, 0, 1, 10, 20, 5, 2, 3, 10, 20, 5, 4, 5]);
  });

  it('lays consecutive items out back to back', () => {
    const out = new Float32Array(2 * 2 * 2);
    const constants = [[0], [1]];
    const next = spreadItem([7], constants, out, 0);
    spreadItem([8], constants, out, next);
    expect([...out]).toEqual([7, 0, 7, 1, 8, 0, 8, 1]);
  });
});

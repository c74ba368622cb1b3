import { describe, expect, it } from 'vitest';
import { seededRandom } from '@entente/core';
import { bisect, orthonormalize, ppmiRows, randomizedSvd, symmetricEigen, type SparseRows } from '../../scripts/clusters/math.js';

/** Six words over four contexts: words 0–2 occur in contexts 0–1, words 3–5 in contexts 2–3 (invented counts). */
function counts(): SparseRows {
  const rows = [
    [[0, 5], [1, 3]],
    [[0, 4], [1, 4]],
    [[0, 2], [1, 6], [2, 1]],
    [[2, 5], [3, 2]],
    [[2, 3], [3, 5]],
    [[1, 1], [2, 4], [3, 4]],
  ];
  const start = new Int32Array(rows.length + 1);
  const col: number[] = [];
  const val: number[] = [];
  rows.forEach((r, i) => {
    for (const [c, v] of r) col.push(c!), val.push(v!);
    start[i + 1] = col.length;
  });
  return { n: rows.length, d: 4, start, col: Int32Array.from(col), val: Float64Array.from(val) };
}

describe('#symmetricEigen', () => {
  it('finds eigenvalues in descending order with unit eigenvectors', () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    expect(values[0]).toBeCloseTo(3);
    expect(values[1]).toBeCloseTo(1);
    expect(Math.hypot(vectors[0]!, vectors[2]!)).toBeCloseTo(1);
  });
});

describe('#orthonormalize', () => {
  it('gives orthonormal columns', () => {
    const a = Float64Array.of(1, 2, 3, 4, 5, 7);
    orthonormalize(a, 3, 2);
    const dot = (i: number, j: number) => a[i]! * a[j]! + a[i + 2]! * a[j + 2]! + a[i + 4]! * a[j + 4]!;
    expect(dot(0, 0)).toBeCloseTo(1);
    expect(dot(1, 1)).toBeCloseTo(1);
    expect(dot(0, 1)).toBeCloseTo(0);
  });
});

describe('#bisect', () => {
  it('puts words used alike under one first split, and gives the same codes for the same seed', () => {
    const run = () => {
      const m = counts();
      ppmiRows(m, 0.75);
      const x = randomizedSvd(m, 2, seededRandom(1), 2);
      return bisect(x, m.n, 2, 3, seededRandom(1));
    };
    const codes = run();
    const first = [...codes].map((c) => c >>> (31 - Math.clz32(c) - 1));
    expect(new Set(first.slice(0, 3)).size).toBe(1);
    expect(new Set(first.slice(3)).size).toBe(1);
    expect(first[0]).not.toBe(first[3]);
    expect([...run()]).toEqual([...codes]);
  });
});

import { describe, expect, it } from 'vitest';
import { Convergence, PPN, positionsOf } from './convergence.js';

/** A node matrix of `n` nodes on a line, 10 apart. */
function line(n: number): Float32Array {
  const m = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) m[i * PPN] = i * 10;
  return m;
}

describe('#Convergence', () => {
  it('settles when the nodes stop moving, not before the minimum number of iterations', () => {
    const m = line(10);
    const c = new Convergence(m, { minIterations: 5, threshold: 0.001, smoothing: 0.5 });
    for (let i = 0; i < 4; i++) expect(c.update(m)).toBe(false);
    expect(c.update(m)).toBe(true);
    expect(c.iterations).toBe(5);
    expect(c.movement).toBe(0);
  });

  it('does not settle while nodes keep moving a visible share of the extent', () => {
    const m = line(10);
    const c = new Convergence(m, { minIterations: 1, threshold: 0.001 });
    for (let i = 0; i < 50; i++) {
      for (let n = 0; n < 10; n++) m[n * PPN + 1] = ((i + 1) % 2) * 5;
      expect(c.update(m)).toBe(false);
    }
    expect(c.movement).toBeGreaterThan(0.001);
  });

  it('reads x, y of each node', () => {
    expect([...positionsOf(line(3))]).toEqual([0, 0, 10, 0, 20, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { stepIndex, weightSteps } from './weight-steps.js';

describe('#weightSteps', () => {
  it('reaches every value from 1 to 10, then grows by nice steps to the maximum', () => {
    const steps = weightSteps(5580);
    expect(steps.slice(0, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15]);
    expect(steps).toContain(100);
    expect(steps).toContain(5000);
    expect(steps[steps.length - 1]).toBe(5580);
    expect(steps.length).toBeLessThan(50);
    expect(steps.every((v, i) => i === 0 || v > steps[i - 1]!)).toBe(true);
  });

  it('has one stop for a graph whose links all weigh 1, and ends on a small maximum', () => {
    expect(weightSteps(1)).toEqual([1]);
    expect(weightSteps(7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weightSteps(13)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13]);
  });
});

describe('#stepIndex', () => {
  it('gives the last stop at or below a value', () => {
    const steps = weightSteps(100);
    expect(steps[stepIndex(steps, 1)]).toBe(1);
    expect(steps[stepIndex(steps, 13)]).toBe(12);
    expect(steps[stepIndex(steps, 1000)]).toBe(100);
  });
});

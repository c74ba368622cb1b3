/**
 * The stops of the minimum co-mentions slider: every value from 1 to 10, then 12, 15, 20, 25, 30, 40, 50, 60, 80 per
 * power of ten, and the largest weight itself. Equal steps from 1 to 5,580 left 2–10 out of reach; these give each
 * order of magnitude the same length of slider (a number box beside it takes any value).
 */
const MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8];

export function weightSteps(max: number): number[] {
  const top = Math.max(1, Math.floor(max));
  const steps: number[] = [];
  for (let v = 1; v <= Math.min(10, top); v++) steps.push(v);
  for (let scale = 10; scale <= top; scale *= 10) {
    for (const m of MANTISSAS) {
      const v = Math.round(m * scale);
      if (v > 10 && v <= top) steps.push(v);
    }
  }
  if (steps[steps.length - 1] !== top) steps.push(top);
  return steps;
}

/** The slider position for a weight: the last stop at or below it. */
export function stepIndex(steps: readonly number[], value: number): number {
  let i = 0;
  while (i + 1 < steps.length && steps[i + 1]! <= value) i++;
  return i;
}

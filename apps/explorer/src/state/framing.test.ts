import { describe, expect, it } from 'vitest';
import { frameAround, frameFor } from './framing.js';

describe('#frameFor', () => {
  it('centres on the bounding box and fits its larger side with a margin', () => {
    const t = frameFor([{ x: 0.2, y: 0.4 }, { x: 0.6, y: 0.5 }])!;
    expect(t.x).toBeCloseTo(0.4);
    expect(t.y).toBeCloseTo(0.45);
    expect(t.ratio).toBeCloseTo(0.48);
  });

  it('does not zoom into one point without limit, and has nothing to frame without points', () => {
    expect(frameFor([{ x: 0.5, y: 0.5 }])).toEqual({ x: 0.5, y: 0.5, ratio: 0.08 });
    expect(frameFor([])).toBeUndefined();
    expect(frameFor([{ x: NaN, y: 1 }])).toBeUndefined();
  });
});

describe('#frameAround', () => {
  it('keeps the centre and zooms out to the farthest neighbour, on either side', () => {
    const t = frameAround({ x: 0.5, y: 0.5 }, [{ x: 0.6, y: 0.5 }, { x: 0.5, y: 0.3 }]);
    expect(t.x).toBe(0.5);
    expect(t.y).toBe(0.5);
    expect(t.ratio).toBeCloseTo(0.48);
    expect(frameAround({ x: 0.5, y: 0.5 }, []).ratio).toBe(0.08);
  });
});

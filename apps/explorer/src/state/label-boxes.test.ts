import { describe, expect, it } from 'vitest';
import { LabelBoxes } from './label-boxes.js';

describe('#LabelBoxes', () => {
  it('refuses a label over one already placed, accepts one beside it, and starts again each frame', () => {
    const boxes = new LabelBoxes();
    expect(boxes.place(10, 10, 200, 14)).toBe(true);
    expect(boxes.place(150, 15, 80, 14)).toBe(false);
    expect(boxes.place(215, 10, 80, 14)).toBe(true);
    expect(boxes.place(10, 25, 200, 14)).toBe(true);
    expect(boxes.placed).toBe(3);
    boxes.reset();
    expect(boxes.place(150, 15, 80, 14)).toBe(true);
  });

  it('places a forced label whatever it covers, and later labels avoid it', () => {
    const boxes = new LabelBoxes();
    boxes.place(0, 0, 100, 14);
    expect(boxes.place(50, 5, 100, 14, true)).toBe(true);
    expect(boxes.place(120, 8, 40, 14)).toBe(false);
  });

  it('handles boxes across buckets and at negative coordinates', () => {
    const boxes = new LabelBoxes();
    expect(boxes.place(-30, -5, 400, 14)).toBe(true);
    expect(boxes.place(300, 0, 10, 10)).toBe(false);
    expect(boxes.place(300, 20, 10, 10)).toBe(true);
  });
});

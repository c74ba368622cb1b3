/**
 * Labels without overlap. Sigma picks which labels to draw with a grid (at most `labelDensity` per cell, the biggest
 * nodes first), but a long label runs into the next cell's: "United Nations General Assembly" over "Afghanistan".
 * Each frame, the canvas asks here before drawing a label; one that would cover a label already drawn is skipped
 * (a selected or forced label is drawn anyway, and counts). Boxes are kept in buckets of the screen so a frame costs
 * O(labels), not O(labels²). Pure, so it is unit tested.
 */

const BUCKET = 64;

export class LabelBoxes {
  private buckets = new Map<number, number[]>();
  private count = 0;

  /** A new frame: no label drawn yet. */
  reset(): void {
    this.buckets.clear();
    this.count = 0;
  }

  get placed(): number {
    return this.count;
  }

  /** Whether a label box (viewport pixels) is free of every label placed this frame; if so, or if `force`, it is placed. */
  place(x: number, y: number, width: number, height: number, force = false): boolean {
    const x0 = Math.floor(x / BUCKET), x1 = Math.floor((x + width) / BUCKET);
    const y0 = Math.floor(y / BUCKET), y1 = Math.floor((y + height) / BUCKET);
    if (!force) {
      for (let bx = x0; bx <= x1; bx++) {
        for (let by = y0; by <= y1; by++) {
          const boxes = this.buckets.get(key(bx, by));
          if (!boxes) continue;
          for (let i = 0; i < boxes.length; i += 4) {
            if (x < boxes[i]! + boxes[i + 2]! && boxes[i]! < x + width && y < boxes[i + 1]! + boxes[i + 3]! && boxes[i + 1]! < y + height) return false;
          }
        }
      }
    }
    for (let bx = x0; bx <= x1; bx++) {
      for (let by = y0; by <= y1; by++) {
        const k = key(bx, by);
        let boxes = this.buckets.get(k);
        if (!boxes) this.buckets.set(k, (boxes = []));
        boxes.push(x, y, width, height);
      }
    }
    this.count += 1;
    return true;
  }
}

/** One number per bucket (screens are far smaller than 2^15 buckets a side; negative coordinates are fine). */
function key(bx: number, by: number): number {
  return (bx + 32768) * 65536 + (by + 32768);
}

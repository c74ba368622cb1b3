/**
 * Where the camera should go to show a set of points: their bounding box's centre, and a zoom ratio that fits the
 * box with a margin. Points are in sigma's framed-graph coordinates (the whole graph spans about 0–1, and ratio 1
 * shows it all), so this is pure arithmetic, tested without a browser.
 */
export interface CameraTarget {
  x: number;
  y: number;
  ratio: number;
}

/** Margin around the box, and the closest zoom a fit may choose (one node alone is not blown up to fill the screen). */
const MARGIN = 1.2;
const MIN_RATIO = 0.08;
const MAX_RATIO = 1.5;

export function frameFor(points: Iterable<{ x: number; y: number }>): CameraTarget | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (minX === Infinity) return undefined;
  const ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, Math.max(maxX - minX, maxY - minY) * MARGIN));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}

/**
 * The camera centred on `center`, zoomed out just enough for `points` (its neighbours) to show around it: a shared
 * link to an entity opens on the entity with its links in view.
 */
export function frameAround(center: { x: number; y: number }, points: Iterable<{ x: number; y: number }>): CameraTarget {
  let reach = 0;
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    reach = Math.max(reach, Math.abs(p.x - center.x), Math.abs(p.y - center.y));
  }
  return { x: center.x, y: center.y, ratio: Math.min(MAX_RATIO, Math.max(MIN_RATIO, 2 * reach * MARGIN)) };
}

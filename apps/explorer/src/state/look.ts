/**
 * What the canvas is told to show: hidden items, colours, sizes, the selection. Built by the app on every view change;
 * the canvas compares it with the one it has and redraws only when something it draws has changed, because a full
 * sigma refresh of a 100k-edge graph costs a second on software WebGL.
 */
import { sameSelection } from './emphasis.js';
import type { Selection } from './types.js';

export interface CanvasLook {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** Entities to point out (new with documents just added); compared by identity like the hidden sets. */
  marked?: ReadonlySet<string>;
  color(node: string): string;
  size(node: string): number;
  /** Changes whenever `color` or `size` would answer differently (e.g. "mentions|type"). */
  styleKey: string;
  selection: Selection;
}

/** Whether two looks draw the same picture. Hidden sets compare by identity: the app reuses them while filters hold. */
export function sameLook(a: CanvasLook, b: CanvasLook): boolean {
  return a.hiddenNodes === b.hiddenNodes && a.hiddenEdges === b.hiddenEdges && a.marked === b.marked && a.styleKey === b.styleKey && sameSelection(a.selection, b.selection);
}

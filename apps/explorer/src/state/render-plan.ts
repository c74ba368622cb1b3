/**
 * How to draw a graph of a given size. Nodes and edges are always drawn without instancing (`views/programs.ts`);
 * what still depends on size is how many pixels edges cover: on software WebGL a frame is bound by fill, and 100k
 * rectangles (≥ 1.7 px plus anti-aliasing) cost ~4× what 1-px `gl.LINES` do. So big graphs draw ordinary edges as
 * lines; the selection's links keep their weight-based thickness (their own program, drawn last). Pure, so the
 * thresholds are unit tested.
 */

/**
 * Above this many edges, edges are not clickable (sigma draws every edge a second time into its picking layer for
 * that), are hidden while the camera moves, and are drawn as 1-px lines. Links stay reachable from the details
 * panel's neighbour list.
 */
export const LARGE_GRAPH_EDGES = 20_000;

export interface RenderPlan {
  /** Edges can be hovered and clicked. */
  edgeEvents: boolean;
  /** Edges are not drawn while the camera moves. */
  hideEdgesOnMove: boolean;
  /** Ordinary edges as 1-px lines rather than rectangles sized by weight. */
  lineEdges: boolean;
}

export function renderPlan(edges: number): RenderPlan {
  const many = edges > LARGE_GRAPH_EDGES;
  return { edgeEvents: !many, hideEdgesOnMove: many, lineEdges: many };
}

/**
 * Turn the graph on screen into another graph in place, changing only what differs: nodes and links that went are
 * dropped, new ones added, changed attributes replaced. Sigma follows graphology's events and redraws what changed,
 * instead of a new renderer, search index and layout for the whole graph (a correction on the full UNGDC graph used
 * to rebuild all of it). Positions stay: a node keeps its place, a node that replaces others (a merge's target
 * re-keyed, a retyped id) takes the place of the one it replaces, and a newcomer goes near its neighbours.
 */
import type { Attributes } from 'graphology-types';
import { assignMissingPositions } from './positions.js';
import type { EntenteGraph } from './types.js';

export interface GraphPatch {
  addedNodes: string[];
  droppedNodes: number;
  changedNodes: number;
  addedEdges: number;
  droppedEdges: number;
  changedEdges: number;
}

/** Whether nodes or links came or went (the layout's matrices must then be rebuilt). */
export const isStructural = (p: GraphPatch): boolean => p.addedNodes.length + p.droppedNodes + p.addedEdges + p.droppedEdges > 0;

/** Display-only attributes the graph on screen carries and the new graph may not. */
const SCREEN_KEYS = new Set(['x', 'y']);

/**
 * Make `target` hold the nodes, links and attributes of `source` (positions aside). `movedTo` maps an entity that is
 * gone to the one it became (core's `mergedEntities`), for positions. Attribute values are compared by identity:
 * core's curation shares the lists it does not change, so an untouched node compares equal.
 */
export function patchGraph(target: EntenteGraph, source: EntenteGraph, movedTo: ReadonlyMap<string, string> = new Map()): GraphPatch {
  const patch: GraphPatch = { addedNodes: [], droppedNodes: 0, changedNodes: 0, addedEdges: 0, droppedEdges: 0, changedEdges: 0 };
  const placeOf = new Map<string, { x: number; y: number }>();
  for (const node of target.nodes()) {
    if (source.hasNode(node)) continue;
    const a = target.getNodeAttributes(node);
    const to = movedTo.get(node);
    if (to !== undefined && !placeOf.has(to) && Number.isFinite(a.x) && Number.isFinite(a.y)) placeOf.set(to, { x: a.x!, y: a.y! });
    patch.droppedEdges += target.degree(node);
    target.dropNode(node);
    patch.droppedNodes += 1;
  }
  for (const edge of target.edges()) {
    const [s, t] = target.extremities(edge);
    const other = source.hasEdge(s, t) ? source.edge(s, t)! : undefined;
    if (other === undefined || other !== edge) {
      target.dropEdge(edge);
      patch.droppedEdges += 1;
    } else if (!sameAttributes(target.getEdgeAttributes(edge), source.getEdgeAttributes(other))) {
      target.replaceEdgeAttributes(edge, { ...source.getEdgeAttributes(other) });
      patch.changedEdges += 1;
    }
  }
  source.forEachNode((node, a) => {
    if (!target.hasNode(node)) {
      const place = placeOf.get(node);
      const attrs = { ...a };
      delete attrs.x;
      delete attrs.y;
      target.addNode(node, place ? { ...attrs, ...place } : attrs);
      patch.addedNodes.push(node);
      return;
    }
    const old = target.getNodeAttributes(node);
    if (sameAttributes(old, a)) return;
    const attrs = { ...a };
    delete attrs.x;
    delete attrs.y;
    target.replaceNodeAttributes(node, Number.isFinite(old.x) ? { ...attrs, x: old.x, y: old.y } : attrs);
    patch.changedNodes += 1;
  });
  source.forEachEdge((edge, a, s, t) => {
    if (target.hasEdge(edge)) return;
    target.addUndirectedEdgeWithKey(edge, s, t, { ...a });
    patch.addedEdges += 1;
  });
  target.replaceAttributes({ ...source.getAttributes() });
  if (patch.addedNodes.length) assignMissingPositions(target);
  return patch;
}

/** Same keys with the same values (by identity), positions aside. */
function sameAttributes(a: Attributes, b: Attributes): boolean {
  let count = 0;
  for (const key in a) {
    if (SCREEN_KEYS.has(key) || a[key] === undefined) continue;
    if (a[key] !== b[key]) return false;
    count += 1;
  }
  for (const key in b) if (!SCREEN_KEYS.has(key) && b[key] !== undefined) count -= 1;
  return count === 0;
}

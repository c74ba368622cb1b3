/**
 * Turn the graph on screen into another graph in place, changing only what differs: nodes and links that went are
 * dropped, new ones added, changed attributes replaced. Sigma follows and redraws what changed, instead of a new
 * renderer, search index and layout for the whole graph (a correction on the full UNGDC graph used to rebuild all
 * of it). In two steps, so the first can run elsewhere: `diffGraphs` (O(n + m), in the curation worker, which holds
 * the graph as opened) and `applyDiff` (O(change), on the page). Positions stay: a node keeps its place, a node that
 * replaces others (a merge's target re-keyed, a retyped id) takes the place of the one it replaces, and a newcomer
 * goes near its neighbours.
 */
import type { Attributes } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '@entente/core';
import { assignMissingPositions } from './positions.js';
import type { EntenteGraph } from './types.js';

/** What makes one graph another: structured-cloneable, so a worker can send it. */
export interface GraphDiff {
  droppedNodes: string[];
  /** Nodes added or changed, with all their attributes (positions aside). */
  nodes: Array<[string, NodeAttributes]>;
  droppedEdges: string[];
  /** Links added or changed: key, source, target, attributes. */
  edges: Array<[string, string, string, EdgeAttributes]>;
  /**
   * The graph attributes; `documents` and `reserve` left out when unchanged (on the full UNGDC graph they are 1 MB and
   * 21 MB of JSON, which every answer would otherwise carry).
   */
  attributes: Partial<GraphAttributes>;
  /**
   * The reserve's links when only they changed (a hide or merge touching withheld entities' links): for each link
   * of the new list, the index of the same link in the old one, or the link itself when it is new. The reserve's
   * 21,000 links are 14 MB of JSON on UNGDC; what a correction changes in them is a few.
   */
  reserveEdges?: Array<number | ReserveEdge>;
}

type ReserveEdge = NonNullable<GraphAttributes['reserve']>['edges'][number];

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

/** Display-only attributes the graph on screen carries and the other graph may not. */
const SCREEN_KEYS = new Set(['x', 'y']);

/**
 * What turns `from` into `to`. Attribute values are compared by identity: core's curation shares the lists it does not
 * change, so an untouched node compares equal. Links are matched by key (core keys a link by its two ends).
 */
export function diffGraphs(from: EntenteGraph, to: EntenteGraph): GraphDiff {
  const diff: GraphDiff = { droppedNodes: [], nodes: [], droppedEdges: [], edges: [], attributes: {} };
  from.forEachNode((node) => {
    if (!to.hasNode(node)) diff.droppedNodes.push(node);
  });
  to.forEachNode((node, a) => {
    if (!from.hasNode(node) || !sameAttributes(from.getNodeAttributes(node), a)) diff.nodes.push([node, withoutPosition(a)]);
  });
  from.forEachEdge((edge, _a, s, t) => {
    if (!to.hasEdge(edge)) diff.droppedEdges.push(edge);
    else {
      const [s2, t2] = to.extremities(edge);
      if (!((s === s2 && t === t2) || (s === t2 && t === s2))) diff.droppedEdges.push(edge);
    }
  });
  to.forEachEdge((edge, a, s, t) => {
    if (!from.hasEdge(edge) || diff.droppedEdges.length > 0 && !sameEnds(from, edge, s, t) || !sameAttributes(from.getEdgeAttributes(edge), a)) diff.edges.push([edge, s, t, { ...a }]);
  });
  const attrs: Partial<GraphAttributes> = { ...to.getAttributes() };
  if (from.getAttribute('documents') === attrs.documents) delete attrs.documents;
  const before = from.getAttribute('reserve');
  const after = attrs.reserve;
  if (sameReserve(before, after)) delete attrs.reserve;
  else if (before && after && before.nodes === after.nodes) {
    const index = new Map(before.edges.map((e, i) => [e, i]));
    diff.reserveEdges = after.edges.map((e) => index.get(e) ?? e);
    delete attrs.reserve;
  }
  diff.attributes = attrs;
  return diff;
}

/** Apply a diff to the graph on screen. `movedTo` maps an entity that is gone to the one it became, for positions. */
export function applyDiff(target: EntenteGraph, diff: GraphDiff, movedTo: ReadonlyMap<string, string> = new Map()): GraphPatch {
  const patch: GraphPatch = { addedNodes: [], droppedNodes: 0, changedNodes: 0, addedEdges: 0, droppedEdges: 0, changedEdges: 0 };
  for (const edge of diff.droppedEdges) {
    if (!target.hasEdge(edge)) continue;
    target.dropEdge(edge);
    patch.droppedEdges += 1;
  }
  const placeOf = new Map<string, { x: number; y: number }>();
  for (const node of diff.droppedNodes) {
    if (!target.hasNode(node)) continue;
    const a = target.getNodeAttributes(node);
    const to = movedTo.get(node);
    if (to !== undefined && !placeOf.has(to) && Number.isFinite(a.x) && Number.isFinite(a.y)) placeOf.set(to, { x: a.x!, y: a.y! });
    patch.droppedEdges += target.degree(node);
    target.dropNode(node);
    patch.droppedNodes += 1;
  }
  for (const [node, a] of diff.nodes) {
    const attrs = withoutPosition(a);
    if (!target.hasNode(node)) {
      const place = placeOf.get(node);
      target.addNode(node, place ? { ...attrs, ...place } : attrs);
      patch.addedNodes.push(node);
      continue;
    }
    const old = target.getNodeAttributes(node);
    target.replaceNodeAttributes(node, Number.isFinite(old.x) ? { ...attrs, x: old.x, y: old.y } : attrs);
    patch.changedNodes += 1;
  }
  for (const [edge, s, t, a] of diff.edges) {
    if (target.hasEdge(edge)) {
      target.replaceEdgeAttributes(edge, { ...a });
      patch.changedEdges += 1;
    } else {
      target.addUndirectedEdgeWithKey(edge, s, t, { ...a });
      patch.addedEdges += 1;
    }
  }
  const attrs = { ...target.getAttributes(), ...diff.attributes } as GraphAttributes;
  const reserve = target.getAttribute('reserve');
  if (diff.reserveEdges && reserve) attrs.reserve = { ...reserve, edges: diff.reserveEdges.map((e) => (typeof e === 'number' ? reserve.edges[e]! : e)) };
  target.replaceAttributes(attrs);
  if (patch.addedNodes.length) assignMissingPositions(target);
  return patch;
}

/** Make `target` hold the nodes, links and attributes of `source` (positions aside), in place. */
export function patchGraph(target: EntenteGraph, source: EntenteGraph, movedTo: ReadonlyMap<string, string> = new Map()): GraphPatch {
  return applyDiff(target, diffGraphs(target, source), movedTo);
}

/** Core's curation rebuilds the reserve's object on every run, keeping the nodes and the links it leaves alone. */
function sameReserve(a: GraphAttributes['reserve'], b: GraphAttributes['reserve']): boolean {
  if (a === b) return true;
  if (!a || !b || a.nodes !== b.nodes || a.edges.length !== b.edges.length) return false;
  return a.edges.every((e, i) => e === b.edges[i]);
}

function sameEnds(graph: EntenteGraph, edge: string, s: string, t: string): boolean {
  const [a, b] = graph.extremities(edge);
  return (a === s && b === t) || (a === t && b === s);
}

function withoutPosition<T extends Attributes>(a: T): T {
  if (!('x' in a) && !('y' in a)) return { ...a };
  const out = { ...a };
  delete out.x;
  delete out.y;
  return out;
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

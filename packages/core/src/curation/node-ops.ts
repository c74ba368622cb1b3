/**
 * The graph operations behind curation rules, on a working copy: merge one node into another and give a node a new
 * id. They count the way the reduce does (graph/entente-graph.ts: mentions and weights add, documents and aliases
 * unite, per-document counts follow their documents), so a merge gives the node a build would give had the two names
 * been one entity, with two differences a graph cannot undo: a window that held both and a third entity counted one
 * link each (their weights add), and capped evidence stays capped. A sentence that was evidence for both is kept once,
 * with the marks of both, as a build would keep it.
 */
import { compareEvidence, edgeKey, mergeEdgeAttributes, mergeNodeAttributes, type EntenteGraph } from '../graph/entente-graph.js';
import { nodeConfidence } from '../graph/confidence.js';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../types.js';

/** Merge node `from` into node `to` (both in `graph`); their link, if any, is dropped: it would be a self-loop. */
export function mergeInto(graph: EntenteGraph, from: string, to: string, maxEvidence: number): void {
  const a = graph.getNodeAttributes(from);
  graph.replaceNodeAttributes(to, mergedNode(graph.getNodeAttributes(to), a, maxEvidence));
  for (const e of graph.edges(from)) {
    const other = graph.opposite(from, e);
    if (other === to) continue;
    moveEdge(graph, graph.getEdgeAttributes(e), to, other, maxEvidence);
  }
  graph.dropNode(from);
}

/** Give node `from` the id `to` (not in the graph yet), with new attributes; its links follow under their new keys. */
export function rekeyNode(graph: EntenteGraph, from: string, to: string, attributes: NodeAttributes, maxEvidence: number): void {
  graph.addNode(to, attributes);
  for (const e of graph.edges(from)) moveEdge(graph, graph.getEdgeAttributes(e), to, graph.opposite(from, e), maxEvidence);
  graph.dropNode(from);
}

function moveEdge(graph: EntenteGraph, attrs: EdgeAttributes, a: string, b: string, maxEvidence: number): void {
  const key = edgeKey(a, b);
  if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, mergedEdge(graph.getEdgeAttributes(key), attrs, maxEvidence));
  else graph.addUndirectedEdgeWithKey(key, a < b ? a : b, a < b ? b : a, { ...attrs });
}

function mergedNode(n: NodeAttributes, a: NodeAttributes, maxEvidence: number): NodeAttributes {
  const out = mergeNodeAttributes(n, a, maxEvidence);
  out.evidence = combineEvidence(n.evidence, a.evidence, maxEvidence);
  if (n.confidence !== undefined || a.confidence !== undefined) out.confidence = nodeConfidence(out);
  return out;
}

function mergedEdge(e: EdgeAttributes, a: EdgeAttributes, maxEvidence: number): EdgeAttributes {
  const out = mergeEdgeAttributes(e, a, maxEvidence);
  out.evidence = combineEvidence(e.evidence, a.evidence, maxEvidence);
  return out;
}

/** Two evidence lists as one: the first `max` in (document, offset) order, a passage in both once with both marks. */
export function combineEvidence(a: Evidence[], b: Evidence[], max: number): Evidence[] {
  const all = [...a, ...b].sort(compareEvidence);
  const out: Evidence[] = [];
  for (const ev of all) {
    const last = out[out.length - 1];
    if (last && last.doc === ev.doc && last.start === ev.start && last.end === ev.end) {
      out[out.length - 1] = { ...last, marks: unionMarks(last.marks, ev.marks) };
    } else {
      if (out.length === max) break;
      out.push(ev);
    }
  }
  return out;
}

function unionMarks(x: Array<[number, number]>, y: Array<[number, number]>): Array<[number, number]> {
  const seen = new Map<string, [number, number]>();
  for (const m of [...x, ...y]) seen.set(`${m[0]}:${m[1]}`, m);
  return [...seen.values()].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** The graph type Entente builds, and small helpers on its attributes. */
import { UndirectedGraph } from 'graphology';
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from '../types.js';

export type EntenteGraph = UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createEntenteGraph(): EntenteGraph {
  return new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** The key of the edge between two entities: the same whichever way round they come. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}--${b}` : `${b}--${a}`;
}

export function compareEvidence(x: Evidence, y: Evidence): number {
  return x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start || x.end - y.end;
}

/** Merge two evidence lists, keeping the first `max` in (document, offset) order: the result does not depend on order. */
export function mergeEvidence(a: Evidence[], b: Evidence[], max: number): Evidence[] {
  if (b.length === 0) return a.length > max ? a.slice(0, max) : a;
  return [...a, ...b].sort(compareEvidence).slice(0, max);
}

export function mergeSorted(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** The attributes of one entity seen in two graphs (or two nodes found to be one): counts add, sets unite. */
export function mergeNodeAttributes(n: NodeAttributes, a: NodeAttributes, maxEvidence: number): NodeAttributes {
  return {
    ...n,
    aliases: mergeSorted(n.aliases, a.aliases),
    mentions: n.mentions + a.mentions,
    docs: mergeSorted(n.docs, a.docs),
    evidence: mergeEvidence(n.evidence, a.evidence, maxEvidence),
  };
}

/** The attributes of one co-mentioned pair seen in two graphs. */
export function mergeEdgeAttributes(e: EdgeAttributes, a: EdgeAttributes, maxEvidence: number): EdgeAttributes {
  return {
    ...e,
    weight: e.weight + a.weight,
    docs: mergeSorted(e.docs, a.docs),
    evidence: mergeEvidence(e.evidence, a.evidence, maxEvidence),
  };
}

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

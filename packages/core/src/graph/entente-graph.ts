/** The graph type Entente builds, and small helpers on its attributes. */
import { UndirectedGraph } from 'graphology';
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from '../types.js';
import { edgeDocCounts, mergeDocCounts, nodeDocCounts } from './doc-counts.js';

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
  const { docs, counts } = mergeDocCounts(nodeDocCounts(n), nodeDocCounts(a));
  return {
    ...n,
    aliases: mergeSorted(n.aliases, a.aliases),
    mentions: n.mentions + a.mentions,
    docs,
    docMentions: counts,
    evidence: mergeEvidence(n.evidence, a.evidence, maxEvidence),
    ...(n.foundBy || a.foundBy ? { foundBy: mergeCounts(n.foundBy ?? {}, a.foundBy ?? {}) } : {}),
  };
}

/** Counts by key, added; keys in code-unit order, so the result does not depend on which came first. */
export function mergeCounts<K extends string>(x: Partial<Record<K, number>>, y: Partial<Record<K, number>>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = { ...x };
  for (const k of Object.keys(y).sort() as K[]) out[k] = (out[k] ?? 0) + (y[k] ?? 0);
  return Object.fromEntries(Object.entries(out).sort(([p], [q]) => (p < q ? -1 : 1))) as Partial<Record<K, number>>;
}

/** The attributes of one co-mentioned pair seen in two graphs. */
export function mergeEdgeAttributes(e: EdgeAttributes, a: EdgeAttributes, maxEvidence: number): EdgeAttributes {
  const { docs, counts } = mergeDocCounts(edgeDocCounts(e), edgeDocCounts(a));
  return {
    ...e,
    weight: e.weight + a.weight,
    docs,
    docWeights: counts,
    evidence: mergeEvidence(e.evidence, a.evidence, maxEvidence),
  };
}

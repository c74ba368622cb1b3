/**
 * The entities a graph withholds (admission.ts) are out of the graph but not lost: they travel with it as the graph
 * attribute `reserve`, nodes and the links that touch them, sorted. A later merge (mergeGraphs, `entente build
 * --update`, documents added in the explorer) brings them back before settling again, so a surname withheld in one
 * batch still counts once its full name arrives in the next, and a graph built in two steps equals one built at once.
 * Only the Entente JSON format carries the reserve; exports write what the graph shows.
 */
import type { EdgeAttributes, NodeAttributes, Reserve } from '../types.js';
import { compareEvidence, edgeKey, mergeEdgeAttributes, mergeNodeAttributes, type EntenteGraph } from './entente-graph.js';
import { withheldReason, type WithheldReason } from './admission.js';
import { edgeDocCounts, nodeDocCounts } from './doc-counts.js';
import { compareStrings } from '../util/compare.js';
import type { KnowledgeBase } from '../knowledge/kb.js';

export type WithheldCounts = Record<string, { entities: number; mentions: number }>;

/**
 * Move the nodes admission.ts withholds (and those in `also`, withheld on the corpus's evidence: corpus-admission.ts),
 * and their links, out of `graph` into a reserve (the graph is mutated). The
 * counts by reason are for the manifest, keys sorted so its bytes are stable.
 */
export function withholdWeak(graph: EntenteGraph, kb?: KnowledgeBase, also: ReadonlyMap<string, WithheldReason> = new Map()): { reserve: Reserve; counts: WithheldCounts } {
  const counts = new Map<string, { entities: number; mentions: number }>();
  const withheld = new Set<string>();
  for (const id of graph.nodes().sort()) {
    const a = graph.getNodeAttributes(id);
    const reason = withheldReason(a, kb) ?? also.get(id);
    if (!reason) continue;
    withheld.add(id);
    const c = counts.get(reason) ?? { entities: 0, mentions: 0 };
    counts.set(reason, { entities: c.entities + 1, mentions: c.mentions + a.mentions });
  }
  const reserve: Reserve = { nodes: [], edges: [] };
  for (const id of [...withheld].sort()) {
    const a = graph.getNodeAttributes(id);
    // With its per-document counts (doc-counts.ts), sorted with the documents, as finalize writes a node.
    const { docs, counts: docMentions } = nodeDocCounts(a);
    reserve.nodes.push({ key: id, attributes: { ...a, aliases: [...a.aliases].sort(), docs, docMentions, evidence: [...a.evidence].sort(compareEvidence) } });
  }
  const edges: Reserve['edges'] = [];
  graph.forEachEdge((key, attributes, s, t) => {
    if (!withheld.has(s) && !withheld.has(t)) return;
    const [source, target] = s < t ? [s, t] : [t, s];
    const { docs, counts: docWeights } = edgeDocCounts(attributes);
    edges.push({ key, source, target, attributes: { ...attributes, docs, docWeights, evidence: [...attributes.evidence].sort(compareEvidence) } });
  });
  reserve.edges = edges.sort((x, y) => compareStrings(x.key, y.key));
  for (const id of withheld) graph.dropNode(id);
  return { reserve, counts: Object.fromEntries([...counts].sort((x, y) => compareStrings(x[0], y[0]))) };
}

/**
 * Bring a reserve back into a graph (mutated): a node or link the graph already has (the same entity found again in
 * new documents) adds up, as the reduce would have added it. Returns the graph.
 */
export function restoreReserve(graph: EntenteGraph, reserve: Reserve | undefined, maxEvidence: number): EntenteGraph {
  if (!reserve) return graph;
  for (const { key, attributes } of reserve.nodes) {
    if (graph.hasNode(key)) graph.updateNodeAttributes(key, (n) => mergeNodeAttributes(n, attributes as NodeAttributes, maxEvidence));
    else graph.addNode(key, copyNode(attributes));
  }
  for (const { source, target, attributes } of reserve.edges) {
    // A link to an entity that is gone (a hand-edited file): nothing to hang it on.
    if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) continue;
    const key = edgeKey(source, target);
    if (graph.hasEdge(key)) graph.updateEdgeAttributes(key, (e) => mergeEdgeAttributes(e, attributes as EdgeAttributes, maxEvidence));
    else {
      const { docs, counts: docWeights } = edgeDocCounts(attributes);
      graph.addUndirectedEdgeWithKey(key, source, target, { ...attributes, docs, docWeights, evidence: [...attributes.evidence] });
    }
  }
  return graph;
}

/** A graph's own reserve, taken off its attributes (so it is restored once). */
export function takeReserve(graph: EntenteGraph): Reserve | undefined {
  const reserve = graph.getAttribute('reserve');
  if (reserve !== undefined) graph.removeAttribute('reserve');
  return reserve;
}

function copyNode(a: NodeAttributes): NodeAttributes {
  const { docs, counts: docMentions } = nodeDocCounts(a);
  return { ...a, aliases: [...a.aliases], docs, docMentions, evidence: [...a.evidence] };
}

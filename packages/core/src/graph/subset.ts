/**
 * A graph counted again within some of its documents: what `buildGraph` would have given for those documents only,
 * as far as the graph can tell without the texts. Weights, mentions and document lists come from the per-document
 * counts (graph/doc-counts.ts); evidence is what the graph kept from those documents; entities and links left with
 * no document are dropped. Aliases, how-found counts and confidence are the whole graph's (they are not kept per
 * document), and lone surnames are not merged again. What the graph withholds (its `reserve`, graph/reserve.ts) is
 * narrowed to the same documents, so a later merge of the subset brings back only what those documents found; the
 * manifest's `withheld` counts, which describe the whole graph, are left out unless every document is kept. Pure: the
 * graph given is not changed.
 */
import { InvalidInputError, InvalidOptionError } from '../errors.js';
import type { BuildManifest, DocumentInfo, EdgeAttributes, Evidence, GraphAttributes, NodeAttributes, Reserve } from '../types.js';
import type { AbstractGraph } from 'graphology-types';
import { createEntenteGraph, type EntenteGraph } from './entente-graph.js';
import { edgeDocCounts, nodeDocCounts, type DocCounts } from './doc-counts.js';

/** Which documents to keep: their ids, or a test on each document the graph lists. */
export type DocumentSelector = Iterable<string> | ((doc: DocumentInfo) => boolean);

type SubsettableGraph = AbstractGraph<NodeAttributes, EdgeAttributes, Partial<GraphAttributes>>;

/**
 * @example
 * const eighties = subsetGraph(graph, (d) => Number(d.meta?.year) >= 1980 && Number(d.meta?.year) <= 1989);
 * eighties.getEdgeAttribute('Q159--Q30', 'weight'); // co-mentions of Russia and the US in the 1980s speeches
 */
export function subsetGraph(graph: SubsettableGraph, select: DocumentSelector): EntenteGraph {
  const who = 'subsetGraph';
  if (!graph || typeof (graph as { forEachNode?: unknown }).forEachNode !== 'function') {
    throw new InvalidOptionError(who, 'graph', 'a graphology graph', graph);
  }
  const documents: DocumentInfo[] = Array.isArray(graph.getAttribute('documents')) ? (graph.getAttribute('documents') as DocumentInfo[]) : [];
  const keep = selectedIds(who, documents, select);
  const out = createEntenteGraph();
  const manifest = graph.getAttribute('manifest') as BuildManifest | undefined;
  const keptDocs = documents.filter((d) => keep.has(d.id));
  const { reserve: whole, ...rest } = graph.getAttributes() as GraphAttributes;
  const reserve = whole && Array.isArray(whole.nodes) ? reserveWithin(whole, keep) : undefined;
  let narrowedManifest: BuildManifest | undefined;
  if (manifest) {
    // Every document kept: the whole graph's counts still hold.
    const { withheld: _, ...m } = manifest;
    narrowedManifest = keptDocs.length === documents.length ? { ...manifest, documentCount: keptDocs.length } : { ...m, documentCount: keptDocs.length };
  }
  out.replaceAttributes({
    ...rest,
    documents: keptDocs,
    ...(narrowedManifest ? { manifest: narrowedManifest } : {}),
    ...(reserve ? { reserve } : {}),
  });

  graph.forEachNode((node, a) => {
    const n = nodeWithin(a, keep);
    if (n) out.addNode(node, n);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    const e = edgeWithin(a, keep);
    if (e) out.addUndirectedEdgeWithKey(edge, source, target, e);
  });
  return out;
}

function nodeWithin(a: NodeAttributes, keep: ReadonlySet<string>): NodeAttributes | undefined {
  const kept = within(nodeDocCounts(a), keep);
  if (!kept) return undefined;
  return { ...a, aliases: [...a.aliases], mentions: kept.total, docs: kept.docs, docMentions: kept.counts, evidence: evidenceWithin(a.evidence, keep) };
}

function edgeWithin(a: EdgeAttributes, keep: ReadonlySet<string>): EdgeAttributes | undefined {
  const kept = within(edgeDocCounts(a), keep);
  if (!kept) return undefined;
  return { ...a, weight: kept.total, docs: kept.docs, docWeights: kept.counts, evidence: evidenceWithin(a.evidence, keep) };
}

/** The reserve's nodes and links within the documents kept (none left: no reserve). */
function reserveWithin(reserve: Reserve, keep: ReadonlySet<string>): Reserve | undefined {
  const nodes: Reserve['nodes'] = [];
  for (const { key, attributes } of reserve.nodes) {
    const n = nodeWithin(attributes, keep);
    if (n) nodes.push({ key, attributes: n });
  }
  const edges: Reserve['edges'] = [];
  for (const { key, source, target, attributes } of reserve.edges ?? []) {
    const e = edgeWithin(attributes, keep);
    if (e) edges.push({ key, source, target, attributes: e });
  }
  return nodes.length ? { nodes, edges } : undefined;
}

function selectedIds(who: string, documents: DocumentInfo[], select: DocumentSelector): Set<string> {
  if (typeof select === 'function') {
    const keep = new Set<string>();
    for (const d of documents) if (select(d)) keep.add(d.id);
    return keep;
  }
  if (select === null || typeof select !== 'object' || typeof (select as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new InvalidOptionError(who, 'documents', 'document ids (an iterable of strings) or a test (doc) => boolean', select);
  }
  const keep = new Set<string>();
  for (const id of select) {
    if (typeof id !== 'string') throw new InvalidInputError(who, 'documents', `expects document ids as strings, received ${typeof id}`);
    keep.add(id);
  }
  return keep;
}

/** The documents of `all` that are kept, with their counts and total; undefined when none is. */
function within(all: DocCounts, keep: ReadonlySet<string>): (DocCounts & { total: number }) | undefined {
  const docs: string[] = [];
  const counts: number[] = [];
  let total = 0;
  all.docs.forEach((d, i) => {
    if (!keep.has(d)) return;
    docs.push(d);
    counts.push(all.counts[i]!);
    total += all.counts[i]!;
  });
  return docs.length ? { docs, counts, total } : undefined;
}

function evidenceWithin(evidence: Evidence[], keep: ReadonlySet<string>): Evidence[] {
  return evidence.filter((e) => keep.has(e.doc));
}

/**
 * Documents → graph, in one call: extract each document (map), fold the results into a graph (reduce), finalize.
 * For parallel or incremental builds use the pieces: `extractDocument`, `addDocumentResult`, `finalizeGraph`.
 */
import { InvalidInputError } from '../errors.js';
import { defaultKnowledgeBase } from '../knowledge/default-kb.js';
import { resolveOptions, type BuildOptions } from '../options.js';
import { extractDocument, validateDocument } from '../pipeline/extract.js';
import type { BuildManifest, Document } from '../types.js';
import { createEntenteGraph, mergeEdgeAttributes, mergeNodeAttributes, type EntenteGraph } from './entente-graph.js';
import { finalizeGraph, settleGraph } from './finalize.js';
import { restoreReserve, takeReserve } from './reserve.js';
import { addDocumentResult, documentIndex } from './reduce.js';
import { edgeDocCounts, nodeDocCounts } from './doc-counts.js';
import { compareStrings } from '../util/compare.js';

/**
 * Build the co-mention graph of documents.
 *
 * @example
 * const graph = buildGraph([{ id: 'a', text: 'Russian Foreign Minister Sergey Lavrov met NATO officials.' }]);
 * graph.getNodeAttribute('RUS', 'label'); // 'Russia'
 */
export function buildGraph(documents: Iterable<Document>, options: Partial<BuildOptions> = {}): EntenteGraph {
  const o = resolveOptions('buildGraph', options);
  const kb = o.kb ?? defaultKnowledgeBase();
  const docs = [...documents];
  const graph = createEntenteGraph();
  docs.forEach((doc, i) => {
    validateDocument(doc, 'buildGraph');
    if (!documentIndex(graph).has(doc.id)) addDocumentResult(graph, extractDocument(doc, { ...o, kb }), o.maxEvidence);
    o.onProgress?.(i + 1, docs.length);
  });
  return finalizeGraph(graph, o, kb);
}

/**
 * Add the nodes and edges of `source` into `target` (mutates `target`): weights and mention counts add up, documents
 * and aliases are united. Documents already in `target` are not counted twice: a source whose documents overlap the
 * target's is rejected with the overlap named, since its counts cannot be split per document. What either graph
 * withheld (graph/reserve.ts) comes back and is settled again; give `kb`, the KB both were built with, for lone
 * surnames to reach the KB's people as in a build (without it only the graphs' own people count).
 */
export function mergeGraphs(target: EntenteGraph, source: EntenteGraph, options: Partial<Pick<BuildOptions, 'maxEvidence' | 'kb' | 'keepWeak'>> = {}): EntenteGraph {
  const o = resolveOptions('mergeGraphs', options);
  const { maxEvidence } = o;
  // What each graph withheld comes back first (reserve.ts), so it counts with the other's documents.
  restoreReserve(target, takeReserve(target), maxEvidence);
  if (source.getAttribute('reserve')) {
    const copy = source.copy();
    source = restoreReserve(copy, takeReserve(copy), maxEvidence);
  }
  const targetDocs = documentIndex(target);
  const sourceDocs = source.getAttribute('documents') ?? [];
  const overlap = sourceDocs.filter((d) => targetDocs.has(d.id)).map((d) => d.id);
  if (overlap.length > 0) {
    throw new InvalidInputError('mergeGraphs', 'source graph', `already has ${overlap.length} of its documents (${overlap.slice(0, 3).join(', ')}${overlap.length > 3 ? ', …' : ''})`);
  }
  for (const d of sourceDocs) targetDocs.set(d.id, d);
  source.forEachNode((id, a) => {
    if (!target.hasNode(id)) {
      const { docs, counts } = nodeDocCounts(a);
      target.addNode(id, { ...a, aliases: [...a.aliases], docs, docMentions: counts, evidence: [...a.evidence] });
      return;
    }
    target.updateNodeAttributes(id, (n) => mergeNodeAttributes(n, a, maxEvidence));
  });
  source.forEachEdge((key, a, s, t) => {
    if (target.hasEdge(s, t)) {
      target.updateEdgeAttributes(s, t, (ed) => mergeEdgeAttributes(ed, a, maxEvidence));
    } else {
      const { docs, counts } = edgeDocCounts(a);
      target.addUndirectedEdgeWithKey(target.hasEdge(key) ? `${key}#${target.size}` : key, s, t, { ...a, docs, docWeights: counts, evidence: [...a.evidence] });
    }
  });
  // A surname alone in one graph may have its full name in the other; what stays weak is withheld again.
  const manifest = target.getAttribute('manifest');
  const keepWeak = options.keepWeak ?? manifest?.options?.keepWeak === true;
  const { reserve, withheld } = settleGraph(target, o.kb, { maxEvidence, keepWeak });
  const { reserve: _, ...rest } = target.getAttributes();
  target.replaceAttributes({
    ...rest,
    ...(reserve && reserve.nodes.length > 0 ? { reserve } : {}),
    documents: [...targetDocs.values()].sort((x, y) => compareStrings(x.id, y.id)),
    ...(manifest ? { manifest: { ...withoutWithheld(manifest), documentCount: targetDocs.size, ...(withheld ? { withheld } : {}) } } : {}),
  });
  return target;
}

function withoutWithheld(m: BuildManifest): BuildManifest {
  const { withheld: _, ...rest } = m;
  return rest;
}

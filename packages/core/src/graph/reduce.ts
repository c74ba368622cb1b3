/**
 * The reduce step: fold document results into a graph. Every operation is a commutative merge (sums, set unions,
 * "first N in document order"), so the graph does not depend on the order documents arrive in; `finalizeGraph`
 * then rewrites it in sorted order so its serialisation is byte-identical too.
 */
import { InvalidInputError, describe } from '../errors.js';
import { checkInteger } from '../util/check.js';
import type { DocumentInfo, DocumentResult } from '../types.js';
import { edgeKey, mergeCounts, mergeEvidence, type EntenteGraph } from './entente-graph.js';
import { addVotes, type LabelVotes } from './labels.js';
import { docCounts } from './doc-counts.js';

/** Add one document's result to the graph (mutates `graph`). A document id already in the graph is skipped: returns false. */
export function addDocumentResult(graph: EntenteGraph, result: DocumentResult, maxEvidence: number): boolean {
  checkInteger('addDocumentResult', 'maxEvidence', maxEvidence, { min: 0 });
  validateResult(result);
  const docs = documentIndex(graph);
  if (docs.has(result.docId)) return false;
  docs.set(result.docId, result.doc);

  const counts = new Map<string, number>();
  for (const m of result.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const votes = labelVotesOf(graph);
  for (const e of result.entities) {
    if (!e.kbId) addVotes(votes, e.id, e.label, counts.get(e.id) ?? 0);
    const evidence = result.entityEvidence[e.id] ?? [];
    if (graph.hasNode(e.id)) {
      graph.updateNodeAttributes(e.id, (n) => {
        for (const alias of e.aliases) if (!n.aliases.includes(alias)) n.aliases.push(alias);
        // A graph read back for --update from an older build has no per-document counts: estimate them first.
        // (Only then: a copy per document would make a node of many documents quadratic.)
        const perDoc = n.docMentions?.length === n.docs.length ? n.docMentions : docCounts(n.docs, n.docMentions, n.mentions);
        perDoc.push(counts.get(e.id) ?? 0);
        n.docMentions = perDoc;
        n.mentions += counts.get(e.id) ?? 0;
        n.docs.push(result.docId);
        n.evidence = mergeEvidence(n.evidence, evidence, maxEvidence);
        // Through mergeCounts, so that the keys come out in one order whatever order documents arrive in.
        if (e.found) n.foundBy = mergeCounts(n.foundBy ?? {}, { [e.found]: 1 });
        // Labels of the same id differ only in case or accents; keep the smallest so merge order does not matter.
        if (!e.kbId && !n.kbId && e.label < n.label) n.label = e.label;
        // A KB person's id can also be the slug of a name found without the KB ("person:ban-ki-moon"): whichever came
        // first, the KB's word wins, so the node does not depend on arrival order.
        if (e.kbId && !n.kbId) {
          n.kbId = e.kbId;
          n.label = e.label;
          if (e.wikidata) n.wikidata = e.wikidata;
        }
        return n;
      });
    } else {
      graph.addNode(e.id, {
        label: e.label,
        type: e.type,
        aliases: [...e.aliases],
        mentions: counts.get(e.id) ?? 0,
        docs: [result.docId],
        docMentions: [counts.get(e.id) ?? 0],
        evidence: evidence.slice(0, maxEvidence),
        ...(e.found ? { foundBy: { [e.found]: 1 } } : {}),
        ...(e.kbId ? { kbId: e.kbId } : {}),
        ...(e.wikidata ? { wikidata: e.wikidata } : {}),
      });
    }
  }
  for (const c of result.comentions) {
    const key = edgeKey(c.a, c.b);
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttributes(key, (ed) => {
        const perDoc = ed.docWeights?.length === ed.docs.length ? ed.docWeights : docCounts(ed.docs, ed.docWeights, ed.weight);
        perDoc.push(c.windows);
        ed.docWeights = perDoc;
        ed.weight += c.windows;
        ed.docs.push(result.docId);
        ed.evidence = mergeEvidence(ed.evidence, c.evidence, maxEvidence);
        return ed;
      });
    } else {
      graph.addUndirectedEdgeWithKey(key, c.a, c.b, { weight: c.windows, docs: [result.docId], docWeights: [c.windows], evidence: c.evidence.slice(0, maxEvidence) });
    }
  }
  return true;
}

function validateResult(result: DocumentResult): void {
  const r = result as Partial<DocumentResult> | null;
  if (!r || typeof r !== 'object') throw new InvalidInputError('addDocumentResult', 'result', `expected a document result, received ${describe(r)}`);
  for (const field of ['mentions', 'entities', 'comentions'] as const) {
    if (!Array.isArray(r[field])) throw new InvalidInputError('addDocumentResult', `result "${String(r.docId)}"`, `expected an array "${field}", received ${describe(r[field])}`);
  }
  if (typeof r.docId !== 'string' || !r.doc || typeof r.entityEvidence !== 'object') {
    throw new InvalidInputError('addDocumentResult', 'result', 'expected the output of extractDocument (docId, doc, entityEvidence)');
  }
}

/** The documents already in a graph, by id (kept in step with the `documents` graph attribute). */
export function documentIndex(graph: EntenteGraph): Map<string, DocumentInfo> {
  let index = indexes.get(graph);
  if (!index) {
    index = new Map((graph.getAttribute('documents') ?? []).map((d) => [d.id, d]));
    indexes.set(graph, index);
  }
  return index;
}

const indexes = new WeakMap<EntenteGraph, Map<string, DocumentInfo>>();

/**
 * How often each node was written with each label form, for `finalizeGraph` to choose the label (see labels.ts). Kept
 * beside the graph, not in it: a graph read back from a file has none, and its current label then counts for the
 * mentions no vote explains.
 */
export function labelVotesOf(graph: EntenteGraph): LabelVotes {
  let votes = labelVotes.get(graph);
  if (!votes) labelVotes.set(graph, (votes = new Map()));
  return votes;
}

const labelVotes = new WeakMap<EntenteGraph, LabelVotes>();

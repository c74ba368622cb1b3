/**
 * The graph the explorer shows for a document filter: the loaded graph itself when the filter keeps everything (no
 * copy), else core's `subsetGraph` of the documents it keeps. Also the two small bookkeeping steps around it: layout
 * positions carried back from a subset to the whole graph, and what a merge adds.
 */
import { subsetGraph } from '@entente/core';
import { docFilterActive, selectDocuments, type DocFilter } from './facets.js';
import type { EntenteGraph } from './types.js';

export interface DocumentView {
  graph: EntenteGraph;
  /** How many documents it is counted within. */
  documents: number;
}

export function graphForDocuments(full: EntenteGraph, filter: DocFilter): DocumentView {
  const docs = full.getAttribute('documents') ?? [];
  if (!docFilterActive(filter) || docs.length === 0) return { graph: full, documents: docs.length };
  const keep = selectDocuments(docs, filter);
  if (keep.size === docs.length) return { graph: full, documents: docs.length };
  return { graph: subsetGraph(full, keep) as EntenteGraph, documents: keep.size };
}

/** Copy x/y of every node of `from` onto the same node of `to` (the layout ran on a subset). */
export function copyPositions(from: EntenteGraph, to: EntenteGraph): void {
  from.forEachNode((node, a) => {
    if (to.hasNode(node) && Number.isFinite(a.x) && Number.isFinite(a.y)) to.mergeNodeAttributes(node, { x: a.x, y: a.y });
  });
}

/** How many entities and links of `added` the graph `current` does not have yet (what a merge will add). */
export function countAdded(current: EntenteGraph, added: EntenteGraph): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  added.forEachNode((node) => {
    if (!current.hasNode(node)) nodes += 1;
  });
  added.forEachEdge((_edge, _a, s, t) => {
    if (!(current.hasNode(s) && current.hasNode(t) && current.hasEdge(s, t))) edges += 1;
  });
  return { nodes, edges };
}

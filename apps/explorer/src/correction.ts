/**
 * Corrections applied to the graph on screen in place, inside the canvas's batch (sigma indexes the result once):
 * from the curated graph computed on the page (`correctTo`), or from the curation worker's diff (`correctBy`). When
 * the document filters show a subset, the whole graph is corrected first and the subset follows it.
 */
import { mergedEntities } from '@entente/core';
import type { DocumentScope } from './document-scope.js';
import type { GraphSession } from './session.js';
import type { DocFilter } from './state/facets.js';
import { applyDiff, patchGraph, type GraphDiff, type GraphPatch } from './state/patch-graph.js';
import type { EntenteGraph } from './state/types.js';

export interface Correction {
  patch: GraphPatch;
  /** Entities the corrections moved (merged, re-keyed): where they went. */
  movedTo: ReadonlyMap<string, string>;
}

export function correctTo(session: GraphSession, scope: DocumentScope, docs: DocFilter, graph: EntenteGraph): Correction {
  performance.mark('entente:correct');
  const movedTo = mergedEntities(graph);
  const target = scope.corrected(graph, docs);
  let patch: GraphPatch | undefined;
  session.canvas.batch(() => (patch = patchGraph(session.graph, target, movedTo)));
  return { patch: patch!, movedTo };
}

export function correctBy(session: GraphSession, scope: DocumentScope, docs: DocFilter, diff: GraphDiff, movedTo: ReadonlyMap<string, string>): Correction {
  performance.mark('entente:correct');
  let patch: GraphPatch | undefined;
  const whole = scope.graph;
  if (scope.narrowed && whole) {
    applyDiff(whole, diff, movedTo);
    const target = scope.corrected(whole, docs);
    session.canvas.batch(() => (patch = patchGraph(session.graph, target, movedTo)));
  } else session.canvas.batch(() => (patch = applyDiff(session.graph, diff, movedTo)));
  return { patch: patch!, movedTo };
}

/**
 * Where entity ids went: finalisation folds a lone surname or a misspelling into another node, `mergeGraphs` folds
 * surnames across graphs, curation rules merge and retype. Mentions extracted before (the documents file, the
 * reader's records) name the old ids; `mergedEntities` maps each to the node that holds it now. Kept beside the graph
 * in a WeakMap, not in it: a graph read back from a file has none (its ids are final), and serialisation is unchanged.
 */
import type { EntenteGraph } from './entente-graph.js';

/** Per graph: id → the id it went to (one step; `mergedEntities` follows the chains). */
const moves = new WeakMap<EntenteGraph, Map<string, string>>();

/** `from` is now part of `to` in `graph` (merged into it, or the same entity under a new id). */
export function noteMerge(graph: EntenteGraph, from: string, to: string): void {
  let steps = moves.get(graph);
  if (!steps) moves.set(graph, (steps = new Map()));
  steps.set(from, to);
  // An id that comes back (a retype undone by the next rule) is itself again, not on its way elsewhere.
  steps.delete(to);
}

/** `to` is a rewritten copy of `from` (finalisation and curation write a new, sorted graph): it keeps the moves. */
export function carryMerges(from: EntenteGraph, to: EntenteGraph): void {
  if (from === to) return;
  const steps = moves.get(from);
  if (!steps) return;
  let into = moves.get(to);
  if (!into) moves.set(to, (into = new Map()));
  for (const [a, b] of steps) into.set(a, b);
}

/**
 * The ids merged away into other nodes of this graph, each mapped to the node that holds it now: a mention extracted
 * as "person:lavrov" belongs to "person:sergey-lavrov" once the surname is settled.
 */
export function mergedEntities(graph: EntenteGraph): ReadonlyMap<string, string> {
  const steps = moves.get(graph) ?? new Map<string, string>();
  const out = new Map<string, string>();
  for (const from of steps.keys()) {
    let to = steps.get(from)!;
    // noteMerge keeps the chains acyclic; the bound is a guard, never reached.
    for (let hops = 0; steps.has(to) && hops < 10_000; hops++) to = steps.get(to)!;
    out.set(from, to);
  }
  return out;
}

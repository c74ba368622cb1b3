/** The entities co-mentioned with one entity, strongest link first, each with the sentences that link them. */
import type { EntityType, Evidence } from '../types.js';
import { QUERY_DEFAULTS } from './defaults.js';
import { linkBetween, toEntityRef, type EntityRef, type QueryGraph } from './entity-ref.js';
import { resolveEntity } from './find.js';
import { checkGraph, checkOptions, entityTypes, nonNegativeNumber, positiveInteger } from './options.js';
import { compareStrings } from '../util/compare.js';

export interface NeighboursOptions {
  /** Only neighbours of this type (or these types). */
  type?: EntityType | readonly EntityType[];
  /** Only links at least this strong (default 0: all). */
  minWeight?: number;
  /** At most this many neighbours (default: all). */
  limit?: number;
}

/** A neighbour: the entity (score = link weight), the link's weight, how many documents hold it, and its evidence. */
export interface Neighbour extends EntityRef {
  weight: number;
  docs: number;
  evidence: Evidence[];
}

/**
 * The neighbours of an entity (a name or an id, see `resolveEntity`), sorted by link weight, then label.
 *
 * @example
 * neighbours(graph, 'Lavrov', { type: 'state', limit: 2 }).map((n) => `${n.label} ${n.weight}`);
 * // ['Russia 3', 'United States 3']
 */
export function neighbours(graph: QueryGraph, entity: string, options?: NeighboursOptions): Neighbour[] {
  const who = 'entente/neighbours';
  checkGraph(who, graph);
  checkOptions(who, options);
  const types = entityTypes(who, 'type', options?.type);
  const minWeight = nonNegativeNumber(who, 'minWeight', options?.minWeight, QUERY_DEFAULTS.neighbours.minWeight);
  const limit = positiveInteger(who, 'limit', options?.limit, QUERY_DEFAULTS.neighbours.limit, true);
  const id = resolveEntity(graph, entity, undefined, who);

  const result: Neighbour[] = [];
  // graph.neighbors lists each adjacent node once, whatever the graph's type and however many edges join them.
  for (const other of graph.neighbors(id)) {
    if (other === id) continue;
    const ref = toEntityRef(graph, other, 0);
    if (types && !types.has(ref.type)) continue;
    const link = linkBetween(graph, id, other);
    if (link.weight < minWeight) continue;
    result.push({ ...ref, score: link.weight, weight: link.weight, docs: link.docs.length, evidence: link.evidence });
  }
  result.sort((a, b) => b.weight - a.weight || compareStrings(a.label, b.label) || compareStrings(a.id, b.id));
  return result.slice(0, limit);
}

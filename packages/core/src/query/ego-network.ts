/** The ego network of an entity: everything within `depth` links of it, as a new graph. */
import { QUERY_DEFAULTS } from './defaults.js';
import type { QueryGraph } from './entity-ref.js';
import { resolveEntity } from './find.js';
import { checkGraph, checkOptions, positiveInteger } from './options.js';
import { copySubgraph } from './subgraph.js';

export interface EgoNetworkOptions {
  /** How many links out from the entity (default 1: its neighbours). */
  depth?: number;
}

/**
 * The subgraph induced by an entity and every node within `depth` links of it (links between those neighbours
 * included), with all graph, node and edge attributes copied: the input graph is untouched.
 *
 * @example
 * const ego = egoNetwork(graph, 'Vladimir Putin');        // depth 1
 * const wider = egoNetwork(graph, 'Vladimir Putin', 2);   // or { depth: 2 }
 * ego.order; // Putin and his 4 neighbours: 5
 */
export function egoNetwork(graph: QueryGraph, entity: string, options?: number | EgoNetworkOptions): QueryGraph {
  const who = 'entente/egoNetwork';
  checkGraph(who, graph);
  const opts = typeof options === 'number' ? { depth: options } : options;
  checkOptions(who, opts);
  const depth = positiveInteger(who, 'depth', opts?.depth, QUERY_DEFAULTS.egoNetwork.depth);
  const center = resolveEntity(graph, entity, undefined, who);

  // Breadth-first, level by level, so `depth` counts links.
  const seen = new Set<string>([center]);
  let frontier = [center];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of graph.neighbors(node)) {
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return copySubgraph(graph, seen);
}

/** The query API as one object: what `entente query --script` hands a user's script as its second argument. */
import { communities } from './communities.js';
import { egoNetwork } from './ego-network.js';
import { filterGraph } from './filter-graph.js';
import { find, resolveEntity } from './find.js';
import { neighbours } from './neighbours.js';
import { path } from './path.js';
import { QUERY_VERBS } from './registry.js';
import { summarize } from './summarize.js';
import { top } from './top.js';
import { subsetGraph } from '../graph/subset.js';

/**
 * @example
 * // my-query.ts, run with: entente query out/graph.json --script my-query.ts
 * import type { QueryApi, QueryGraph } from '@entente/core';
 * export default (graph: QueryGraph, api: QueryApi) => api.neighbours(graph, 'Lavrov', { limit: 5 });
 */
export const queryApi = Object.freeze({
  find,
  resolveEntity,
  neighbours,
  egoNetwork,
  path,
  top,
  communities,
  filterGraph,
  summarize,
  /** The graph counted within some of its documents: `api.subsetGraph(graph, (d) => Number(d.meta?.year) < 1990)`. */
  subsetGraph,
  verbs: QUERY_VERBS,
});

export type QueryApi = typeof queryApi;

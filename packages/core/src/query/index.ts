/** Queries over an Entente graph: pure functions (the input graph is never changed), a verb registry, a script API. */
export type { EntityRef, QueryGraph } from './entity-ref.js';
export { find, resolveEntity, type FindOptions, type FindResult, type ResolveOptions } from './find.js';
export { neighbours, type Neighbour, type NeighboursOptions } from './neighbours.js';
export { egoNetwork, type EgoNetworkOptions } from './ego-network.js';
export { path, type PathHop, type PathOptions, type PathResult } from './path.js';
export { nodeScores, top, TOP_METRICS, type TopMetric, type TopOptions } from './top.js';
export { communities, type Community, type CommunitiesOptions } from './communities.js';
export { filterGraph, type FilterGraphOptions } from './filter-graph.js';
export { summarize, type GraphSummary } from './summarize.js';
export { normalizeForSearch, searchSimilarity } from './name-similarity.js';
export { QUERY_DEFAULTS } from './defaults.js';
export {
  QUERY_VERBS,
  QUERY_VERB_NAMES,
  isQueryVerb,
  type QueryInput,
  type QueryOptionName,
  type QueryResultKind,
  type QueryVerb,
  type QueryVerbArg,
  type QueryVerbName,
  type QueryVerbResult,
} from './registry.js';
export { queryApi, type QueryApi } from './api.js';

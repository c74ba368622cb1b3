/** The most important entities by one measure: mentions, degree, weighted degree, PageRank or betweenness. */
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { EntityType } from '../types.js';
import { cjsDefault } from '../util/cjs-default.js';
import { QUERY_DEFAULTS } from './defaults.js';
import { compareRefs, readNode, toEntityRef, type EntityRef, type QueryGraph } from './entity-ref.js';
import { checkGraph, checkOptions, entityTypes, oneOf, positiveInteger } from './options.js';
import { weightedProjection } from './weighted-projection.js';

const pagerank = cjsDefault(pagerankModule);
const betweenness = cjsDefault(betweennessModule);

export type TopMetric = 'mentions' | 'degree' | 'weightedDegree' | 'pagerank' | 'betweenness';

export const TOP_METRICS: readonly TopMetric[] = ['mentions', 'degree', 'weightedDegree', 'pagerank', 'betweenness'];

export interface TopOptions {
  /** The measure to rank by (default 'mentions'). */
  by?: TopMetric;
  /** Only entities of this type (or these types). */
  type?: EntityType | readonly EntityType[];
  /** How many to return (default 10). */
  limit?: number;
}

/**
 * The top entities by a measure, best first (score = the measure). Centralities are computed on the whole graph and
 * the type filter applied afterwards: filtering first would measure a different network.
 * - degree: distinct co-mentioned entities; weightedDegree: co-mention windows;
 * - pagerank: weighted by co-mention counts; betweenness: normalised, on unweighted links (co-mention counts are
 *   strengths, not distances).
 *
 * @example
 * top(graph, { by: 'pagerank', type: 'person', limit: 3 }).map((e) => e.label);
 * // ['Sergey Lavrov', 'Vladimir Putin', 'António Guterres']
 */
export function top(graph: QueryGraph, options?: TopOptions): EntityRef[] {
  const who = 'entente/top';
  checkGraph(who, graph);
  checkOptions(who, options);
  const by = oneOf(who, 'by', options?.by, TOP_METRICS, QUERY_DEFAULTS.top.by);
  const types = entityTypes(who, 'type', options?.type);
  const limit = positiveInteger(who, 'limit', options?.limit, QUERY_DEFAULTS.top.limit, true);

  const scores = nodeScores(graph, by);
  const result: EntityRef[] = [];
  graph.forEachNode((id) => {
    if (types && !types.has(readNode(graph, id).type)) return;
    result.push(toEntityRef(graph, id, scores(id)));
  });
  result.sort(compareRefs);
  return result.slice(0, limit);
}

/**
 * One measure of every node, as a lookup by id: `top` ranks by it and the explorer sizes nodes by it. Degrees and
 * PageRank run on the weighted projection, so directed, multi or string-weighted graphs from files measure the same.
 */
export function nodeScores(graph: QueryGraph, by: TopMetric): (id: string) => number {
  if (by === 'mentions') return (id) => readNode(graph, id).mentions;
  const projection = weightedProjection(graph);
  if (by === 'degree') return (id) => projection.degree(id);
  if (by === 'weightedDegree') {
    return (id) => projection.reduceEdges(id, (sum, _edge, attributes) => sum + Number(attributes.weight), 0);
  }
  // PageRank of an edgeless graph is uniform, and graphology's fails to converge on an empty one: skip the call.
  if (projection.size === 0) return () => (by === 'pagerank' && projection.order > 0 ? 1 / projection.order : 0);
  const values =
    by === 'pagerank'
      ? pagerank(projection, { getEdgeWeight: 'weight', maxIterations: 1000 })
      : betweenness(projection, { getEdgeWeight: null, normalized: true });
  return (id) => values[id] ?? 0;
}

/** A filtered copy of a graph: only some entity types, strong enough links, often enough mentioned entities. */
import type { EntityType } from '../types.js';
import { QUERY_DEFAULTS } from './defaults.js';
import { readEdge, readNode, type QueryGraph } from './entity-ref.js';
import { boolean, checkGraph, checkOptions, entityTypes, nonNegativeNumber } from './options.js';
import { copySubgraph } from './subgraph.js';

export interface FilterGraphOptions {
  /** Keep only entities of these types (default: all). */
  types?: EntityType | readonly EntityType[];
  /** Keep only links at least this strong (default 0). */
  minWeight?: number;
  /** Keep only entities mentioned at least this often (default 0). */
  minMentions?: number;
  /** Drop entities left without links (default false). */
  hideIsolated?: boolean;
}

/**
 * A new graph holding what passes the filters, attributes deep-copied (graph attributes too); the input is untouched.
 * Isolation is judged after the other filters, so `hideIsolated` also drops entities whose every link was filtered out.
 *
 * @example
 * const core = filterGraph(graph, { types: ['state', 'organisation'], minWeight: 2, hideIsolated: true });
 */
export function filterGraph(graph: QueryGraph, options?: FilterGraphOptions): QueryGraph {
  const who = 'entente/filterGraph';
  checkGraph(who, graph);
  checkOptions(who, options);
  const types = entityTypes(who, 'types', options?.types);
  const minWeight = nonNegativeNumber(who, 'minWeight', options?.minWeight, QUERY_DEFAULTS.filterGraph.minWeight);
  const minMentions = nonNegativeNumber(who, 'minMentions', options?.minMentions, QUERY_DEFAULTS.filterGraph.minMentions);
  const hideIsolated = boolean(who, 'hideIsolated', options?.hideIsolated, QUERY_DEFAULTS.filterGraph.hideIsolated);

  const keep = new Set<string>();
  graph.forEachNode((id) => {
    const node = readNode(graph, id);
    if ((!types || types.has(node.type)) && node.mentions >= minMentions) keep.add(id);
  });
  const strongEnough = (_edge: string, attributes: Record<string, unknown>) => readEdge(attributes).weight >= minWeight;
  if (hideIsolated) {
    const linked = new Set<string>();
    graph.forEachEdge((edge, attributes, source, target) => {
      if (source !== target && keep.has(source) && keep.has(target) && strongEnough(edge, attributes)) {
        linked.add(source);
        linked.add(target);
      }
    });
    for (const id of keep) if (!linked.has(id)) keep.delete(id);
  }
  return copySubgraph(graph, keep, strongEnough);
}

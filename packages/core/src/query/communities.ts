/** Groups of entities more co-mentioned with each other than with the rest (Louvain, seeded so runs agree). */
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from '../util/cjs-default.js';
import { QUERY_DEFAULTS } from './defaults.js';
import { compareRefs, toEntityRef, type EntityRef, type QueryGraph } from './entity-ref.js';
import { checkGraph, checkOptions, integer, positiveNumber } from './options.js';
import { seededRandom } from '../util/seeded-random.js';
import { weightedProjection } from './weighted-projection.js';

const louvain = cjsDefault(louvainModule);

export interface CommunitiesOptions {
  /** Louvain resolution: above 1, more and smaller communities; below 1, fewer and larger (default 1). */
  resolution?: number;
  /** Seed of the random order Louvain visits nodes in (default 1): the same seed gives the same communities. */
  seed?: number;
}

export interface Community {
  /** 0 for the largest community, 1 for the next… (stable for a given graph and seed). */
  id: number;
  size: number;
  /** Members, most connected within the community first (score = weight of their links inside it). */
  members: EntityRef[];
  /** The member most linked to the rest of its community. */
  strongest: EntityRef;
}

/**
 * Louvain communities on co-mention weights, largest first. An isolated entity is a community of its own.
 *
 * @example
 * communities(graph, { seed: 7 }).map((c) => `${c.strongest.label}: ${c.size}`);
 * // ['Sergey Lavrov: 4', 'Russia: 3', 'OSCE: 3', 'António Guterres: 1']
 */
export function communities(graph: QueryGraph, options?: CommunitiesOptions): Community[] {
  const who = 'entente/communities';
  checkGraph(who, graph);
  checkOptions(who, options);
  const resolution = positiveNumber(who, 'resolution', options?.resolution, QUERY_DEFAULTS.communities.resolution);
  const seed = integer(who, 'seed', options?.seed, QUERY_DEFAULTS.communities.seed);
  if (graph.order === 0) return [];

  const projection = weightedProjection(graph);
  const assignment = louvain(projection, { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed) });

  // Each member's score: the weight of its links inside its own community.
  const internal = new Map<string, number>();
  projection.forEachNode((node) => internal.set(node, 0));
  projection.forEachEdge((_edge, attributes, source, target) => {
    if (assignment[source] !== assignment[target]) return;
    const weight = Number(attributes.weight);
    internal.set(source, internal.get(source)! + weight);
    internal.set(target, internal.get(target)! + weight);
  });

  const groups = new Map<number, EntityRef[]>();
  projection.forEachNode((node) => {
    const community = assignment[node] ?? -1;
    let members = groups.get(community);
    if (!members) groups.set(community, (members = []));
    members.push(toEntityRef(graph, node, internal.get(node) ?? 0));
  });

  const result = [...groups.values()].map((members) => {
    members.sort(compareRefs);
    return { id: 0, size: members.length, members, strongest: members[0]! };
  });
  // Louvain's own numbering depends on visiting order; renumber by size, then by strongest member, for stable ids.
  result.sort((a, b) => b.size - a.size || compareRefs(a.strongest, b.strongest));
  result.forEach((community, index) => (community.id = index));
  return result;
}

/**
 * How two entities are connected: the shortest chain of co-mentions between them, or the strongest one, with the
 * sentences behind each link ("how is Putin connected to the UN Security Council, and which sentences say so?").
 */
import { bidirectional as dijkstraPath } from 'graphology-shortest-path/dijkstra.js';
import { bidirectional as shortestPath } from 'graphology-shortest-path/unweighted.js';
import type { Evidence } from '../types.js';
import { QUERY_DEFAULTS } from './defaults.js';
import { linkBetween, toEntityRef, type EntityRef, type QueryGraph } from './entity-ref.js';
import { resolveEntity } from './find.js';
import { boolean, checkGraph, checkOptions } from './options.js';
import { weightedProjection } from './weighted-projection.js';

export interface PathOptions {
  /** Maximise link strength (Dijkstra on cost 1/weight) instead of minimising the number of links (default false). */
  strongest?: boolean;
}

/** One link of a path: its ends (ids), its weight and the evidence sentences. */
export interface PathHop {
  from: string;
  to: string;
  weight: number;
  evidence: Evidence[];
}

export interface PathResult {
  /** The entities along the path, from `a` to `b` (score 1). */
  nodes: EntityRef[];
  /** One hop per consecutive pair of nodes. */
  hops: PathHop[];
}

/**
 * A path between two entities (names or ids), or null when they are not connected. By default the path with fewest
 * links; with `strongest`, the path whose links are strongest (cost of a link = 1/weight, so two links seen three
 * times each beat one link seen once).
 *
 * @example
 * const p = path(graph, 'Putin', 'UN Security Council', { strongest: true });
 * p?.nodes.map((n) => n.label);        // ['Vladimir Putin', 'Russia', 'UN Security Council']
 * p?.hops[0]?.evidence[0]?.text;       // 'Lavrov’s statement came as Russian President Vladimir Putin said …'
 */
export function path(graph: QueryGraph, a: string, b: string, options?: PathOptions): PathResult | null {
  const who = 'entente/path';
  checkGraph(who, graph);
  checkOptions(who, options);
  const strongest = boolean(who, 'strongest', options?.strongest, QUERY_DEFAULTS.path.strongest);
  const from = resolveEntity(graph, a, undefined, who);
  const to = resolveEntity(graph, b, undefined, who);

  const projection = weightedProjection(graph);
  // Both functions return null when there is no path, whatever dijkstra's typings say.
  const ids: string[] | null = strongest
    ? (dijkstraPath(projection, from, to, (_edge, attributes) => 1 / Math.max(Number(attributes.weight), Number.EPSILON)) as string[] | null)
    : shortestPath(projection, from, to);
  if (!ids) return null;

  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < ids.length; i++) {
    const link = linkBetween(graph, ids[i]!, ids[i + 1]!);
    hops.push({ from: ids[i]!, to: ids[i + 1]!, weight: link.weight, evidence: link.evidence });
  }
  return { nodes: ids.map((id) => toEntityRef(graph, id, 1)), hops };
}

/**
 * A starting picture for a big graph without positions: its Louvain communities (seeded) as packed circles, each
 * entity a circle sized by its mentions inside its community's (graphology-layout's circlepack). ForceAtlas2 started
 * from a ring or a random cloud spends its budget untangling, and on 18,000 entities ends as a ball; started from
 * communities already apart, it only has to arrange them. Runs in the load worker (Louvain on 77k links takes a
 * second). Mutates on purpose (named `assign…`); returns how many nodes it placed.
 */
import louvainModule from 'graphology-communities-louvain';
import circlepackModule from 'graphology-layout/circlepack.js';
import { UndirectedGraph } from 'graphology';
import { cjsDefault, seededRandom } from '@entente/core';
import type { EntenteGraph } from './types.js';

const louvain = cjsDefault(louvainModule);
const circlepack = cjsDefault(circlepackModule);

export function assignCommunityPlacement(graph: EntenteGraph, seed = 13): number {
  if (graph.order === 0) return 0;
  const community = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) as Record<string, number>;
  // circlepack reads `size` and the hierarchy attribute from the nodes: a light copy holds them, not the graph.
  const light = new UndirectedGraph();
  graph.forEachNode((node, a) => light.addNode(node, { community: community[node] ?? -1, size: 1 + Math.sqrt(a.mentions ?? 0) }));
  const positions = circlepack(light, { hierarchyAttributes: ['community'], rng: seededRandom(seed + 1), scale: 1 }) as Record<string, { x: number; y: number }>;
  let placed = 0;
  graph.updateEachNodeAttributes((node, a) => {
    const p = positions[node];
    if (!p) return a;
    placed += 1;
    return { ...a, x: p.x, y: p.y };
  }, { attributes: ['x', 'y'] });
  return placed;
}

/**
 * The simple undirected weighted graph that the algorithms (shortest paths, PageRank, betweenness, Louvain) run on.
 * Co-mention is symmetric, but a graph read from a file may be mixed, directed or multi, and carry weights as strings;
 * projecting once gives every algorithm the same view: one edge per pair, weight = the sum of the pair's weights.
 */
import { readEdge, type QueryGraph } from './entity-ref.js';

export function weightedProjection(graph: QueryGraph): QueryGraph {
  if (isOwnProjection(graph)) return graph;
  const projection = graph.nullCopy({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => {
    projection.addNode(node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    // Self-loops say nothing about links between entities and would skew degrees.
    if (source === target) return;
    const { weight } = readEdge(attributes);
    projection.updateEdge(source, target, (current) => ({ weight: (typeof current.weight === 'number' ? current.weight : 0) + weight }));
  });
  return projection;
}

/**
 * A graph that is already undirected, simple and loop-free, with a finite number as every weight (what `buildGraph`
 * and the explorer's loaders make), is its own projection: same nodes, same edges in the same order, same weights. Not
 * copying it saves a pass that cost 30× the degree itself on a 100k-edge graph. Callers only read the projection.
 */
function isOwnProjection(graph: QueryGraph): boolean {
  if (graph.type !== 'undirected' || graph.multi || graph.selfLoopCount > 0) return false;
  return graph.everyEdge((_edge, attributes) => typeof attributes.weight === 'number' && Number.isFinite(attributes.weight));
}

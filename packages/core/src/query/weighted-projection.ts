/**
 * The simple undirected weighted graph that the algorithms (shortest paths, PageRank, betweenness, Louvain) run on.
 * Co-mention is symmetric, but a graph read from a file may be mixed, directed or multi, and carry weights as strings;
 * projecting once gives every algorithm the same view: one edge per pair, weight = the sum of the pair's weights.
 */
import { readEdge, type QueryGraph } from './entity-ref.js';

export function weightedProjection(graph: QueryGraph): QueryGraph {
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

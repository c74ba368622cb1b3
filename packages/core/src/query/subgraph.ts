/**
 * Copying part of a graph into a new one: same graph type and options, deep copies of the graph, node and edge
 * attributes (so editing the result can never reach back into the input), edge keys and directions kept.
 */
import type { QueryGraph } from './entity-ref.js';

/** The subgraph induced by `keep`, minus the edges `keepEdge` rejects. */
export function copySubgraph(
  graph: QueryGraph,
  keep: ReadonlySet<string>,
  keepEdge: (edge: string, attributes: Record<string, unknown>) => boolean = () => true,
): QueryGraph {
  const sub = graph.nullCopy();
  sub.replaceAttributes(structuredClone(graph.getAttributes()));
  graph.forEachNode((node, attributes) => {
    if (keep.has(node)) sub.addNode(node, structuredClone(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (!keep.has(source) || !keep.has(target) || !keepEdge(edge, attributes)) return;
    const copy = structuredClone(attributes);
    if (undirected) sub.addUndirectedEdgeWithKey(edge, source, target, copy);
    else sub.addDirectedEdgeWithKey(edge, source, target, copy);
  });
  return sub;
}

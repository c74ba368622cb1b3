/** What a graph holds, in a few numbers: entities per type, links, documents, and how it was built. */
import { ENTITY_TYPES, type BuildManifest, type DocumentInfo } from '../types.js';
import { readEdge, readNode, type QueryGraph } from './entity-ref.js';
import { checkGraph } from './options.js';

export interface GraphSummary {
  nodes: number;
  /** Entities per type: every Entente type is present (0 when absent); unexpected types are counted too. */
  nodesByType: Record<string, number>;
  edges: number;
  /** Sum of link weights: the number of co-mention windows. */
  totalWeight: number;
  /** Entities without links. */
  isolated: number;
  /** Documents the graph was built from (graph attribute `documents`, else the manifest, else the nodes' docs). */
  documents: number;
  manifest: BuildManifest | null;
}

/**
 * A summary of the graph (used by `entente stats`).
 *
 * @example
 * summarize(graph); // { nodes: 11, nodesByType: { person: 3, state: 3, … }, edges: 24, documents: 3, … }
 */
export function summarize(graph: QueryGraph): GraphSummary {
  checkGraph('entente/summarize', graph);
  const nodesByType: Record<string, number> = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0]));
  const docs = new Set<string>();
  let isolated = 0;
  graph.forEachNode((id) => {
    const node = readNode(graph, id);
    nodesByType[node.type] = (nodesByType[node.type] ?? 0) + 1;
    for (const doc of node.docs) docs.add(doc);
    if (graph.degreeWithoutSelfLoops(id) === 0) isolated++;
  });
  let totalWeight = 0;
  graph.forEachEdge((_edge, attributes) => {
    totalWeight += readEdge(attributes).weight;
  });

  const attributes = graph.getAttributes();
  const manifest = readManifest(attributes.manifest);
  const documentList = Array.isArray(attributes.documents) ? (attributes.documents as DocumentInfo[]) : null;
  return {
    nodes: graph.order,
    nodesByType,
    edges: graph.size,
    totalWeight,
    isolated,
    documents: documentList?.length ?? manifest?.documentCount ?? docs.size,
    manifest,
  };
}

/** The manifest, whether kept as an object (JSON) or as a JSON string (formats whose attributes are strings). */
function readManifest(value: unknown): BuildManifest | null {
  let manifest = value;
  if (typeof value === 'string') {
    try {
      manifest = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const ok = typeof manifest === 'object' && manifest !== null && (manifest as Partial<BuildManifest>).generator === 'entente';
  return ok ? (manifest as BuildManifest) : null;
}

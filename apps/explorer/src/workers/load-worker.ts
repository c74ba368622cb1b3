/**
 * The load worker: fetch or read an Entente JSON graph, parse and normalise it (state/graph-io.ts), give a big graph
 * without positions its starting picture (state/community-placement.ts), and send it to the page in chunks. All of it
 * used to run on the main thread: the full UNGDC graph (117 MB) froze the page for seconds. GEXF and GraphML need a
 * DOMParser, which workers lack, so the page reads those itself.
 */
import { errorText } from '../state/error-text.js';
import { FileProblem, parseGraphFile } from '../state/graph-io.js';
import { assignCommunityPlacement } from '../state/community-placement.js';
import { assignMissingPositions } from '../state/positions.js';
import { BIG_LAYOUT_NODES } from '../state/layout-settings.js';
import type { EdgeAttributes, NodeAttributes } from '@entente/core';
import type { LoadMessage, LoadRequest } from './load-protocol.js';

// Small enough that cloning and adding one chunk stays a short task on the main thread (evidence makes them heavy).
const NODE_CHUNK = 250;
const EDGE_CHUNK = 1000;
const RESERVE_CHUNK = 500;
const post = (msg: LoadMessage) => (self as unknown as Worker).postMessage(msg);

/** No DOM here: JSON needs none; a GEXF or GraphML reaching this is refused in one line (the page reads those). */
class NoDomParser {
  parseFromString(): never {
    throw new FileProblem('the load worker reads Entente JSON only');
  }
}

async function load(request: LoadRequest): Promise<void> {
  let name: string;
  let text: string;
  if (request.kind === 'url') {
    post({ kind: 'progress', stage: 'fetching' });
    let response: Response;
    try {
      response = await fetch(request.url);
    } catch {
      return post({ kind: 'unreachable' });
    }
    const fallback = (response.headers.get('content-type') ?? '').includes('text/html');
    if (!response.ok || fallback) return post({ kind: 'missing', status: response.status, fallback });
    text = await response.text();
    name = request.name;
  } else {
    text = await request.file.text();
    name = request.file.name;
  }
  post({ kind: 'progress', stage: 'parsing' });
  const { graph, warnings } = parseGraphFile(name, text, { DOMParser: NoDomParser });
  text = '';
  let placed = 0;
  graph.forEachNode((_node, a) => {
    if (!(Number.isFinite(a.x) && Number.isFinite(a.y))) placed += 1;
  });
  if (placed === graph.order && graph.order >= BIG_LAYOUT_NODES) {
    post({ kind: 'progress', stage: 'placing' });
    assignCommunityPlacement(graph);
  } else if (placed > 0) assignMissingPositions(graph);
  // The reserve (entities withheld for weak evidence, and their links: 22 MB of the full UNGDC graph) in chunks too:
  // in the attributes it was one clone of ~250 ms on the main thread.
  const { reserve, ...attributes } = graph.getAttributes();
  post({ kind: 'graph', attributes, allowSelfLoops: graph.allowSelfLoops, order: graph.order, size: graph.size });
  if (reserve) {
    for (let i = 0; i < Math.max(reserve.nodes.length, reserve.edges.length); i += RESERVE_CHUNK) {
      post({ kind: 'reserve', nodes: reserve.nodes.slice(i, i + RESERVE_CHUNK), edges: reserve.edges.slice(i, i + RESERVE_CHUNK) });
    }
  }
  let nodes: Array<[string, NodeAttributes]> = [];
  graph.forEachNode((node, a) => {
    nodes.push([node, a]);
    if (nodes.length === NODE_CHUNK) {
      post({ kind: 'nodes', nodes });
      nodes = [];
    }
  });
  if (nodes.length) post({ kind: 'nodes', nodes });
  let edges: Array<[string, string, string, EdgeAttributes]> = [];
  graph.forEachEdge((edge, a, s, t) => {
    edges.push([edge, s, t, a]);
    if (edges.length === EDGE_CHUNK) {
      post({ kind: 'edges', edges });
      edges = [];
    }
  });
  if (edges.length) post({ kind: 'edges', edges });
  post({ kind: 'done', warnings, placed });
}

self.onmessage = (event: MessageEvent<LoadRequest>) => {
  load(event.data).catch((error: unknown) => post({ kind: 'error', message: error instanceof FileProblem ? error.message : errorText(error), fileProblem: error instanceof FileProblem }));
};

/**
 * Reading graphs into the one shape the explorer works on. Parsing is core's (`detectFormat`, `readGraph`); this
 * module only normalises what came back: graphs from other tools (or older files) may be directed, miss attributes or
 * carry lists as strings, and the views must be able to trust every node and edge.
 */
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { ENTITY_TYPES, readList as list, readNumber as num, type DocumentInfo, type EdgeAttributes, type EntityType, type Evidence, type GraphAttributes, type NodeAttributes, type Reserve } from '@entente/core';
import { detectFormat, readGraph } from '@entente/core/export';
import { documentKind, DOCUMENT_EXTENSIONS as CORE_DOCUMENT_EXTENSIONS } from '@entente/core/documents';
import { errorText } from './error-text.js';
import type { EntenteGraph } from './types.js';

/** A user-facing problem with a file: shown as one line, the graph on screen stays. */
export class FileProblem extends Error {
  override name = 'FileProblem';
}

export const GRAPH_EXTENSIONS = ['.json', '.gexf', '.graphml', '.xml'];
/** The files core's document reader takes (`@entente/core/documents`), as `entente build` does. */
export const DOCUMENT_EXTENSIONS: readonly string[] = CORE_DOCUMENT_EXTENSIONS;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export function isGraphFileName(name: string): boolean {
  return GRAPH_EXTENSIONS.includes(extensionOf(name));
}

export function isDocumentFileName(name: string): boolean {
  return documentKind(name) !== undefined;
}

type DomParserCtor = new () => { parseFromString(text: string, type: string): unknown };

/** Parse a graph file (Entente JSON, GEXF, GraphML) and normalise it. Throws FileProblem with a readable message. */
export function parseGraphFile(name: string, text: string, env: { DOMParser: DomParserCtor }): Normalised {
  const format = detectFormat(name, text);
  if (format !== 'json' && format !== 'gexf' && format !== 'graphml') {
    throw new FileProblem(`"${name}" is not a graph file the explorer can open (Entente JSON, GEXF or GraphML)`);
  }
  let graph: AbstractGraph;
  try {
    graph = readGraph(text, format, { DOMParser: env.DOMParser as never }) as AbstractGraph;
  } catch (error) {
    throw new FileProblem(`"${name}" could not be read as ${format.toUpperCase()}: ${errorText(error)}`);
  }
  return normaliseGraph(graph);
}

const TYPES = new Set<string>(ENTITY_TYPES);

function evidence(value: unknown): Evidence[] {
  let raw = value;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(raw)) return [];
  return raw.filter((e): e is Evidence => !!e && typeof e === 'object' && typeof (e as Evidence).text === 'string').map((e) => ({
    doc: String(e.doc ?? ''),
    sentence: Number(e.sentence) || 0,
    start: Number(e.start) || 0,
    end: Number(e.end) || 0,
    text: e.text,
    marks: Array.isArray(e.marks) ? e.marks.filter((m) => Array.isArray(m) && m.length === 2).map((m) => [Number(m[0]), Number(m[1])] as [number, number]) : [],
  }));
}

/** What normalising a graph gives: the graph to show and what the user should know about the file. */
export interface Normalised {
  graph: EntenteGraph;
  /** Things the user should know about the file (e.g. nodes of unknown type), one line each. */
  warnings: string[];
}

/**
 * The undirected Entente graph to show from any graphology graph. Unknown types become "organisation" (the least
 * specific of the four) and are counted so the caller can say so; directed duplicates a→b, b→a merge, summing weights;
 * self-loops are dropped; only the attributes the explorer knows are kept.
 *
 * A graph that is already undirected and simple (what core's readers and `graphFromExport` produce) is normalised in
 * place and returned: rebuilding a 100k-edge graph edge by edge cost ~300 ms of the first render. Anything else
 * (directed, mixed, multi) is copied into a new graph. Both ways give the same nodes, edges and attributes.
 */
export function normaliseGraph(input: AbstractGraph): Normalised {
  let unknownTypes = 0;
  const nodeAttributes = (node: string, a: Attributes): NodeAttributes => {
    const type = String(a.type ?? '');
    if (!TYPES.has(type)) unknownTypes += 1;
    const attrs: NodeAttributes = {
      label: typeof a.label === 'string' && a.label ? a.label : node,
      type: (TYPES.has(type) ? type : 'organisation') as EntityType,
      aliases: list(a.aliases),
      mentions: num(a.mentions, 0),
      docs: list(a.docs),
      evidence: evidence(a.evidence),
    };
    // Mentions per document (core's graph/doc-counts.ts): what the document filters count a subset with.
    const docMentions = perDoc(a.docMentions, attrs.docs);
    if (docMentions) attrs.docMentions = docMentions;
    if (a.kbId) attrs.kbId = String(a.kbId);
    if (a.wikidata) attrs.wikidata = String(a.wikidata);
    // What the build judged (confidence, how it was found, a shared surname): the panel, the "doubtful" filter and
    // curation merges (which recompute confidence from foundBy, as the CLI does) need them.
    if (typeof a.confidence === 'number' && Number.isFinite(a.confidence)) attrs.confidence = a.confidence;
    if (a.foundBy && typeof a.foundBy === 'object' && !Array.isArray(a.foundBy)) attrs.foundBy = a.foundBy as NodeAttributes['foundBy'];
    if (a.ambiguous === true) attrs.ambiguous = true;
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) {
      attrs.x = a.x as number;
      attrs.y = a.y as number;
    }
    return attrs;
  };
  const edgeAttributes = (a: Attributes, weight = num(a.weight, 1)): EdgeAttributes => {
    const attrs: EdgeAttributes = { weight, docs: list(a.docs), evidence: evidence(a.evidence) };
    const docWeights = perDoc(a.docWeights, attrs.docs);
    if (docWeights) attrs.docWeights = docWeights;
    return attrs;
  };
  const warnings = (): string[] => (unknownTypes > 0 ? [`${unknownTypes} node(s) had no Entente type and are shown as organisations`] : []);

  const graphAttrs = graphAttributes(input.getAttributes());
  if (input instanceof UndirectedGraph && !input.multi) {
    const graph = input as unknown as EntenteGraph;
    if (input.selfLoopCount > 0) {
      const loops = input.filterEdges((_edge, _a, source, target) => source === target);
      for (const edge of loops) input.dropEdge(edge);
    }
    graph.replaceAttributes(graphAttrs);
    input.updateEachNodeAttributes((node, a) => nodeAttributes(node, a));
    input.updateEachEdgeAttributes((_edge, a) => edgeAttributes(a));
    return { graph, warnings: warnings() };
  }

  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes(graphAttrs);
  input.forEachNode((node, a) => graph.addNode(node, nodeAttributes(node, a)));
  input.forEachEdge((_edge, a, source, target) => {
    if (source === target) return;
    const weight = num(a.weight, 1);
    const existing = graph.edge(source, target);
    if (existing !== undefined) {
      graph.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 0) + weight);
      return;
    }
    graph.addEdge(source, target, edgeAttributes(a, weight));
  });
  return { graph, warnings: warnings() };
}

/** Per-document counts when they are one number ≥ 0 per document; else none (subsets then estimate them evenly). */
function perDoc(value: unknown, docs: string[]): number[] | undefined {
  if (!Array.isArray(value) || value.length !== docs.length) return undefined;
  return value.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0) ? (value as number[]) : undefined;
}

/** The graph attributes the explorer keeps: the manifest, if any, and the document list. */
function graphAttributes(ga: Attributes): GraphAttributes {
  const docs = Array.isArray(ga.documents) ? ga.documents : typeof ga.documents === 'string' ? safeArray(ga.documents) : [];
  const documents = docs.filter((d): d is DocumentInfo => !!d && typeof (d as DocumentInfo).id === 'string');
  // The withheld entities (core graph/reserve.ts) ride along, so documents added here count with them as in the CLI.
  const reserve = isReserve(ga.reserve) ? { reserve: ga.reserve } : {};
  return (ga.manifest ? { manifest: ga.manifest, documents, ...reserve } : { documents, ...reserve }) as GraphAttributes;
}

function isReserve(v: unknown): v is Reserve {
  const r = v as Reserve | undefined;
  return !!r && typeof r === 'object' && Array.isArray(r.nodes) && Array.isArray(r.edges) && r.nodes.every((n) => typeof n?.key === 'string' && !!n.attributes) && r.edges.every((e) => typeof e?.source === 'string' && typeof e?.target === 'string' && !!e.attributes);
}

function safeArray(text: string): unknown[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

/** The explorer's graph from a serialised graph posted back by the build worker. */
export function graphFromExport(data: unknown): EntenteGraph {
  const graph = new UndirectedGraph();
  graph.import(data as never);
  return normaliseGraph(graph).graph;
}

/**
 * Entente's own file format: graphology's serialized JSON (`graph.export()`), the one lossless format (it keeps doc
 * ids and evidence). Also home of the attribute checks every reader shares, so a graph read from JSON, GEXF or
 * GraphML comes back in the same Entente shape, or fails with one clear line.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidInputError, describe } from '../errors.js';
import { createEntenteGraph, type EntenteGraph } from '../graph/entente-graph.js';
import { ENTITY_TYPES, type EdgeAttributes, type EntityType, type Evidence, type GraphAttributes, type NodeAttributes } from '../types.js';
import { parseColor } from './xml.js';

/** What the writers accept: any graphology graph whose attributes follow types.ts (the manifest may be missing). */
export type ExportableGraph = AbstractGraph<NodeAttributes, EdgeAttributes, Partial<GraphAttributes>>;

/** What the readers return: the same graph type the build produces. */
export type ImportedGraph = EntenteGraph;

export interface JsonWriteOptions {
  /** Spaces of indentation; 0 (the default) writes one compact line, which is what big graphs want. */
  indent?: number;
}

/** Serialize a graph as graphology JSON (`{attributes, options, nodes, edges}`), which `readJson` and `Graph.from` read. */
export function writeJson(graph: ExportableGraph, options: JsonWriteOptions = {}): string {
  const indent = options.indent ?? 0;
  return JSON.stringify(graph.export(), null, indent > 0 ? indent : undefined);
}

/** Parse graphology JSON into an Entente graph, checking the shape of every node and edge. */
export function readJson(text: string): ImportedGraph {
  const who = 'entente/readJson';
  if (typeof text !== 'string') throw new InvalidInputError(who, 'graph JSON', `expects a string, received ${describe(text)}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(who, 'graph JSON', `is not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(data)) throw new InvalidInputError(who, 'graph JSON', `expects an object, received ${describe(data)}`);
  if (!Array.isArray(data.nodes)) {
    throw new InvalidInputError(who, 'graph JSON', `expects a "nodes" array (graphology serialized graph), received ${describe(data.nodes)}`);
  }
  if (data.edges !== undefined && !Array.isArray(data.edges)) {
    throw new InvalidInputError(who, 'graph JSON', `expects an "edges" array, received ${describe(data.edges)}`);
  }
  const graphOptions = isRecord(data.options) ? data.options : {};
  if (graphOptions.type === 'directed') {
    throw new InvalidInputError(who, 'graph JSON', 'expects an undirected graph, received a directed one');
  }
  return buildImportedGraph(who, {
    attributes: isRecord(data.attributes) ? data.attributes : {},
    nodes: data.nodes as unknown[],
    edges: (data.edges ?? []) as unknown[],
  });
}

/** A graph as plain data, before its attributes are checked: what every reader produces first. */
export interface RawGraph {
  attributes: Attributes;
  nodes: unknown[];
  edges: unknown[];
}

/** Build an Entente graph from raw data, normalising attributes (see `toNodeAttributes`, `toEdgeAttributes`). */
export function buildImportedGraph(who: string, raw: RawGraph): ImportedGraph {
  const graph: ImportedGraph = createEntenteGraph();
  graph.replaceAttributes(toGraphAttributes(raw.attributes));
  raw.nodes.forEach((node, index) => {
    if (!isRecord(node) || !isKey(node.key)) {
      throw new InvalidInputError(who, `node #${index}`, `expects {key, attributes}, received ${describe(node)}`);
    }
    const key = String(node.key);
    // graphology 0.26 keeps each node's neighbours in a plain object: a key that names an Object.prototype member
    // ("toString", "constructor", "__proto__") is seen as an existing neighbour, and every edge to it fails.
    if (key in Object.prototype) {
      throw new InvalidInputError(who, `node "${key}"`, 'has a key that names a built-in JavaScript object property, which graphology cannot link; rename the node');
    }
    if (graph.hasNode(key)) throw new InvalidInputError(who, `node "${key}"`, 'appears twice');
    graph.addNode(key, toNodeAttributes(who, key, isRecord(node.attributes) ? node.attributes : {}));
  });
  raw.edges.forEach((edge, index) => {
    if (!isRecord(edge) || !isKey(edge.source) || !isKey(edge.target)) {
      throw new InvalidInputError(who, `edge #${index}`, `expects {source, target, attributes}, received ${describe(edge)}`);
    }
    const source = String(edge.source);
    const target = String(edge.target);
    const what = `edge #${index} (${source} – ${target})`;
    if (edge.undirected === false) throw new InvalidInputError(who, what, 'is directed; Entente graphs are undirected');
    if (source === target) throw new InvalidInputError(who, what, 'links a node to itself; Entente graphs have no self-loops');
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) throw new InvalidInputError(who, what, `names node "${end}", which the graph does not hold`);
    }
    if (graph.hasEdge(source, target)) throw new InvalidInputError(who, what, 'appears twice (Entente graphs have one edge per pair)');
    const attributes = toEdgeAttributes(who, what, isRecord(edge.attributes) ? edge.attributes : {});
    if (isKey(edge.key) && !graph.hasEdge(String(edge.key))) graph.addEdgeWithKey(String(edge.key), source, target, attributes);
    else graph.addEdge(source, target, attributes);
  });
  return graph;
}

const NODE_FIELDS = new Set(['label', 'type', 'aliases', 'mentions', 'docs', 'docMentions', 'kbId', 'wikidata', 'evidence', 'x', 'y', 'size', 'color']);
const EDGE_FIELDS = new Set(['weight', 'docs', 'docWeights', 'evidence']);

/**
 * Check and normalise node attributes. Formats that flatten lists are undone here: `aliases` may be a `|`-joined
 * string, `docs` a count (kept as `docCount`, since the ids are not in the file). Unknown attributes (e.g. metrics
 * added in Gephi) pass through.
 */
export function toNodeAttributes(who: string, key: string, raw: Attributes): NodeAttributes {
  const what = `node "${key}"`;
  const type = raw.type;
  if (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new InvalidInputError(who, what, `attribute "type" expects one of ${ENTITY_TYPES.join(', ')}, received ${describe(type)}`);
  }
  const result: NodeAttributes = {
    ...passThrough(raw, NODE_FIELDS),
    label: raw.label === undefined || raw.label === null || raw.label === '' ? key : String(raw.label),
    type: type as EntityType,
    aliases: stringList(who, what, 'aliases', raw.aliases),
    mentions: count(who, what, 'mentions', raw.mentions, 0),
    docs: [],
    evidence: evidenceList(who, what, raw.evidence),
  };
  if (typeof raw.docs === 'number') (result as NodeAttributes & { docCount: number }).docCount = count(who, what, 'docs', raw.docs, 0);
  else result.docs = stringList(who, what, 'docs', raw.docs);
  const docMentions = perDocCounts(who, what, 'docMentions', raw.docMentions, result.docs);
  if (docMentions) result.docMentions = docMentions;
  for (const field of ['kbId', 'wikidata'] as const) {
    const value = raw[field];
    if (typeof value === 'string' && value !== '') result[field] = value;
    else if (value !== undefined && value !== null && value !== '') {
      throw new InvalidInputError(who, what, `attribute "${field}" expects a string, received ${describe(value)}`);
    }
  }
  for (const field of ['x', 'y', 'size'] as const) {
    const value = typeof raw[field] === 'string' && raw[field] !== '' ? Number(raw[field]) : raw[field];
    if (typeof value === 'number' && Number.isFinite(value)) result[field] = value;
  }
  if (typeof raw.color === 'string' && raw.color !== '') result.color = toHexColor(raw.color);
  return result;
}

/** Check and normalise edge attributes; `docs` may be a count (kept as `docCount`), `evidence` a count (dropped). */
export function toEdgeAttributes(who: string, what: string, raw: Attributes): EdgeAttributes {
  const weight = raw.weight === undefined ? 1 : typeof raw.weight === 'string' ? Number(raw.weight) : raw.weight;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
    throw new InvalidInputError(who, what, `attribute "weight" expects a number ≥ 0, received ${describe(raw.weight)}`);
  }
  const result: EdgeAttributes = {
    ...passThrough(raw, EDGE_FIELDS),
    weight,
    docs: [],
    evidence: evidenceList(who, what, raw.evidence),
  };
  if (typeof raw.docs === 'number') (result as EdgeAttributes & { docCount: number }).docCount = count(who, what, 'docs', raw.docs, 0);
  else result.docs = stringList(who, what, 'docs', raw.docs);
  const docWeights = perDocCounts(who, what, 'docWeights', raw.docWeights, result.docs);
  if (docWeights) result.docWeights = docWeights;
  return result;
}

/**
 * Per-document counts (graph/doc-counts.ts): a list of numbers ≥ 0, one per document of `docs`. Absent is fine (an
 * older build); a list that does not match its documents is refused, since every count of a subset would be wrong.
 */
function perDocCounts(who: string, what: string, name: string, value: unknown, docs: string[]): number[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) {
    throw new InvalidInputError(who, what, `attribute "${name}" expects a list of numbers ≥ 0, received ${describe(value)}`);
  }
  if (value.length !== docs.length) {
    throw new InvalidInputError(who, what, `attribute "${name}" expects one count per document (${docs.length}), received ${value.length}`);
  }
  return value as number[];
}

/** Graph attributes: the manifest may arrive as an object or as its JSON text (GEXF description, GraphML data). */
export function toGraphAttributes(raw: Attributes): GraphAttributes {
  // Spread first, so other attributes and the key order survive a JSON round trip.
  const result: Attributes = { ...raw };
  let manifest: unknown = raw.manifest;
  if (typeof manifest === 'string') {
    try {
      manifest = JSON.parse(manifest);
    } catch {
      manifest = undefined;
    }
  }
  // A graph read from a foreign file may have no manifest: the type promises one, the value says the truth.
  if (isRecord(manifest)) result.manifest = manifest;
  else delete result.manifest;
  result.documents = Array.isArray(raw.documents) ? raw.documents : [];
  return result as GraphAttributes;
}

/** `#rrggbb` for any colour `parseColor` understands; other strings unchanged. */
export function toHexColor(color: string): string {
  const rgb = parseColor(color);
  if (!rgb) return color;
  return `#${[rgb.r, rgb.g, rgb.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKey(value: unknown): value is string | number {
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * Evidence as the faces show it (`{doc, sentence, start, end, text, marks}`): checked here, so a hand-edited or
 * foreign file fails with one line naming the node or edge instead of a crash where the evidence is printed. A
 * count (what GEXF/GraphML carry) or nothing means no evidence.
 */
function evidenceList(who: string, what: string, value: unknown): Evidence[] {
  if (!Array.isArray(value)) return [];
  value.forEach((item, index) => {
    const bad = (reason: string) => new InvalidInputError(who, what, `evidence #${index} ${reason}`);
    if (!isRecord(item)) throw bad(`expects an object {doc, text, marks}, received ${describe(item)}`);
    if (typeof item.doc !== 'string') throw bad(`expects a string "doc", received ${describe(item.doc)}`);
    if (typeof item.text !== 'string') throw bad(`expects a string "text", received ${describe(item.text)}`);
    for (const field of ['sentence', 'start', 'end'] as const) {
      if (item[field] !== undefined && !(typeof item[field] === 'number' && Number.isFinite(item[field]))) throw bad(`expects a number "${field}", received ${describe(item[field])}`);
    }
    if (!Array.isArray(item.marks)) throw bad(`expects a "marks" list of [start, end] pairs, received ${describe(item.marks)}`);
    const length = item.text.length;
    item.marks.forEach((mark: unknown, m: number) => {
      const ok = Array.isArray(mark) && mark.length === 2 && mark.every((n) => Number.isInteger(n)) && 0 <= mark[0] && mark[0] <= mark[1] && mark[1] <= length;
      if (!ok) throw bad(`mark #${m} expects [start, end] within its text (0–${length}), received ${Array.isArray(mark) ? JSON.stringify(mark).slice(0, 40) : describe(mark)}`);
    });
  });
  return value as Evidence[];
}

function passThrough(raw: Attributes, known: Set<string>): Attributes {
  const rest: Attributes = {};
  for (const [name, value] of Object.entries(raw)) if (!known.has(name)) rest[name] = value;
  return rest;
}

function stringList(who: string, what: string, name: string, value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string') return value.split('|').filter((item) => item !== '');
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw new InvalidInputError(who, what, `attribute "${name}" expects a list of strings, received ${describe(value)}`);
}

function count(who: string, what: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
    throw new InvalidInputError(who, what, `attribute "${name}" expects a number ≥ 0, received ${describe(value)}`);
  }
  return number;
}

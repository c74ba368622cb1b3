/**
 * GraphML for networkx (`nx.read_graphml`), yEd, Cytoscape and Gephi. graphology-graphml only parses, so the writer
 * is ours: typed `<key>`s (attr.type string/int/double), the manifest as graph-level data, the edge weight as a
 * double named `weight` (what networkx algorithms and Gephi look for), and layout as Gephi's `x`/`y`/`size`/`r`/`g`/`b`.
 *
 * Lists are flattened for tools: aliases joined with "|", docs and evidence written as counts. Use JSON for a
 * lossless copy.
 */
import { buildImportedGraph, type ExportableGraph, type ImportedGraph } from './json.js';
import {
  escapeXmlAttribute as attr,
  escapeXmlText as text,
  parseColor,
  parseXmlGraph,
  undirectedEdges,
  xmlNumber,
  type GraphologyXmlParserFactory,
  type XmlReadOptions,
  xmlInteger,
} from './xml.js';
// graphology-graphml ships no types for its DOMParser-agnostic factory (only for its Node and browser entries, which
// pick a DOMParser themselves); this is the factory both entries call.
// @ts-ignore -- untyped CommonJS module (an error or not, depending on allowJs), typed by the cast below
import createGraphmlParserUntyped from 'graphology-graphml/common/parser.js';

const createGraphmlParser = createGraphmlParserUntyped as GraphologyXmlParserFactory;

export type GraphmlReadOptions = XmlReadOptions;

type KeyType = 'string' | 'int' | 'double';
type Scope = 'graph' | 'node' | 'edge';
type Value = string | number | undefined;

interface KeySpec {
  scope: Scope;
  name: string;
  type: KeyType;
}

// Key ids carry their scope because a name (docs) is used for both nodes and edges and ids must be unique.
const KEYS: readonly KeySpec[] = [
  { scope: 'graph', name: 'manifest', type: 'string' },
  { scope: 'node', name: 'label', type: 'string' },
  { scope: 'node', name: 'type', type: 'string' },
  { scope: 'node', name: 'mentions', type: 'int' },
  { scope: 'node', name: 'aliases', type: 'string' },
  { scope: 'node', name: 'docs', type: 'int' },
  { scope: 'node', name: 'kbId', type: 'string' },
  { scope: 'node', name: 'wikidata', type: 'string' },
  { scope: 'node', name: 'x', type: 'double' },
  { scope: 'node', name: 'y', type: 'double' },
  { scope: 'node', name: 'size', type: 'double' },
  { scope: 'node', name: 'r', type: 'int' },
  { scope: 'node', name: 'g', type: 'int' },
  { scope: 'node', name: 'b', type: 'int' },
  { scope: 'edge', name: 'weight', type: 'double' },
  { scope: 'edge', name: 'docs', type: 'int' },
  { scope: 'edge', name: 'evidence', type: 'int' },
];

const keyId = (scope: Scope, name: string): string => `${scope[0]}_${name}`;

/** Write a graph as a GraphML document. Keys that no element uses are left out, so yEd and Cytoscape show no empty columns. */
export function writeGraphml(graph: ExportableGraph): string {
  const manifest = graph.getAttribute('manifest');
  const graphData: Record<string, Value> = { manifest: manifest ? JSON.stringify(manifest) : undefined };
  const nodes: Array<[string, Record<string, Value>]> = [];
  graph.forEachNode((key, a) => {
    const rgb = parseColor(a.color);
    nodes.push([
      key,
      {
        label: String(a.label ?? key),
        type: a.type,
        mentions: xmlInteger(a.mentions),
        aliases: Array.isArray(a.aliases) && a.aliases.length > 0 ? a.aliases.join('|') : undefined,
        docs: Array.isArray(a.docs) ? a.docs.length : xmlInteger(a.docs),
        kbId: a.kbId || undefined,
        wikidata: a.wikidata || undefined,
        x: finite(a.x),
        y: finite(a.y),
        size: finite(a.size),
        r: rgb?.r,
        g: rgb?.g,
        b: rgb?.b,
      },
    ]);
  });
  const edges: Array<[string, string, string, Record<string, Value>]> = [];
  graph.forEachEdge((key, a, source, target) => {
    edges.push([
      key,
      source,
      target,
      {
        weight: finite(a.weight),
        docs: Array.isArray(a.docs) ? a.docs.length : xmlInteger(a.docs),
        evidence: Array.isArray(a.evidence) ? a.evidence.length : xmlInteger(a.evidence),
      },
    ]);
  });

  const used = new Set<string>();
  const mark = (scope: Scope, data: Record<string, Value>): void => {
    for (const [name, value] of Object.entries(data)) if (value !== undefined && value !== '') used.add(keyId(scope, name));
  };
  mark('graph', graphData);
  for (const [, data] of nodes) mark('node', data);
  for (const [, , , data] of edges) mark('edge', data);

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const { scope, name, type } of KEYS) {
    const id = keyId(scope, name);
    if (used.has(id)) out.push(`  <key id="${id}" for="${scope}" attr.name="${name}" attr.type="${type}"/>`);
  }
  out.push('  <graph id="G" edgedefault="undirected">');
  // Graph data must come before the first node: that is where GraphML (and graphology's parser) looks for it.
  pushData(out, 'graph', graphData, '    ');
  for (const [key, data] of nodes) {
    out.push(`    <node id="${attr(key)}">`);
    pushData(out, 'node', data, '      ');
    out.push('    </node>');
  }
  for (const [key, source, target, data] of edges) {
    out.push(`    <edge id="${attr(key)}" source="${attr(source)}" target="${attr(target)}">`);
    pushData(out, 'edge', data, '      ');
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/**
 * Read GraphML (ours, or one saved by Gephi, yEd or networkx with the same attribute names) back into an Entente
 * graph: aliases split on "|", counts as numbers, r/g/b as `#rrggbb`, the manifest parsed. Directed edges are read
 * as undirected (yEd and Cytoscape mark every edge directed; a co-mention has none); a pair linked twice is an
 * error. Pass `{DOMParser}` in Node.
 */
export function readGraphml(source: string, options: GraphmlReadOptions = {}): ImportedGraph {
  const who = 'entente/readGraphml';
  const data = parseXmlGraph(who, 'GraphML', source, 'graphml', createGraphmlParser, options).export();
  return buildImportedGraph(who, {
    attributes: { manifest: data.attributes.manifest },
    nodes: data.nodes,
    edges: undirectedEdges(data.edges),
  });
}

function pushData(out: string[], scope: Scope, data: Record<string, Value>, indent: string): void {
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined || value === '') continue;
    out.push(`${indent}<data key="${keyId(scope, name)}">${text(String(value))}</data>`);
  }
}

function finite(value: unknown): number | undefined {
  return xmlNumber(value) === undefined ? undefined : (value as number);
}

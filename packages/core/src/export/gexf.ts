/**
 * GEXF 1.3 for Gephi, Gephi Lite, networkx and graphology. Written by hand because graphology-gexf's 1.3 output
 * fails the GEXF 1.3 schema and its hex colours crash networkx (see shared notes). What we write validates against
 * the 1.3 XSD: the schema puts `color`, `position` and `size` in the GEXF namespace itself (viz.rnc:
 * `default namespace = inherit`), so they are written unprefixed; Gephi and graphology read them by local name.
 * networkx reads everything else (it looks for viz under a `…/1.3/viz` namespace the schema rejects).
 *
 * Lists are flattened for tools: aliases joined with "|", docs and evidence written as counts. Use JSON for a
 * lossless copy.
 */
import { buildImportedGraph, type ExportableGraph, type ImportedGraph } from './json.js';
import {
  escapeXmlAttribute as attr,
  escapeXmlText,
  parseColor,
  parseXmlGraph,
  undirectedEdges,
  xmlNumber,
  type GraphologyXmlParserFactory,
  type XmlReadOptions,
  xmlInteger,
} from './xml.js';
// graphology-gexf ships no types for its DOMParser-agnostic factory (only for its Node and browser entries, which
// pick a DOMParser themselves); this is the factory both entries call.
// @ts-ignore -- untyped CommonJS module (an error or not, depending on allowJs), typed by the cast below
import createGexfParserUntyped from 'graphology-gexf/common/parser.js';

const createGexfParser = createGexfParserUntyped as GraphologyXmlParserFactory;

export type GexfReadOptions = XmlReadOptions;

/** The typed node attributes, in file order. `label` is the `label` attribute of `<node>`, which every reader knows. */
const NODE_ATTRIBUTES = [
  ['type', 'string'],
  ['mentions', 'integer'],
  ['aliases', 'string'],
  ['docs', 'integer'],
  ['kbId', 'string'],
  ['wikidata', 'string'],
] as const;

const EDGE_ATTRIBUTES = [
  ['docs', 'integer'],
  ['evidence', 'integer'],
] as const;

/** Write a graph as a GEXF 1.3 document. */
export function writeGexf(graph: ExportableGraph): string {
  const manifest = graph.getAttribute('manifest');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    `    <creator>${escapeXmlText(`Entente${manifest?.version ? ` ${manifest.version}` : ''}`)}</creator>`,
  ];
  if (manifest) out.push(`    <description>${escapeXmlText(JSON.stringify(manifest))}</description>`);
  out.push('  </meta>', '  <graph mode="static" defaultedgetype="undirected" idtype="string">');
  out.push('    <attributes class="node" mode="static">');
  for (const [id, type] of NODE_ATTRIBUTES) out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  out.push('    </attributes>', '    <attributes class="edge" mode="static">');
  for (const [id, type] of EDGE_ATTRIBUTES) out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  out.push('    </attributes>');

  out.push(`    <nodes count="${graph.order}">`);
  graph.forEachNode((key, a) => {
    out.push(`      <node id="${attr(key)}" label="${attr(String(a.label ?? key))}">`);
    out.push('        <attvalues>');
    const values: Record<string, string | number | undefined> = {
      type: a.type,
      mentions: xmlInteger(a.mentions),
      aliases: Array.isArray(a.aliases) && a.aliases.length > 0 ? a.aliases.join('|') : undefined,
      docs: Array.isArray(a.docs) ? a.docs.length : xmlInteger(a.docs),
      kbId: a.kbId || undefined,
      wikidata: a.wikidata || undefined,
    };
    pushAttvalues(out, values, '          ');
    out.push('        </attvalues>');
    // Layout and colour only when the graph has them: a made-up position would mislead Gephi users.
    const rgb = parseColor(a.color);
    if (rgb) out.push(`        <color r="${rgb.r}" g="${rgb.g}" b="${rgb.b}"/>`);
    const x = xmlNumber(a.x);
    const y = xmlNumber(a.y);
    if (x !== undefined && y !== undefined) out.push(`        <position x="${x}" y="${y}"/>`);
    const size = xmlNumber(a.size);
    if (size !== undefined && (a.size as number) >= 0) out.push(`        <size value="${size}"/>`);
    out.push('      </node>');
  });
  out.push('    </nodes>');

  out.push(`    <edges count="${graph.size}">`);
  graph.forEachEdge((key, a, source, target) => {
    const weight = xmlNumber(a.weight);
    out.push(`      <edge id="${attr(key)}" source="${attr(source)}" target="${attr(target)}"${weight !== undefined ? ` weight="${weight}"` : ''}>`);
    out.push('        <attvalues>');
    pushAttvalues(
      out,
      {
        docs: Array.isArray(a.docs) ? a.docs.length : xmlInteger(a.docs),
        evidence: Array.isArray(a.evidence) ? a.evidence.length : xmlInteger(a.evidence),
      },
      '          ',
    );
    out.push('        </attvalues>', '      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/**
 * Read GEXF (ours, or one saved by Gephi) back into an Entente graph: aliases split on "|", counts as numbers,
 * colours as `#rrggbb`, the manifest from `<meta><description>`. Directed edges are read as undirected (a
 * co-mention has no direction); a pair linked twice is an error. Pass `{DOMParser}` in Node.
 */
export function readGexf(text: string, options: GexfReadOptions = {}): ImportedGraph {
  const who = 'entente/readGexf';
  const data = parseXmlGraph(who, 'GEXF', text, 'gexf', createGexfParser, options).export();
  // graphology-gexf puts <meta> children on the graph: <description> holds our manifest.
  return buildImportedGraph(who, {
    attributes: { manifest: data.attributes.description },
    nodes: data.nodes,
    edges: undirectedEdges(data.edges),
  });
}

function pushAttvalues(out: string[], values: Record<string, string | number | undefined>, indent: string): void {
  for (const [id, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    out.push(`${indent}<attvalue for="${id}" value="${attr(String(value))}"/>`);
  }
}

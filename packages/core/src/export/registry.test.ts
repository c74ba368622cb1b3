import { DOMParser } from '@xmldom/xmldom';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../errors.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_IDS,
  IMPORT_FORMAT_IDS,
  detectFormat,
  detectImportFormat,
  readGraph,
  writeGraph,
  type ExportFormatId,
} from './registry.js';

const LABELS = ['Sergey "Q" Lavrov', 'a < b & c > d', 'back\\slash', 'two\nlines', 'emoji 🎉🇺🇳', "it's"];

function sample(): UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    manifest: { generator: 'entente', version: '0.1.0', kbVersion: 'kb-1', options: { window: 'paragraph' }, documentCount: 3 },
    documents: [],
  });
  const types = ['person', 'state', 'organisation', 'treaty'] as const;
  LABELS.forEach((label, i) => {
    graph.addNode(`n${i}`, { label, type: types[i % 4]!, aliases: [`alias ${i}`], mentions: i + 1, docs: ['d1'], evidence: [] });
  });
  for (let i = 1; i < LABELS.length; i++) graph.addEdge('n0', `n${i}`, { weight: i * 2, docs: ['d1'], evidence: [] });
  graph.addEdge('n3', 'n4', { weight: 1, docs: [], evidence: [] });
  return graph;
}

describe('EXPORT_FORMATS', () => {
  it('describes every format under its own id, with a reader for json, gexf and graphml', () => {
    for (const id of EXPORT_FORMAT_IDS) {
      expect(EXPORT_FORMATS[id].id).toBe(id);
      expect(EXPORT_FORMATS[id].description.length).toBeGreaterThan(10);
    }
    expect(EXPORT_FORMAT_IDS).toEqual(['json', 'gexf', 'graphml', 'csv', 'cypher', 'svg']);
    expect(IMPORT_FORMAT_IDS).toEqual(['json', 'gexf', 'graphml']);
  });
});

describe('#writeGraph / #readGraph', () => {
  it.each(IMPORT_FORMAT_IDS)('round-trips %s: same nodes, edges, types, labels, weights', (format) => {
    const graph = sample();
    const back = readGraph(writeGraph(graph, format), format, { DOMParser });
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, a) => {
      expect(back.getNodeAttributes(key)).toMatchObject({ label: a.label, type: a.type, mentions: a.mentions, aliases: a.aliases });
    });
    graph.forEachEdge((_key, a, source, target) => {
      expect(back.getEdgeAttribute(source, target, 'weight')).toBe(a.weight);
    });
    expect(back.getAttribute('manifest')).toEqual(graph.getAttribute('manifest'));
  });

  it('writes every format', () => {
    for (const format of EXPORT_FORMAT_IDS) {
      const output = writeGraph(sample(), format);
      if (EXPORT_FORMATS[format].multiFile) expect(Object.keys(output)).toEqual(['nodes.csv', 'edges.csv']);
      else expect(typeof output).toBe('string');
    }
  });

  it('passes options through to the writer', () => {
    expect(writeGraph(sample(), 'svg', { width: 333 })).toContain('width="333"');
  });

  it('rejects formats it does not know or cannot read', () => {
    expect(() => writeGraph(sample(), 'dot' as ExportFormatId)).toThrow(InvalidOptionError);
    expect(() => readGraph('a,b', 'csv' as 'json')).toThrow('entente/readGraph: option "format" expects one of json, gexf, graphml, received "csv"');
  });
});

describe('#detectFormat', () => {
  it.each([
    ['graph.json', undefined, 'json'],
    ['graph.GEXF', undefined, 'gexf'],
    ['graph.graphml', undefined, 'graphml'],
    ['nodes.csv', undefined, 'csv'],
    ['load.cypher', undefined, 'cypher'],
    ['load.cql', undefined, 'cypher'],
    ['picture.svg', undefined, 'svg'],
    ['graph.txt', undefined, undefined],
    ['graph', undefined, undefined],
    ['graph.xml', '<?xml version="1.0"?>\n<!-- made by Gephi -->\n<gexf version="1.3"/>', 'gexf'],
    ['graph.xml', '\uFEFF<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>', 'graphml'],
    ['graph.json', '<?xml version="1.0"?><gexf/>', 'gexf'],
    ['download', '  {"nodes": []}', 'json'],
    ['graph.xml', '<html/>', undefined],
  ] as const)('%s (%j) → %s', (filename, text, expected) => {
    expect(detectFormat(filename, text)).toBe(expected);
  });

  it('says in one line when a file is not readable', () => {
    expect(() => detectImportFormat('nodes.csv', 'id:ID,label')).toThrow(InvalidInputError);
    expect(() => detectImportFormat('nodes.csv', 'id:ID,label')).toThrow(
      'entente/detectImportFormat: "nodes.csv": is not a graph file Entente reads (json, gexf, graphml); received a csv file',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { UndirectedGraph, DirectedGraph } from 'graphology';
import { DOMParser } from '@xmldom/xmldom';
import { writeGraph } from '@entente/core';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { FileProblem, graphFromExport, isDocumentFileName, isGraphFileName, normaliseGraph, parseGraphFile } from './graph-io.js';

// xmldom logs every parse warning; the malformed-file cases would fill the test output.
class QuietDOMParser extends DOMParser {
  constructor() {
    super({ errorHandler: { warning: () => {}, error: () => {}, fatalError: () => {} } });
  }
}
const env = { DOMParser: QuietDOMParser as never };

describe('#parseGraphFile', () => {
  it('reads Entente JSON, GEXF and GraphML back to the same nodes and edges', () => {
    const g = smallGraph();
    for (const format of ['json', 'gexf', 'graphml'] as const) {
      const { graph } = parseGraphFile(`g.${format}`, writeGraph(g, format), env);
      expect(graph.order, format).toBe(g.order);
      expect(graph.size, format).toBe(g.size);
      expect(graph.getNodeAttribute('person:sergey-lavrov', 'type'), format).toBe('person');
      expect(graph.getNodeAttribute('person:sergey-lavrov', 'aliases'), format).toContain('Lavrov');
    }
  });

  it('says clearly when a file is malformed or not a graph', () => {
    expect(() => parseGraphFile('g.json', '{"nodes": [', env)).toThrow(FileProblem);
    expect(() => parseGraphFile('g.gexf', '<gexf><graph><nodes><node id=', env)).toThrow(/could not be read as GEXF/);
    expect(() => parseGraphFile('notes.csv', 'a,b', env)).toThrow(/not a graph file/);
  });
});

describe('#normaliseGraph', () => {
  it('fills missing attributes, parses list strings and merges directed duplicates', () => {
    const d = new DirectedGraph();
    d.addNode('a', { label: 'A', type: 'person', aliases: '["Al","A"]', docs: 'x|y' });
    d.addNode('b', { type: 'planet' });
    d.addEdge('a', 'b', { weight: 2 });
    d.addEdge('b', 'a', { weight: '3' });
    const { graph, warnings } = normaliseGraph(d);
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'A', aliases: ['Al', 'A'], docs: ['x', 'y'], mentions: 0, evidence: [] });
    expect(graph.getNodeAttributes('b')).toMatchObject({ label: 'b', type: 'organisation' });
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(5);
    expect(warnings[0]).toMatch(/1 node/);
  });

  it('keeps positions and graph attributes', () => {
    const g = smallGraph();
    g.setNodeAttribute('RUS', 'x', 3);
    g.setNodeAttribute('RUS', 'y', 4);
    const back = graphFromExport(g.export());
    expect(back).toBeInstanceOf(UndirectedGraph);
    expect(back.getNodeAttributes('RUS')).toMatchObject({ x: 3, y: 4 });
    expect(back.getAttribute('documents')).toHaveLength(2);
  });
});

describe('file names', () => {
  it('tells graphs from documents', () => {
    expect(isGraphFileName('a.GEXF')).toBe(true);
    expect(isGraphFileName('a.txt')).toBe(false);
    expect(isDocumentFileName('a.jsonl')).toBe(true);
    expect(isDocumentFileName('a.pdf')).toBe(false);
  });
});

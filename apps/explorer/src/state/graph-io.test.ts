import { describe, expect, it } from 'vitest';
import { UndirectedGraph, DirectedGraph } from 'graphology';
import { DOMParser } from '@xmldom/xmldom';
import { writeGraph } from '@entente/core/export';
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

  it('keeps what the build judged: confidence, foundBy, ambiguous (the panel, the doubtful filter and merges read them)', () => {
    const g = smallGraph();
    g.mergeNodeAttributes('RUS', { confidence: 0.83, foundBy: { model: 1, rule: 2 }, ambiguous: true });
    expect(graphFromExport(g.export()).getNodeAttributes('RUS')).toMatchObject({ confidence: 0.83, foundBy: { model: 1, rule: 2 }, ambiguous: true });
  });

  it('keeps the reserve of withheld entities, so documents added later count with them; drops a malformed one', () => {
    const g = smallGraph();
    const reserve = { nodes: [{ key: 'person:lavrov', attributes: { label: 'Lavrov', type: 'person', aliases: ['Lavrov'], mentions: 1, docs: ['d1'], evidence: [] } }], edges: [] };
    g.setAttribute('reserve', reserve as never);
    expect(graphFromExport(g.export()).getAttribute('reserve')).toEqual(reserve);
    g.setAttribute('reserve', { nodes: 'no' } as never);
    expect(graphFromExport(g.export()).getAttribute('reserve')).toBeUndefined();
  });

  it('keeps the per-document counts the document filters count with, when they match the documents', () => {
    const g = smallGraph();
    g.mergeNodeAttributes('UKR', { docMentions: [3, 1] });
    g.mergeEdgeAttributes('RUS', 'USA', { docWeights: [2] });
    g.mergeNodeAttributes('RUS', { docMentions: [1, 2, 3] });
    const back = graphFromExport(g.export());
    expect(back.getNodeAttribute('UKR', 'docMentions')).toEqual([3, 1]);
    expect(back.getEdgeAttribute('RUS', 'USA', 'docWeights')).toEqual([2]);
    // Three counts for one document: not trusted, estimated again.
    expect(back.getNodeAttribute('RUS', 'docMentions')).toBeUndefined();
  });
});

describe('#normaliseGraph in place', () => {
  it('normalises an undirected simple graph in place, like a copy would, keeping its edge keys', () => {
    const messy = (): UndirectedGraph => {
      const u = new UndirectedGraph();
      u.replaceAttributes({ manifest: { generator: 'x' }, documents: [{ id: 'd1', title: 'One' }, { nope: 1 }], extra: 1 });
      u.addNode('a', { label: 'A', type: 'person', aliases: '["Al"]', docs: 'x|y', color: '#f00', size: 9, x: 1, y: 2 });
      u.addNode('b', { type: 'planet', mentions: '3', evidence: '[{"doc":"d1","text":"b here","sentence":"2","marks":[[0,1]]}]' });
      u.addNode('c', { label: 'C', type: 'state', kbId: 7 });
      u.addEdgeWithKey('ab', 'a', 'b', { weight: '2', docs: ['d1'], color: 'red' });
      u.addEdgeWithKey('bc', 'b', 'c', {});
      return u;
    };
    const input = messy();
    const inPlace = normaliseGraph(input);
    expect(inPlace.graph).toBe(input);
    expect(inPlace.graph.edges().sort()).toEqual(['ab', 'bc']);
    // The same attributes as the copying path (a directed graph is always copied).
    const viaCopy = normaliseGraph(toDirected(messy()));
    expect(viaCopy.graph).not.toBe(input);
    input.forEachNode((n, a) => expect(a, n).toEqual(viaCopy.graph.getNodeAttributes(n)));
    input.forEachEdge((_e, a, s, t) => expect(a).toEqual(viaCopy.graph.getEdgeAttributes(viaCopy.graph.edge(s, t)!)));
    expect(input.getAttributes()).toEqual(viaCopy.graph.getAttributes());
    expect(input.getAttributes()).toEqual({ manifest: { generator: 'x' }, documents: [{ id: 'd1', title: 'One' }] });
    expect(input.getNodeAttributes('b')).toMatchObject({ type: 'organisation', mentions: 3, evidence: [{ doc: 'd1', sentence: 2, text: 'b here', marks: [[0, 1]] }] });
    expect(input.getNodeAttributes('c').kbId).toBe('7');
    expect(input.getEdgeAttributes('ab')).toEqual({ weight: 2, docs: ['d1'], evidence: [] });
    expect(inPlace.warnings).toEqual(viaCopy.warnings);
    expect(inPlace.warnings[0]).toMatch(/1 node/);
  });

  it('drops self-loops', () => {
    const u = new UndirectedGraph();
    u.addNode('a', { type: 'person' });
    u.addNode('b', { type: 'person' });
    u.addEdge('a', 'a');
    u.addEdge('a', 'b');
    const { graph } = normaliseGraph(u);
    expect(graph).toBe(u);
    expect(graph.size).toBe(1);
    expect(graph.hasEdge('a', 'b')).toBe(true);
  });
});

/** The same graph, directed (one arc per edge): normaliseGraph copies it. */
function toDirected(u: UndirectedGraph): DirectedGraph {
  const d = new DirectedGraph();
  d.replaceAttributes(u.getAttributes());
  u.forEachNode((n, a) => d.addNode(n, a));
  u.forEachEdge((_e, a, s, t) => d.addEdge(s, t, a));
  return d;
}

describe('file names', () => {
  it('tells graphs from documents', () => {
    expect(isGraphFileName('a.GEXF')).toBe(true);
    expect(isGraphFileName('a.txt')).toBe(false);
    expect(isDocumentFileName('a.jsonl')).toBe(true);
    expect(isDocumentFileName('a.pdf')).toBe(false);
  });
});

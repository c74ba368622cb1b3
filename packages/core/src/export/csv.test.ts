import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';
import { writeCsv } from './csv.js';

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
});

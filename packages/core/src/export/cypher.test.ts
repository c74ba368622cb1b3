import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';
import { cypherLiteral, writeCypher } from './cypher.js';

const NASTY = 'Sergey "Q" \'Lavrov\' \\ back\nslash\r\t\u0001 \u2028 🎉 */ // ;';

function sample(): UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    manifest: { generator: 'entente', version: '0.1.0', kbVersion: 'kb-1', options: { window: 'sentence' }, documentCount: 2 },
    documents: [],
  });
  graph.addNode('person:lavrov', { label: NASTY, type: 'person', aliases: ['Lavrov', 'a"b'], mentions: 3, docs: ['d1'], evidence: [], kbId: 'Q1' });
  graph.addNode('state:russia', { label: 'Russia', type: 'state', aliases: [], mentions: 5, docs: ['d1'], evidence: [] });
  graph.addEdge('person:lavrov', 'state:russia', { weight: 2, docs: ['d1'], evidence: [] });
  return graph;
}

/** Every double-quoted Cypher string literal in a script. */
function stringLiterals(script: string): string[] {
  return [...script.matchAll(/"(?:[^"\\\n\r]|\\.)*"/g)].map((m) => m[0]);
}

describe('#cypherLiteral', () => {
  it('escapes strings so they cannot end early, and the escapes decode to the original', () => {
    const literal = cypherLiteral(NASTY);
    expect(literal).not.toMatch(/[\n\r\u2028]/);
    // The escapes we emit (\\ \" \n \r \t \uXXXX) mean the same in Cypher and in JSON.
    expect(JSON.parse(literal)).toBe(NASTY);
  });

  it('writes maps, lists, numbers and null', () => {
    expect(cypherLiteral({ id: 'a', n: 1.5, big: 1e21, list: ['x'], none: null, 'odd key': true })).toBe(
      '{id: "a", n: 1.5, big: 1e21, list: ["x"], none: null, `odd key`: true}',
    );
  });
});

describe('#writeCypher', () => {
  it('starts with the manifest comment and an IF NOT EXISTS constraint', () => {
    const script = writeCypher(sample());
    const lines = script.split('\n');
    expect(lines[0]).toMatch(/^\/\/ Entente graph: 2 nodes, 1 relationships/);
    expect(lines[1]).toBe(`// manifest: ${JSON.stringify(sample().getAttribute('manifest'))}`);
    expect(script).toContain('CREATE CONSTRAINT entente_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;');
  });

  it('merges nodes with their type label and relationships with weight and docs', () => {
    const script = writeCypher(sample());
    expect(script).toContain('MERGE (n:Entity {id: row.id})\nSET n:Person, n += row;');
    expect(script).toContain('SET n:State, n += row;');
    expect(script).toContain('aliases: ["Lavrov", "a\\"b"]');
    expect(script).toContain('{a: "person:lavrov", b: "state:russia", weight: 2, docs: 1}');
    expect(script).toContain('MERGE (a)-[r:CO_MENTIONED]->(b)\nSET r.weight = row.weight, r.docs = row.docs;');
    expect(script).toMatch(/MERGE \(b:EntenteBuild \{manifest: ".*"\}\)\nSET b \+= \{generator: "entente", version: "0.1.0"/);
  });

  it('keeps every statement line free of raw line breaks inside strings', () => {
    const script = writeCypher(sample());
    const literals = stringLiterals(script);
    expect(literals.map((l) => JSON.parse(l) as string)).toContain(NASTY);
    // Each statement ends with ';' at the end of a line: nothing in a label can smuggle one in mid-line.
    for (const line of script.split('\n')) if (line.startsWith('UNWIND')) expect(line).toMatch(/ AS row$/);
  });

  it('batches rows (one UNWIND per batch, per type)', () => {
    const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    for (let i = 0; i < 1200; i++) graph.addNode(`state:${i}`, { label: `S${i}`, type: 'state', aliases: [], mentions: 1, docs: [], evidence: [] });
    for (let i = 1; i < 1200; i++) graph.addEdge('state:0', `state:${i}`, { weight: 1, docs: [], evidence: [] });
    const script = writeCypher(graph, { batchSize: 500 });
    expect(script.match(/^UNWIND .* AS row\nMERGE \(n:Entity/gm)).toHaveLength(3);
    expect(script.match(/^UNWIND .* AS row\nMATCH/gm)).toHaveLength(3);
    expect(script).not.toContain('EntenteBuild');
  });

  it('writes Memgraph constraint syntax on request', () => {
    const script = writeCypher(sample(), { dialect: 'memgraph' });
    expect(script).toContain('CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE;');
    expect(script).not.toContain('IF NOT EXISTS');
  });

  it('rejects bad options', () => {
    expect(() => writeCypher(sample(), { batchSize: 0 })).toThrow(InvalidOptionError);
    expect(() => writeCypher(sample(), { batchSize: 0 })).toThrow('entente/writeCypher: option "batchSize" expects an integer ≥ 1, received 0');
  });
});

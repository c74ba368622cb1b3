import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { UndirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../errors.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';
import { readGexf, writeGexf } from './gexf.js';

const NASTY = 'Sergey "Q" <Lavrov> & co\\ \nnew line\ttab 🎉';

function sample(): UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    manifest: { generator: 'entente', version: '0.1.0', kbVersion: 'kb-1', options: { window: 'sentence' }, documentCount: 2 },
    documents: [],
  });
  graph.addNode('person:lavrov', {
    label: NASTY,
    type: 'person',
    aliases: ['Lavrov', 'S. Lavrov'],
    mentions: 3,
    docs: ['d1', 'd2'],
    evidence: [],
    kbId: 'Q1',
    wikidata: 'Q1',
    x: 1.5,
    y: -2,
    size: 4,
    color: '#e6550d',
  });
  graph.addNode('state:russia', { label: 'Russia', type: 'state', aliases: [], mentions: 5, docs: ['d1'], evidence: [] });
  graph.addNode('org:<&>', { label: 'OSCE & "friends"', type: 'organisation', aliases: ['O|S'], mentions: 1, docs: [], evidence: [] });
  graph.addEdgeWithKey('e1', 'person:lavrov', 'state:russia', { weight: 2, docs: ['d1'], evidence: [] });
  graph.addEdgeWithKey('e2', 'state:russia', 'org:<&>', { weight: 7, docs: ['d1', 'd2'], evidence: [] });
  return graph;
}

const options = { DOMParser };

describe('#writeGexf', () => {
  it('writes GEXF 1.3 with typed attributes, meta and weights', () => {
    const text = writeGexf(sample());
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf.net\/1.3"/);
    expect(text).toContain('version="1.3"');
    expect(text).toContain('<creator>Entente 0.1.0</creator>');
    expect(text).toContain('<description>{"generator":"entente","version":"0.1.0"');
    expect(text).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(text).toContain('<attribute id="aliases" title="aliases" type="string"/>');
    expect(text).toContain('<attvalue for="aliases" value="Lavrov|S. Lavrov"/>');
    expect(text).toContain('<attvalue for="docs" value="2"/>');
    expect(text).toContain('weight="7"');
  });

  it('writes colours as r g b (networkx crashes on hex) and layout only when the graph has one', () => {
    const text = writeGexf(sample());
    expect(text).toContain('<color r="230" g="85" b="13"/>');
    expect(text).not.toContain('hex=');
    expect(text).toContain('<position x="1.5" y="-2"/>');
    expect(text).toContain('<size value="4"/>');
    expect(text.match(/<position /g)).toHaveLength(1);
  });

  it('escapes labels so that no character breaks out of an attribute', () => {
    const text = writeGexf(sample());
    expect(text).toContain('label="Sergey &quot;Q&quot; &lt;Lavrov&gt; &amp; co\\ &#10;new line&#9;tab 🎉"');
    expect(text).toContain('id="org:&lt;&amp;&gt;"');
  });

  it('writes a graph without manifest or attributes', () => {
    const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    const text = writeGexf(graph);
    expect(text).toContain('<creator>Entente</creator>');
    expect(text).toContain('<nodes count="0">');
  });
});

describe('#readGexf', () => {
  it('reads back nodes, edges, types, labels, weights, aliases, counts, layout and manifest', () => {
    const graph = sample();
    const back = readGexf(writeGexf(graph), options);
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    expect(back.getNodeAttributes('person:lavrov')).toMatchObject({
      label: NASTY,
      type: 'person',
      aliases: ['Lavrov', 'S. Lavrov'],
      mentions: 3,
      docCount: 2,
      kbId: 'Q1',
      wikidata: 'Q1',
      x: 1.5,
      y: -2,
      size: 4,
      color: '#e6550d',
    });
    expect(back.getNodeAttribute('org:<&>', 'label')).toBe('OSCE & "friends"');
    expect(back.getEdgeAttribute('e2', 'weight')).toBe(7);
    expect(back.extremities('e2').sort()).toEqual(['org:<&>', 'state:russia']);
    expect(back.getAttribute('manifest')).toEqual(graph.getAttribute('manifest'));
  });

  it('reads a Gephi-style file: viz namespace, directed edges read as undirected', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="type" type="string"/></attributes>
    <nodes>
      <node id="a" label="A"><attvalues><attvalue for="0" value="state"/></attvalues><viz:color r="1" g="2" b="3"/></node>
      <node id="b" label="B"><attvalues><attvalue for="0" value="treaty"/></attvalues></node>
    </nodes>
    <edges><edge source="a" target="b" weight="2.5"/></edges>
  </graph>
</gexf>`;
    const graph = readGexf(text, options);
    expect(graph.type).toBe('undirected');
    expect(graph.getNodeAttributes('a')).toMatchObject({ type: 'state', label: 'A', color: '#010203' });
    expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(2.5);
  });

  it.each([
    ['malformed XML', '<gexf><graph>', /readGexf: GEXF: is not well-formed XML/],
    ['another root', '<graphml/>', /expects a <gexf> root element, received <graphml>/],
    [
      'a node without type',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="A"/></nodes><edges/></graph></gexf>',
      /node "a": attribute "type" expects one of/,
    ],
  ])('rejects %s with one clear line', (_what, text, message) => {
    expect(() => readGexf(text, options)).toThrow(InvalidInputError);
    expect(() => readGexf(text, options)).toThrow(message);
  });

  it('asks for a DOMParser where there is no global one', () => {
    expect(globalThis).not.toHaveProperty('DOMParser');
    expect(() => readGexf('<gexf/>')).toThrow(InvalidOptionError);
    expect(() => readGexf('<gexf/>')).toThrow(/option "DOMParser" expects a DOMParser class/);
  });
});

// The schema: the copy in tests/fixtures (so a fresh clone runs this), else the team's shared one.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const schema = [path.join(repoRoot, 'tests/fixtures/gexf-1.3/gexf.xsd'), path.join(repoRoot, '../shared/formats/gexf-1.3/gexf.xsd')].find((file) =>
  existsSync(file),
);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

describe('#writeGexf against the GEXF 1.3 schema', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'entente-gexf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!hasXmllint || !schema)('validates with xmllint --schema gexf.xsd', () => {
    const file = path.join(dir, 'graph.gexf');
    writeFileSync(file, writeGexf(sample()));
    // On failure, the assertion shows xmllint's complaint (stderr names the element that is not expected).
    const result = spawnSync('xmllint', ['--noout', '--schema', schema!, file], { encoding: 'utf8' });
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it.skipIf(!hasXmllint || !schema)('validates an empty graph too', () => {
    const file = path.join(dir, 'empty.gexf');
    writeFileSync(file, writeGexf(new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>()));
    expect(() => execFileSync('xmllint', ['--noout', '--schema', schema!, file], { stdio: 'pipe' })).not.toThrow();
  });
});

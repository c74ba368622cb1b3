import { DOMParser } from '@xmldom/xmldom';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';
import { readGraphml, writeGraphml } from './graphml.js';

const NASTY = 'Sergey "Q" <Lavrov> & co\\ \nnew line\r\n 🎉';

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
    x: 0.25,
    y: 10,
    size: 3,
    color: 'rgb(49,130,189)',
  });
  graph.addNode('state:russia', { label: 'Russia', type: 'state', aliases: [], mentions: 5, docs: ['d1'], evidence: [] });
  graph.addEdgeWithKey('e1', 'person:lavrov', 'state:russia', { weight: 2, docs: ['d1'], evidence: [] });
  return graph;
}

const options = { DOMParser };

describe('#writeGraphml', () => {
  it('declares typed keys, only for attributes that occur', () => {
    const text = writeGraphml(sample());
    expect(text).toContain('<key id="g_manifest" for="graph" attr.name="manifest" attr.type="string"/>');
    expect(text).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(text).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(text).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(text).not.toContain('attr.name="wikidata"');
    expect(text).toContain('<graph id="G" edgedefault="undirected">');
  });

  it('puts graph data before the first node, and escapes text', () => {
    const text = writeGraphml(sample());
    expect(text.indexOf('<data key="g_manifest">')).toBeLessThan(text.indexOf('<node '));
    expect(text).toContain('<data key="n_label">Sergey "Q" &lt;Lavrov&gt; &amp; co\\ \nnew line&#13;\n 🎉</data>');
    expect(text).toContain('<data key="n_r">49</data>');
  });
});

describe('#readGraphml', () => {
  it('reads back nodes, edges, types, labels, weights, aliases, counts, layout and manifest', () => {
    const graph = sample();
    const back = readGraphml(writeGraphml(graph), options);
    expect(back.order).toBe(2);
    expect(back.size).toBe(1);
    expect(back.getNodeAttributes('person:lavrov')).toMatchObject({
      label: NASTY,
      type: 'person',
      aliases: ['Lavrov', 'S. Lavrov'],
      mentions: 3,
      docCount: 2,
      kbId: 'Q1',
      x: 0.25,
      y: 10,
      size: 3,
      color: '#3182bd',
    });
    expect(back.getEdgeAttributes('e1')).toMatchObject({ weight: 2, docCount: 1 });
    expect(back.getAttribute('manifest')).toEqual(graph.getAttribute('manifest'));
  });

  it('reads a yEd-style file whose edges are all directed, as undirected', () => {
    const text = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="type" attr.type="string"/>
  <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">state</data></node>
    <node id="b"><data key="d0">organisation</data></node>
    <edge source="a" target="b"><data key="d1">4</data></edge>
  </graph>
</graphml>`;
    const graph = readGraphml(text, options);
    expect(graph.type).toBe('undirected');
    expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(4);
    expect(graph.getNodeAttribute('b', 'label')).toBe('b');
  });

  it.each([
    ['malformed XML', '<graphml><graph>', /readGraphml: GraphML: is not well-formed XML/],
    ['another root', '<gexf/>', /expects a <graphml> root element, received <gexf>/],
    ['a dangling edge', '<graphml><graph><edge source="a" target="b"/></graph></graphml>', /has an edge whose source or target is not a node/],
  ])('rejects %s with one clear line', (_what, text, message) => {
    expect(() => readGraphml(text, options)).toThrow(InvalidInputError);
    expect(() => readGraphml(text, options)).toThrow(message);
  });
});

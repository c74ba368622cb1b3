import { DOMParser } from '@xmldom/xmldom';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors.js';
import type { EdgeAttributes, EntityType, GraphAttributes, NodeAttributes } from '../types.js';
import { TYPE_COLORS } from './palette.js';
import { writeSvg } from './svg.js';

function sample(): UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    manifest: { generator: 'entente', version: '0.1.0', kbVersion: 'kb-1', options: { window: 'sentence' }, documentCount: 7 },
    documents: [],
  });
  const node = (key: string, label: string, type: EntityType, mentions: number): void => {
    graph.addNode(key, { label, type, aliases: [], mentions, docs: [], evidence: [] });
  };
  node('person:lavrov', 'Lavrov <"&"> \\ 🎉\nsecond line', 'person', 30);
  node('state:russia', 'Russia', 'state', 50);
  node('state:ukraine', 'Ukraine', 'state', 20);
  node('org:osce', 'OSCE', 'organisation', 5);
  node('treaty:npt', 'NPT', 'treaty', 1);
  graph.addEdge('person:lavrov', 'state:russia', { weight: 10, docs: [], evidence: [] });
  graph.addEdge('state:russia', 'state:ukraine', { weight: 4, docs: [], evidence: [] });
  graph.addEdge('state:russia', 'org:osce', { weight: 1, docs: [], evidence: [] });
  graph.addEdge('org:osce', 'treaty:npt', { weight: 1, docs: [], evidence: [] });
  return graph;
}

function parse(svg: string) {
  return new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } }).parseFromString(svg, 'image/svg+xml');
}

describe('#writeSvg', () => {
  it('draws well-formed SVG: one circle per node, one line per edge, colours by type', () => {
    const svg = writeSvg(sample());
    const doc = parse(svg);
    expect(doc.documentElement?.getAttribute('viewBox')).toBe('0 0 1200 800');
    // Five nodes plus five legend dots (four types + none other).
    expect(doc.getElementsByTagName('circle')).toHaveLength(5 + 4);
    expect(doc.getElementsByTagName('line')).toHaveLength(4);
    expect(svg).toContain(`fill="${TYPE_COLORS.person}"`);
    expect(svg).toContain(`fill="${TYPE_COLORS.treaty}"`);
  });

  it('is reproducible (seeded layout) and does not touch the graph', () => {
    const graph = sample();
    expect(writeSvg(graph)).toBe(writeSvg(sample()));
    expect(graph.hasNodeAttribute('state:russia', 'x')).toBe(false);
  });

  it('uses the positions the graph has', () => {
    const graph = sample();
    graph.forEachNode((key, _a) => graph.mergeNodeAttributes(key, { x: 0, y: 0 }));
    graph.mergeNodeAttributes('state:russia', { x: 10, y: 10 });
    const svg = writeSvg(graph, { width: 400, height: 300, labels: 0 });
    // Russia sits alone in the top-right corner of the drawing area, everyone else in the bottom-left.
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" fill="[^"]+"><title>([^(]+)/g)];
    const russia = circles.find((c) => c[3]!.startsWith('Russia'))!;
    const ukraine = circles.find((c) => c[3]!.startsWith('Ukraine'))!;
    expect(Number(russia[1])).toBeGreaterThan(Number(ukraine[1]));
    expect(Number(russia[2])).toBeLessThan(Number(ukraine[2]));
  });

  it('labels the N most-mentioned nodes, escaped, on one line', () => {
    const svg = writeSvg(sample(), { labels: 2 });
    const labels = [...svg.matchAll(/<text x="[\d.]+" y="[\d.]+" font-size="\d+">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['Russia', 'Lavrov &lt;"&amp;"&gt; \\ 🎉 second line']);
  });

  it('has a title with the manifest summary and a legend with counts', () => {
    const svg = writeSvg(sample());
    expect(svg).toContain('Entente graph: 5 entities, 4 co-mention links');
    expect(svg).toContain('Entente 0.1.0 · 7 documents · KB kb-1 · window: sentence');
    expect(svg).toContain('>State (2)</text>');
    expect(svg).toContain('>Treaty (1)</text>');
    expect(writeSvg(sample(), { title: 'Mine & yours' })).toContain('>Mine &amp; yours</text>');
  });

  it('draws empty and single-node graphs', () => {
    const empty = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    expect(() => parse(writeSvg(empty))).not.toThrow();
    empty.addNode('a', { label: 'A', type: 'state', aliases: [], mentions: 0, docs: [], evidence: [] });
    expect(writeSvg(empty)).toContain('<circle cx="600" cy="416"');
  });

  it('rejects bad options', () => {
    expect(() => writeSvg(sample(), { width: -1 })).toThrow(InvalidOptionError);
    expect(() => writeSvg(sample(), { labels: 1.5 })).toThrow('entente/writeSvg: option "labels" expects an integer ≥ 0, received 1.5');
  });
});

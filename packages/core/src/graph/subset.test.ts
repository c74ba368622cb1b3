import { describe, expect, it } from 'vitest';
import { buildGraph, mergeGraphs } from './build-graph.js';
import { subsetGraph } from './subset.js';
import { readJson, writeJson } from '../export/json.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';
import type { Document } from '../types.js';

const kb = tinyKb();
const docs: Document[] = [
  { id: 'a', text: 'Russian Foreign Minister Sergey Lavrov met NATO officials. Sergey Lavrov then called the US.', meta: { year: 1985 } },
  { id: 'b', text: 'NATO had ignored the OSCE. Canada and the US agreed. NATO and the US met again.', meta: { year: 1991 } },
  { id: 'c', text: 'Canada and the US signed. NATO and the US talked. NATO welcomed the OSCE and the US. Russia and Canada talked.', meta: { year: 1987 } },
];

/** Weights, mentions and document lists (in key order): what a subset must get right. */
function counts(g: ReturnType<typeof buildGraph>) {
  const byKey = (x: [string, ...unknown[]], y: [string, ...unknown[]]) => (x[0] < y[0] ? -1 : 1);
  const nodes = g.mapNodes((id, a): [string, ...unknown[]] => [id, a.mentions, a.docs, a.docMentions, a.evidence.map((e) => e.doc)]).sort(byKey);
  const edges = g.mapEdges((key, a): [string, ...unknown[]] => [key, a.weight, a.docs, a.docWeights, a.evidence.map((e) => e.doc)]).sort(byKey);
  return { nodes, edges };
}

describe('#subsetGraph', () => {
  const full = buildGraph(docs, { kb });

  it('gives the counts a build of those documents alone gives (evidence too, below the evidence cap)', () => {
    const eighties = subsetGraph(buildGraph(docs, { kb, maxEvidence: 50 }), (d) => Number(d.meta?.year) < 1990);
    expect(counts(eighties)).toEqual(counts(buildGraph(docs.filter((d) => d.id !== 'b'), { kb, maxEvidence: 50 })));
    expect(eighties.getAttribute('documents').map((d) => d.id)).toEqual(['a', 'c']);
    expect(eighties.getAttribute('manifest').documentCount).toBe(2);
  });

  it('drops entities and links left without documents', () => {
    const b = subsetGraph(full, ['b']);
    expect(b.hasNode('person:sergey-lavrov')).toBe(false);
    expect(b.hasNode('RUS')).toBe(false);
    expect(b.getEdgeAttributes('Q7184--USA')).toMatchObject({ weight: 1, docs: ['b'], docWeights: [1] });
    expect(full.getEdgeAttributes('Q7184--USA')).toMatchObject({ weight: 3, docs: ['b', 'c'], docWeights: [1, 2] });
  });

  it('keeps the whole graph byte for byte when every document is kept, and does not change the graph given', () => {
    const before = writeJson(full);
    expect(writeJson(subsetGraph(full, () => true))).toBe(before);
    expect(writeJson(full)).toBe(before);
  });

  it('reads its per-document counts back from JSON, and after a merge of two builds', () => {
    const merged = buildGraph(docs.slice(0, 2), { kb });
    mergeGraphs(merged, buildGraph(docs.slice(2), { kb }), {});
    const back = readJson(writeJson(merged));
    expect(counts(subsetGraph(back, ['a', 'c']))).toEqual(counts(subsetGraph(full, ['a', 'c'])));
  });

  it('estimates counts evenly for a graph that has none (older builds), keeping totals exact', () => {
    const old = readJson(writeJson(full).replace(/"doc(Mentions|Weights)":\[[\d,]*\],/g, ''));
    expect(old.getEdgeAttributes('Q7184--USA').docWeights).toBeUndefined();
    expect(subsetGraph(old, () => true).getEdgeAttributes('Q7184--USA')).toMatchObject({ weight: 3, docWeights: [2, 1] });
    expect(subsetGraph(old, ['c']).getEdgeAttributes('Q7184--USA')).toMatchObject({ weight: 1, docWeights: [1] });
  });

  it('refuses a selector that is neither ids nor a test', () => {
    expect(() => subsetGraph(full, 3 as never)).toThrow(/subsetGraph: option "documents" expects document ids/);
  });
});

import { describe, expect, it } from 'vitest';
import { buildGraph, mergeGraphs } from './build-graph.js';
import { readJson, writeJson } from '../export/index.js';
import { subsetGraph } from './subset.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';

const kb = tinyKb();
// "Lavrov" alone in b: withheld when b is built alone, his once the documents meet.
const a = { id: 'a', text: 'Russian Foreign Minister Sergey Lavrov met NATO officials.' };
const b = { id: 'b', text: 'Lavrov said NATO had ignored the OSCE.' };

describe('reserve', () => {
  it('withholds a lone surname from the graph and counts it in the manifest', () => {
    const g = buildGraph([b], { kb });
    expect(g.hasNode('person:lavrov')).toBe(false);
    expect(g.getAttribute('manifest').withheld).toEqual({ 'lone-name': { entities: 1, mentions: 1 } });
    expect(g.getAttribute('reserve')!.nodes.map((n) => n.key)).toEqual(['person:lavrov']);
    expect(buildGraph([b], { kb, keepWeak: true }).hasNode('person:lavrov')).toBe(true);
  });

  it('brings the withheld back in a merge, so two steps give the graph of one', () => {
    const whole = buildGraph([a, b], { kb });
    const merged = mergeGraphs(buildGraph([a], { kb }), readJson(writeJson(buildGraph([b], { kb }))), { kb });
    expect(merged.getNodeAttribute('person:sergey-lavrov', 'mentions')).toBe(2);
    expect(merged.getNodeAttribute('person:sergey-lavrov', 'mentions')).toBe(whole.getNodeAttribute('person:sergey-lavrov', 'mentions'));
    expect(merged.getEdgeAttribute('Q7184--person:sergey-lavrov', 'weight')).toBe(2);
    expect(merged.getAttribute('reserve')).toBeUndefined();
    // The withheld surname's counts per document come back with it.
    expect(merged.getNodeAttributes('person:sergey-lavrov')).toMatchObject({ docs: ['a', 'b'], docMentions: [1, 1] });
    expect(merged.getEdgeAttributes('Q7184--person:sergey-lavrov')).toMatchObject({ docs: ['a', 'b'], docWeights: [1, 1] });
    expect(whole.getNodeAttributes('person:sergey-lavrov')).toMatchObject({ docs: ['a', 'b'], docMentions: [1, 1] });
  });

  it('keeps per-document counts in the reserve, and a subset narrows the reserve to its documents', () => {
    const c = { id: 'c', text: 'Kozyrev said the OSCE must talk.' };
    const g = buildGraph([b, c], { kb });
    const reserved = g.getAttribute('reserve')!;
    expect(reserved.nodes.map((n) => [n.key, n.attributes.docMentions])).toEqual([['person:kozyrev', [1]], ['person:lavrov', [1]]]);
    const onlyB = subsetGraph(g, ['b']);
    expect(onlyB.getAttribute('reserve')!.nodes.map((n) => n.key)).toEqual(['person:lavrov']);
    expect(onlyB.getAttribute('manifest').withheld).toBeUndefined();
    expect(subsetGraph(g, []).getAttribute('reserve')).toBeUndefined();
  });
});

/**
 * A merge gives what a build gives when the two names were one: the same documents, with the second spelling made
 * the first (same length, so every offset holds), build the graph the rule should produce. Counts, documents,
 * evidence positions and marks, links and confidence must agree; only the aliases (the merged graph also saw the
 * other spelling) and the evidence text (one letter) differ.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/build-graph.js';
import type { EntenteGraph } from '../graph/entente-graph.js';
import { applyRules } from './apply-rules.js';

const A = 'Foreign Minister Ivan Petrenko met NATO officials in Brussels on Monday. Petrenko said Ukraine would not wait.';
const B = 'Foreign Minister Iwan Petrenko spoke to the United Nations about Ukraine. NATO welcomed the speech by Petrenko.';

function shape(graph: EntenteGraph): unknown {
  const noText = (list: Array<{ text: string }>) => list.map(({ text: _t, ...rest }) => rest);
  return {
    nodes: graph.mapNodes((id, a) => ({ id, label: a.label, mentions: a.mentions, docs: a.docs, foundBy: a.foundBy, confidence: a.confidence, evidence: noText(a.evidence) })),
    edges: graph.mapEdges((key, a) => ({ key, weight: a.weight, docs: a.docs, evidence: noText(a.evidence) })),
  };
}

describe('#applyRules merge', () => {
  it('equals the build of the same documents with the two names written alike', () => {
    const split = buildGraph([{ id: 'a', text: A }, { id: 'b', text: B }]);
    expect(split.hasNode('person:iwan-petrenko') && split.hasNode('person:ivan-petrenko')).toBe(true);
    const one = buildGraph([{ id: 'a', text: A }, { id: 'b', text: B.replace('Iwan', 'Ivan') }]);
    const { graph } = applyRules(split, [{ merge: ['person:iwan-petrenko'], into: 'person:ivan-petrenko' }]);
    expect(shape(graph)).toEqual(shape(one));
    expect(graph.getNodeAttribute('person:ivan-petrenko', 'aliases')).toEqual(['Ivan Petrenko', 'Iwan Petrenko', 'Petrenko']);
  });
});

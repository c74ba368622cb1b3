import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractDocument } from '../pipeline/extract.js';
import { createEntenteGraph } from './entente-graph.js';
import { addDocumentResult } from './reduce.js';
import { finalizeGraph } from './finalize.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';
import type { Document } from '../types.js';
import { readJson, writeJson } from '../export/json.js';

const kb = tinyKb();
// A corpus made to stress every merge the reduce does: the same person under a full name, a lone surname and other
// cases of the name; surnames to fold across documents; edges and nodes seen in many documents with evidence past the
// cap; a second person of a shared surname, so folding must see all documents, not the first ones to arrive.
const docs: Document[] = [
  { id: 'd1', text: 'Russian Foreign Minister Sergey Lavrov met NATO officials. Lavrov then called the US.' },
  { id: 'd2', text: 'Lavrov said NATO had ignored the OSCE. Canada and the US agreed.' },
  { id: 'd3', text: 'Foreign Minister SERGEY LAVROV said NATO and the OSCE must talk. Canada agreed with Russia.' },
  { id: 'd4', text: 'President Vladimir Putin said Russia wanted the Istanbul Charter kept. Putin met NATO.' },
  { id: 'd5', text: 'Putin said the UN Security Council should meet. The US and Canada disagreed with Putin.' },
  { id: 'd6', text: 'Prime Minister Justin Trudeau of Canada said NATO was united. Trudeau met the US.' },
  { id: 'd7', text: 'Former Prime Minister Pierre Trudeau founded the policy. Trudeau said Canada agreed.' },
  { id: 'd8', text: 'Trudeau said the OSCE and NATO met in Vienna. Russia and the US were present.' },
  { id: 'd9', text: 'The WHO and the UN met. NATO, the OSCE, Russia, Canada and the US attended.' },
  { id: 'd10', text: 'Secretary-General Kofi Annan met NATO officials in Vienna.' },
  { id: 'd11', text: 'Secretary-General Kofi Annan called Canada and the US.' },
];
const results = docs.map((d) => extractDocument(d, { kb }));
// Annan found by a rule in one document and by the model in the other: how-found counts must not depend on order.
for (const e of results[9]!.entities) if (e.id === 'person:kofi-annan') e.found = 'rule';
for (const e of results[10]!.entities) if (e.id === 'person:kofi-annan') e.found = 'model';
// One entity whose id is found both with the KB and without it (a KB person's slug id): the KB's word must win
// whichever document arrives first.
for (const e of results[9]!.entities) if (e.id === 'person:kofi-annan') Object.assign(e, { kbId: 'person:kofi-annan', label: 'Kofi Atta Annan' });

function bytesFor(order: number[], maxEvidence: number, minWeight: number): string {
  const graph = createEntenteGraph();
  for (const i of order) addDocumentResult(graph, results[i]!, maxEvidence);
  return JSON.stringify(finalizeGraph(graph, { maxEvidence, minWeight }, kb).export());
}

describe('the reduce (properties)', () => {
  it('gives the same bytes for any arrival order of the same results', () => {
    const identity = docs.map((_, i) => i);
    const expected = new Map<string, string>();
    fc.assert(
      fc.property(fc.shuffledSubarray(identity, { minLength: docs.length, maxLength: docs.length }), fc.constantFrom(1, 2, 5), fc.constantFrom(1, 2), (order, maxEvidence, minWeight) => {
        const key = `${maxEvidence}/${minWeight}`;
        if (!expected.has(key)) expected.set(key, bytesFor(identity, maxEvidence, minWeight));
        expect(bytesFor(order, maxEvidence, minWeight)).toBe(expected.get(key));
      }),
      { numRuns: 120, seed: 11 },
    );
  });

  it('the corpus exercises what it is meant to (evidence past the cap, several names of one person)', () => {
    const g = JSON.parse(bytesFor(docs.map((_, i) => i), 2, 1)) as { nodes: Array<{ key: string; attributes: { mentions: number; evidence: unknown[]; aliases: string[] } }> };
    const nato = g.nodes.find((n) => n.key === 'Q7184')!;
    expect(nato.attributes.mentions).toBeGreaterThan(2);
    expect(nato.attributes.evidence).toHaveLength(2);
    expect(g.nodes.some((n) => n.attributes.aliases.length >= 2 && n.key.startsWith('person:'))).toBe(true);
    const found = (g.nodes.find((n) => n.key === 'person:kofi-annan')!.attributes as { foundBy?: Record<string, number> }).foundBy;
    expect(Object.keys(found ?? {}).length).toBeGreaterThan(1);
  });

  it('an update of a graph read back from JSON counts each document as a build of all of them does', () => {
    const perDoc = (json: string) => {
      const g = readJson(json);
      return [g.mapNodes((id, a) => [id, a.mentions, a.docs, a.docMentions]), g.mapEdges((id, a) => [id, a.weight, a.docs, a.docWeights])].map((l) => l.sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)));
    };
    const first = createEntenteGraph();
    for (const r of results.slice(0, 6)) addDocumentResult(first, r, 5);
    const updated = readJson(writeJson(finalizeGraph(first, { maxEvidence: 5 }, kb)));
    for (const r of results.slice(6)) addDocumentResult(updated, r, 5);
    const all = bytesFor(docs.map((_, i) => i), 5, 1);
    expect(perDoc(writeJson(finalizeGraph(updated, { maxEvidence: 5 }, kb)))).toEqual(perDoc(all));
    expect(all).toContain('"docWeights":[');
  });
});

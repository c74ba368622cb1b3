import { describe, expect, it } from 'vitest';
import { corpusWithheld } from './corpus-admission.js';
import { createEntenteGraph } from './entente-graph.js';
import type { NodeAttributes } from '../types.js';

function graphOf(documents: number, nodes: Array<[string, Partial<NodeAttributes>]>) {
  const g = createEntenteGraph();
  g.setAttribute('documents', Array.from({ length: documents }, (_, i) => ({ id: `d${i}` })) as never);
  for (const [id, a] of nodes) g.addNode(id, { label: id, type: 'organisation', aliases: [], mentions: 1, docs: ['d0'], evidence: [], foundBy: { model: 1 }, ...a } as NodeAttributes);
  return g;
}

describe('#corpusWithheld', () => {
  it('withholds an acronym the model found once in a corpus, and the cut names given', () => {
    const g = graphOf(60, [['UHGCMAP', {}], ['SWAPO', { mentions: 500 }], ['UNDRO', { foundBy: { rule: 1 } }], ['NATO', { kbId: 'Q7184' }], ['Sahel Institute', {}], ['cut', {}]]);
    expect(Object.fromEntries(corpusWithheld(g, new Set(['cut'])))).toEqual({ UHGCMAP: 'lone-acronym', cut: 'not-a-name' });
  });

  it('waits for a corpus: in a few documents one mention is no evidence', () => {
    expect(corpusWithheld(graphOf(3, [['UHGCMAP', {}]]), new Set()).size).toBe(0);
  });
});

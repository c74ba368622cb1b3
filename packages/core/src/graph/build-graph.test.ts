import { describe, expect, it } from 'vitest';
import { buildGraph, mergeGraphs } from './build-graph.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';
import type { Document } from '../types.js';

const kb = tinyKb();
const docs: Document[] = [
  { id: 'a', text: 'Russian Foreign Minister Sergey Lavrov met NATO officials. Lavrov then called the US.\n\nNATO replied.' },
  { id: 'b', text: 'Lavrov said NATO had ignored the OSCE. Canada and the US agreed.', title: 'Second' },
];

describe('#buildGraph', () => {
  it('links entities co-mentioned in a sentence, with exact weights and evidence', () => {
    const g = buildGraph(docs, { kb });
    expect(g.hasEdge('Q7184--person:sergey-lavrov')).toBe(true);
    const e = g.getEdgeAttributes('Q7184--person:sergey-lavrov');
    expect(e.weight).toBe(2);
    expect(e.docs).toEqual(['a', 'b']);
    expect(e.evidence[0]!.text).toBe('Russian Foreign Minister Sergey Lavrov met NATO officials.');
    const marked = e.evidence[0]!.marks.map(([s, t]) => e.evidence[0]!.text.slice(s, t));
    expect(marked).toEqual(['Sergey Lavrov', 'NATO']);
  });

  it('keeps node attributes: label, type, aliases, mentions, docs, kbId', () => {
    const g = buildGraph(docs, { kb });
    expect(g.getNodeAttributes('person:sergey-lavrov')).toMatchObject({ label: 'Sergey Lavrov', type: 'person', aliases: ['Lavrov', 'Sergey Lavrov'], mentions: 3, docs: ['a', 'b'] });
    expect(g.getNodeAttributes('Q7184')).toMatchObject({ label: 'North Atlantic Treaty Organization', kbId: 'Q7184', mentions: 3 });
    expect(g.getAttribute('manifest')).toMatchObject({ generator: 'entente', documentCount: 2, options: { window: 'sentence' } });
    expect(g.getAttribute('documents')).toEqual([{ id: 'a' }, { id: 'b', title: 'Second' }]);
  });

  it('merges a lone surname in another document into the full name', () => {
    const g = buildGraph(docs, { kb });
    expect(g.hasNode('person:lavrov')).toBe(false);
  });

  it('widens the window on request', () => {
    const sentence = buildGraph(docs, { kb });
    const paragraph = buildGraph(docs, { kb, window: 'paragraph' });
    const document = buildGraph(docs, { kb, window: 'document' });
    expect(sentence.hasEdge('Q7184--USA')).toBe(false);
    expect(paragraph.getEdgeAttribute('Q7184--USA', 'weight')).toBe(2);
    expect(document.size).toBeGreaterThanOrEqual(paragraph.size);
  });

  it('drops edges under the minimum weight after counting', () => {
    const g = buildGraph(docs, { kb, minWeight: 2 });
    g.forEachEdge((_, a) => expect(a.weight).toBeGreaterThanOrEqual(2));
    expect(g.getEdgeAttribute('Q7184--person:sergey-lavrov', 'weight')).toBe(2);
  });

  it('does not depend on document order', () => {
    const one = JSON.stringify(buildGraph(docs, { kb }).export());
    const two = JSON.stringify(buildGraph([...docs].reverse(), { kb }).export());
    expect(two).toBe(one);
  });

  it('counts a repeated document id once', () => {
    const g = buildGraph([docs[0]!, docs[0]!], { kb });
    expect(g.getAttribute('manifest').documentCount).toBe(1);
  });

  it('rejects bad options and documents with a message naming them', () => {
    expect(() => buildGraph(docs, { kb, window: 'page' as never })).toThrow(/buildGraph: option "window" expects one of sentence, paragraph, document, received "page"/);
    expect(() => buildGraph([{ id: 'x' } as Document], { kb })).toThrow(/buildGraph: document "x": expected a string "text"/);
  });
});

describe('#mergeGraphs', () => {
  it('gives the graph of all documents', () => {
    const whole = buildGraph(docs, { kb });
    const merged = mergeGraphs(buildGraph([docs[0]!], { kb }), buildGraph([docs[1]!], { kb }));
    expect(merged.getEdgeAttribute('Q7184--person:sergey-lavrov', 'weight')).toBe(whole.getEdgeAttribute('Q7184--person:sergey-lavrov', 'weight'));
    expect(merged.getAttribute('manifest').documentCount).toBe(2);
  });

  it('settles a merged graph as one built at once: a one-off misspelling joins the name the other graph holds', () => {
    const many: Document[] = [1, 2, 3, 4].map((i) => ({ id: `w${i}`, text: `Mr. Kurt Waldheim met NATO officials in Brussels on day ${i}.` }));
    const rare: Document = { id: 'x', text: 'Mr. Kurt Waldlieim met NATO officials in Brussels.' };
    const labels = (g: ReturnType<typeof buildGraph>) => g.filterNodes((_, a) => a.type === 'person').map((n) => g.getNodeAttribute(n, 'label'));
    expect(labels(buildGraph([...many, rare], { kb }))).toEqual(['Kurt Waldheim']);
    expect(labels(mergeGraphs(buildGraph(many, { kb }), buildGraph([rare], { kb }), { kb }))).toEqual(['Kurt Waldheim']);
  });

  it('refuses to count documents twice', () => {
    expect(() => mergeGraphs(buildGraph(docs, { kb }), buildGraph([docs[0]!], { kb }))).toThrow(/already has 1 of its documents \(a\)/);
  });
});

describe('#buildGraph (document metadata)', () => {
  it('keeps each document’s plain metadata, keys sorted, and its year as the date when no date is given', () => {
    const g = buildGraph([{ id: 's', text: 'Kofi Annan met NATO.', meta: { year: 2000, session: 55, country: 'GHA', nested: { x: 1 } } }], { kb });
    expect(g.getAttribute('documents')).toEqual([{ id: 's', date: '2000', meta: { country: 'GHA', session: 55, year: 2000 } }]);
    expect(Object.keys(g.getAttribute('documents')[0]!.meta!)).toEqual(['country', 'session', 'year']);
  });
});

describe('#buildGraph (treaty wordings)', () => {
  it('makes one node of a treaty the KB does not know written with other small words', () => {
    const g = buildGraph(
      [
        { id: 'p', text: 'We welcome the Agreement for Peace and Reconciliation in Zorgland.' },
        { id: 'q', text: 'The Agreement on Peace and Reconciliation in Zorgland holds.' },
        { id: 'r', text: 'The Agreement on Peace and Reconciliation in Zorgland holds still.' },
      ],
      { kb },
    );
    const treaties = g.filterNodes((_, a) => a.type === 'treaty');
    expect(treaties).toHaveLength(1);
    expect(g.getNodeAttributes(treaties[0]!)).toMatchObject({ label: 'Agreement on Peace and Reconciliation in Zorgland', mentions: 3 });
  });
});

describe('#buildGraph (lone surnames)', () => {
  const full = { id: 'full', text: 'Ambassador Samantha Zorgel spoke to NATO.' };
  const lone = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `lone${i}`, text: `Mr. Zorgel spoke to NATO on day ${i}.` }));

  it('gives a lone surname to the one full name that carries it', () => {
    expect(buildGraph([full, ...lone(3)], { kb }).getNodeAttribute('person:samantha-zorgel', 'mentions')).toBe(4);
  });

  it('keeps apart a lone word far more frequent than the full name it would join', () => {
    const g = buildGraph([full, ...lone(25)], { kb });
    expect(g.getNodeAttribute('person:samantha-zorgel', 'mentions')).toBe(1);
    expect(g.getAttribute('manifest').withheld?.['lone-name']).toEqual({ entities: 1, mentions: 25 });
  });
});

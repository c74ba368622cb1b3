import { describe, expect, it } from 'vitest';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { documentTitles, edgeDetails, nodeDetails } from './details.js';

describe('#nodeDetails', () => {
  it('gives name, type, aliases, documents by title, neighbours by weight and marked evidence', () => {
    const d = nodeDetails(smallGraph(), 'RUS')!;
    expect(d.label).toBe('Russia');
    expect(d.type).toBe('state');
    expect(d.aliases).toEqual(['Russian']);
    expect(d.docs).toEqual([{ id: 'geneva', title: 'Lavrov and Blinken meet in Geneva' }]);
    expect(d.neighbours[0]).toMatchObject({ id: 'USA', weight: 2 });
    expect(d.evidence[1]!.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Russia']);
    expect(d.evidence[0]!.doc.title).toBe('Lavrov and Blinken meet in Geneva');
  });

  it('returns null for an unknown node and falls back to ids without titles', () => {
    const g = smallGraph();
    expect(nodeDetails(g, 'nope')).toBeNull();
    g.setAttribute('documents', []);
    expect(nodeDetails(g, 'RUS')!.docs[0]).toEqual({ id: 'geneva', title: 'geneva' });
    expect(documentTitles(g).size).toBe(0);
  });
});

describe('#edgeDetails', () => {
  it('gives the co-mention sentences of a pair, in either order', () => {
    const g = smallGraph();
    const d = edgeDetails(g, 'USA', 'RUS')!;
    expect(d.weight).toBe(2);
    expect(d.evidence).toHaveLength(2);
    expect(d.evidence[1]!.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['United States', 'Russia']);
    expect(edgeDetails(g, 'RUS', 'treaty:budapest-memorandum')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { buildSearchIndex, normalise, searchEntities } from './search.js';

describe('#normalise', () => {
  it('folds case, diacritics and spaces', () => {
    expect(normalise('  Sérgey   LAVROV ')).toBe('sergey lavrov');
  });
});

describe('#searchEntities', () => {
  const index = buildSearchIndex(smallGraph());
  const ids = (q: string) => searchEntities(index, q).map((h) => h.id);

  it('finds a person by surname (word start)', () => {
    expect(ids('Lavrov')[0]).toBe('person:sergey-lavrov');
    expect(ids('lav')[0]).toBe('person:sergey-lavrov');
  });

  it('matches aliases and says which one matched', () => {
    const [hit] = searchEntities(index, 'OSCE');
    expect(hit?.id).toBe('org:osce');
    expect(hit?.alias).toBe('OSCE');
  });

  it('ranks exact before prefix before word start before substring', () => {
    // "us": exact alias of the United States; prefix of nothing else; substring of "Budapest Memorandum"? no — of "Russia"? yes.
    const hits = searchEntities(index, 'us');
    expect(hits[0]?.id).toBe('USA');
    expect(hits.map((h) => h.id)).toContain('RUS');
    expect(hits.findIndex((h) => h.id === 'RUS')).toBeGreaterThan(0);
    // Label prefix beats alias word-start.
    expect(ids('new')[0]).toBe('treaty:new-start');
  });

  it('breaks ties by mentions, then by shorter label', () => {
    const g = smallGraph();
    g.setNodeAttribute('UKR', 'mentions', 50);
    const hits = searchEntities(buildSearchIndex(g), 'u');
    // Both "United States" and "Ukraine" start with "u"; Ukraine is now the more mentioned.
    expect(hits[0]?.id).toBe('UKR');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchEntities(index, '   ')).toEqual([]);
    expect(searchEntities(index, 'a', 3)).toHaveLength(3);
  });
});

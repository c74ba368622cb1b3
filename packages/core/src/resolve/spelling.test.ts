import { describe, expect, it } from 'vitest';
import { boundedDistance, spellingMerges } from './spelling.js';
import { createKnowledgeBase } from '../knowledge/kb.js';
import { TINY_KB_DATA } from '../knowledge/__fixtures__/tiny-kb.js';

const kb = createKnowledgeBase({
  ...TINY_KB_DATA,
  persons: { version: 't', source: 't', licence: 'CC0', entries: [{ id: 'P1', name: 'Javier Pérez de Cuéllar', aliases: ['Javier Perez de Cuellar'] }, { id: 'P2', name: 'Humayun Rasheed Choudhury', aliases: [] }] },
  treaties: { ...TINY_KB_DATA.treaties, entries: [...TINY_KB_DATA.treaties.entries, { id: 'T1', name: 'Hague Conventions', aliases: [], acronyms: [], year: 1899 }] },
});

describe('#spellingMerges', () => {
  it('sends a near spelling of a KB name to that entity', () => {
    const merges = spellingMerges(kb, [
      { id: 'a', label: 'Javier Peres de Cuellar', type: 'person' },
      { id: 'b', label: 'Huraayun Rasheed Choudhury', type: 'person' },
      { id: 'c', label: 'Javier Solana', type: 'person' },
      { id: 'd', label: 'Organization for Security and Co-operation in Eurpe', type: 'organisation' },
    ], new Set(['P1', 'P2', 'Q81299']));
    expect(Object.fromEntries(merges)).toEqual({ a: 'P1', b: 'P2', d: 'Q81299' });
  });

  it('reads a name written surname first as the KB person of that name, and only a KB person', () => {
    const merges = spellingMerges(kb, [
      { id: 'a', label: 'Choudhury Humayun Rasheed', type: 'person' },
      { id: 'b', label: 'Rasheed Humayun Choudhury', type: 'person' },
      { id: 'c', label: 'Choudhury Humayun Rasheed', type: 'organisation' },
    ], new Set(['P1', 'P2']));
    expect(Object.fromEntries(merges)).toEqual({ a: 'P2' });
  });

  it('never moves a short name, and stops counting past the bound', () => {
    expect(spellingMerges(kb, [{ id: 'x', label: 'Ban Ki', type: 'person' }], new Set(['P1'])).size).toBe(0);
    expect(boundedDistance('kitten', 'sitting', 1)).toBe(2);
    expect(boundedDistance('kitten', 'sitten', 1)).toBe(1);
  });
});

describe('#spellingMerges (instruments)', () => {
  it('does not take a singular for the plural instrument: one of several is not the set', () => {
    expect(spellingMerges(kb, [{ id: 'h', label: 'Hague Convention', type: 'treaty' }], new Set(['T1'])).size).toBe(0);
    expect(Object.fromEntries(spellingMerges(kb, [{ id: 'h', label: 'Hague Conventlons', type: 'treaty' }], new Set(['T1'])))).toEqual({ h: 'T1' });
  });
});

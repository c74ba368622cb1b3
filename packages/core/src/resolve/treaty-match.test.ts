import { describe, expect, it } from 'vitest';
import { matchTreaty } from './treaty-match.js';
import { createKnowledgeBase } from '../knowledge/kb.js';
import { TINY_KB_DATA } from '../knowledge/__fixtures__/tiny-kb.js';

const kb = createKnowledgeBase({
  ...TINY_KB_DATA,
  treaties: {
    ...TINY_KB_DATA.treaties,
    entries: [
      ...TINY_KB_DATA.treaties.entries,
      { id: 't1975', name: 'Algiers Agreement (1975)', aliases: [], acronyms: [], year: 1975 },
      { id: 't2000', name: 'Algiers Agreement (2000)', aliases: [], acronyms: [], year: 2000 },
      { id: 'lome', name: 'Lomé Convention', aliases: [], acronyms: [] },
      { id: 'peace', name: 'Treaty of Peace', aliases: [], acronyms: [] },
      { id: 'untoc', name: 'United Nations Convention against Transnational Organized Crime', aliases: [], acronyms: [] },
    ],
  },
});

describe('#matchTreaty', () => {
  it('chooses between instruments of one name by the document year', () => {
    expect(matchTreaty(kb, 'Algiers Agreement', undefined, 1980)?.id).toBe('t1975');
    expect(matchTreaty(kb, 'Algiers Agreement', undefined, 2004)?.id).toBe('t2000');
    expect(matchTreaty(kb, 'Algiers Agreement', undefined, 1960)?.id).toBe('t1975');
    expect(matchTreaty(kb, 'Algiers Agreement')?.id).toBe('t1975');
  });

  it('matches a name qualified by its parties when its own words say which instrument it is', () => {
    expect(matchTreaty(kb, 'Lome Convention between the European Economic Community and the ACP States')?.id).toBe('lome');
    // "Treaty of Peace" says only what kind: between whom decides which, so no match.
    expect(matchTreaty(kb, 'Treaty of Peace between Egypt and Israel')).toBeUndefined();
  });

  it('matches a convention named without the "United Nations" in front of it', () => {
    expect(matchTreaty(kb, 'Convention against Transnational Organized Crime')?.id).toBe('untoc');
    expect(matchTreaty(kb, 'Convention against Crime')).toBeUndefined();
    expect(matchTreaty(kb, 'United Nations Lomé Convention')?.id).toBe('lome');
  });
});

import { describe, expect, it } from 'vitest';
import { chooseInstrument, instrumentsSharing, isGenericTreatyName, matchTreaty } from './treaty-match.js';
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
      { id: 'kyiv', name: 'Kyiv Peace Agreement', aliases: ['Kyiv Agreement'], acronyms: [], year: 1999 },
      { id: 'lome', name: 'Lomé Convention', aliases: [], acronyms: [] },
      { id: 'peace', name: 'Treaty of Peace', aliases: [], acronyms: [] },
      { id: 'untoc', name: 'United Nations Convention against Transnational Organized Crime', aliases: [], acronyms: [] },
      { id: 'cpa-sdn', name: 'Comprehensive Peace Agreement', aliases: [], acronyms: [], year: 2005, parties: ['SDN', 'SSD'] },
      { id: 'cpa-npl', name: 'Comprehensive Peace Agreement (Nepal)', aliases: ['Comprehensive Peace Agreement'], acronyms: [], year: 2006, parties: ['NPL'] },
      { id: 'hague54', name: 'Convention for the Protection of Cultural Property in the Event of Armed Conflict', aliases: ['1954 Hague Convention'], acronyms: [], year: 1954 },
      { id: 'hague80', name: 'Hague Convention on Child Abduction', aliases: [], acronyms: [], year: 1980 },
      { id: 'safety', name: 'Convention on the Safety of United Nations and Associated Personnel', aliases: [], acronyms: [], year: 1994 },
      { id: 'mines', name: 'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines', aliases: [], acronyms: [], year: 1997 },
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

describe('#chooseInstrument', () => {
  const cpa = [kb.entries.get('cpa-sdn')!, kb.entries.get('cpa-npl')!];
  it('takes the instrument whose parties the document names most, then the year', () => {
    expect(chooseInstrument(cpa, 2010, new Map([['NPL', 3], ['SDN', 1]]))?.id).toBe('cpa-npl');
    expect(chooseInstrument(cpa, 2010, new Map([['SDN', 2]]))?.id).toBe('cpa-sdn');
    // No party named: the latest made by the document's year.
    expect(chooseInstrument(cpa, 2005, new Map([['FRA', 4]]))?.id).toBe('cpa-sdn');
    expect(chooseInstrument(cpa, 2009, undefined)?.id).toBe('cpa-npl');
    // Never one made after the document, whatever parties it names.
    expect(chooseInstrument(cpa, 2005, new Map([['NPL', 5]]))?.id).toBe('cpa-sdn');
  });
});

describe('#matchTreaty, more ways of being named', () => {
  it('does not take a bare name for the instrument an alias dates ("1954 Hague Convention")', () => {
    expect(matchTreaty(kb, 'Hague Convention')).toBeUndefined();
    expect(matchTreaty(kb, '1954 Hague Convention')?.id).toBe('hague54');
  });

  it('takes a name cut after four words when two of them say which instrument', () => {
    expect(matchTreaty(kb, 'Convention on the Safety of United Nations')?.id).toBe('safety');
    expect(matchTreaty(kb, 'Convention on the Safety')).toBeUndefined();
  });

  it('takes no instrument named for a place before it was signed', () => {
    expect(matchTreaty(kb, 'Kyiv Agreement', () => false, 1999)?.id).toBe('kyiv');
    expect(matchTreaty(kb, 'Kyiv Agreement', () => false, 1980)).toBeUndefined();
    expect(matchTreaty(kb, 'Convention on the Safety of United Nations and Associated Personnel', () => false, 1990)?.id).toBe('safety');
  });

  it('takes a name that leaves out the list in the middle of a long title, not one with words of its own', () => {
    expect(matchTreaty(kb, 'Convention on the Prohibition of Anti-Personnel Mines')?.id).toBe('mines');
    expect(matchTreaty(kb, 'Convention on the Prohibition of Nuclear Weapons')).toBeUndefined();
    expect(matchTreaty(kb, 'Treaty on the Prohibition of Anti-Personnel Mines')).toBeUndefined();
  });

  it('takes the start of a long title with one word misremembered, not a short name so changed', () => {
    expect(matchTreaty(kb, 'Convention on the Prohibition of the Use, Storage, Production and Transfer')?.id).toBe('mines');
    expect(matchTreaty(kb, 'Treaty on the Prohibition of the Use, Stockpiling, Production and Transfer')).toBeUndefined();
    expect(matchTreaty(kb, 'Convention on the Safety of United Nations Staff')).toBeUndefined();
  });

  it('reads through where an instrument was made: a place in front, "in <place>" after', () => {
    expect(matchTreaty(kb, 'Ottawa Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines')?.id).toBe('mines');
    expect(matchTreaty(kb, 'Convention against Transnational Organized Crime in Palermo')?.id).toBe('untoc');
  });
});

describe('#instrumentsSharing and #isGenericTreatyName', () => {
  it('counts the KB instruments a short name may mean', () => {
    expect(instrumentsSharing(kb, 'Hague Convention')).toBe(2);
    expect(instrumentsSharing(kb, 'Lomé Convention')).toBe(1);
    expect(instrumentsSharing(kb, 'Treaty of Westphalia')).toBe(0);
  });

  it.each([
    ['United Nations Declaration', true],
    ['Treaty of Friendship and Co-operation', true],
    ['Summit Declaration', true],
    ['Declaration on International Economic Co-operation', false],
    ['Treaty of Westphalia', false],
    ['Association Agreement with the European Union', true],
    ['Trusteeship Agreement', true],
  ])('%s generic: %s', (name, generic) => {
    expect(isGenericTreatyName(name)).toBe(generic);
  });
});

import { describe, expect, it } from 'vitest';
import { containedNameMerges, type ContainedNode } from './name-containment.js';

const t = (id: string, label: string, mentions: number, kbId?: string, firstYear?: number): ContainedNode => ({ id, label, type: 'treaty', mentions, ...(kbId ? { kbId } : {}), ...(firstYear ? { firstYear } : {}) });

describe('#containedNameMerges (instruments)', () => {
  it('takes a shorter, qualified or reordered name of one instrument for it', () => {
    const merges = containedNameMerges([
      t('crc', 'Convention on the Rights of the Child', 170, 'Q1'), t('a', 'International Convention on the Rights of the Child', 1),
      t('rio', 'Riobamba Charter of Conduct', 5), t('b', 'Riobamba Charter', 1),
      t('rome', 'Rome Statute of the International Criminal Court', 398, 'Q2'), t('c', 'Rome Statute of the Court', 2),
      t('mar', 'Marrakesh Declaration', 6), t('d', 'Declaration of Marrakesh', 2),
    ], 'treaty');
    expect(Object.fromEntries(merges)).toEqual({ a: 'crc', b: 'rio', c: 'rome', d: 'mar' });
  });

  it('prefers the same name to longer ones, and settles two wordings as often said', () => {
    // The longer nodes would make the name ambiguous; the one with the same words is the one it names.
    const merges = containedNameMerges([
      t('mar', 'Marrakesh Declaration', 4), t('min', 'Marrakesh Ministerial Declaration', 2), t('d', 'Declaration of Marrakesh', 1),
      t('dsis', 'Declaration on the Strengthening of International Security', 108), t('run', 'Declaration on the Strengthening of International Security the States Members of the United Nations', 1),
      t('un', 'United Nations Declaration on the Strengthening of International Security', 3),
      t('f1', 'Framework Convention on Tax Cooperation', 2), t('f2', 'UN Framework Convention on Tax Cooperation', 2),
    ], 'treaty');
    expect(Object.fromEntries(merges)).toEqual({ d: 'mar', un: 'dsis', f2: 'f1' });
  });

  it('reads qualifiers on either side, and sends a name to the most mentioned of several wordings of it', () => {
    const merges = containedNameMerges([
      t('uncac', 'United Nations Convention against Corruption', 32), t('a', 'International Convention against Corruption', 1),
      t('cdp', 'Committee for Development Planning', 32), t('b', 'United Nations Committee for Development Planning', 1), t('c', 'Committee on Development Planning', 3),
    ], 'treaty');
    expect(Object.fromEntries(merges)).toEqual({ a: 'uncac', b: 'cdp', c: 'cdp' });
  });

  it('keeps apart a short name two instruments hold, a revitalized or optional instrument, and a less mentioned target', () => {
    // The 1993 agreement was spoken of before the 2000 one was named; a 1994 "Arusha Agreement" is the 1993 one.
    expect(Object.fromEntries(containedNameMerges([t('x', 'Arusha Peace Agreement', 10, undefined, 1993), t('y', 'Arusha Peace and Reconciliation Agreement', 30, undefined, 2000), t('z', 'Arusha Agreement', 2, undefined, 1994)], 'treaty'))).toEqual({ z: 'x' });
    // Without the years, two instruments hold the short name: it stays.
    expect(containedNameMerges([t('x', 'Geneva Peace Agreement', 10), t('y', 'Geneva Trade Agreement', 30), t('z', 'Geneva Agreement', 2)], 'treaty').size).toBe(0);
    expect(containedNameMerges([t('r', 'Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan', 26), t('a', 'Agreement on the Resolution of the Conflict in the Republic of South Sudan', 16)], 'treaty').size).toBe(0);
    expect(containedNameMerges([t('p', 'Optional Protocol to the Convention against Torture', 40), t('c', 'Convention against Torture', 2)], 'treaty').size).toBe(0);
    expect(containedNameMerges([t('w', 'Wye River Memorandum', 1), t('v', 'Wye Memorandum', 10)], 'treaty').size).toBe(0);
  });
});

describe('#containedNameMerges (head variants)', () => {
  it("takes an instrument under another head or its plural for it, not a declaration's or a one-word name's", () => {
    const merges = containedNameMerges([
      t('itra', 'Inter-American Treaty of Reciprocal Assistance', 32), t('a', 'Inter-American Agreement for Reciprocal Assistance', 1),
      t('cd', 'Camp David Accords', 236), t('b', 'Camp David Accord', 1),
      t('crc', 'Convention on the Rights of the Child', 170), t('c', 'Declaration on the Rights of the Child', 3),
      t('gc', 'Geneva Convention', 90), t('d', 'Geneva Agreement', 4),
      t('kaa', 'Korean Armistice Agreement', 60), t('e', 'Korean Armistice Convention', 1, undefined, 1950),
    ], 'treaty');
    expect(Object.fromEntries(merges)).toEqual({ a: 'itra', b: 'cd', e: 'kaa' });
  });
});

describe('#containedNameMerges (bodies)', () => {
  const o = (id: string, label: string, mentions: number, kbId?: string): ContainedNode => ({ id, label, type: 'organisation', mentions, ...(kbId ? { kbId } : {}) });
  it('takes a body said shorter or with "UN" for "United Nations" for that body', () => {
    const merges = containedNameMerges([
      o('iiss', 'International Institute for Strategic Studies', 20), o('a', 'Institute for Strategic Studies', 1),
      o('ssc', 'United Nations Office for South-South Cooperation', 9), o('b', 'UN Office for South-South Cooperation', 1),
      o('ahc', 'ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management', 6), o('c', 'Coordinating Center for Humanitarian Assistance', 1),
    ], 'organisation');
    expect(Object.fromEntries(merges)).toEqual({ a: 'iiss', b: 'ssc', c: 'ahc' });
  });

  it('keeps a body apart from its executive committee, and two-word names whole', () => {
    expect(containedNameMerges([o('x', 'Executive Committee of the Palestine Liberation Organization', 30), o('y', 'Palestine Liberation Organization', 2)], 'organisation').size).toBe(0);
    expect(containedNameMerges([o('x', 'Pacific Islands Forum', 30), o('y', 'Islands Forum', 2)], 'organisation').size).toBe(0);
    expect(containedNameMerges([o('x', 'Democratic Party', 30), o('y', 'New Democratic Party', 2)], 'organisation').size).toBe(0);
    // "United" alone is a word of the name; only "United Nations" is a qualifier.
    expect(containedNameMerges([o('x', "People's Party", 4), o('y', "People's United Party", 1)], 'organisation').size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { containedTreatyMerges, type TreatyNode } from './treaty-containment.js';

const t = (id: string, label: string, mentions: number, kbId?: string, firstYear?: number): TreatyNode => ({ id, label, type: 'treaty', mentions, ...(kbId ? { kbId } : {}), ...(firstYear ? { firstYear } : {}) });

describe('#containedTreatyMerges', () => {
  it('takes a shorter, qualified or reordered name of one instrument for it', () => {
    const merges = containedTreatyMerges([
      t('crc', 'Convention on the Rights of the Child', 170, 'Q1'), t('a', 'International Convention on the Rights of the Child', 1),
      t('rio', 'Riobamba Charter of Conduct', 5), t('b', 'Riobamba Charter', 1),
      t('rome', 'Rome Statute of the International Criminal Court', 398, 'Q2'), t('c', 'Rome Statute of the Court', 2),
      t('mar', 'Marrakesh Declaration', 6), t('d', 'Declaration of Marrakesh', 2),
    ]);
    expect(Object.fromEntries(merges)).toEqual({ a: 'crc', b: 'rio', c: 'rome', d: 'mar' });
  });

  it('keeps apart a short name two instruments hold, a revitalized or optional instrument, and a less mentioned target', () => {
    // The 1993 agreement was spoken of before the 2000 one was named; a 1994 "Arusha Agreement" is the 1993 one.
    expect(Object.fromEntries(containedTreatyMerges([t('x', 'Arusha Peace Agreement', 10, undefined, 1993), t('y', 'Arusha Peace and Reconciliation Agreement', 30, undefined, 2000), t('z', 'Arusha Agreement', 2, undefined, 1994)]))).toEqual({ z: 'x' });
    // Without the years, two instruments hold the short name: it stays.
    expect(containedTreatyMerges([t('x', 'Geneva Peace Agreement', 10), t('y', 'Geneva Trade Agreement', 30), t('z', 'Geneva Agreement', 2)]).size).toBe(0);
    expect(containedTreatyMerges([t('r', 'Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan', 26), t('a', 'Agreement on the Resolution of the Conflict in the Republic of South Sudan', 16)]).size).toBe(0);
    expect(containedTreatyMerges([t('p', 'Optional Protocol to the Convention against Torture', 40), t('c', 'Convention against Torture', 2)]).size).toBe(0);
    expect(containedTreatyMerges([t('w', 'Wye River Memorandum', 1), t('v', 'Wye Memorandum', 10)]).size).toBe(0);
  });
});

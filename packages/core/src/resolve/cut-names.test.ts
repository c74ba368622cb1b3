import { describe, expect, it } from 'vitest';
import { cutNames, type CutNode } from './cut-names.js';

const o = (id: string, label: string, mentions: number, aliases: string[] = [], type: CutNode['type'] = 'organisation', kbId?: string): CutNode => ({ id, label, type, mentions, aliases, ...(kbId ? { kbId } : {}) });

describe('#cutNames', () => {
  it('sends a name cut at the front to the one name it ends, label or alias', () => {
    const { merges, cut } = cutNames([
      o('ahc', 'Ad Hoc Committee on the Indian Ocean', 30), o('a', 'Hoc Committee on the Indian Ocean', 1),
      o('njm', 'New Jewel Movement', 12), o('b', 'Jewel Movement', 1),
      o('ses', 'Sharm el-Sheikh Memorandum', 2, ['Memorandum of Sharm el-Sheikh', 'The Sharm el-Sheikh Memorandum'], 'treaty'), o('c', 'Sheikh Memorandum', 1, [], 'treaty'),
    ].map((n) => (n.id === 'ses' ? { ...n, mentions: 18 } : n)));
    expect(Object.fromEntries(merges)).toEqual({ a: 'ahc', b: 'njm', c: 'ses' });
    expect(cut.size).toBe(0);
  });

  it('withholds an end several names share, and keeps names another word makes distinct or as often said', () => {
    const { merges, cut } = cutNames([
      o('lao', "Lao People's Revolutionary Party", 20), o('prp', "People's Revolutionary Party", 9), o('a', 'Revolutionary Party', 1),
      o('pga', 'Provisional Government of Algeria', 40), o('b', 'Government of Algeria', 1),
      o('wcc', 'World Council of Churches', 4), o('c', 'Council of Churches', 1),
      o('kb', 'Zorg Union', 1, [], 'organisation', 'K1'), o('big', 'Great Zorg Union', 50),
    ]);
    expect(merges.size).toBe(0);
    expect([...cut]).toEqual(['a']);
  });
});

import { describe, expect, it } from 'vitest';
import { regnalNameMerges, type RegnalNode } from './regnal-names.js';

const p = (id: string, label: string, mentions: number, aliases: string[] = [], kbId?: string): RegnalNode => ({ id, label, mentions, aliases, ...(kbId ? { kbId } : {}) });

describe('#regnalNameMerges', () => {
  it('sends a title and one name to the one person said so in full', () => {
    const merges = regnalNameMerges([
      p('p6', 'Pope Paul VI', 165, ['Paul VI'], 'K1'), p('a', 'Pope Paul', 7),
      p('wan', 'Wan Waithayakon', 102, ['Prince Wan Waithayakon']), p('b', 'Prince Wan', 3),
    ]);
    expect(Object.fromEntries(merges)).toEqual({ a: 'p6', b: 'wan' });
  });

  it('keeps apart a name two people bear in full, one said as often, and a KB person', () => {
    expect(regnalNameMerges([p('j23', 'Pope John XXIII', 26), p('jp2', 'Pope John Paul II', 145), p('a', 'Pope John', 1)]).size).toBe(0);
    expect(regnalNameMerges([p('h2', 'King Hassan II', 4), p('a', 'King Hassan', 3)]).size).toBe(0);
    expect(regnalNameMerges([p('h2', 'King Hassan II', 40), p('a', 'King Hassan', 3, [], 'K2')]).size).toBe(0);
    expect(regnalNameMerges([p('m', 'Mohammed VI', 40), p('a', 'Mohammed Ali', 1)]).size).toBe(0);
  });
});

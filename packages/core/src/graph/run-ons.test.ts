import { describe, expect, it } from 'vitest';
import { graphRunOnMerges, runOnOf } from './run-ons.js';
import { createKnowledgeBase } from '../knowledge/kb.js';
import { TINY_KB_DATA } from '../knowledge/__fixtures__/tiny-kb.js';

const kb = createKnowledgeBase(TINY_KB_DATA);
const id = (label: string) => runOnOf(label, kb)?.id;

describe('#runOnOf', () => {
  it('finds the KB name a body or instrument ran on from, after a preposition and a capital', () => {
    expect(id('Security Council for Germany')).toBe('Q37470');
    expect(id('Organization for Security and Co-operation in Europe on Kosova')).toBe('Q81299');
    expect(id('NATO in the Balkans')).toBe('Q7184');
    expect(id('Treaty on the Non-Proliferation of Nuclear Weapons to the Senate')).toBe('Q11645');
    expect(id('NPT Treaty')).toBe('Q11645');
    expect(id('NATO Treaty on the Non-Proliferation of Nuclear Weapons')).toBe('Q11645');
    expect(id('World Health Organization the Security Council')).toBe('Q7188');
    // Another type's name before the run-on: the node is no name (admission withholds it).
    expect(runOnOf('Soviet Union against the Negro', kb)?.type).toBe('state');
  });

  it('leaves names that go on as names: after "of", before a lowercase word, whole KB names, lone common words', () => {
    expect(id('United Nations Security Council of the Americas')).toBeUndefined();
    expect(id('Security Council in its resolution')).toBeUndefined();
    expect(id('Organization for Security and Co-operation in Europe')).toBeUndefined();
    expect(id('Council for Namibia')).toBeUndefined();
    expect(id('Standing Committee on Security Council Reform')).toBeUndefined();
  });
});

describe('#graphRunOnMerges', () => {
  const o = (id: string, label: string, mentions: number, type: 'organisation' | 'treaty' = 'organisation') => ({ id, label, type, mentions });
  it('takes a rare name that runs on past a much more mentioned node of its type for that node', () => {
    const merges = graphRunOnMerges([
      o('chr', 'Commission on Human Rights', 422), o('a', 'Commission on Human Rights in May', 1),
      o('tc', 'Technology Council', 12), o('b', 'Technology Council with the European Union', 1),
      o('cesd', 'Charter of Economic Rights and Duties of States', 291, 'treaty'), o('c', 'Charter of Economic Rights and Duties of States the International Development Strategy', 2, 'treaty'),
    ]);
    expect(Object.fromEntries(merges)).toEqual({ a: 'chr', b: 'tc', c: 'cesd' });
  });

  it('keeps names that go on as names, names as often said, placed heads and lone words', () => {
    const merges = graphRunOnMerges([
      o('gf', 'Group of Friends', 28), o('a', 'Group of Friends against Terrorism', 1),
      o('sc', 'Special Committee', 40), o('b', 'Special Committee on Peacekeeping Operations', 1),
      o('uno', 'United Nations Office', 30), o('c', 'United Nations Office at Geneva', 2),
      o('cjr', 'Commission of Jurists', 4), o('d', 'Commission of Jurists in Geneva', 2),
      o('cn', 'Council', 90), o('e', 'Council in Chile', 1),
      o('s1', 'Summit', 9, 'treaty'), o('f', 'Summit in Osaka', 1),
    ]);
    expect(merges.size).toBe(0);
  });
});

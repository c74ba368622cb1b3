import { describe, expect, it } from 'vitest';
import { runOnOf } from './run-ons.js';
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

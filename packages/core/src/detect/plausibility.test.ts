import { describe, expect, it } from 'vitest';
import { spanText } from './tokens.js';
import { markedSpan } from './test-helpers.js';
import { judgeCandidates } from './plausibility.js';
import { createWordLists } from './tagger/train.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';
import type { Candidate } from './candidate.js';
import type { EntityType } from '../types.js';

const kb = tinyKb();

/** Judge the span of `text` between the brackets, proposed by the tagger as `type`. */
function judged(marked: string, type: EntityType): string | undefined {
  const { view, first, last } = markedSpan(marked);
  const c: Candidate = { first, last, type, source: 'tagger', label: spanText(view, first, last) };
  const [out] = judgeCandidates({ view, kb }, [c]);
  return out ? `${out.type}:${out.entry?.name ?? spanText(view, out.first, out.last)}` : undefined;
}

describe('#judgeCandidates', () => {
  it('drops capitalised common words, forms of address and debris', () => {
    expect(judged('The great [Powers] have promised.', 'organisation')).toBeUndefined();
    expect(judged('Article 1 of [Chapter] I lists them.', 'person')).toBeUndefined();
    expect(judged('[Honourable Sir], I speak.', 'person')).toBeUndefined();
    expect(judged('[Madam President], I speak.', 'person')).toBeUndefined();
    expect(judged('Chapter [VII] of the Charter.', 'organisation')).toBeUndefined();
    expect(judged('At its [XVHI] session the Assembly met.', 'organisation')).toBeUndefined();
    expect(judged('The [HIV] programme grew.', 'organisation')).toBe('organisation:HIV');
    expect(judged('See A/C.3/[L].668 now.', 'person')).toBeUndefined();
    expect(judged('The [SecretaryGeneral] said.', 'organisation')).toBeUndefined();
  });

  it('drops groups, events, places and generic bodies as organisations', () => {
    expect(judged('All [States Members of the United Nations] agree.', 'organisation')).toBeUndefined();
    expect(judged('The [Foreign Ministers] met.', 'organisation')).toBeUndefined();
    expect(judged('Since the [Cold War] ended.', 'organisation')).toBeUndefined();
    expect(judged('At the [Millennium Summit] we met.', 'organisation')).toBeUndefined();
    expect(judged('Ships in the [Suez Canal] waited.', 'organisation')).toBeUndefined();
    expect(judged('The [Working Group] met.', 'organisation')).toBeUndefined();
  });

  it('takes a name after a preposition of place for a place, unless a word of it is on the name lists', () => {
    const person = (marked: string) => {
      const { view, first, last } = markedSpan(marked);
      const c: Candidate = { first, last, type: 'person', source: 'tagger', label: spanText(view, first, last) };
      return judgeCandidates({ view, kb, wordLists: createWordLists(['bill'], ['smith']) }, [c]).length;
    };
    expect(person('Villages in [Quang Binh] burned.')).toBe(0);
    expect(person('We trust in [Bill Zorgo].')).toBe(1);
    expect(person('They met in [Quang Binh]’s office.')).toBe(1);
    expect(person('Then [Quang Binh] spoke.')).toBe(1);
  });

  it("takes the subject of an event's title for no body", () => {
    expect(judged('The World Summit on the [Information Society] met.', 'organisation')).toBeUndefined();
    expect(judged('The International Year of the [Family] began.', 'organisation')).toBeUndefined();
    expect(judged('The Council of the [Zorg League] met.', 'organisation')).toBe('organisation:Zorg League');
  });

  it('takes a name alone between quotation marks for a title, not a person', () => {
    expect(judged('He wrote "[Mein Kampf]" in prison.', 'person')).toBeUndefined();
    expect(judged('The encyclical “[Centesimus Annus]” says so.', 'person')).toBeUndefined();
    expect(judged('As "[Amartya Sen] said, freedom".', 'person')).toBe('person:Amartya Sen');
  });

  it('keeps real names, including surnames that are also words', () => {
    expect(judged('The [Contadora Group] met.', 'organisation')).toBe('organisation:Contadora Group');
    expect(judged('The [Trusteeship Council] met.', 'organisation')).toBe('organisation:Trusteeship Council');
    expect(judged('Mr. [Kurt Waldheim] spoke.', 'person')).toBe('person:Kurt Waldheim');
    expect(judged('King [Mohammed VI] spoke.', 'person')).toBe('person:Mohammed VI');
  });

  it('drops generic instruments as treaties, keeps named ones', () => {
    expect(judged('They signed a [Joint Declaration] then.', 'treaty')).toBeUndefined();
    expect(judged('The [Charter of the Organization] says.', 'treaty')).toBeUndefined();
    expect(judged('The [Pact for the Future] was adopted.', 'treaty')).toBe('treaty:Pact for the Future');
  });

  it('reads a state written in its own style as the state', () => {
    expect(judged('The [Republic of Canada] spoke.', 'organisation')).toBe('state:Canada');
    expect(judged("The [People's Republic] spoke.", 'organisation')).toBeUndefined();
  });
});

describe('#judgeCandidates (names in pieces and in attributive use)', () => {
  it('drops one word of a KB name cut off by stray punctuation, and a person named for their regime', () => {
    expect(judged('the [United]; Nations met', 'organisation')).toBeUndefined();
    const { view, first, last } = markedSpan('the [Smith] regime fell');
    const smith: Candidate = { first, last, type: 'organisation', source: 'tagger' };
    expect(judgeCandidates({ view, kb, wordLists: createWordLists([], ['smith']) }, [smith])).toEqual([]);
    expect(judgeCandidates({ view, kb }, [smith])).toHaveLength(1);
    expect(judged('The [Contadora Group] met.', 'organisation')).toBe('organisation:Contadora Group');
  });
});

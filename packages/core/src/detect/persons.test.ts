import { describe, expect, it } from 'vitest';
import { mentionsOf } from './test-helpers.js';

/** The person mentions of a text, each `text→entity`. */
const people = (text: string) => mentionsOf(text).filter((m) => m.startsWith('person:')).map((m) => m.slice('person:'.length));

describe('#propagatePersons (the document scope of the person resolver)', () => {
  it.each([
    ['a surname after the full name', 'Secretary-General Kurt Waldheim spoke. Mr. Waldheim said the talks were over. Waldheim left.', ['Kurt Waldheim→person:kurt-waldheim', 'Waldheim→person:kurt-waldheim', 'Waldheim→person:kurt-waldheim']],
    ['a surname before the full name', 'Lavrov arrived on Monday. Foreign Minister Sergey Lavrov said the talks were over.', ['Lavrov→person:sergey-lavrov', 'Sergey Lavrov→person:sergey-lavrov']],
    ['a surname after a name with an initial', 'Chairman Nikita S. Khrushchev spoke. Chairman Khrushchev said the talks were over.', ['Nikita S. Khrushchev→person:nikita-s-khrushchev', 'Khrushchev→person:nikita-s-khrushchev']],
    // Not the one named last: two people of the document carry it.
    ['a surname two people share', 'President Bill Clinton met Senator Hillary Clinton. Clinton said the talks were over.', ['Bill Clinton→person:bill-clinton', 'Hillary Clinton→person:hillary-clinton', 'Clinton→person:clinton']],
    ['a surname two people share, one named longer', 'President Bill Clinton met Secretary of State Hillary Rodham Clinton. Clinton said the talks were over.', ['Bill Clinton→person:bill-clinton', 'Hillary Rodham Clinton→person:hillary-rodham-clinton', 'Clinton→person:clinton']],
  ])('%s', (_, text, expected) => expect(people(text)).toEqual(expected));
});

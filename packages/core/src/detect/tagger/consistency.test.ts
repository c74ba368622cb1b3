import { describe, expect, it } from 'vitest';
import { analyse } from '../../language/analyse.js';
import { createTokenView } from '../tokens.js';
import { harmoniseLabels } from './consistency.js';
import type { TagSpan } from './decode.js';

const PERSON = 0;
const ORG = 1;
const view = createTokenView(analyse('Rotor won. Rotor lost. Rotor drew. Tiger Woods played and Woods won.', { maxChars: 1000, maxTokenChars: 64 }));
const at = (word: string, nth = 0) => {
  let k = -1;
  for (let n = 0; n <= nth; n++) k = view.a.value.indexOf(word, k + 1);
  return k;
};
const span = (first: number, last: number, label: number): TagSpan => ({ first, last, label });

describe('#harmoniseLabels', () => {
  it('gives every occurrence of a name the label most of its occurrences got', () => {
    const spans = [span(at('Rotor'), at('Rotor') + 1, ORG), span(at('Rotor', 1), at('Rotor', 1) + 1, PERSON), span(at('Rotor', 2), at('Rotor', 2) + 1, ORG)];
    expect(harmoniseLabels(view, spans, 4, PERSON).map((s) => s.label)).toEqual([ORG, ORG, ORG]);
  });

  it('lets a full name settle a lone word its occurrences disagree on, and changes nothing on a tie', () => {
    const v2 = createTokenView(analyse('Woods won. Tiger Woods played and Woods lost.', { maxChars: 1000, maxTokenChars: 64 }));
    const [w0, w1, w2] = v2.a.value.flatMap((v, i) => (v === 'Woods' ? [i] : []));
    const spans = [span(w0!, w0! + 1, ORG), span(w1! - 1, w1! + 1, PERSON), span(w2!, w2! + 1, PERSON)];
    expect(harmoniseLabels(v2, spans, 4, PERSON).map((s) => s.label)).toEqual([PERSON, PERSON, PERSON]);
    const a = span(at('Rotor'), at('Rotor') + 1, ORG);
    const b = span(at('Rotor', 1), at('Rotor', 1) + 1, PERSON);
    expect(harmoniseLabels(view, [a, b], 4, PERSON).map((s) => s.label)).toEqual([ORG, PERSON]);
  });
});

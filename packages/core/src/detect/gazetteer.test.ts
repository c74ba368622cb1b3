import { describe, expect, it } from 'vitest';
import { analyse } from '../language/analyse.js';
import { createKnowledgeBase } from '../knowledge/kb.js';
import { TINY_KB_DATA } from '../knowledge/__fixtures__/tiny-kb.js';
import { createTokenView, spanText } from './tokens.js';
import { scanGazetteer } from './gazetteer.js';

const kb = createKnowledgeBase({
  ...TINY_KB_DATA,
  states: { ...TINY_KB_DATA.states, entries: [...TINY_KB_DATA.states.entries, { id: 'VNM', name: 'Vietnam', aliases: ['Viet Nam'], demonyms: [], capitals: [] }, { id: 'GNB', name: 'Guinea-Bissau', aliases: [], demonyms: [], capitals: [] }] },
});

/** The KB names found in `text`, as "surface→id". */
function found(text: string): string[] {
  const view = createTokenView(analyse(text, { maxChars: 10_000, maxTokenChars: 64 }));
  return scanGazetteer(view, kb).map((h) => `${spanText(view, h.first, h.last)}→${h.hit.entry?.id ?? h.hit.kind}`);
}

describe('#scanGazetteer', () => {
  it('takes the longest KB name at each token, left to right', () => {
    expect(found('The Russian Federation and NATO met.')).toEqual(['Russian Federation→RUS', 'NATO→Q7184']);
  });

  it('reads a hyphen between two words as the space of the KB name ("Viet-Nam" is "Viet Nam")', () => {
    expect(found('We support Viet-Nam and Viet Nam.')).toEqual(['Viet-Nam→VNM', 'Viet Nam→VNM']);
  });

  it('still matches a KB name written with its hyphen, and no half of a hyphened word', () => {
    expect(found('Guinea-Bissau voted.')).toEqual(['Guinea-Bissau→GNB']);
    expect(found('The Viet-Namese people.')).toEqual([]);
  });

  it('closes up a line-break hyphen ("Guinea- Bissau" is "Guinea-Bissau")', () => {
    expect(found('Guinea- Bissau voted.')).toEqual(['Guinea- Bissau→GNB']);
    expect(found('Guinea - Bissau voted.')).toEqual([]);
  });
});

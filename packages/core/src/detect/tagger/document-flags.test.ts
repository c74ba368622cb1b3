import { describe, expect, it } from 'vitest';
import { tinyKb } from '../../knowledge/__fixtures__/tiny-kb.js';
import { analyse } from '../../language/analyse.js';
import { scanGazetteer } from '../gazetteer.js';
import { createTokenView } from '../tokens.js';
import { createFeatureContext } from './features.js';
import { ALL_GROUPS } from './groups.js';
import { Flag } from './token-flags.js';

const kb = tinyKb();
function context(text: string, groups = ALL_GROUPS) {
  const view = createTokenView(analyse(text, { maxChars: 10_000, maxTokenChars: 64 }));
  return createFeatureContext(view, scanGazetteer(view, kb), kb, { groups });
}
const at = (ctx: ReturnType<typeof context>, word: string, nth = 0) => {
  let k = -1;
  for (let n = 0; n <= nth; n++) k = ctx.view.a.value.indexOf(word, k + 1);
  return ctx.flags[k]!;
};

describe('#addDocumentFlags', () => {
  it('marks a sentence-initial word that the document also capitalises in non-initial position', () => {
    const ctx = context('Brenner said the talks failed. Later, officials met Brenner again.');
    expect(at(ctx, 'Brenner') & Flag.DocCapMid).toBeTruthy();
    // The non-initial occurrence itself is the only one: nothing else in the document backs it.
    expect(at(ctx, 'Brenner', 1) & Flag.DocCapMid).toBeFalsy();
    expect(at(ctx, 'Later') & Flag.DocCapMid).toBeFalsy();
  });

  it('marks a capitalised word that the document also writes in lowercase', () => {
    const ctx = context('Missiles struck the port. The missiles came from the sea.');
    expect(at(ctx, 'Missiles') & Flag.DocLower).toBeTruthy();
    // Function words are skipped: "The" opens sentences, and "the" is everywhere.
    expect(at(ctx, 'The') & Flag.DocLower).toBeFalsy();
  });

  it('sets nothing when the model uses no document features', () => {
    const ctx = context('Brenner said the talks failed. Later, officials met Brenner again.', 0);
    expect(at(ctx, 'Brenner') & (Flag.DocCapMid | Flag.DocLower | Flag.KbPerson | Flag.Headline)).toBe(0);
  });
});

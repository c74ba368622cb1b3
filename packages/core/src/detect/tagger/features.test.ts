import { describe, expect, it } from 'vitest';
import { tinyKb } from '../../knowledge/__fixtures__/tiny-kb.js';
import { analyse } from '../../language/analyse.js';
import { scanGazetteer } from '../gazetteer.js';
import { createTokenView } from '../tokens.js';
import { createFeatureContext, isCandidateToken, MAX_STATIC_FEATURES, staticFeatures, wordShape } from './features.js';
import { featureKey, hashString } from './hashing.js';
import { Flag } from './token-flags.js';

const kb = tinyKb();
function context(text: string) {
  const view = createTokenView(analyse(text, { maxChars: 10_000, maxTokenChars: 64 }));
  return createFeatureContext(view, scanGazetteer(view, kb), kb);
}
const index = (ctx: ReturnType<typeof context>, word: string) => ctx.view.a.value.indexOf(word);

describe('#wordShape', () => {
  it('compresses character classes', () => {
    expect(wordShape('Obama')).toBe('Xx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1996-08-30')).toBe('d-d-d');
    expect(wordShape('McDonald')).toBe('XxXx');
    expect(wordShape('Öcalan')).toBe('Xx');
  });
});

describe('#featureKey', () => {
  it('is deterministic, never 0, and depends on the template', () => {
    expect(featureKey(3, hashString('oslo'))).toBe(featureKey(3, hashString('oslo')));
    expect(featureKey(3, hashString('oslo'))).not.toBe(featureKey(4, hashString('oslo')));
    for (let t = 0; t < 1000; t++) expect(featureKey(t, t * 7919)).not.toBe(0);
  });
});

describe('#createFeatureContext', () => {
  it('flags KB names, titles, head words and all-caps lines', () => {
    const ctx = context('Foreign Minister Ida Holm told the Harbour Council that Russia agreed.\n\nRUSSIA TO SIGN DEAL');
    expect(ctx.flags[index(ctx, 'Ida')]! & Flag.AfterTitle).toBeTruthy();
    expect(ctx.flags[index(ctx, 'Council')]! & Flag.OrgHead).toBeTruthy();
    expect(ctx.flags[index(ctx, 'Harbour')]! & Flag.RunOrgHead).toBeTruthy();
    expect(ctx.flags[index(ctx, 'Russia')]! & Flag.KbState).toBeTruthy();
    expect(ctx.flags[index(ctx, 'told')]! & Flag.SpeechVerb).toBeTruthy();
    expect(ctx.sent[index(ctx, 'SIGN')]! & 1).toBe(1);
    expect(ctx.sent[index(ctx, 'Ida')]! & 1).toBe(0);
  });
});

describe('#isCandidateToken', () => {
  it('scores capitalised words and particles before names, not function words or lowercase words', () => {
    const ctx = context('The talks with Ida de Holm ended, and Oslo said nothing.');
    expect(isCandidateToken(ctx, index(ctx, 'The'))).toBe(false);
    expect(isCandidateToken(ctx, index(ctx, 'Ida'))).toBe(true);
    expect(isCandidateToken(ctx, index(ctx, 'de'))).toBe(true);
    expect(isCandidateToken(ctx, index(ctx, 'Oslo'))).toBe(true);
    expect(isCandidateToken(ctx, index(ctx, 'talks'))).toBe(false);
  });
});

describe('#staticFeatures', () => {
  it('gives the same keys for the same token in the same context, within the buffer size', () => {
    const a = context('Ida Holm met Olaf Lind.');
    const b = context('Ida Holm met Olaf Lind.');
    const out1 = new Int32Array(MAX_STATIC_FEATURES);
    const out2 = new Int32Array(MAX_STATIC_FEATURES);
    const k1 = staticFeatures(a, 3, out1);
    const k2 = staticFeatures(b, 3, out2);
    expect(k1).toBe(k2);
    expect(k1).toBeLessThanOrEqual(MAX_STATIC_FEATURES);
    expect([...out1.subarray(0, k1)]).toEqual([...out2.subarray(0, k2)]);
  });

  it('sees the neighbours: the same word after a different word has different features', () => {
    const a = context('Ida Holm met Olaf.');
    const b = context('Ida Holm saw Olaf.');
    const fa = new Int32Array(MAX_STATIC_FEATURES);
    const fb = new Int32Array(MAX_STATIC_FEATURES);
    const ka = staticFeatures(a, 3, fa);
    const kb2 = staticFeatures(b, 3, fb);
    const sa = new Set(fa.subarray(0, ka));
    const shared = [...fb.subarray(0, kb2)].filter((k) => sa.has(k)).length;
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThan(ka);
  });
});

import { describe, expect, it } from 'vitest';
import { tinyKb } from '../../knowledge/__fixtures__/tiny-kb.js';
import { analyse } from '../../language/analyse.js';
import { scanGazetteer } from '../gazetteer.js';
import { createTokenView } from '../tokens.js';
import { FIXTURE_LABELS, trainingTexts } from './__fixtures__/train-sentences.js';
import { decode, decodeByFeatures, tagSpans } from './decode.js';
import { createFeatureContext } from './features.js';
import { createWordLists, prepareTrainingDocument, trainTagger } from './train.js';

const kb = tinyKb();
const labels = [...FIXTURE_LABELS];
const wordLists = createWordLists(['ida', 'olaf'], ['holm', 'lind'], ['talks', 'police']);
const model = trainTagger(
  trainingTexts().map((t) => prepareTrainingDocument(t, kb, labels, wordLists)),
  { labels, epochs: 5, seed: 3, minFeatureCount: 1, wordLists, provenance: { trainedOn: ['test fixture'], date: '2026-01-01', labelScheme: 'test' } },
);
const context = (text: string) => {
  const view = createTokenView(analyse(text, { maxChars: 10_000, maxTokenChars: 64 }));
  return createFeatureContext(view, scanGazetteer(view, kb), kb, wordLists);
};

describe('#decode', () => {
  it('tags exactly as collecting and looking up every feature does', () => {
    const texts = [
      ...trainingTexts().map((t) => t.text),
      'POLICE IN OSLO SAY IDA HOLM LEFT.\n\nOlaf Lind, Vera Stone and the Green League met in Canada; talks between Russia and Turkey failed.',
      'Minister Kasim Oru of the Blue Party said: "Acme Corp (AC) and the Red Front will sign." Ida Holm agreed.',
      '',
    ];
    for (const text of texts) expect([...decode(model, context(text))]).toEqual([...decodeByFeatures(model, context(text))]);
  });

  it('finds names as B(I)* spans', () => {
    const tags = decode(model, context('Ida Holm met Olaf Lind in Oslo on Monday.'));
    expect(tagSpans(tags).map((s) => [s.first, s.last, labels[s.label]])).toEqual([
      [0, 2, 'person'],
      [3, 5, 'person'],
      [6, 7, 'location'],
    ]);
  });
});

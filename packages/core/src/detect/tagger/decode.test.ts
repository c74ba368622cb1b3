import { describe, expect, it } from 'vitest';
import { tinyKb } from '../../knowledge/__fixtures__/tiny-kb.js';
import { analyse } from '../../language/analyse.js';
import { scanGazetteer } from '../gazetteer.js';
import { createTokenView } from '../tokens.js';
import { FIXTURE_LABELS, trainingTexts } from './__fixtures__/train-sentences.js';
import { decode, decodeByFeatures, tagSpans } from './decode.js';
import { createFeatureContext } from './features.js';
import { createWordLists, prepareTrainingDocument, trainTagger } from './train.js';
import { decodeWordClusters, encodeWordClusters } from './clusters.js';
import { ALL_GROUPS } from './groups.js';

const kb = tinyKb();
const labels = [...FIXTURE_LABELS];
const wordLists = createWordLists(['ida', 'olaf'], ['holm', 'lind'], ['talks', 'police']);
// Invented clusters: people's names under 0b10…, places under 0b11…, a few common words under 0b0….
const clusters = decodeWordClusters(
  encodeWordClusters(['Ida', 'Holm', 'Olaf', 'Lind', 'Oslo', 'Canada', 'Turkey', 'met', 'said', 'the'], Int32Array.of(0b10001, 0b10011, 0b10000, 0b10010, 0b11000, 0b11010, 0b11011, 0b0100, 0b0101, 0b011), {
    source: 'test',
    licence: 'test',
    method: 'test',
    options: {},
    producedBy: 'decode.test.ts',
  }),
);
const resources = { wordLists, clusters, groups: ALL_GROUPS };
const model = trainTagger(
  trainingTexts().map((t) => prepareTrainingDocument(t, kb, labels, resources)),
  { labels, epochs: 5, seed: 3, minFeatureCount: 1, resources, provenance: { trainedOn: ['test fixture'], date: '2026-01-01', labelScheme: 'test' } },
);
const context = (text: string) => {
  const view = createTokenView(analyse(text, { maxChars: 10_000, maxTokenChars: 64 }));
  return createFeatureContext(view, scanGazetteer(view, kb), kb, resources);
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

import { describe, expect, it } from 'vitest';
import { tinyKb } from '../../knowledge/__fixtures__/tiny-kb.js';
import { FIXTURE_LABELS, trainingTexts } from './__fixtures__/train-sentences.js';
import { createTagger, tagText } from './detector.js';
import { decode, tagSpans } from './decode.js';
import { deserializeTaggerModel, serializeTaggerModel } from './model.js';
import { createWordLists, goldTags, prepareTrainingDocument, trainTagger } from './train.js';
import { analyse } from '../../language/analyse.js';
import { createTokenView } from '../tokens.js';

const kb = tinyKb();
const labels = [...FIXTURE_LABELS];
const provenance = { trainedOn: ['test fixture'], date: '2026-01-01', labelScheme: 'test' };

function train(seed: number, ensemble = 1) {
  const docs = trainingTexts().map((t) => prepareTrainingDocument(t, kb, labels));
  return trainTagger(docs, { labels, epochs: 6, seed, minFeatureCount: 1, ensemble, provenance });
}

describe('#goldTags', () => {
  it('tags B- on the first token of a span and I- on the rest', () => {
    const view = createTokenView(analyse('Ida Holm met Olaf.', { maxChars: 1000, maxTokenChars: 64 }));
    const tags = goldTags(view, [{ start: 0, end: 8, label: 'person' }, { start: 13, end: 17, label: 'location' }], labels);
    // person is label 0 (B=1, I=2), location label 2 (B=5).
    expect([...tags]).toEqual([1, 2, 0, 5, 0]);
  });
});

describe('#trainTagger', () => {
  it('gives the same weights for the same seed', () => {
    expect(JSON.stringify(serializeTaggerModel(train(7)))).toBe(JSON.stringify(serializeTaggerModel(train(7))));
  });

  it('records where the model came from', () => {
    const m = train(7, 2);
    expect(m.provenance).toMatchObject({ trainedOn: ['test fixture'], seed: 7, epochs: 6, ensemble: 2, minFeatureCount: 1 });
    expect(m.table.size).toBeGreaterThan(0);
  });

  it('learns its training sentences', () => {
    const model = train(7);
    const tagger = createTagger(model, { kb });
    expect(tagText(tagger, 'Ida Holm met Olaf Lind in Oslo on Monday.').map((s) => `${s.type}:${s.text}`)).toEqual(['person:Ida Holm', 'person:Olaf Lind']);
    expect(tagText(tagger, 'The Blue Party won seats in France and in Turkey.').map((s) => `${s.type}:${s.text}`)).toEqual([
      'organisation:Blue Party',
      'state:France',
      'state:Turkey',
    ]);
  });

  it('tags the same after a save and a load', () => {
    const model = train(7);
    const loaded = deserializeTaggerModel(JSON.parse(JSON.stringify(serializeTaggerModel(model))));
    for (const t of trainingTexts()) {
      const doc = prepareTrainingDocument(t, kb, labels);
      const again = prepareTrainingDocument(t, kb, labels);
      expect(tagSpans(decode(loaded, again.ctx))).toEqual(tagSpans(decode(model, doc.ctx)));
    }
  });

  it('stores its word lists as hashes and restores them', () => {
    const wordLists = createWordLists(['ida'], ['holm']);
    const docs = trainingTexts().map((t) => prepareTrainingDocument(t, kb, labels, { wordLists }));
    const model = trainTagger(docs, { labels, epochs: 2, seed: 1, provenance, resources: { wordLists } });
    const json = JSON.stringify(serializeTaggerModel(model));
    expect(json).not.toContain('holm');
    expect(deserializeTaggerModel(JSON.parse(json)).wordLists.lastNames).toEqual(wordLists.lastNames);
  });
});

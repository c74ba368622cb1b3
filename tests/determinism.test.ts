/**
 * Extraction is a function of the document alone: what ran before in the same process must not change it. (wink-nlp's
 * tokenizer learnt token boundaries from earlier documents; patches/wink-nlp@2.4.0.patch stops that.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, extractDocument, type Document } from '@entente/core';

const corpus = readFileSync(path.resolve(import.meta.dirname, '../data/ungdc/ungdc-session-79-2024.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 60)
  .map((line) => JSON.parse(line) as Document);

const signature = (d: Document) => JSON.stringify(extractDocument(d).mentions);

describe('extraction determinism', () => {
  it('gives each document the same mentions whatever was read before it', () => {
    const forward = corpus.map(signature);
    const backward = [...corpus].reverse().map(signature).reverse();
    const differing = corpus.filter((_, i) => forward[i] !== backward[i]).map((d) => d.id);
    expect(differing).toEqual([]);
  });

  it('builds the same graph bytes from real speeches in any order', () => {
    const docs = corpus.slice(0, 30);
    const forward = JSON.stringify(buildGraph(docs).export());
    const backward = JSON.stringify(buildGraph([...docs].reverse()).export());
    expect(backward).toBe(forward);
  });

  it('keeps offsets true on form feeds and unusual spaces', () => {
    const text = 'Page one.\fRussian Foreign Minister Sergey Lavrov met\u3000NATO officials\u2028in\u00a0Brussels.\ufeff';
    const mentions = extractDocument({ id: 'ws', text }).mentions;
    expect(mentions.map((m) => m.text)).toEqual(['Russian', 'Sergey Lavrov', 'NATO']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

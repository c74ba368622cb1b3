import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractDocument } from './extract.js';
import { buildGraph } from '../graph/build-graph.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';

const kb = tinyKb();
// Text built from names, cue words and noise, so that the generators reach the detectors, not only random bytes.
const word = fc.constantFrom('\f', '\u3000', '\u2028', '\ufeff', '\u00a0', '\t', 'Russia', 'NATO', 'Moscow', 'said', 'President', 'Vladimir', 'Putin', 'Lavrov', 'the', 'Treaty', 'of', 'Charter', 'Council', '(', ')', 'CSTO', 'U.S.', '.', ',', '\n', '\n\n', 'Ministry', 'Russian', 'foreign', 'ministry', 'in', 'é', '’s', '-', '🙂');
const newsy = fc.array(word, { maxLength: 60 }).map((ws) => ws.join(' '));
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }), newsy);

describe('#extractDocument (properties)', () => {
  it('extracts any string without throwing, with offsets that slice to the mention text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = extractDocument({ id: 'p', text: t }, { kb });
        for (const m of r.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(t.length);
          expect(m.start).toBeLessThan(m.end);
          expect(t.slice(m.start, m.end)).toBe(m.text);
          // Offsets that drift show as mentions that start or end inside whitespace or cut a word.
          expect(m.text).toBe(m.text.trim());
          expect(m.start === 0 || !/[\p{L}\p{N}]/u.test(t[m.start - 1]!) || !/[\p{L}\p{N}]/u.test(t[m.start]!)).toBe(true);
          expect(m.end === t.length || !/[\p{L}\p{N}]/u.test(t[m.end]!) || !/[\p{L}\p{N}]/u.test(t[m.end - 1]!)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('gives every edge a weight equal to the number of windows holding both ends', () => {
    fc.assert(
      fc.property(fc.array(newsy, { minLength: 1, maxLength: 4 }), (texts) => {
        const docs = texts.map((t, i) => ({ id: `d${i}`, text: t }));
        const g = buildGraph(docs, { kb, window: 'sentence' });
        // Recount independently: per document, per sentence of a mention, the set of entities.
        const expected = new Map<string, number>();
        for (const d of docs) {
          const r = extractDocument(d, { kb });
          for (const c of r.comentions) expected.set(`${c.a}--${c.b}`, (expected.get(`${c.a}--${c.b}`) ?? 0) + c.windows);
        }
        g.forEachEdge((key, a) => expect(a.weight).toBe(expected.get(key)));
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('#extractDocument (invisible characters)', () => {
  it('reads a name with a zero-width character or soft hyphen inside as the name, offsets true', () => {
    for (const mark of ['\u200b', '\u200c', '\u2060', '\u00ad']) {
      const text = `Russian Foreign Minister Sergey La${mark}vrov met NATO officials.`;
      const r = extractDocument({ id: 'zw', text }, { kb });
      const lavrov = r.mentions.find((m) => m.type === 'person');
      expect(lavrov?.entity).toBe('person:sergey-lavrov');
      expect(text.slice(lavrov!.start, lavrov!.end)).toBe(`Sergey La${mark}vrov`);
      expect(r.entities.find((e) => e.id === 'person:sergey-lavrov')?.label).toBe('Sergey Lavrov');
    }
  });
});

/** Evidence slices of long sentences cut at word boundaries, with an ellipsis where the sentence goes on. */
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, MAX_EVIDENCE_CHARS, clipSentence, makeEvidence } from './evidence.js';

describe('#clipSentence', () => {
  it('keeps a short sentence whole', () => {
    expect(clipSentence('Alpha met Beta.', 0, 15, [[0, 5]])).toEqual({ text: 'Alpha met Beta.', offset: 0, lead: 0, sliceEnd: 15 });
  });

  it('never starts or ends a slice of a long sentence mid-word (the "uilding the Caculo" evidence)', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    const mark = words.indexOf('word120');
    const text = `${words.join(' ')}.`;
    const at = text.indexOf('word120');
    // Every shift of the sentence start moves the naive cut through a different point of a word.
    for (let shift = 0; shift < 7; shift++) {
      const padded = `${'x'.repeat(shift)} ${text}`;
      const start = shift + 1;
      const m: [number, number] = [start + at, start + at + 'word120'.length];
      const clip = clipSentence(padded, start, padded.length, [m]);
      expect(clip.text.startsWith(ELLIPSIS)).toBe(true);
      expect(clip.text.endsWith(ELLIPSIS)).toBe(true);
      const inner = clip.text.slice(1, -1);
      expect(inner).toMatch(/^word\d+ .* word\d+$/);
      expect(padded.slice(clip.offset, clip.sliceEnd)).toBe(inner);
      expect(clip.text.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS + 2);
      expect(clip.offset <= m[0] && clip.sliceEnd >= m[1]).toBe(true);
    }
    expect(mark).toBe(120);
  });
});

describe('#makeEvidence', () => {
  const text = 'NATO met. Russia spoke. Canada left.';
  const sentences = [
    { start: 0, end: 9 },
    { start: 10, end: 23 },
    { start: 24, end: 36 },
  ];

  it('keeps one sentence with its marks moved to the sentence', () => {
    expect(makeEvidence({ text, sentences }, 'd', [1], [[10, 16]])).toEqual({ doc: 'd', sentence: 1, start: 10, end: 23, text: 'Russia spoke.', marks: [[0, 6]] });
  });

  it('joins two sentences of a wide window with an ellipsis, in document order, each mark in its place', () => {
    const e = makeEvidence({ text, sentences }, 'd', [2, 0, 2], [[24, 30], [0, 4]]);
    expect(e.text).toBe('NATO met. … Canada left.');
    expect(e.marks.map(([s, t]) => e.text.slice(s, t))).toEqual(['NATO', 'Canada']);
    expect(e.sentence).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { segmentEvidence } from './evidence.js';

describe('#segmentEvidence', () => {
  it('splits text around marks', () => {
    expect(segmentEvidence('Lavrov met Blinken.', [[0, 6], [11, 18]])).toEqual([
      { text: 'Lavrov', mark: true },
      { text: ' met ', mark: false },
      { text: 'Blinken', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('sorts, merges overlapping and clamps out-of-range marks', () => {
    const segments = segmentEvidence('abcdef', [[4, 99], [1, 3], [2, 4], [-5, 0], [5, 2]]);
    expect(segments).toEqual([
      { text: 'a', mark: false },
      { text: 'bcdef', mark: true },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdef');
  });

  it('keeps markup-looking text as plain text', () => {
    const text = '<img src=x onerror="window.__xss=1"> Lavrov';
    expect(segmentEvidence(text, [[37, 43]]).map((s) => s.text).join('')).toBe(text);
  });
});

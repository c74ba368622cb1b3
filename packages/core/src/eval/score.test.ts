import { describe, expect, it } from 'vitest';
import type { MappedGold } from './mappings.js';
import { prf, scoreCorpus, scoreDocument } from './score.js';

// "Anna Berg met Olaf Lind in Oslo." (invented): two people, and Oslo as an ignored span.
const TEXT = 'Anna Berg met Olaf Lind in Oslo.';
const GOLD: MappedGold = {
  scored: [
    { start: 0, end: 9, type: 'person' },
    { start: 14, end: 23, type: 'person' },
  ],
  ignored: [{ start: 27, end: 31 }],
};

describe('#scoreDocument (strict)', () => {
  it('needs the same start, end and type', () => {
    const o = scoreDocument(TEXT, GOLD, [
      { start: 0, end: 9, type: 'person' },
      { start: 14, end: 18, type: 'person' },
    ]);
    expect(o.hits.map((h) => h.text)).toEqual(['Anna Berg']);
    expect(o.falsePositives.map((h) => h.text)).toEqual(['Olaf']);
    expect(o.misses.map((h) => h.text)).toEqual(['Olaf Lind']);
  });

  it('counts a prediction over an ignored span neither way, and drops treaties', () => {
    const o = scoreDocument(TEXT, GOLD, [
      { start: 27, end: 31, type: 'state' },
      { start: 0, end: 4, type: 'treaty' },
    ]);
    expect(o.neutral).toBe(1);
    expect(o.falsePositives).toEqual([]);
    expect(o.hits).toEqual([]);
  });

  it('counts a wrong type as a false positive and a miss', () => {
    const o = scoreDocument(TEXT, GOLD, [{ start: 0, end: 9, type: 'organisation' }]);
    expect(o.falsePositives).toHaveLength(1);
    expect(o.misses).toHaveLength(2);
  });
});

describe('#scoreDocument (lenient)', () => {
  it('accepts an overlap of the same type, each gold span once', () => {
    const gold: MappedGold = { scored: [{ start: 0, end: 23, type: 'organisation' }], ignored: [] };
    const o = scoreDocument(TEXT, gold, [
      { start: 0, end: 4, type: 'organisation' },
      { start: 14, end: 18, type: 'organisation' },
    ], { lenient: true });
    expect(o.hits).toHaveLength(1);
    expect(o.falsePositives).toHaveLength(1);
    expect(o.misses).toHaveLength(0);
  });
});

describe('#scoreCorpus', () => {
  it('sums per type and micro-averages person, state and organisation', () => {
    const a = scoreDocument(TEXT, GOLD, [{ start: 0, end: 9, type: 'person' }]);
    const b = scoreDocument('Canada voted.', { scored: [{ start: 0, end: 6, type: 'state' }], ignored: [] }, [
      { start: 0, end: 6, type: 'state' },
      { start: 7, end: 12, type: 'organisation' },
    ]);
    const s = scoreCorpus([a, b]);
    expect(s.documents).toBe(2);
    expect(s.byType.person).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(s.byType.state.f1).toBe(1);
    expect(s.byType.organisation).toMatchObject({ tp: 0, fp: 1, fn: 0, f1: 0 });
    expect(s.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.micro.f1).toBeCloseTo(2 / 3, 10);
  });
});

describe('#prf', () => {
  it('is zero, not NaN, on empty counts', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

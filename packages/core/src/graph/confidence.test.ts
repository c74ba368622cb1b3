import { describe, expect, it } from 'vitest';
import { nodeConfidence } from './confidence.js';

describe('#nodeConfidence', () => {
  it('is certain for KB entities and grows with independent documents', () => {
    expect(nodeConfidence({ kbId: 'Q1', docs: ['a'] })).toBe(1);
    expect(nodeConfidence({ foundBy: { model: 1 }, docs: ['a'] })).toBe(0.3);
    expect(nodeConfidence({ foundBy: { model: 5 }, docs: ['a'] })).toBe(0.83);
    expect(nodeConfidence({ foundBy: { rule: 1, model: 1 }, docs: ['a'] })).toBe(0.65);
  });
});

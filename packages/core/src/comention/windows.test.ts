import { describe, expect, it } from 'vitest';
import { analyse } from '../language/analyse.js';
import { windowOfSentence } from './windows.js';

// Three sentences: two in the first paragraph, one in the second.
const a = analyse('NATO met. Russia spoke.\n\nCanada left.', { maxChars: 1000, maxTokenChars: 64 });

describe('#windowOfSentence', () => {
  it('gives each sentence its own window, each paragraph one, or the document one', () => {
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    const each = (kind: 'sentence' | 'paragraph' | 'document') => a.sentences.map((_, s) => windowOfSentence(a, kind)(s));
    expect(each('sentence')).toEqual([0, 1, 2]);
    expect(each('paragraph')).toEqual([0, 0, 1]);
    expect(each('document')).toEqual([0, 0, 0]);
  });

  it('puts a sentence index past the end in the first paragraph rather than failing', () => {
    expect(windowOfSentence(a, 'paragraph')(99)).toBe(0);
  });
});

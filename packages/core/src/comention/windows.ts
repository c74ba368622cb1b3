/**
 * Windows: the spans of text in which two mentions count as co-mentioned — a sentence, a paragraph, or the document.
 */
import type { Analysis } from '../language/analyse.js';
import type { WindowKind } from '../types.js';

/** The window index of each sentence. */
export function windowOfSentence(a: Analysis, kind: WindowKind): (sentence: number) => number {
  if (kind === 'sentence') return (s) => s;
  if (kind === 'paragraph') return (s) => a.sentences[s]?.paragraph ?? 0;
  return () => 0;
}

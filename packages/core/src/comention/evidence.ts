/**
 * Evidence: the text that shows a mention or a co-mention, with the mentions marked. Long sentences are cut around
 * the marks so that a graph with evidence stays small.
 */
import type { Analysis, Sentence } from '../language/analyse.js';
import type { Evidence } from '../types.js';

export const MAX_EVIDENCE_CHARS = 400;
/**
 * The longest slice kept when the marks of a long sentence are far apart (they stay whole up to here). Without it one
 * unpunctuated 2 MB "sentence" gave every evidence of every pair a copy of nearly all of it.
 */
export const MAX_EVIDENCE_SPAN = 4 * MAX_EVIDENCE_CHARS;

/** Evidence from sentences (one, or two for wide windows) with marks at document offsets. */
export function makeEvidence(a: Analysis, docId: string, sentenceIndexes: number[], marks: Array<[number, number]>): Evidence {
  const indexes = [...new Set(sentenceIndexes)].sort((x, y) => x - y);
  const sentences = indexes.map((i) => a.sentences[i]!) as Sentence[];
  const parts: string[] = [];
  const outMarks: Array<[number, number]> = [];
  let length = 0;
  for (const s of sentences) {
    if (parts.length > 0) {
      parts.push(' … ');
      length += 3;
    }
    const { text, offset } = clip(a.text, s.start, s.end, marks.filter(([m0, m1]) => m0 >= s.start && m1 <= s.end));
    for (const [m0, m1] of marks) {
      if (m0 >= offset && m1 <= offset + text.length) outMarks.push([length + m0 - offset, length + m1 - offset]);
    }
    parts.push(text);
    length += text.length;
  }
  outMarks.sort((x, y) => x[0] - y[0]);
  return { doc: docId, sentence: indexes[0]!, start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end, text: parts.join(''), marks: outMarks };
}

/** The sentence text, or a slice of it of at most MAX_EVIDENCE_CHARS that holds the marks (MAX_EVIDENCE_SPAN when they are far apart). */
function clip(text: string, start: number, end: number, marks: Array<[number, number]>): { text: string; offset: number } {
  if (end - start <= MAX_EVIDENCE_CHARS || marks.length === 0) {
    const e = Math.min(end, start + MAX_EVIDENCE_CHARS);
    return { text: text.slice(start, e), offset: start };
  }
  const first = Math.min(...marks.map((m) => m[0]));
  const last = Math.max(...marks.map((m) => m[1]));
  const slack = Math.max(0, MAX_EVIDENCE_CHARS - (last - first));
  const s = Math.max(start, first - Math.floor(slack / 2));
  const e = Math.min(end, Math.max(last, s + MAX_EVIDENCE_CHARS), s + MAX_EVIDENCE_SPAN);
  return { text: text.slice(s, e), offset: s };
}

/**
 * Evidence: the text that shows a mention or a co-mention, with the mentions marked. Long sentences are cut around
 * the marks so that a graph with evidence stays small.
 */
import type { Evidence } from '../types.js';

export const MAX_EVIDENCE_CHARS = 400;
/**
 * The longest slice kept when the marks of a long sentence are far apart (they stay whole up to here). Without it one
 * unpunctuated 2 MB "sentence" gave every evidence of every pair a copy of nearly all of it.
 */
export const MAX_EVIDENCE_SPAN = 4 * MAX_EVIDENCE_CHARS;

/** A text and its sentences' ranges: an analysis while extracting, a documents-file record in the reader. */
export interface SentencedText {
  text: string;
  sentences: ReadonlyArray<{ start: number; end: number }>;
}

/** Evidence from sentences (one, or two for wide windows) with marks at document offsets. */
export function makeEvidence(a: SentencedText, docId: string, sentenceIndexes: number[], marks: Array<[number, number]>): Evidence {
  const indexes = [...new Set(sentenceIndexes)].sort((x, y) => x - y);
  const sentences = indexes.map((i) => a.sentences[i]!);
  const parts: string[] = [];
  const outMarks: Array<[number, number]> = [];
  let length = 0;
  for (const s of sentences) {
    if (parts.length > 0) {
      parts.push(' … ');
      length += 3;
    }
    const { text, offset, lead, sliceEnd } = clipSentence(a.text, s.start, s.end, marks.filter(([m0, m1]) => m0 >= s.start && m1 <= s.end));
    const base = length + lead - offset;
    for (const [m0, m1] of marks) {
      if (m0 >= offset && m1 <= sliceEnd) outMarks.push([base + m0, base + m1]);
    }
    parts.push(text);
    length += text.length;
  }
  outMarks.sort((x, y) => x[0] - y[0]);
  return { doc: docId, sentence: indexes[0]!, start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end, text: parts.join(''), marks: outMarks };
}

/** Marks a slice of a sentence that starts or ends inside it: the text is not the whole sentence there. */
export const ELLIPSIS = '\u2026';

/**
 * The sentence text, or a slice of it of at most MAX_EVIDENCE_CHARS that holds the marks (MAX_EVIDENCE_SPAN when they
 * are far apart). A slice starts and ends at word boundaries, with an ellipsis where it cuts the sentence: cutting at
 * a fixed character count gave evidence that began mid-word ("uilding the Caculo Cabaça dam…", UNGDC AGO 2024).
 * `offset`–`sliceEnd` is the document range shown, after `lead` characters of leading ellipsis.
 */
export function clipSentence(text: string, start: number, end: number, marks: Array<[number, number]>): { text: string; offset: number; lead: number; sliceEnd: number } {
  let s: number;
  let e: number;
  if (end - start <= MAX_EVIDENCE_CHARS) return { text: text.slice(start, end), offset: start, lead: 0, sliceEnd: end };
  if (marks.length === 0) {
    s = start;
    e = start + MAX_EVIDENCE_CHARS - 1;
  } else {
    const first = Math.min(...marks.map((m) => m[0]));
    const last = Math.max(...marks.map((m) => m[1]));
    const slack = Math.max(0, MAX_EVIDENCE_CHARS - (last - first));
    s = Math.max(start, first - Math.floor(slack / 2));
    // Two characters of the span are kept for the ellipses.
    e = Math.min(end, Math.max(last, s + MAX_EVIDENCE_CHARS - 2), s + MAX_EVIDENCE_SPAN - 2);
    s = snapStart(text, s, first);
    e = snapEnd(text, e, last);
  }
  if (marks.length === 0) e = snapEnd(text, e, s + 1);
  const lead = s > start ? ELLIPSIS : '';
  const tail = e < end ? ELLIPSIS : '';
  return { text: `${lead}${text.slice(s, e)}${tail}`, offset: s, lead: lead.length, sliceEnd: e };
}

const SPACE = /\s/;

/** Move a cut that falls inside a word forward to the next word, never past `limit` (the first mark). */
function snapStart(text: string, s: number, limit: number): number {
  if (s > 0 && !SPACE.test(text[s - 1]!) && !SPACE.test(text[s] ?? ' ')) {
    let i = s;
    while (i < limit && !SPACE.test(text[i]!)) i++;
    if (i < limit) s = i;
  }
  while (s < limit && SPACE.test(text[s]!)) s++;
  return s;
}

/** Move a cut that falls inside a word back to the end of the previous word, never before `limit` (the last mark). */
function snapEnd(text: string, e: number, limit: number): number {
  if (e < text.length && !SPACE.test(text[e]!) && !SPACE.test(text[e - 1] ?? ' ')) {
    let i = e;
    while (i > limit && !SPACE.test(text[i - 1]!)) i--;
    if (i > limit) e = i;
  }
  while (e > limit && SPACE.test(text[e - 1]!)) e--;
  return e;
}

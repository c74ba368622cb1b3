/**
 * Language stage: text → tokens with character offsets and POS, sentences and paragraphs.
 *
 * wink-nlp gives tokens, POS and sentence spans but no character offsets; it is lossless, so offsets are recovered by
 * walking each token's preceding whitespace. Whitespace tokens (line breaks) are dropped from the token arrays and kept
 * as a `breakBefore` mark on the next token: a blank line is a paragraph boundary, and always a sentence boundary
 * (headlines and datelines have no full stop).
 */
import { getNlp } from './nlp.js';
import { capText } from './caps.js';

export const enum Break {
  None = 0,
  Line = 1,
  Paragraph = 2,
}

export interface Sentence {
  /** Token index range [first, last). */
  first: number;
  last: number;
  /** Character range in the text. */
  start: number;
  end: number;
  paragraph: number;
}

/** Parallel arrays, one entry per non-space token: cheaper to build and walk than an array of objects. */
export interface Analysis {
  text: string;
  value: string[];
  pos: string[];
  start: number[];
  end: number[];
  breakBefore: Break[];
  /** Whether whitespace precedes the token (false inside "U.S.-led", "Secretary-General"). */
  spaceBefore: boolean[];
  sentences: Sentence[];
  /** For each token, the index of its sentence. */
  sentenceOf: number[];
  paragraphCount: number;
  truncated: boolean;
}

export interface AnalyseOptions {
  maxChars: number;
  maxTokenChars: number;
}

export function analyse(text: string, options: AnalyseOptions): Analysis {
  const capped = capText(text, options);
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(capped.text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  const a: Analysis = {
    text,
    value: [],
    pos: [],
    start: [],
    end: [],
    breakBefore: [],
    spaceBefore: [],
    sentences: [],
    sentenceOf: [],
    paragraphCount: 1,
    truncated: capped.truncated,
  };
  // Map wink token index → our token index (or -1 for whitespace tokens) so wink sentence spans can be mapped.
  const keptIndex = new Int32Array(values.length + 1);
  let offset = 0;
  let pendingBreak: Break = Break.None;
  let pendingSpace = false;
  for (let i = 0; i < values.length; i++) {
    const ws = spaces[i] ?? '';
    offset += ws.length;
    const v = values[i]!;
    // Safety net: if wink dropped a character it does not count as space, find the token a little further on.
    if (!capped.text.startsWith(v, offset)) {
      const found = capped.text.indexOf(v, offset);
      if (found > offset && found - offset <= 256) offset = found;
    }
    if (ws.length > 0) {
      pendingSpace = true;
      if (ws.includes('\n')) pendingBreak = maxBreak(pendingBreak, lineBreakKind(ws));
    }
    if (tags[i] === 'SPACE' || isBlank(v)) {
      pendingBreak = maxBreak(pendingBreak, lineBreakKind(v));
      pendingSpace = true;
      keptIndex[i] = -1;
      offset += v.length;
      continue;
    }
    keptIndex[i] = a.value.length;
    a.value.push(v);
    a.pos.push(tags[i]!);
    a.start.push(offset);
    a.end.push(offset + v.length);
    a.breakBefore.push(pendingBreak);
    a.spaceBefore.push(pendingSpace);
    offset += v.length;
    pendingBreak = Break.None;
    pendingSpace = false;
  }

  // Sentence starts: wink's boundaries plus every paragraph break.
  const n = a.value.length;
  const startsAt = new Uint8Array(n + 1);
  for (const [first] of spans) {
    let k = first;
    while (k < values.length && keptIndex[k] === -1) k++;
    if (k < values.length) startsAt[keptIndex[k]!] = 1;
  }
  for (let t = 0; t < n; t++) if (a.breakBefore[t] === Break.Paragraph) startsAt[t] = 1;
  if (n > 0) startsAt[0] = 1;

  let paragraph = 0;
  for (let t = 0; t < n; t++) {
    if (t > 0 && a.breakBefore[t] === Break.Paragraph) paragraph++;
    if (startsAt[t]) {
      const prev = a.sentences[a.sentences.length - 1];
      if (prev) {
        prev.last = t;
        prev.end = a.end[t - 1]!;
      }
      a.sentences.push({ first: t, last: n, start: a.start[t]!, end: a.end[n - 1]!, paragraph });
    }
    a.sentenceOf.push(a.sentences.length - 1);
  }
  a.paragraphCount = paragraph + 1;
  return a;
}

function isBlank(v: string): boolean {
  return v.trim().length === 0;
}

function lineBreakKind(ws: string): Break {
  const first = ws.indexOf('\n');
  if (first < 0) return Break.None;
  return ws.indexOf('\n', first + 1) >= 0 ? Break.Paragraph : Break.Line;
}

function maxBreak(a: Break, b: Break): Break {
  return a > b ? a : b;
}

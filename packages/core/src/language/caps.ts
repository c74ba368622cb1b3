/**
 * Input caps, so that no input can hang the tokenizer: a document is cut at `maxChars` (the rest is reported as
 * truncated), and any run of non-space characters longer than `maxTokenChars` (long digit strings have hung wink,
 * wink-nlp#35; base64 blobs, URLs) is blanked with spaces of the same length, which keeps every offset valid.
 */
export interface Capped {
  text: string;
  truncated: boolean;
}

/**
 * Characters wink drops without counting them as preceding spaces (form feed, vertical tab, line and paragraph
 * separators, ideographic space, byte-order mark, zero-width spaces…). Replaced one for one by a space or a newline, so
 * offsets recovered from wink's tokens stay true.
 */
const ODD_SPACES = /[\f\v\u0085\u2028\u2029\u3000\ufeff\u200b-\u200d\u2060\u180e]/g;

const INVISIBLE_IN_WORD = /(?<=\p{L})[\u200b-\u200d\u2060\ufeff\u00ad](?=\p{L})/gu;

export function capText(text: string, { maxChars, maxTokenChars }: { maxChars: number; maxTokenChars: number }): Capped {
  const truncated = text.length > maxChars;
  let t = truncated ? text.slice(0, maxChars) : text;
  // A zero-width character inside a word ("La\u200bvrov", pasted from the web) must not split it: it becomes a combining
  // mark, one code unit for one, which wink keeps inside the token and name matching strips as a diacritic.
  t = t.replace(INVISIBLE_IN_WORD, '\u0301');
  t = t.replace(ODD_SPACES, (c) => (c === '\f' || c === '\u2028' || c === '\u2029' || c === '\u0085' ? '\n' : ' '));
  t = blankLongRuns(t, maxTokenChars);
  return { text: t, truncated };
}

/** Blank every run of non-space characters longer than `max`, in one pass (a regex retries from every character). */
function blankLongRuns(t: string, max: number): string {
  let out: string[] | undefined;
  let last = 0;
  let runStart = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
    if (!space) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart > max) {
      out ??= [];
      out.push(t.slice(last, runStart), ' '.repeat(i - runStart));
      last = i;
    }
    runStart = -1;
  }
  if (!out) return t;
  out.push(t.slice(last));
  return out.join('');
}

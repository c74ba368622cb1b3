/**
 * Input caps, so that no input can hang the tokenizer: a document is cut at `maxChars` (the rest is reported as
 * truncated), and any run of non-space characters longer than `maxTokenChars` (long digit strings have hung wink,
 * wink-nlp#35; base64 blobs, URLs) is blanked with spaces of the same length, which keeps every offset valid.
 */
export interface Capped {
  text: string;
  truncated: boolean;
}

export function capText(text: string, { maxChars, maxTokenChars }: { maxChars: number; maxTokenChars: number }): Capped {
  const truncated = text.length > maxChars;
  let t = truncated ? text.slice(0, maxChars) : text;
  const longRun = new RegExp(`\\S{${maxTokenChars + 1},}`, 'g');
  if (longRun.test(t)) t = t.replace(longRun, (m) => ' '.repeat(m.length));
  return { text: t, truncated };
}

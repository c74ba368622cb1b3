/**
 * Headline and label lines ("Security For All, or Security for None", "Description"): in title case every word is
 * capitalised and POS tags call them proper nouns, so cue-based discovery would turn headline words into entities.
 * Such lines keep knowledge-base names only.
 */
import { Break } from '../language/analyse.js';
import { isCapitalised, type TokenView } from './tokens.js';

const TERMINAL = /^[.!?:;"”»)]$/;
/** Short lowercase words that title case leaves alone. */
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'for', 'of', 'on', 'in', 'at', 'to', 'by', 'as', 'vs', 'via', 'with', 'from', 'nor']);

/** Flags, per token, whether it sits on a headline line. */
export function headlineTokens(view: TokenView): Uint8Array {
  const flags = new Uint8Array(view.n);
  let lineStart = 0;
  for (let t = 1; t <= view.n; t++) {
    if (t === view.n || view.a.breakBefore[t] !== Break.None) {
      if (isHeadline(view, lineStart, t)) flags.fill(1, lineStart, t);
      lineStart = t;
    }
  }
  return flags;
}

function isHeadline(view: TokenView, first: number, last: number): boolean {
  const count = last - first;
  if (count === 0 || count > 16) return false;
  const end = view.a.value[last - 1]!;
  if (TERMINAL.test(end)) return false;
  // A line of a hard-wrapped text that goes on is no headline, however capitalised: it breaks a word at a hyphen
  // ("the Comprehensive Nuclear-Test-⏎Ban Treaty"), stops on a comma or a small word, or the next line goes on in
  // lowercase. Scanned speeches are wrapped so, every few words.
  if (end === ',' || MINOR.has(view.norm[last - 1]!) || (end === '-' && !view.a.spaceBefore[last - 1])) return false;
  if (last < view.n && view.a.breakBefore[last] === Break.Line && /^\p{Ll}/u.test(view.a.value[last]!)) return false;
  let words = 0;
  let capitalised = 0;
  for (let t = first; t < last; t++) {
    const v = view.a.value[t]!;
    if (!/\p{L}/u.test(v) || MINOR.has(view.norm[t]!)) continue;
    words++;
    if (isCapitalised(v)) capitalised++;
  }
  // A line of names alone ("Sergey Lavrov") would pass too, so require a line that ends without punctuation and is
  // mostly capitalised words, and either stands alone or contains no verb.
  if (words === 0) return false;
  if (capitalised / words < 0.8) return false;
  for (let t = first; t < last; t++) if (view.a.pos[t] === 'VERB' && !isCapitalised(view.a.value[t]!)) return false;
  return true;
}

/**
 * Whether a lowercase word is an ordinary English word: one in the model's own lexicon of 87k entries. The lexicon is
 * built from running text, so it holds "powers", "chapter", "summit", "madam" and "ebola" but not "waldheim",
 * "gorbachev" or "kofi": a capitalised word whose lowercase form is in it is a capitalised common word unless
 * something else (the KB, a name list, a full name it folds into) says it names someone.
 *
 * wink has no lookup call, so a word is read as a one-word document: with the patched wink every `readDoc()` starts
 * from the loaded lexicon, so the first unknown word of a document always gets the first index past it, and a word is
 * known exactly when its index is below that. The answer is a pure function of the word (memoised, bounded). Only
 * call it after the current document's analysis has been copied out (as `analyse()` does), since it reads a document.
 */
import { getNlp } from './nlp.js';

const LIMIT = 50_000;
let memo = new Map<string, boolean>();
let firstUnknown = -1;

export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = memo.get(lower);
  if (known !== undefined) return known;
  const nlp = getNlp();
  if (firstUnknown < 0) firstUnknown = nlp.readDoc('qqzxjvkw').tokens().out(nlp.its.uniqueId)[0] as number;
  const ids = nlp.readDoc(lower).tokens().out(nlp.its.uniqueId) as number[];
  known = ids.length === 1 && ids[0]! < firstUnknown;
  if (memo.size >= LIMIT) memo = new Map();
  memo.set(lower, known);
  return known;
}

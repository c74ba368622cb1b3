/**
 * Document-level flags (feature groups, groups.ts): what the rest of the document says about a token's word and line.
 *
 * - A capitalised word that the document also writes capitalised in non-initial position is a name even where it
 *   opens a sentence ("Lebed said …" after "… told Lebed"); one it also writes in lowercase is probably a common
 *   noun capitalised by position or by style (Chieu & Ng 2002; Ratinov & Roth 2009).
 * - A KB person's name: the person KB (data/persons.json) seen through the gazetteer's hits.
 * - A title or headline line (headlines.ts): its words are capitalised by style.
 *
 * One map over the capitalised tokens, then one lookup per lowercase token: a small cost per document.
 */
import type { GazetteerHit } from '../gazetteer.js';
import { headlineTokens } from '../headlines.js';
import type { TokenView } from '../tokens.js';
import { Group } from './groups.js';
import { capitalisedWord, Flag } from './token-flags.js';
import { createWordFilter } from './word-filter.js';

/** START: the token opens its sentence (features.ts). */
const START = 2;

export function addDocumentFlags(view: TokenView, hits: readonly GazetteerHit[], sent: Uint8Array, flags: Uint32Array, groups: number): void {
  if (groups & Group.Document) caseEvidence(view, sent, flags);
  if (groups & Group.Persons) {
    for (const h of hits) if (h.hit.kind === 'name' && h.hit.entry?.type === 'person') for (let k = h.first; k < h.last; k++) flags[k]! |= Flag.KbPerson;
  }
  if (groups & Group.Headline) {
    const lines = headlineTokens(view);
    for (let i = 0; i < view.n; i++) if (lines[i]) flags[i]! |= Flag.Headline;
  }
}

/** Per capitalised word: 2 × (capitalised non-initial occurrences) + (1 if also seen lowercase). */
function caseEvidence(view: TokenView, sent: Uint8Array, flags: Uint32Array): void {
  const { value } = view.a;
  const { norm } = view;
  const n = view.n;
  const words = new Map<string, number>();
  const mid = new Uint8Array(n);
  // A 4096-bit filter of the capitalised words' first two letters and length: most lowercase tokens ("the", "of",
  // "development") miss it and cost no map lookup, which is what made this pass expensive on long speeches.
  const filter = createWordFilter();
  for (let i = 0; i < n; i++) {
    // Capitalised function words ("The", "In") are sentence starts, and their lowercase forms are most of the text.
    if ((flags[i]! & Flag.FunctionWord) !== 0 || !capitalisedWord(value[i]!)) continue;
    // All-caps lines and sentence starts say nothing about the word.
    const counts = (sent[i]! & START) === 0 && !allCaps(value[i]!) ? 1 : 0;
    mid[i] = counts;
    const w = norm[i]!;
    words.set(w, (words.get(w) ?? 0) + 2 * counts);
    filter.add(w);
  }
  if (words.size === 0) return;
  for (let i = 0; i < n; i++) {
    const c = value[i]!.charCodeAt(0);
    if (c < 97 || c > 122) continue;
    if (!filter.has(norm[i]!)) continue;
    const e = words.get(norm[i]!);
    if (e !== undefined && (e & 1) === 0) words.set(norm[i]!, e | 1);
  }
  for (let i = 0; i < n; i++) {
    if ((flags[i]! & Flag.FunctionWord) !== 0 || !capitalisedWord(value[i]!)) continue;
    const e = words.get(norm[i]!)!;
    if ((e >> 1) - mid[i]! > 0) flags[i]! |= Flag.DocCapMid;
    if (e & 1) flags[i]! |= Flag.DocLower;
  }
}

function allCaps(v: string): boolean {
  if (v.length < 2) return false;
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

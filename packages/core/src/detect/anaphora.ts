/**
 * Short back-references by head word: after "the Kyoto Protocol", "the Protocol" is the Kyoto Protocol; after "the UN
 * Security Council", "the Council" is that council. "The <Head>" goes to the nearest entity named before it whose
 * name has that head word; with none named before, it is nothing (a bare "the Treaty" names no treaty by itself).
 */
import type { Candidate } from './candidate.js';
import { ORG_HEADS, TREATY_HEADS } from './lexicon.js';
import { isCapitalised, type TokenView } from './tokens.js';

/** The head word of a named organisation or treaty, if its name has one. */
function headOf(view: TokenView, c: Candidate): string | undefined {
  const heads = c.type === 'treaty' ? TREATY_HEADS : ORG_HEADS;
  let head: string | undefined;
  for (let k = c.first; k < c.last; k++) {
    const w = view.norm[k]!;
    if (heads.has(w) && isCapitalised(view.a.value[k]!)) {
      head = w;
      if (c.type === 'treaty') break; // "Treaty on the Non-Proliferation…": the first head governs
    }
  }
  return head;
}

export function propagateHeads(view: TokenView, selected: Candidate[], taken: Uint8Array): Candidate[] {
  const named = selected
    .filter((c) => (c.type === 'treaty' || c.type === 'organisation') && !c.nested)
    .map((c) => ({ c, head: headOf(view, c) }))
    .filter((x): x is { c: Candidate; head: string } => x.head !== undefined);
  if (named.length === 0) return [];
  const out: Candidate[] = [];
  for (let i = 1; i < view.n; i++) {
    if (taken[i] || view.norm[i - 1] !== 'the' || !isCapitalised(view.a.value[i]!)) continue;
    const w = view.norm[i]!;
    if (!TREATY_HEADS.has(w) && !ORG_HEADS.has(w)) continue;
    // "the Council of Europe" is a name of its own, not a reference back.
    const next = view.a.value[i + 1];
    if (next !== undefined && isCapitalised(next) && view.a.sentenceOf[i + 1] === view.a.sentenceOf[i]) continue;
    let antecedent: Candidate | undefined;
    for (const x of named) if (x.head === w && x.c.last <= i && (!antecedent || x.c.first > antecedent.first)) antecedent = x.c;
    if (antecedent) out.push({ ...antecedent, first: i, last: i + 1, source: 'propagated', nested: false });
  }
  return out;
}

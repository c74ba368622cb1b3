/**
 * Acronyms introduced in the text: "the Collective Security Treaty Organization (CSTO)" makes "CSTO" a name of that
 * entity for the rest of the document, whether or not the KB knows it.
 */
import type { Candidate } from './candidate.js';
import type { TokenView } from './tokens.js';

const ACRONYM = /^[A-Z][A-Z0-9&.\-]{1,9}$/;

/** Acronyms introduced right after an organisation or treaty, and the candidates they make elsewhere. */
export function propagateAcronyms(view: TokenView, selected: Candidate[], taken: Uint8Array): Candidate[] {
  const intro = new Map<string, Candidate>();
  const out: Candidate[] = [];
  for (const c of selected) {
    if (c.type !== 'organisation' && c.type !== 'treaty') continue;
    const open = c.last;
    if (view.a.value[open] !== '(' || view.a.value[open + 2] !== ')') continue;
    const acr = view.a.value[open + 1]!;
    if (!ACRONYM.test(acr) || taken[open + 1]) continue;
    intro.set(acr, c);
  }
  if (intro.size === 0) return out;
  for (let i = 0; i < view.n; i++) {
    if (taken[i]) continue;
    const owner = intro.get(view.a.value[i]!);
    if (owner) out.push({ ...owner, first: i, last: i + 1, source: 'propagated', nested: false });
  }
  return out;
}

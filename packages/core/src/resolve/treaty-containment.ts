/**
 * One instrument under a longer or a shorter name. Speakers add or drop words: "International Convention on the Rights
 * of the Child" (the Convention on the Rights of the Child), "United Nations Declaration on the Strengthening of
 * International Security", "Riobamba Charter" (the Riobamba Charter of Conduct), "Rome Statute of the Court". A treaty
 * node the KB does not know goes to another treaty node U when
 *
 * - U holds every content word of its name (it is U said shorter: three content words or more, or two when U has
 *   just one more — "Townsville Agreement" / "Townsville Peace Agreement"), or
 * - its name is U's with only "International", "United Nations" or "Draft" added, or the same content words in
 *   another order ("Declaration of Marrakesh" / "Marrakesh Declaration");
 * - U's extra words do not make it another instrument ("Revitalized …", "Optional Protocol …", "Second …");
 * - it was not mentioned before U ever was (two years' grace: drafts and dates);
 * - U is the KB's or more mentioned, and no other node qualifies (two candidates: the short name is ambiguous).
 *
 * Content words are treaty-match.ts's (small words and years dropped). Each name goes to the end of its chain. Pure.
 */
import type { EntityType } from '../types.js';
import { compareStrings } from '../util/compare.js';
import { contentWords } from './treaty-match.js';

export interface TreatyNode {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  kbId?: string;
  /** The year of the earliest document that mentions it (or the KB's year, if earlier). */
  firstYear?: number;
}

/** Words a speaker adds to an instrument's name without naming another one. */
const QUALIFIERS = new Set(['international', 'united', 'nations', 'un', 'draft']);
/** Words that make a longer name another instrument: the revitalized agreement is not the agreement it revived. */
const DISTINCT = new Set(['revitalized', 'revitalised', 'revised', 'amended', 'optional', 'additional', 'supplementary', 'interim', 'preliminary', 'final', 'protocol', 'first', 'second', 'third', 'fourth', 'fifth']);

export function containedTreatyMerges(nodes: readonly TreatyNode[]): Map<string, string> {
  const treaties = nodes.filter((n) => n.type === 'treaty').sort((x, y) => compareStrings(x.id, y.id));
  const words = treaties.map((n) => new Set(contentWords(n.label)));
  const postings = new Map<string, number[]>();
  words.forEach((set, i) => set.forEach((w) => postings.set(w, [...(postings.get(w) ?? []), i])));
  const out = new Map<string, string>();
  treaties.forEach((t, i) => {
    const mine = words[i]!;
    if (t.kbId || mine.size < 2) return;
    const core = [...mine].filter((w) => !QUALIFIERS.has(w));
    if (core.length < 2) return;
    // Every candidate holds all of the core words: scan the shortest posting list among them.
    const rarest = core.reduce((a, b) => ((postings.get(a)?.length ?? 0) <= (postings.get(b)?.length ?? 0) ? a : b));
    const found: number[] = [];
    for (const j of postings.get(rarest) ?? []) {
      if (j === i) continue;
      const theirs = words[j]!;
      if (!core.every((w) => theirs.has(w))) continue;
      // Spoken of before the other was ever named: another instrument (the 1993 Arusha Peace Agreement is not the
      // 2000 Arusha Peace and Reconciliation Agreement).
      const u = treaties[j]!;
      if (t.firstYear !== undefined && u.firstYear !== undefined && t.firstYear < u.firstYear - 1) continue;
      const longer = [...mine].every((w) => theirs.has(w)) && theirs.size > mine.size;
      const qualified = [...theirs].every((w) => mine.has(w));
      const shorterOk = longer && (mine.size >= 3 || theirs.size === mine.size + 1) && ![...theirs].some((w) => !mine.has(w) && DISTINCT.has(w));
      if (!shorterOk && !qualified) continue;
      found.push(j);
    }
    if (found.length !== 1) return;
    const u = treaties[found[0]!]!;
    if (u.kbId || u.mentions > t.mentions) out.set(t.id, u.id);
  });
  for (const [from, to] of out) {
    let end = to;
    const seen = new Set([from]);
    while (out.has(end) && !seen.has(end)) {
      seen.add(end);
      end = out.get(end)!;
    }
    out.set(from, end);
  }
  return out;
}

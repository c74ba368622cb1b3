/**
 * One instrument or body under a longer or a shorter name. Speakers add or drop words: "International Convention on
 * the Rights of the Child" (the Convention on the Rights of the Child), "Riobamba Charter" (the Riobamba Charter of
 * Conduct), "Rome Statute of the Court", "Institute for Strategic Studies" (the International Institute …), "UN Office
 * for South-South Cooperation". A treaty or organisation node the KB does not know goes to another node U of its type
 * when
 *
 * - U holds every content word of its name (it is U said shorter: three content words or more; for instruments also
 *   two when U has just one more — "Townsville Agreement" / "Townsville Peace Agreement"), or
 * - its name is U's with only "International", "United Nations" or "Draft" added, or the same content words in
 *   another order ("Declaration of Marrakesh" / "Marrakesh Declaration");
 * - U's extra words do not make it another one ("Revitalized …", "Optional Protocol …", "Second …", "Executive
 *   Committee of …", "Sub-Commission …");
 * - it was not mentioned before U ever was (two years' grace: drafts and dates): the 1993 Arusha Peace Agreement is
 *   not the 2000 Arusha Peace and Reconciliation Agreement;
 * - U is the KB's or more mentioned (or as often, and plainer), and no other node qualifies (two candidates: the short
 *   name is ambiguous), except that one node with the same words outranks longer ones, which are other entities or
 *   run-ons ("Marrakesh Declaration" beside "Marrakesh Ministerial Declaration").
 *
 * An instrument under another head of its kind ("Accord" / "Agreement", "Agreement" / "Treaty", a plural), its
 * other words the same, is one too (headVariants).
 *
 * Content words are treaty-match.ts's (small words and years dropped, hyphens closed up; for bodies "New" kept),
 * with "UN" read as "United Nations" and British spellings as American ones. Each name goes to the end of its chain. Pure.
 */
import type { EntityType } from '../types.js';
import { compareStrings } from '../util/compare.js';
import { BODY_STOP, contentWords } from './treaty-match.js';
import { americanSpelling } from './rare-spellings.js';

export interface ContainedNode {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  kbId?: string;
  /** The year of the earliest document that mentions it (or the KB's year, if earlier). */
  firstYear?: number;
}

/** Words a speaker adds to a name without naming another one. */
const QUALIFIERS = new Set(['international', 'unitednations', 'draft']);
/** Words that make a longer name another one: the revitalized agreement is not the agreement it revived. */
export const DISTINCT: Record<'treaty' | 'organisation', ReadonlySet<string>> = {
  treaty: new Set(['revitalized', 'revitalised', 'revised', 'amended', 'optional', 'additional', 'supplementary', 'interim', 'preliminary', 'final', 'protocol', 'first', 'second', 'third', 'fourth', 'fifth']),
  organisation: new Set(['executive', 'standing', 'sub', 'subcommittee', 'subcommission', 'joint', 'bureau', 'secretariat', 'presidency', 'national', 'regional', 'subregional', 'preparatory', 'interim', 'provisional', 'parliamentary', 'youth', 'women', "women's", 'fund', 'office', 'council', 'committee', 'commission', 'first', 'second', 'third']),
};

function wordsOf(label: string, type: 'treaty' | 'organisation'): Set<string> {
  // "United Nations" is one qualifier; "United" alone is part of a name (the People's United Party is no People's Party).
  const spaced = label.replace(/\bU\.?N\.?(?=\s|$)/g, 'United Nations').replace(/\bUnited\s+Nations\b/gi, 'unitednations');
  return new Set(contentWords(americanSpelling(spaced.toLowerCase()), type === 'organisation' ? BODY_STOP : undefined));
}

/** Appends `value` to the list at `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Heads speakers swap in one instrument's name: the "Governors Island Accord" is the Governors Island Agreement. */
const HEAD_VARIANTS = new Set(['treaty', 'treaties', 'agreement', 'agreements', 'convention', 'conventions', 'pact', 'accord', 'accords']);

/**
 * An instrument under another of HEAD_VARIANTS (or its plural), its other words (two or more, qualifiers aside) the
 * same: "Inter-American Agreement for Reciprocal Assistance" / "… Treaty of Reciprocal Assistance", "Camp David
 * Accord" / "Accords". It goes to the one such node said three times as often and not named after it. Never a
 * "Declaration", "Protocol" or "Charter", which are other instruments ("Declaration on the Rights of the Child"), and
 * never a name of one word and its head ("Geneva Agreement" is no Geneva Convention). Adds to `out`.
 */
function headVariants(own: readonly ContainedNode[], words: ReadonlyArray<Set<string>>, out: Map<string, string>): void {
  const keyed = own.map((n, i) => {
    const ws = [...words[i]!].filter((w) => !QUALIFIERS.has(w));
    const heads = ws.filter((w) => HEAD_VARIANTS.has(w));
    const rest = ws.filter((w) => !HEAD_VARIANTS.has(w)).sort();
    return heads.length === 1 && rest.length >= 2 ? { head: heads[0]!, key: rest.join(' ') } : undefined;
  });
  const byKey = new Map<string, number[]>();
  keyed.forEach((k, i) => k && push(byKey, k.key, i));
  own.forEach((t, i) => {
    const k = keyed[i];
    if (!k || t.kbId || out.has(t.id)) return;
    const found = (byKey.get(k.key) ?? []).filter((j) => {
      const u = own[j]!;
      const early = t.firstYear !== undefined && u.firstYear !== undefined && t.firstYear < u.firstYear - 1;
      return j !== i && keyed[j]!.head !== k.head && u.mentions >= 3 * t.mentions && !early;
    });
    if (found.length === 1) out.set(t.id, own[found[0]!]!.id);
  });
}

/** Nodes of `type` ('treaty' or 'organisation') → the node each one is a longer or shorter name of, by id. */
export function containedNameMerges(nodes: readonly ContainedNode[], type: 'treaty' | 'organisation'): Map<string, string> {
  const own = nodes.filter((n) => n.type === type).sort((x, y) => compareStrings(x.id, y.id));
  const words = own.map((n) => wordsOf(n.label, type));
  const postings = new Map<string, number[]>();
  words.forEach((set, i) => set.forEach((w) => push(postings, w, i)));
  const distinct = DISTINCT[type];
  const out = new Map<string, string>();
  own.forEach((t, i) => {
    const mine = words[i]!;
    if (t.kbId || mine.size < 2) return;
    const core = [...mine].filter((w) => !QUALIFIERS.has(w));
    if (core.length < 2) return;
    // Every candidate holds all of the core words: scan the shortest posting list among them.
    const rarest = core.reduce((a, b) => ((postings.get(a)?.length ?? 0) <= (postings.get(b)?.length ?? 0) ? a : b));
    const found: number[] = [];
    const same: number[] = [];
    for (const j of postings.get(rarest) ?? []) {
      if (j === i) continue;
      const theirs = words[j]!;
      if (!core.every((w) => theirs.has(w))) continue;
      const u = own[j]!;
      if (t.firstYear !== undefined && u.firstYear !== undefined && t.firstYear < u.firstYear - 1) continue;
      const longer = theirs.size > mine.size && [...mine].every((w) => theirs.has(w));
      // The same name up to qualifiers on either side ("International …" / "United Nations Convention against Corruption").
      const qualified = [...theirs].every((w) => mine.has(w) || QUALIFIERS.has(w));
      const shorterOk = longer && (mine.size >= 3 || (type === 'treaty' && theirs.size === mine.size + 1)) && ![...theirs].some((w) => !mine.has(w) && distinct.has(w));
      if (qualified) same.push(j);
      if (shorterOk || qualified) found.push(j);
    }
    // The same name (up to qualifiers and order) outranks longer ones, which are other entities or run-ons
    // ("Marrakesh Declaration" beside "Marrakesh Ministerial Declaration"; "… International Security the States Members").
    // Several with the same words are one name too (they go to each other): the most mentioned stands for them.
    const first = (xs: number[]) => xs.reduce((a, b) => (own[b]!.mentions > own[a]!.mentions || (own[b]!.mentions === own[a]!.mentions && compareStrings(own[b]!.id, own[a]!.id) < 0) ? b : a));
    const pick = same.length > 0 ? first(same) : found.length === 1 ? found[0]! : undefined;
    if (pick === undefined) return;
    const u = own[pick]!;
    // Two wordings as often said: the one with qualifiers goes to the plainer (ids break an exact tie).
    const tie = same.length > 0 && u.mentions === t.mentions && (words[pick]!.size < mine.size || (words[pick]!.size === mine.size && compareStrings(u.id, t.id) < 0));
    if (u.kbId || u.mentions > t.mentions || tie) out.set(t.id, u.id);
  });
  if (type === 'treaty') headVariants(own, words, out);
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

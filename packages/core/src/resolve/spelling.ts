/**
 * Spelling variants of the KB's names are the KB's entities: old scans and hurried typing give "Javier Peres de
 * Cuellar", "Huraayun Rasheed Choudhury", "Mon-Aligned Movement". A name the KB does not know goes to a KB entity of
 * the same type when it is within a small edit distance of one of that entity's names (1 for names of 10 characters
 * or more, 2 from 18), shares its first or last word, and no other KB entity is as close. Short names never move: at
 * that length one letter is another name. A person's name of two or three words written surname first is the KB's
 * person of that name ("Habyarimana Juvenal").
 */
import { normaliseName } from '../knowledge/normalise.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import type { EntityType } from '../types.js';
import { compareStrings } from '../util/compare.js';

export interface NamedNode {
  id: string;
  label: string;
  type: EntityType;
}

/** Allowed edits for a name of this length. */
export function allowedEdits(length: number): number {
  return length >= 18 ? 2 : length >= 10 ? 1 : 0;
}

/**
 * Whether two names differ only in a plural "s": for instruments that is no misspelling but another thing ("Hague
 * Convention", one of several, is not the "Hague Conventions" of 1899 and 1907).
 */
export function pluralOnly(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.length === y.length && x.every((w, i) => w === y[i] || w + 's' === y[i] || w === y[i] + 's') && a !== b;
}

/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const AMBIGUOUS = '\u0000ambiguous';

/**
 * The KB's people by their names, for a name written surname first, as lists of speakers and delegations do
 * ("HABYARIMANA Juvénal", "Habyarimana Juvenal"): its surname moved to the end is the name the KB knows. A name two
 * people share is AMBIGUOUS.
 */
function surnameFirstIndex(kb: KnowledgeBase, kbIds: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of [...kbIds].sort(compareStrings)) {
    const entry = kb.entries.get(id);
    if (entry?.type !== 'person') continue;
    for (const name of entry.names) {
      const key = normaliseName(name);
      if (!key.includes(' ')) continue;
      const had = out.get(key);
      out.set(key, had === undefined || had === id ? id : AMBIGUOUS);
    }
  }
  return out;
}

/**
 * For nodes the KB does not know: the KB entity each one is a misspelling of, by node id. `kbIds` are the ids of
 * the KB entities present in the graph (only those can be merged into).
 */
export function spellingMerges(kb: KnowledgeBase, nodes: readonly NamedNode[], kbIds: ReadonlySet<string>): Map<string, string> {
  const byWord = new Map<string, Array<{ id: string; key: string }>>();
  for (const id of [...kbIds].sort(compareStrings)) {
    const entry = kb.entries.get(id);
    if (!entry || entry.type === 'state') continue;
    for (const name of entry.names) {
      const key = normaliseName(name);
      const words = key.split(' ');
      if (words.length < 2) continue;
      for (const w of new Set([words[0]!, words[words.length - 1]!])) {
        const list = byWord.get(`${entry.type}\u0000${w}`) ?? [];
        list.push({ id, key });
        byWord.set(`${entry.type}\u0000${w}`, list);
      }
    }
  }
  const people = surnameFirstIndex(kb, kbIds);
  const out = new Map<string, string>();
  for (const n of nodes) {
    const key = normaliseName(n.label);
    const words = key.split(' ');
    if (n.type === 'person' && words.length >= 2 && words.length <= 3) {
      const owner = people.get([...words.slice(1), words[0]!].join(' '));
      if (owner !== undefined && owner !== AMBIGUOUS) {
        out.set(n.id, owner);
        continue;
      }
    }
    const max = allowedEdits(key.length);
    if (words.length < 2 || max === 0) continue;
    let best = max + 1;
    let owners = new Set<string>();
    let bestKey: string | undefined;
    for (const w of new Set([words[0]!, words[words.length - 1]!])) {
      for (const c of byWord.get(`${n.type}\u0000${w}`) ?? []) {
        const d = boundedDistance(key, c.key, max);
        if (d < best) {
          best = d;
          bestKey = c.key;
          owners = new Set([c.id]);
        } else if (d === best && d <= max) {
          owners.add(c.id);
        }
      }
    }
    if (best <= max && owners.size === 1 && !(n.type === 'treaty' && bestKey !== undefined && pluralOnly(key, bestKey))) out.set(n.id, [...owners][0]!);
  }
  return out;
}

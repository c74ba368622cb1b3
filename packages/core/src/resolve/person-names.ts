/**
 * One rule for people's names, used within a document (resolve.ts) and across a graph (finalize.ts):
 *
 * - **Variants** of one name are one person: the same first and last name, with middle names or initials that agree
 *   from the left ("Mikhail Gorbachev" = "Mikhail S. Gorbachev" = "Mikhail Sergeyevich Gorbachev"), and titles of
 *   address before it dropped ("Comrade Mikhail Gorbachev"). Two forms whose middles disagree ("George H. W. Bush",
 *   "George W. Bush") keep their whole family apart.
 * - **A lone surname** goes to the person who carries it when that person is the only one, or holds at least
 *   `DOMINANCE` of the mentions of all full names ending with it (so one stray "Kua Waldheim" does not keep "Waldheim"
 *   from Kurt Waldheim); otherwise it stays apart and is marked ambiguous ("Bush" beside George Bush and George W.
 *   Bush, "Hussein" beside Saddam Hussein and King Hussein's family).
 */
import { normaliseName } from '../knowledge/normalise.js';
import { ADDRESS_WORDS } from '../detect/lexicon.js';
import { TITLES } from '../detect/persons.js';
import { compareStrings } from '../util/compare.js';

export const DOMINANCE = 0.9;

export interface NameParts {
  first: string;
  middles: string[];
  last: string;
}

/** The parts of a full name (normalised), or undefined for a one-word name. */
export function nameParts(label: string): NameParts | undefined {
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  while (words.length > 2 && (ADDRESS_WORDS.has(words[0]!) || TITLES.phrases.has(words[0]!))) words.shift();
  if (words.length < 2) return undefined;
  return { first: words[0]!, middles: words.slice(1, -1), last: words[words.length - 1]! };
}

/** Whether two full names can be the same person (see the module comment). */
export function compatibleNames(a: NameParts, b: NameParts): boolean {
  if (a.first !== b.first || a.last !== b.last) return false;
  const n = Math.min(a.middles.length, b.middles.length);
  for (let i = 0; i < n; i++) {
    const x = a.middles[i]!.replace(/\.$/, '');
    const y = b.middles[i]!.replace(/\.$/, '');
    if (!(x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y)))) return false;
  }
  return true;
}

export interface WeightedName {
  id: string;
  label: string;
  weight: number;
}

/**
 * Families of variants among full names: each family is merged into its heaviest member. Returns id → id of the
 * member it merges into (only for ids that move).
 */
export function variantMerges(names: readonly WeightedName[]): Map<string, string> {
  const groups = new Map<string, Array<WeightedName & { parts: NameParts }>>();
  for (const n of names) {
    const parts = nameParts(n.label);
    if (!parts) continue;
    const key = `${parts.first}\u0000${parts.last}`;
    const list = groups.get(key) ?? [];
    list.push({ ...n, parts });
    groups.set(key, list);
  }
  const out = new Map<string, string>();
  for (const family of groups.values()) {
    if (family.length < 2) continue;
    const agree = family.every((x, i) => family.every((y, j) => j <= i || compatibleNames(x.parts, y.parts)));
    if (!agree) continue;
    const head = [...family].sort((x, y) => y.weight - x.weight || compareStrings(x.id, y.id))[0]!;
    for (const m of family) if (m.id !== head.id) out.set(m.id, head.id);
  }
  return out;
}

/**
 * Where lone surnames go, over one set of full names: the id of the owner, 'ambiguous', or undefined when no full name
 * carries the surname.
 */
export function surnameResolver(fullNames: readonly WeightedName[]): (surname: string) => string | 'ambiguous' | undefined {
  const byLast = new Map<string, WeightedName[]>();
  for (const n of fullNames) {
    const last = nameParts(n.label)?.last;
    if (last === undefined) continue;
    const list = byLast.get(last) ?? [];
    list.push(n);
    byLast.set(last, list);
  }
  return (surname) => {
    const owners = byLast.get(normaliseName(surname));
    if (!owners) return undefined;
    if (owners.length === 1) return owners[0]!.id;
    const total = owners.reduce((s, n) => s + n.weight, 0);
    const top = [...owners].sort((x, y) => y.weight - x.weight || compareStrings(x.id, y.id))[0]!;
    return top.weight >= DOMINANCE * total ? top.id : 'ambiguous';
  };
}

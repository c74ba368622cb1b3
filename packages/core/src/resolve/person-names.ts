/**
 * One rule for people's names across a graph (finalize.ts):
 *
 * - **Variants** of one name are one person: the same surname, first names that agree (equal, or one the initial of
 *   the other), middle names or initials that agree from the left, and titles of address dropped ("Comrade Mikhail
 *   S. Gorbachev" = "Mikhail Sergeyevich Gorbachev"; "N. S. Khrushchev" = "Nikita S. Khrushchev"; "Foster Dulles" =
 *   "John Foster Dulles"). Names are gathered into families, the KB's people and the heaviest first; a name joins a
 *   family only when it agrees with every member and with no other family, so "George H. W. Bush" and "George W.
 *   Bush" never meet, and "George Bush" beside both joins neither.
 * - **A lone surname** ("Waldheim", "Mr. Waldheim", "Chairman Khrushchev") goes to the family that carries it when that
 *   family is the only one, or holds at least `DOMINANCE` of the mentions of all families ending with it (families of
 *   one or two mentions are noise and do not count against it); otherwise it stays apart, marked ambiguous ("Bush"
 *   beside George Bush and George W. Bush).
 * - A regnal or religious title is part of the name ("King Hussein", "Pope Francis", "Imam Hussein"): such a name is
 *   never taken for a surname.
 */
import { normaliseName } from '../knowledge/normalise.js';
import { ADDRESS_WORDS } from '../detect/lexicon.js';
import { TITLES } from '../detect/persons.js';
import { compareStrings } from '../util/compare.js';

export const DOMINANCE = 0.9;
const PATRONYMIC = new Set(['bin', 'ibn', 'ben', 'bint', 'binti', 'ould', 'ag', 'wad']);
/** Families this light do not make a surname ambiguous. */
const NOISE = 2;
const REGNAL = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress', 'sultan', 'emir', 'amir', 'sheikh', 'sheik', 'sheikha', 'imam', 'ayatollah', 'archbishop', 'bishop', 'cardinal', 'patriarch', 'saint', 'st.', 'crown']);

export interface NameParts {
  first: string;
  middles: string[];
  last: string;
}

/** The words of a name without the titles of address before it; regnal titles stay. */
function nameWords(label: string): string[] {
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  while (words.length > 1 && !REGNAL.has(words[0]!) && (ADDRESS_WORDS.has(words[0]!) || TITLES.phrases.has(words[0]!) || words[0] === 'herr' || words[0] === 'monsieur')) words.shift();
  return words;
}

/** The parts of a full name (normalised), or undefined when it is one word or holds a regnal title. */
export function nameParts(label: string): NameParts | undefined {
  const words = nameWords(label);
  if (words.length < 2 || REGNAL.has(words[0]!)) return undefined;
  return { first: words[0]!, middles: words.slice(1, -1), last: words[words.length - 1]! };
}

/** The surname a lone-surname label stands for ("Mr. Waldheim" → "waldheim"), or undefined. */
export function loneSurname(label: string): string | undefined {
  const words = nameWords(label);
  return words.length === 1 && !/\d/.test(words[0]!) ? words[0] : undefined;
}

const bare = (w: string) => w.replace(/\.$/, '');
const agree = (x: string, y: string) => {
  const a = bare(x);
  const b = bare(y);
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
};

/** Whether two full names can be the same person (see the module comment). */
export function compatibleNames(a: NameParts, b: NameParts): boolean {
  if (a.last !== b.last) return false;
  const wa = [a.first, ...a.middles];
  const wb = [b.first, ...b.middles];
  // "Foster Dulles" within "John Foster Dulles": the shorter is the end of the longer.
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length < long.length && short.every((w, i) => w === long[long.length - short.length + i])) return true;
  if (!agree(a.first, b.first)) return false;
  const n = Math.min(a.middles.length, b.middles.length);
  for (let i = 0; i < n; i++) if (!agree(a.middles[i]!, b.middles[i]!)) return false;
  return true;
}

export interface WeightedName {
  id: string;
  label: string;
  weight: number;
  /** A person the KB knows: heads its own family and never moves into another. */
  fixed?: boolean;
}

interface Family {
  head: WeightedName;
  members: Array<WeightedName & { parts: NameParts }>;
  weight: number;
}

/** Families of variants, by surname (see the module comment); heaviest member first in each. */
function families(names: readonly WeightedName[]): Map<string, Family[]> {
  const byLast = new Map<string, Array<WeightedName & { parts: NameParts }>>();
  for (const n of names) {
    const parts = nameParts(n.label);
    if (!parts) continue;
    const list = byLast.get(parts.last) ?? [];
    list.push({ ...n, parts });
    byLast.set(parts.last, list);
  }
  const out = new Map<string, Family[]>();
  for (const [last, list] of byLast) {
    list.sort((x, y) => Number(!!y.fixed) - Number(!!x.fixed) || y.weight - x.weight || compareStrings(x.id, y.id));
    const fams: Family[] = [];
    for (const n of list) {
      // A name that could join two families ("George Bush" beside George H. W. and George W. Bush) joins neither.
      const homes = n.fixed ? [] : fams.filter((f) => f.members.every((m) => compatibleNames(m.parts, n.parts)));
      // Several names of one KB person are several families of one id: they count as one home.
      const home = new Set(homes.map((f) => f.head.id)).size === 1 ? homes[0] : undefined;
      if (home) {
        home.members.push(n);
        home.weight += n.weight;
      } else {
        fams.push({ head: n, members: [n], weight: n.weight });
      }
    }
    out.set(last, fams);
  }
  return out;
}

/** Full names to merge: id → id of the heaviest member of its family (only ids that move). */
export function variantMerges(names: readonly WeightedName[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const fams of families(names).values()) for (const f of fams) for (const m of f.members) if (m.id !== f.head.id && !m.fixed) out.set(m.id, f.head.id);
  return out;
}

/**
 * Where lone surnames go, over one set of full names: the id of the owner, 'ambiguous', or undefined when no full name
 * carries the surname.
 */
export function surnameResolver(fullNames: readonly WeightedName[]): (surname: string) => string | 'ambiguous' | undefined {
  const byLast = families(fullNames);
  return (surname) => {
    const found = byLast.get(normaliseName(surname));
    if (!found || found.length === 0) return undefined;
    // One person under several names (a KB person's variants) is one owner, with the weight of its heaviest name.
    const byHead = new Map<string, Family>();
    for (const f of found) {
      const known = byHead.get(f.head.id);
      if (!known || f.weight > known.weight) byHead.set(f.head.id, f);
    }
    const fams = [...byHead.values()];
    const top = fams.reduce((x, y) => (y.weight > x.weight || (y.weight === x.weight && compareStrings(y.head.id, x.head.id) < 0) ? y : x));
    const total = fams.reduce((s, f) => s + (f === top || f.weight > NOISE ? f.weight : 0), 0);
    return top.weight >= DOMINANCE * total ? top.head.id : 'ambiguous';
  };
}

/** The weight of a KB person the graph does not hold: a few mentions' worth of prior (see kbPeopleNames). */
export const KB_PRIOR = NOISE + 1;

/**
 * The KB's people with all the KB's names for them, as weighted full names for the surname rule: those the graph
 * holds weigh their mentions, the others `KB_PRIOR`. So a lone surname no full name in
 * the graph carries goes to the KB's only person of that surname ("Kagame" in speeches that never name Paul Kagame in
 * full), and a KB person counts against a stray full name of the same surname ("Erdogan" beside one mention of Emine
 * Erdogan is not hers). Detection has already judged the word a person's name in its sentence, which a bare-surname
 * gazetteer could not ("Hague", "Wilson"). Names whose last word is a father's name ("Tamim bin Hamad") or anyone's
 * first name ("Moses") give no surname.
 */
export function kbPeopleNames(people: ReadonlyArray<{ id: string; names: readonly string[] }>, mentions: ReadonlyMap<string, number>): WeightedName[] {
  const given = new Set<string>();
  for (const p of people) for (const n of p.names) { const parts = nameParts(n); if (parts) given.add(parts.first); }
  const out: WeightedName[] = [];
  for (const p of people) {
    for (const label of new Set(p.names)) {
      const parts = nameParts(label);
      if (!parts || PATRONYMIC.has(parts.middles.at(-1) ?? parts.first) || given.has(parts.last)) continue;
      out.push({ id: p.id, label, weight: mentions.get(p.id) ?? KB_PRIOR, fixed: true });
    }
  }
  return out;
}

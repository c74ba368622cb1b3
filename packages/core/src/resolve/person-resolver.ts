/**
 * Who a person's name denotes: one rule for the names of one document (resolve.ts, and propagation in
 * detect/persons.ts) and for the weighted names of a graph (graph/finalize.ts), with a scope saying what a mention
 * is worth there.
 *
 * - **Variants** of one name are one person (person-names.ts says which forms agree). Names are gathered into
 *   families by surname, the KB's people first; a name joins a family only when it agrees with every member and with
 *   no other family, so "George H. W. Bush" and "George W. Bush" never meet, and "George Bush" beside both joins
 *   neither. A KB person's names head their own families and never move.
 * - **A lone surname** ("Waldheim", "Mr. Waldheim", "Chairman Khrushchev") goes to the family that carries it when that
 *   family is the only one, or holds at least `dominance` of the weight of all families ending with it (families no
 *   heavier than `noise` do not count against it); otherwise it is ambiguous and stays apart ("Bush" beside George
 *   Bush and George W. Bush).
 *
 * The scopes differ only in what the evidence is worth. In a document every name counts and a surname shared by two
 * people is ambiguous (`DOCUMENT_SCOPE`); the family stands under its fullest name, since a person is introduced in
 * full and referred to in short; a KB person counts under all the KB's names for it; "King Hussein" owns a later
 * "Hussein", and "Lord Palmerston" a bare "Palmerston" (documentPeople). Across a graph (`GRAPH_SCOPE`), weights are
 * mentions: a stray full name or two does not take a surname from a person named a thousand times; the family stands
 * under its most mentioned name; a regnal name owns no surname (many Husseins are named by title alone); and a lone
 * word far more frequent than the person it would join is something else ("Power" in "a great Power" beside one
 * Samantha Power), measured against that person's own mentions, whatever other lone forms joined it first. A
 * name that two families could take goes to neither, unless one of them holds that very name.
 */
import type { Candidate } from '../detect/candidate.js';
import type { KbEntry } from '../knowledge/kb-types.js';
import { normaliseName } from '../knowledge/normalise.js';
import { isKnownWord } from '../language/known-words.js';
import { compareStrings } from '../util/compare.js';
import { compatibleNames, isSuffix, loneSurname, nameParts, PATRONYMIC, type NameParts } from './person-names.js';

export interface WeightedName {
  id: string;
  label: string;
  weight: number;
  /** A person the KB knows: heads its own family and never moves into another. */
  fixed?: boolean;
}

export interface NameScope {
  /** The share of the weight of all families of a surname that its heaviest family must hold to own it. */
  dominance: number;
  /** Families no heavier than this do not make a surname ambiguous. */
  noise: number;
  /**
   * Which member a family stands under: its most mentioned name, or its fullest (most words, then letters, then the
   * fewest titles: "Mikhail Gorbachev" before "Comrade Mikhail Gorbachev").
   */
  head: 'weight' | 'fullest';
  /** Whether a regnal name ("King Hussein") is a family whose name word a lone mention can denote. */
  regnal: boolean;
  /**
   * How many times the weight of its owner a lone surname may weigh and still join it: for a surname that is an
   * ordinary English word ("Power", "Rice"), and for any other.
   */
  ratio?: { word: number; name: number };
}

/** One document's mentions: each name counts, and two people of one surname make it ambiguous. */
export const DOCUMENT_SCOPE: NameScope = { dominance: 1, noise: 0, head: 'fullest', regnal: true };
/** A graph's nodes, weighted by mentions. */
export const GRAPH_SCOPE: NameScope = { dominance: 0.9, noise: 2, head: 'weight', regnal: false, ratio: { word: 5, name: 20 } };

/** The weight of a KB person the graph does not hold: a few mentions' worth of prior (see kbPeopleNames). */
export const KB_PRIOR = GRAPH_SCOPE.noise + 1;

export interface PersonResolver {
  /** Full names that are variants of another: id → the id of the name its family stands under (only ids that move). */
  readonly variants: ReadonlyMap<string, string>;
  /**
   * The id of the person a lone surname denotes, 'ambiguous' when several share it, or undefined when no name carries
   * it (or, with a ratio, when the surname, of `weight` mentions, is too frequent to be its owner's).
   */
  surname(word: string, weight?: number): string | 'ambiguous' | undefined;
}

type Member = WeightedName & { parts: NameParts; size: number };

interface Family {
  head: Member;
  members: Member[];
  weight: number;
}

/** The decisions of one scope over one set of names (see the module comment). */
export function createPersonResolver(names: readonly WeightedName[], scope: NameScope): PersonResolver {
  const byLast = families(names, scope);
  const variants = new Map<string, string>();
  for (const fams of byLast.values()) for (const f of fams) for (const m of f.members) if (m.id !== f.head.id && !m.fixed) variants.set(m.id, f.head.id);
  // The weight of each person: its heaviest name (a graph node's mentions, a KB person's prior).
  const weightOf = new Map<string, number>();
  for (const n of names) weightOf.set(n.id, Math.max(weightOf.get(n.id) ?? 0, n.weight));
  return {
    variants,
    surname(word, weight) {
      const surname = normaliseName(word);
      const found = isSuffix(surname) ? undefined : byLast.get(surname);
      if (!found || found.length === 0) return undefined;
      // One person under several names (a KB person's variants) is one owner, with the weight of its heaviest name.
      const byHead = new Map<string, Family>();
      for (const f of found) {
        const known = byHead.get(f.head.id);
        if (!known || f.weight > known.weight) byHead.set(f.head.id, f);
      }
      const fams = [...byHead.values()];
      const top = fams.reduce((x, y) => (y.weight > x.weight || (y.weight === x.weight && compareStrings(y.head.id, x.head.id) < 0) ? y : x));
      const total = fams.reduce((s, f) => s + (f === top || f.weight > scope.noise ? f.weight : 0), 0);
      if (top.weight < scope.dominance * total) return 'ambiguous';
      // A person is named in full now and then: a lone word far more often seen than its owner is something else.
      const limit = scope.ratio && (isKnownWord(surname) ? scope.ratio.word : scope.ratio.name);
      if (limit !== undefined && weight !== undefined && weight > (weightOf.get(top.head.id) ?? 0) * limit) return undefined;
      return top.head.id;
    },
  };
}

/** Families of variants, by surname (see the module comment); the member it stands under first in each. */
function families(names: readonly WeightedName[], scope: NameScope): Map<string, Family[]> {
  const byLast = new Map<string, Member[]>();
  for (const n of names) {
    const parts = nameParts(n.label, scope.regnal);
    if (!parts) continue;
    const list = byLast.get(parts.last) ?? [];
    list.push({ ...n, parts, size: parts.middles.length + 2 });
    byLast.set(parts.last, list);
  }
  const letters = (m: Member) => m.parts.first.length + m.parts.last.length + m.parts.middles.reduce((s, w) => s + w.length, 0);
  const rank =
    scope.head === 'weight'
      ? (x: Member, y: Member) => y.weight - x.weight
      : (x: Member, y: Member) => y.size - x.size || letters(y) - letters(x) || x.label.length - y.label.length || y.weight - x.weight;
  const out = new Map<string, Family[]>();
  for (const [last, list] of byLast) {
    list.sort((x, y) => Number(!!y.fixed) - Number(!!x.fixed) || rank(x, y) || compareStrings(x.id, y.id));
    const fams: Family[] = [];
    for (const n of list) {
      // A name that could join two families ("George Bush" beside George H. W. and George W. Bush) joins neither.
      const homes = n.fixed ? [] : fams.filter((f) => f.members.every((m) => compatibleNames(m.parts, n.parts)));
      // Several names of one KB person are several families of one id: they count as one home. Of several, the one
      // that holds this very name is it ("Madam Sirimavo Bandaranaike" beside Sirimavo and S. W. R. D. Bandaranaike).
      const exact = homes.length > 1 ? homes.filter((f) => f.members.some((m) => sameParts(m.parts, n.parts))) : [];
      const home = new Set(homes.map((f) => f.head.id)).size === 1 ? homes[0] : new Set(exact.map((f) => f.head.id)).size === 1 ? exact[0] : undefined;
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

const sameParts = (a: NameParts, b: NameParts) => a.first === b.first && a.last === b.last && a.middles.join(' ') === b.middles.join(' ');

/** A full name whose last word is a surname, not a father's name ("Tamim bin Hamad"). */
function bearsSurname(label: string): boolean {
  const parts = nameParts(label);
  return parts !== undefined && !PATRONYMIC.has(parts.middles.at(-1) ?? parts.first);
}

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
      if (!bearsSurname(label) || given.has(nameParts(label)!.last)) continue;
      out.push({ id: p.id, label, weight: mentions.get(p.id) ?? KB_PRIOR, fixed: true });
    }
  }
  return out;
}

/** A person named in a document: the KB's entry when it is one, else the name detection gave it. */
export interface DocumentPerson<E> {
  label: string;
  entry?: E;
}

/**
 * The people of one document under `DOCUMENT_SCOPE`: the person each name form denotes there (a variant → its
 * family's fullest name, a lone surname → the one person who carries it), 'ambiguous' for a surname several people
 * of the document carry, or undefined when it stands for itself.
 */
export function documentPeople<E extends { id: string; name: string; names: readonly string[] }>(people: ReadonlyArray<DocumentPerson<E>>): (label: string) => DocumentPerson<E> | 'ambiguous' | undefined {
  const byId = new Map<string, DocumentPerson<E>>();
  const weights = new Map<string, WeightedName>();
  for (const p of people) {
    const id = p.entry ? `kb\u0000${p.entry.id}` : normaliseName(p.label);
    if (p.entry && !byId.has(id)) byId.set(id, { label: p.entry.name, entry: p.entry });
    else if (!byId.has(id)) byId.set(id, { label: p.label });
    // A KB person is known by all the KB's names for it ("I. V. Stalin" is a form of Iosif Vissarionovich Stalin).
    for (const label of p.entry ? [p.entry.name, ...p.entry.names.filter((n) => n !== p.entry!.name && bearsSurname(n))] : [p.label]) {
      const key = `${id}\u0000${label}`;
      const known = weights.get(key);
      if (known) known.weight++;
      else weights.set(key, { id, label, weight: 1, ...(p.entry ? { fixed: true } : {}) });
    }
  }
  const resolver = createPersonResolver([...weights.values()].sort((x, y) => compareStrings(x.id, y.id) || compareStrings(x.label, y.label)), DOCUMENT_SCOPE);
  // A surname no full name carries may still have been given a title once ("Lord Palmerston … Palmerston"): the bare
  // surname is that name when one titled form carries it.
  const titled = new Map<string, Set<string>>();
  for (const p of people) {
    const surname = p.entry ? undefined : loneSurname(p.label);
    if (surname !== undefined && normaliseName(p.label) !== surname) titled.set(surname, (titled.get(surname) ?? new Set()).add(normaliseName(p.label)));
  }
  return (label) => {
    const surname = loneSurname(label);
    const id = surname !== undefined ? resolver.surname(surname) : resolver.variants.get(normaliseName(label));
    if (id === undefined && surname !== undefined && normaliseName(label) === surname && titled.get(surname)?.size === 1) return byId.get([...titled.get(surname)!][0]!);
    return id === undefined || id === 'ambiguous' ? id : byId.get(id);
  };
}

/** `documentPeople` over a document's person candidates: the KB's by their entry, the others by their label. */
export function candidatePeople(candidates: readonly Candidate[]): (label: string) => DocumentPerson<KbEntry> | 'ambiguous' | undefined {
  const people: Array<DocumentPerson<KbEntry>> = [];
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    if (c.entry) people.push({ label: c.entry.name, entry: c.entry });
    else if (c.label) people.push({ label: c.label });
  }
  return documentPeople(people);
}

/**
 * The knowledge base: entities the product knows by name, and a gazetteer over all their names.
 *
 * The gazetteer is a map from a name's normal form to what it names, plus the set of first tokens of all names so that a
 * scan can skip the great majority of tokens with one set lookup. Besides entity names it holds capitals (for
 * metonymy: "Moscow maintains"), demonyms ("Russian Foreign Minister"), and blocking names (regions, days, months) that
 * are not entities but must win over a shorter name inside them ("Latin America" is not America).
 */
import type { EntityType } from '../types.js';
import { firstToken, isAcronymLike, normaliseName } from './normalise.js';
import type { KbData, KbEntry, PersonRecord } from './kb-types.js';
import { BLOCKED_NAMES } from './blocked-names.js';
import { InvalidInputError, describe } from '../errors.js';

export type NameKind = 'name' | 'capital' | 'demonym' | 'block';

export interface NameHit {
  kind: NameKind;
  /** The entry named (absent for blocking names). */
  entry?: KbEntry;
  /** The name as written in the KB; acronym-like names must match it exactly. */
  surface: string;
  exactCase: boolean;
}

export interface KnowledgeBase {
  version: string;
  entries: ReadonlyMap<string, KbEntry>;
  /** normalised name → hits (several when a name is shared: kinds are tried in order name, capital, demonym, block). */
  names: ReadonlyMap<string, NameHit[]>;
  firstTokens: ReadonlySet<string>;
  /**
   * Every prefix of every name that ends where a token can end (before a space, or where letters meet punctuation):
   * a scan stops extending a match as soon as what it has read is no such prefix, usually after one or two tokens.
   */
  prefixes: ReadonlySet<string>;
  /** The longest name, in characters of its normal form: scans stop extending there. */
  maxNameLength: number;
  /** normalised demonym → state entry. */
  demonyms: ReadonlyMap<string, KbEntry>;
  treaties: readonly KbEntry[];
}

const KIND_ORDER: Record<NameKind, number> = { name: 0, capital: 1, demonym: 2, block: 3 };

export { firstToken } from './normalise.js';

export function createKnowledgeBase(data: KbData): KnowledgeBase {
  validateKbData(data);
  const entries = new Map<string, KbEntry>();
  const names = new Map<string, NameHit[]>();
  const firstTokens = new Set<string>();
  const prefixes = new Set<string>();
  const demonyms = new Map<string, KbEntry>();
  const treaties: KbEntry[] = [];
  let maxNameLength = 0;

  const addName = (surface: string, kind: NameKind, entry?: KbEntry): void => {
    const trimmed = surface.trim();
    if (trimmed.length < 2) return;
    const key = normaliseName(trimmed);
    const exactCase = isAcronymLike(trimmed);
    const hits = names.get(key) ?? [];
    if (hits.some((h) => h.kind === kind && h.entry === entry && h.surface === trimmed)) return;
    hits.push({ kind, entry, surface: trimmed, exactCase });
    hits.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    names.set(key, hits);
    firstTokens.add(firstToken(key));
    addPrefixes(key, prefixes);
    if (key.length > maxNameLength) maxNameLength = key.length;
  };

  const addEntry = (entry: KbEntry): void => {
    if (entries.has(entry.id)) return; // first file wins: states, then organisations, then treaties
    entries.set(entry.id, entry);
    for (const n of entry.names) addName(n, 'name', entry);
  };

  for (const s of data.states.entries) {
    const entry: KbEntry = {
      id: s.id,
      type: 'state',
      name: s.name,
      names: unique([s.name, s.official ?? '', ...s.aliases]),
      demonyms: s.demonyms,
      capitals: s.capitals,
      ...(s.wikidata ? { wikidata: s.wikidata } : {}),
      ...(s.historical ? { historical: true } : {}),
    };
    addEntry(entry);
  }
  const orgs = [...data.organisations.entries, ...(data.nationalOrganisations?.entries ?? [])];
  for (const o of orgs) {
    addEntry({ id: o.id, type: 'organisation', name: o.name, names: unique([o.name, ...o.acronyms, ...o.aliases]), ...(o.wikidata ? { wikidata: o.wikidata } : {}), ...(o.country ? { country: o.country } : {}) });
  }
  for (const t of data.treaties.entries) {
    const entry: KbEntry = { id: t.id, type: 'treaty', name: t.name, names: unique([t.name, ...t.acronyms, ...t.aliases]), ...(t.wikidata ? { wikidata: t.wikidata } : {}), ...(typeof t.year === 'number' ? { year: t.year } : {}), ...(t.parties?.length ? { parties: t.parties } : {}) };
    addEntry(entry);
    treaties.push(entry);
  }
  addWordOrderVariants(entries, names, addName);
  // Capitals and demonyms after all names, so a name always sorts first for a shared key ("Singapore", "Monaco").
  for (const s of data.states.entries) {
    const entry = entries.get(s.id);
    if (!entry || entry.type !== 'state') continue;
    if (!s.historical) for (const c of s.capitals) addName(c, 'capital', entry);
    for (const d of s.demonyms) {
      addName(d, 'demonym', entry);
      const key = normaliseName(d);
      if (!demonyms.has(key) || s.historical !== true) demonyms.set(key, entry);
    }
  }
  for (const b of BLOCKED_NAMES) addName(b, 'block');
  for (const b of data.nonEntities?.entries ?? []) addName(b.name, 'block');
  // Last: a person's name never takes a key a state, capital, demonym or blocking name already has.
  addPersons(data.persons?.entries ?? [], addEntry);

  const version = [data.states, data.organisations, data.nationalOrganisations, data.treaties, data.persons, data.nonEntities]
    .filter((f) => f !== undefined)
    .map((f) => f.version)
    .join('+');
  return { version, entries, names, firstTokens, prefixes, maxNameLength, demonyms, treaties };
}

/**
 * Bodies of an organisation are named both ways round: "United Nations General Assembly" and "General Assembly of the
 * United Nations", "United Nations Secretariat" and "Secretariat of the United Nations". For every organisation name
 * that starts with another organisation's name, the other order is a name too (unless it already names something).
 */
function addWordOrderVariants(entries: Map<string, KbEntry>, names: Map<string, NameHit[]>, addName: (surface: string, kind: NameKind, entry?: KbEntry) => void): void {
  const isOrgName = (key: string) => names.get(key)?.some((h) => h.kind === 'name' && h.entry?.type === 'organisation') ?? false;
  for (const entry of entries.values()) {
    if (entry.type !== 'organisation') continue;
    for (const name of entry.names) {
      const words = name.split(' ');
      for (let k = 1; k < words.length; k++) {
        const owner = words.slice(0, k).join(' ');
        const body = words.slice(k).join(' ');
        if (isAcronymLike(owner) || !/^\p{Lu}/u.test(body) || !isOrgName(normaliseName(owner))) continue;
        for (const variant of [`${body} of the ${owner}`, `${body} of ${owner}`]) if (!names.has(normaliseName(variant))) addName(variant, 'name', entry);
      }
    }
  }
}

/**
 * People: every full name and variant is a name. A bare surname is not: "Hague" would find William Hague in every
 * speech about The Hague, "Wilson" Harold Wilson in speeches about Woodrow Wilson. A surname reaches a KB person
 * through the full name earlier in the document (detect/persons.ts) or, across documents, when the graph folds lone
 * surnames (resolve/person-names.ts), where the KB's people count as owners.
 */
function addPersons(persons: readonly PersonRecord[], addEntry: (e: KbEntry) => void): void {
  for (const p of persons) {
    addEntry({ id: p.id, type: 'person', name: p.name, names: unique([p.name, ...p.aliases]), ...(p.wikidata ? { wikidata: p.wikidata } : {}) });
  }
}

const ALNUM = /[a-z0-9]/;

function addPrefixes(key: string, into: Set<string>): void {
  for (let i = 1; i <= key.length; i++) {
    if (i === key.length || key[i] === ' ' || ALNUM.test(key[i - 1]!) !== ALNUM.test(key[i]!)) into.add(key.slice(0, i));
  }
}

/** Check the shape of KB data before indexing it, naming the file part and entry at fault. */
function validateKbData(data: KbData): void {
  if (!data || typeof data !== 'object') throw new InvalidInputError('createKnowledgeBase', 'data', `expected {states, organisations, treaties}, received ${describe(data)}`);
  for (const part of ['states', 'organisations', 'nationalOrganisations', 'treaties'] as const) {
    const file = data[part];
    if (file === undefined && part === 'nationalOrganisations') continue;
    if (!file || !Array.isArray(file.entries)) throw new InvalidInputError('createKnowledgeBase', part, `expected {version, entries: [...]}, received ${describe(file)}`);
    file.entries.forEach((e: { id?: unknown; name?: unknown; aliases?: unknown }, i: number) => {
      if (typeof e?.id !== 'string' || typeof e.name !== 'string' || !Array.isArray(e.aliases)) {
        throw new InvalidInputError('createKnowledgeBase', `${part} entry ${i}`, 'expected string "id" and "name" and an "aliases" array');
      }
    });
  }
}

/** Pick the hit to use for a surface form: the first kind whose case rule the surface satisfies. */
/**
 * The KB entries of a type that go by a normalised name: usually one, several where the KB gives one name to
 * several on purpose ("National Liberation Front", "Comprehensive Peace Agreement": resolve/shared-names.ts).
 */
export function entriesNamed(kb: KnowledgeBase, key: string, type: EntityType): KbEntry[] {
  return (kb.names.get(key) ?? []).flatMap((h) => (h.kind === 'name' && h.entry?.type === type ? [h.entry] : []));
}

export function selectHit(hits: readonly NameHit[], surface: string): NameHit | undefined {
  for (const h of hits) {
    if (h.exactCase) {
      if (surface.replace(/[\u2019]/g, "'") === h.surface) return h;
      continue;
    }
    // Names must be written as names: a lowercase "america" or "turkey" is a word, not a state.
    const c = surface.charCodeAt(0);
    const upperOrDigit = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || surface[0] !== surface[0]!.toLowerCase();
    if (upperOrDigit) return h;
  }
  return undefined;
}


function unique(list: string[]): string[] {
  return [...new Set(list.filter((s) => s.trim().length > 0))];
}

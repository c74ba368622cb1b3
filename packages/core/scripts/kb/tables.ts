/**
 * The hand-written tables of the KB build, read from data/sources/*.yaml and checked for shape, so that a typo in a
 * table stops the build with the file and key named instead of silently changing the KB.
 */
import path from 'node:path';
import { readYaml } from './kb-file.js';
import { sourcesDir } from './paths.js';

export interface StateEntry {
  id: string;
  name: string;
  official: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  wikidata?: string;
  historical?: true;
}

export interface StateTables {
  /** world-countries entries that are no state or territory: left out of the KB. */
  notStates: Set<string>;
  altSpellingsKept: Set<string>;
  englishStateWords: string[];
  nonEnglishWords: Set<string>;
  extraAliases: Record<string, string[]>;
  dropAliases: Record<string, string[]>;
  officialNames: Record<string, string>;
  demonymsReplace: Record<string, string[]>;
  demonymsExtra: Record<string, string[]>;
  demonymsWithoutPlural: Set<string>;
  demonymPluralsExtra: Record<string, string[]>;
  demonymOwners: Record<string, string>;
  capitalsExtra: Record<string, string[]>;
  capitalsDrop: Record<string, string[]>;
  wikidata: Record<string, string>;
}

export interface OrgPatch {
  /** Find by Wikidata id, or by name (merge key). */
  wikidata?: string;
  match?: string;
  name?: string;
  setWikidata?: string;
  acronyms?: string[];
  aliases?: string[];
  dropAcronyms?: string[];
  dropAliases?: string[];
  /** Create the entry when no source has it. */
  create?: boolean;
}

export interface OrganisationTables {
  extraSourcesNote: string;
  internaciaDirs: Set<string>;
  internaciaKeep: Set<string>;
  internaciaSkip: Set<string>;
  merges: Array<[string, string]>;
  genericWords: Set<string>;
  commonWords: Set<string>;
  acronymWordsKept: Set<string>;
  twoLetterAcronymsKept: Set<string>;
  patches: OrgPatch[];
}

class TableError extends Error {
  constructor(file: string, key: string, expected: string, received: unknown) {
    super(`build-kb: data/sources/${file}: "${key}" must be ${expected}, received ${JSON.stringify(received)?.slice(0, 80)}`);
    this.name = 'TableError';
  }
}

type Doc = Record<string, unknown>;

function load(file: string): Doc {
  const doc = readYaml(path.join(sourcesDir, file)) as unknown;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new TableError(file, '(file)', 'a mapping', doc);
  const d = doc as Doc;
  for (const k of ['source', 'licence']) if (typeof d[k] !== 'string') throw new TableError(file, k, 'a string naming where the table comes from', d[k]);
  return d;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function strings(file: string, key: string, v: unknown): string[] {
  if (!isStrings(v)) throw new TableError(file, key, 'a list of strings', v);
  return v;
}

/** A folded block of words ("a b c"), or a list. */
function words(file: string, key: string, v: unknown): Set<string> {
  if (typeof v === 'string') return new Set(v.split(/\s+/).filter(Boolean));
  return new Set(strings(file, key, v));
}

function listMap(file: string, key: string, v: unknown): Record<string, string[]> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new TableError(file, key, 'a mapping of lists', v);
  for (const [k, x] of Object.entries(v)) strings(file, `${key}.${k}`, x);
  return v as Record<string, string[]>;
}

function stringMap(file: string, key: string, v: unknown): Record<string, string> {
  if (!v || typeof v !== 'object' || Array.isArray(v) || !Object.values(v).every((x) => typeof x === 'string')) {
    throw new TableError(file, key, 'a mapping of strings', v);
  }
  return v as Record<string, string>;
}

export function loadStateTables(): StateTables {
  const f = 'states.yaml';
  const d = load(f);
  return {
    notStates: new Set(strings(f, 'notStates', d['notStates'])),
    altSpellingsKept: new Set(strings(f, 'altSpellingsKept', d['altSpellingsKept'])),
    englishStateWords: strings(f, 'englishStateWords', d['englishStateWords']),
    nonEnglishWords: new Set(strings(f, 'nonEnglishWords', d['nonEnglishWords'])),
    extraAliases: listMap(f, 'extraAliases', d['extraAliases']),
    dropAliases: listMap(f, 'dropAliases', d['dropAliases']),
    officialNames: stringMap(f, 'officialNames', d['officialNames']),
    demonymsReplace: listMap(f, 'demonymsReplace', d['demonymsReplace']),
    demonymsExtra: listMap(f, 'demonymsExtra', d['demonymsExtra']),
    demonymsWithoutPlural: new Set(strings(f, 'demonymsWithoutPlural', d['demonymsWithoutPlural'])),
    demonymPluralsExtra: listMap(f, 'demonymPluralsExtra', d['demonymPluralsExtra']),
    demonymOwners: stringMap(f, 'demonymOwners', d['demonymOwners']),
    capitalsExtra: listMap(f, 'capitalsExtra', d['capitalsExtra']),
    capitalsDrop: listMap(f, 'capitalsDrop', d['capitalsDrop']),
    wikidata: stringMap(f, 'wikidata', d['wikidata']),
  };
}

export function loadHistoricalStates(): StateEntry[] {
  const f = 'historical-states.yaml';
  const list = load(f)['states'];
  if (!Array.isArray(list)) throw new TableError(f, 'states', 'a list', list);
  return list.map((s: Doc, i) => {
    const at = `states[${i}]`;
    for (const k of ['id', 'name', 'official']) if (typeof s[k] !== 'string') throw new TableError(f, `${at}.${k}`, 'a string', s[k]);
    for (const k of ['aliases', 'demonyms', 'capitals']) strings(f, `${at}.${k}`, s[k]);
    if (s['wikidata'] !== undefined && typeof s['wikidata'] !== 'string') throw new TableError(f, `${at}.wikidata`, 'a string', s['wikidata']);
    if (s['historical'] !== true) throw new TableError(f, `${at}.historical`, 'true', s['historical']);
    return s as unknown as StateEntry;
  });
}

const PATCH_KEYS: Record<keyof OrgPatch, 'string' | 'strings' | 'boolean'> = {
  wikidata: 'string', match: 'string', name: 'string', setWikidata: 'string', acronyms: 'strings', aliases: 'strings',
  dropAcronyms: 'strings', dropAliases: 'strings', create: 'boolean',
};

function loadPatches(): OrgPatch[] {
  const f = 'organisation-patches.yaml';
  const list = load(f)['patches'];
  if (!Array.isArray(list)) throw new TableError(f, 'patches', 'a list', list);
  return list.map((p: Doc, i) => {
    if (!p || typeof p !== 'object') throw new TableError(f, `patches[${i}]`, 'a mapping', p);
    for (const [k, v] of Object.entries(p)) {
      const kind = PATCH_KEYS[k as keyof OrgPatch];
      const ok = kind === 'strings' ? isStrings(v) : kind !== undefined && typeof v === kind;
      if (!ok) throw new TableError(f, `patches[${i}].${k}`, kind ? `a ${kind === 'strings' ? 'list of strings' : kind}` : `one of ${Object.keys(PATCH_KEYS).join(', ')}`, v);
    }
    if (!p['wikidata'] && !p['match']) throw new TableError(f, `patches[${i}]`, 'a mapping with wikidata or match', p);
    return p as OrgPatch;
  });
}

export function loadOrganisationTables(): OrganisationTables {
  const f = 'organisations.yaml';
  const d = load(f);
  const inter = (d['internacia'] ?? {}) as Doc;
  const merges = d['merges'];
  if (!Array.isArray(merges) || !merges.every((m) => isStrings(m) && m.length === 2)) throw new TableError(f, 'merges', 'a list of [from, into] pairs', merges);
  if (typeof d['extraSourcesNote'] !== 'string') throw new TableError(f, 'extraSourcesNote', 'a string', d['extraSourcesNote']);
  return {
    extraSourcesNote: d['extraSourcesNote'],
    internaciaDirs: words(f, 'internacia.dirs', inter['dirs']),
    internaciaKeep: words(f, 'internacia.keep', inter['keep']),
    internaciaSkip: words(f, 'internacia.skip', inter['skip']),
    merges: merges as Array<[string, string]>,
    genericWords: words(f, 'genericWords', d['genericWords']),
    commonWords: words(f, 'commonWords', d['commonWords']),
    acronymWordsKept: words(f, 'acronymWordsKept', d['acronymWordsKept']),
    twoLetterAcronymsKept: words(f, 'twoLetterAcronymsKept', d['twoLetterAcronymsKept']),
    patches: loadPatches(),
  };
}

/**
 * data/persons.json: the persons of the two Wikidata CSVs merged with the curated table, aliases completed, sorted by
 * id. The same Wikidata id is one person; a curated entry wins for the name and the aliases, and for country, roles
 * and years when it gives them. A curated entry without a Wikidata id that bears the name of a CSV person is an error
 * (the same person would get two ids): give it the id.
 */
import path from 'node:path';
import { normaliseName as key } from '../../src/knowledge/normalise.js';
import { formatKbFile, type KbHead } from './kb-file.js';
import { asciiFold, compareCodeUnits } from './keys.js';
import { csvPersons, readCsvRows } from './person-sources.js';
import { cleanField as clean, type PersonRecord } from './person-record.js';
import { curatedId, readCurated, type CuratedEntry } from './persons-curated.js';
import { dataDir } from './paths.js';

export const PERSONS_FILE = path.join(dataDir, 'persons.json');

/** persons.json has its own version, apart from the DATA_VERSION (paths.ts) of the files build-kb writes. */
const PERSONS_HEAD: KbHead = {
  version: '2026-12-03',
  source:
    'Wikidata (CC0) through the every-politician-scrapers projects: world-leaders-2021 data/wikidata.csv (commit be7039cf5952) ' +
    'and world sources/foreign/wikidata.csv (commit 4a3b394d9a35); merged with persons-curated.json, hand-written for Entente ' +
    'from general knowledge (names, spelling variants, roles, years)',
  licence: 'CC0 facts (Wikidata, CC0-1.0); the hand-written table is MIT (Entente project); facts are not copyrightable',
};

/** The exact text of persons.json: what is written, and what --check compares byte for byte. */
export function personsText(entries: PersonRecord[]): string {
  return formatKbFile(PERSONS_HEAD, entries);
}

function merge(csv: Map<string, PersonRecord>, curated: CuratedEntry[], problems: string[], log: string[]): PersonRecord[] {
  const byId = new Map<string, PersonRecord>(csv);
  // Names of CSV persons, to catch a curated entry that misses the Wikidata id of a person the CSVs know.
  const csvByName = new Map<string, string>();
  for (const p of csv.values()) csvByName.set(key(p.name), p.id);
  const curatedIds = new Set<string>();
  for (const e of curated) {
    const id = curatedId(e);
    if (curatedIds.has(id)) {
      problems.push(`persons-curated.json: two entries with id ${id} (${e.name})`);
      continue;
    }
    curatedIds.add(id);
    if (!e.wikidata) {
      for (const n of [e.name, ...(e.aliases ?? [])]) {
        const other = csvByName.get(key(n));
        if (other) problems.push(`persons-curated.json: "${e.name}" has no wikidata id but "${n}" is ${other} in the CSVs: add "wikidata":"${other}"`);
      }
    }
    const base = byId.get(id);
    const rec: PersonRecord = {
      id,
      name: clean(e.name) ?? '',
      aliases: (e.aliases ?? []).map((a) => clean(a) ?? ''),
      roles: e.roles?.length ? e.roles.map((r) => clean(r) ?? '') : (base?.roles ?? []),
    };
    if (e.wikidata) rec.wikidata = e.wikidata;
    const country = e.country ?? base?.country;
    if (country) rec.country = country;
    const hasYears = e.from !== undefined || e.to !== undefined;
    const from = hasYears ? e.from : base?.from;
    const to = hasYears ? e.to : base?.to;
    if (from !== undefined) rec.from = from;
    if (to !== undefined) rec.to = to;
    if (base) {
      log.push(`merged ${id}: CSV "${base.name}" + curated "${rec.name}"`);
      if (key(base.name) !== key(rec.name)) log.push(`  CSV label "${base.name}" replaced by "${rec.name}"`);
    }
    byId.set(id, rec);
  }
  return [...byId.values()];
}

/** Aliases without diacritics, exact duplicates and the name itself removed; order kept. */
function finish(p: PersonRecord, log: string[]): PersonRecord {
  const seen = new Set<string>([p.name]);
  const keys = new Set<string>([key(p.name)]);
  const aliases: string[] = [];
  const add = (a: string, why?: string): void => {
    if (!a || seen.has(a)) return;
    seen.add(a);
    keys.add(key(a));
    aliases.push(a);
    if (why) log.push(`  ${p.id} ${p.name}: ${why} "${a}"`);
  };
  const foldName = asciiFold(p.name);
  for (const a of p.aliases) add(a);
  // The name without diacritics, so that readers that do not fold accents still find it.
  if (foldName !== p.name) add(foldName, 'added');
  // Any alias whose letters do not decompose (đ, ø, ł, ı…) also gets its plain form, which the matcher's key differs on.
  for (const a of [...aliases]) {
    const f = asciiFold(a);
    if (!keys.has(key(f))) add(f, 'added');
  }
  // Key order as in the other KB files: id, name, aliases, wikidata, country, roles, from, to.
  const out = { id: p.id, name: p.name, aliases } as PersonRecord;
  if (p.wikidata) out.wikidata = p.wikidata;
  if (p.country) out.country = p.country;
  out.roles = [...new Set(p.roles)];
  if (p.from !== undefined) out.from = p.from;
  if (p.to !== undefined) out.to = p.to;
  return out;
}

export interface PersonsBuild {
  entries: PersonRecord[];
  /** Errors of the curated table and of the merge; the entries are not to be written while there is one. */
  problems: string[];
  /** Every merge and every alias added, for --verbose. */
  log: string[];
  /** CSV rows left out, and why, for --verbose. */
  skipped: string[];
  rowCount: number;
  csvCount: number;
  curatedCount: number;
  /** Persons both in the CSVs and in the curated table. */
  bothCount: number;
}

export function buildPersons(): PersonsBuild {
  const problems: string[] = [];
  const log: string[] = [];
  const { rows, skipped } = readCsvRows();
  const csv = csvPersons(rows);
  const curated = readCurated(problems);
  const merged = merge(csv, curated, problems, log);
  const entries = merged.map((p) => finish(p, log)).sort((a, b) => compareCodeUnits(a.id, b.id));
  const curatedIds = new Set(curated.map(curatedId));
  const bothCount = [...csv.keys()].filter((id) => curatedIds.has(id)).length;
  return { entries, problems, log, skipped, rowCount: rows.length, csvCount: csv.size, curatedCount: curated.length, bothCount };
}

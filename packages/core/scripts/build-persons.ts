/**
 * Builds data/persons.json, the person knowledge base of @entente/core, from
 *
 *   ../shared/kb/persons/world-leaders-2021.csv   heads of state and government, about 2021–2022 (Wikidata, CC0)
 *   ../shared/kb/persons/foreign-ministers.csv    foreign ministers, about 2022 (Wikidata, CC0)
 *   data/persons-curated.json                     hand-written table of the people who recur in international
 *                                                 affairs since 1945 (names, spelling variants, roles, years)
 *
 * Merge: the same Wikidata id is one person; a curated entry wins for the name and the aliases, and for country,
 * roles and years when it gives them. A curated entry without a Wikidata id that bears the name of a CSV person is an
 * error (the same person would get two ids): give it the id.
 *
 * Then every entry is checked (ids, names, aliases, countries, years; no surface form shared by two entries; no
 * one-word alias except known mononyms, acronyms and hyphenated compound surnames) and the script fails with a list
 * of the problems when a check fails. The output is deterministic: same sources, same file.
 *
 * Run from the repository root:       npx tsx packages/core/scripts/build-persons.ts
 * Rebuild in memory and compare:      npx tsx packages/core/scripts/build-persons.ts --check   (pnpm kb:check)
 * List every merge and dropped alias: npx tsx packages/core/scripts/build-persons.ts --verbose
 *
 * When the CSV folder is missing (or ENTENTE_KB_SOURCES points elsewhere) the script says so, leaves persons.json
 * untouched, checks it, and exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseName, slugify } from '../src/knowledge/normalise.js';
import type { PersonRecord as KbPersonRecord } from '../src/knowledge/kb-types.js';

const DATA_VERSION = '2026-12-03';

const here = path.dirname(fileURLToPath(import.meta.url));
const coreDir = path.resolve(here, '..');
const repoRoot = path.resolve(coreDir, '../..');
const sharedKb = process.env['ENTENTE_KB_SOURCES'] ? path.resolve(process.env['ENTENTE_KB_SOURCES']) : path.resolve(repoRoot, '../shared/kb');
const personsDir = path.join(sharedKb, 'persons');
const dataDir = path.join(coreDir, 'data');
const CURATED_FILE = path.join(dataDir, 'persons-curated.json');
const OUT_FILE = path.join(dataDir, 'persons.json');

const args = new Set(process.argv.slice(2));
const VERBOSE = args.has('--verbose');
const CHECK_ONLY = args.has('--check');

const SOURCE =
  'Wikidata (CC0) through the every-politician-scrapers projects: world-leaders-2021 data/wikidata.csv (commit be7039cf5952) ' +
  'and world sources/foreign/wikidata.csv (commit 4a3b394d9a35); merged with persons-curated.json, hand-written for Entente ' +
  'from general knowledge (names, spelling variants, roles, years)';
const LICENCE = 'CC0 facts (Wikidata, CC0-1.0); the hand-written table is MIT (Entente project); facts are not copyrightable';

// ---------------------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------------------

/** The shape persons.json has for the KB (kb-types.ts), with roles always written by this generator. */
export type PersonRecord = KbPersonRecord & { roles: string[] };

interface CuratedEntry {
  name: string;
  aliases?: string[];
  wikidata?: string;
  country?: string;
  roles?: string[];
  from?: number;
  to?: number;
}

interface KbFile<T> {
  version: string;
  source: string;
  licence: string;
  entries: T[];
}

interface CsvRow {
  person: string;
  label: string;
  countryQid: string;
  position: string;
  start?: number;
  end?: number;
  file: 'leaders' | 'ministers';
}

// ---------------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------------

/** Code-unit comparison: the order never depends on the locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clean(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.some((f) => f.trim() !== ''));
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])));
}

function year(s: string | undefined): number | undefined {
  const m = /^(\d{4})/.exec((s ?? '').trim());
  return m ? Number(m[1]) : undefined;
}

/** Letters that NFD does not decompose, spelled as English-language media spell them without diacritics. */
const ASCII_MAP: Record<string, string> = {
  'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th',
  'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ß': 'ss', 'ʻ': "'", 'ʼ': "'", '’': "'",
};

/** The form of a name without diacritics ("Phạm Văn Đồng" → "Pham Van Dong", "Støre" → "Store"). */
function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐøØłŁıðÐþÞæÆœŒßʻʼ’]/g, (c) => ASCII_MAP[c] ?? c)
    .normalize('NFC');
}

const key = (s: string): string => normaliseName(s);

// ---------------------------------------------------------------------------------------------------------------------
// States: country ids
// ---------------------------------------------------------------------------------------------------------------------

interface StateLike {
  id: string;
  name: string;
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
  wikidata?: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

const states = readJson<KbFile<StateLike>>(path.join(dataDir, 'states.json')).entries;
const STATE_IDS = new Set(states.map((s) => s.id));

/** Wikidata country item → states.json id. */
const COUNTRY_BY_QID = new Map<string, string>(states.filter((s) => s.wikidata).map((s) => [s.wikidata!, s.id]));
// Items the CSVs use that states.json names otherwise (checked against the CSV labels).
for (const [qid, id] of [
  ['Q756617', 'DNK'], // Kingdom of Denmark
  ['Q55', 'NLD'], // Netherlands (the country within the Kingdom)
  ['Q29999', 'NLD'], // Kingdom of the Netherlands
  ['Q159583', 'VAT'], // Holy See
  ['Q40362', 'ESH'], // Sahrawi Arab Democratic Republic (Western Sahara)
  ['Q11196', 'BIH'], // Republika Srpska, an entity of Bosnia and Herzegovina
  ['Q205047', 'IRQ'], // Kurdistan Region, a region of Iraq
] as const) {
  if (!COUNTRY_BY_QID.has(qid)) COUNTRY_BY_QID.set(qid, id);
}
/** Sub-national governments whose "foreign" ministers are not actors of international affairs: left out. */
const SKIPPED_COUNTRY_LABELS = new Set(['Cantabria', 'Catalonia', 'Quebec', 'Scotland']);

// ---------------------------------------------------------------------------------------------------------------------
// CSV persons
// ---------------------------------------------------------------------------------------------------------------------

const QID = /^Q[1-9]\d*$/;

function readCsvRows(): { rows: CsvRow[]; skipped: string[] } {
  const skipped: string[] = [];
  const rows: CsvRow[] = [];
  const leaders = parseCsv(fs.readFileSync(path.join(personsDir, 'world-leaders-2021.csv'), 'utf8'));
  for (const r of leaders) {
    const person = clean(r['officeholder']) ?? '';
    const label = clean(r['officeholderLabel']) ?? '';
    if (!QID.test(person) || !label || QID.test(label)) {
      skipped.push(`world-leaders-2021.csv: ${person || '(no id)'} "${label}" (${r['positionLabel']}): no usable label`);
      continue;
    }
    if (SKIPPED_COUNTRY_LABELS.has(clean(r['country']) ?? '')) continue;
    rows.push({
      person,
      label,
      countryQid: clean(r['countryid']) ?? '',
      position: clean(r['positionLabel']) ?? '',
      start: year(r['start_year']),
      end: year(r['end_year']),
      file: 'leaders',
    });
  }
  const ministers = parseCsv(fs.readFileSync(path.join(personsDir, 'foreign-ministers.csv'), 'utf8'));
  for (const r of ministers) {
    const person = clean(r['person']) ?? '';
    const label = clean(r['name']) ?? '';
    if (!QID.test(person) || !label || QID.test(label)) {
      skipped.push(`foreign-ministers.csv: ${person || '(no id)'} "${label}" (${clean(r['countryLabel'])}): no usable label`);
      continue;
    }
    if (SKIPPED_COUNTRY_LABELS.has(clean(r['countryLabel']) ?? '')) {
      skipped.push(`foreign-ministers.csv: ${person} "${label}": sub-national government (${clean(r['countryLabel'])})`);
      continue;
    }
    rows.push({
      person,
      label,
      countryQid: clean(r['country']) ?? '',
      position: (r['positionLabel'] ?? '').split('\n')[0]!.trim(),
      start: year(r['start']),
      file: 'ministers',
    });
  }
  return { rows, skipped };
}

/** Honorifics some Wikidata labels carry ("Dr. Narayan Khadka", "Archbishop Paul Gallagher"). */
const LABEL_HONORIFIC = /^(?:Dr\.?|Archbishop|Prince|Sheikh|Sir|H\.E\.)\s+/;

function csvName(label: string): string {
  return label.replace(LABEL_HONORIFIC, '').trim();
}

function csvRole(row: CsvRow): string {
  const p = row.position;
  if (row.file === 'ministers' && !/secretary of state|high representative|relations with states/i.test(p)) return 'Foreign Minister';
  return p.charAt(0).toUpperCase() + p.slice(1);
}

/** Rows that give the country least well (a monarch of a Commonwealth realm, a co-prince) come last. */
function countryRank(row: CsvRow): number {
  return /monarch of|governor-general|co-prince|episcopal/i.test(row.position) ? 1 : 0;
}

function csvPersons(rows: CsvRow[]): Map<string, PersonRecord> {
  const byPerson = new Map<string, CsvRow[]>();
  for (const r of rows) byPerson.set(r.person, [...(byPerson.get(r.person) ?? []), r]);
  const out = new Map<string, PersonRecord>();
  for (const [qid, list] of byPerson) {
    const ranked = list
      .map((r, i) => ({ r, i }))
      .sort((a, b) => countryRank(a.r) - countryRank(b.r) || a.i - b.i)
      .map((x) => x.r);
    const country = ranked.map((r) => COUNTRY_BY_QID.get(r.countryQid)).find((c) => c !== undefined);
    const roles = [...new Set(ranked.map(csvRole).filter((r) => r !== ''))];
    const starts = list.map((r) => r.start).filter((y): y is number => y !== undefined);
    const ends = list.map((r) => r.end);
    const rec: PersonRecord = { id: qid, name: csvName(list[0]!.label), aliases: [], wikidata: qid, roles };
    if (country) rec.country = country;
    if (starts.length) rec.from = Math.min(...starts);
    // Only when every row has ended: otherwise the person was still in office when the lists were made.
    if (ends.length && ends.every((e) => e !== undefined)) rec.to = Math.max(...(ends as number[]));
    out.set(qid, rec);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Curated entries
// ---------------------------------------------------------------------------------------------------------------------

const CURATED_KEYS = new Set(['name', 'aliases', 'wikidata', 'country', 'roles', 'from', 'to']);

function readCurated(problems: string[]): CuratedEntry[] {
  const file = readJson<KbFile<CuratedEntry>>(CURATED_FILE);
  for (const [i, e] of file.entries.entries()) {
    for (const k of Object.keys(e)) if (!CURATED_KEYS.has(k)) problems.push(`persons-curated.json entry ${i} (${e.name}): unknown key "${k}"`);
    if (typeof e.name !== 'string') problems.push(`persons-curated.json entry ${i}: no name`);
    if (e.aliases !== undefined && !(Array.isArray(e.aliases) && e.aliases.every((a) => typeof a === 'string')))
      problems.push(`persons-curated.json entry ${i} (${e.name}): aliases must be a list of strings`);
    if (e.roles !== undefined && !(Array.isArray(e.roles) && e.roles.every((a) => typeof a === 'string')))
      problems.push(`persons-curated.json entry ${i} (${e.name}): roles must be a list of strings`);
  }
  return file.entries;
}

function curatedId(e: CuratedEntry): string {
  return e.wikidata ?? `person:${slugify(asciiFold(e.name))}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Merge and finish
// ---------------------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------------------
// Check
// ---------------------------------------------------------------------------------------------------------------------

/** One-word names a person goes by, kept as aliases (everything else of one word is a bare surname or a word). */
const ONE_WORD_ALIASES = new Set(['Sukarno', 'Soekarno', 'Suharto', 'Soeharto', 'Jokowi', 'Lula', 'Najibullah', "Hu'akavameiliku"]);
/** Acronyms that name one person only. */
const ACRONYM_ALIASES = new Set(['FDR', 'JFK', 'LBJ', 'MLK', 'AMLO']);
/** Words that are titles; an alias made only of them (and particles) names nobody. */
const TITLE_WORDS = new Set(
  (
    'president prime minister foreign secretary general secretary-general king queen prince princess emperor sheikh ' +
    'emir sultan pope ayatollah chairman chancellor premier ambassador lord sir dame mr mrs ms dr the of saint archbishop ' +
    'cardinal marshal generalissimo imam mullah crown shah'
  ).split(' '),
);
const NAME_SHAPE = /^[\p{Lu}\p{Lt}][\p{L}\p{M}0-9 .,'’ʻ\-"()]*$/u;

function checkEntries(entries: PersonRecord[], problems: string[], warnings: string[]): void {
  const owners = new Map<string, Set<string>>();
  const ids = new Set<string>();
  let prev = '';
  for (const e of entries) {
    const label = `${e.id} (${e.name})`;
    if (!/^(?:Q[1-9]\d*|person:[a-z0-9]+(?:-[a-z0-9]+)*)$/.test(e.id)) problems.push(`${label}: bad id`);
    if (ids.has(e.id)) problems.push(`${label}: id used twice`);
    ids.add(e.id);
    if (cmp(prev, e.id) >= 0 && prev !== '') problems.push(`${label}: not sorted by id after ${prev}`);
    prev = e.id;
    if (e.wikidata !== undefined && e.wikidata !== e.id) problems.push(`${label}: wikidata ${e.wikidata} is not the id`);
    if (e.id.startsWith('Q') && e.wikidata !== e.id) problems.push(`${label}: a Q-id without "wikidata"`);
    if (typeof e.name !== 'string' || e.name === '') problems.push(`${e.id}: no name`);
    else {
      if (e.name !== e.name.trim() || /\s{2,}/.test(e.name)) problems.push(`${label}: spacing in name`);
      if (!NAME_SHAPE.test(e.name)) problems.push(`${label}: name not in a sane form`);
      if (QID.test(e.name)) problems.push(`${label}: name is a raw Q-id`);
      if (!/\s/.test(e.name) && !/-/.test(e.name) && !ONE_WORD_ALIASES.has(e.name) && !/^\p{Lu}\p{Ll}+$/u.test(e.name))
        problems.push(`${label}: one-word name of an odd shape`);
    }
    if (!Array.isArray(e.aliases)) problems.push(`${label}: aliases must be a list`);
    if (!Array.isArray(e.roles) || e.roles.some((r) => typeof r !== 'string' || r.trim() === '')) problems.push(`${label}: roles must be a list of labels`);
    if (e.country !== undefined && !STATE_IDS.has(e.country)) problems.push(`${label}: country ${e.country} is not a states.json id`);
    for (const y of [e.from, e.to]) if (y !== undefined && !(Number.isInteger(y) && y >= 1850 && y <= 2030)) problems.push(`${label}: year ${y}`);
    if (e.from !== undefined && e.to !== undefined && e.from > e.to) problems.push(`${label}: from ${e.from} after to ${e.to}`);
    for (const a of e.aliases ?? []) {
      if (typeof a !== 'string' || a.trim() === '' || a !== a.trim() || /\s{2,}/.test(a)) {
        problems.push(`${label}: bad alias ${JSON.stringify(a)}`);
        continue;
      }
      if (QID.test(a)) problems.push(`${label}: alias "${a}" is a raw Q-id`);
      if (!/\p{L}/u.test(a)) problems.push(`${label}: alias "${a}" has no letter`);
      const words = a.split(/\s+/);
      if (words.length === 1 && !a.includes('-') && !ONE_WORD_ALIASES.has(a) && !ACRONYM_ALIASES.has(a))
        problems.push(`${label}: one-word alias "${a}" (a bare surname or a word; the matcher derives surnames itself)`);
      if (words.every((w) => TITLE_WORDS.has(w.toLowerCase().replace(/[.,]/g, '')))) problems.push(`${label}: alias "${a}" is only a title`);
    }
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const k = key(n);
      const set = owners.get(k) ?? new Set<string>();
      set.add(e.id);
      owners.set(k, set);
    }
  }
  for (const [k, set] of owners) if (set.size > 1) problems.push(`"${k}" is a name or alias of ${[...set].join(', ')}`);

  // Across files: a person's form that is also a state, an organisation or a treaty would make the matcher choose.
  const other = new Map<string, string>();
  for (const s of states) for (const n of [s.name, ...(s.aliases ?? []), ...(s.demonyms ?? []), ...(s.capitals ?? [])]) other.set(key(n), `states.json ${s.id}`);
  for (const f of ['organisations.json', 'national-organisations.json', 'treaties.json']) {
    const file = path.join(dataDir, f);
    if (!fs.existsSync(file)) continue;
    for (const o of readJson<KbFile<{ id: string; name: string; aliases?: string[]; acronyms?: string[] }>>(file).entries)
      for (const n of [o.name, ...(o.aliases ?? []), ...(o.acronyms ?? [])]) other.set(key(n), `${f} ${o.id}`);
  }
  for (const [k, set] of owners) {
    const o = other.get(k);
    if (o) problems.push(`"${k}" of ${[...set].join(', ')} is also ${o}`);
  }
  if (entries.length < 400) warnings.push(`only ${entries.length} entries`);
}

// ---------------------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------------------

/** The exact text of persons.json: what is written, and what --check compares byte for byte. */
function personsText(entries: PersonRecord[]): string {
  return (
    `{"version":${JSON.stringify(DATA_VERSION)},"source":${JSON.stringify(SOURCE)},"licence":${JSON.stringify(LICENCE)},"entries":[\n` +
    entries.map((e) => JSON.stringify(e)).join(',\n') +
    '\n]}\n'
  );
}

function writeKbFile(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function fail(problems: string[]): never {
  console.error(`build-persons: ${problems.length} problem(s); persons.json not written:`);
  for (const p of problems) console.error(`  ✗ ${p}`);
  process.exit(1);
}

function checkCommitted(): void {
  if (!fs.existsSync(OUT_FILE)) fail([`${path.relative(repoRoot, OUT_FILE)} does not exist`]);
  const entries = readJson<KbFile<PersonRecord>>(OUT_FILE).entries;
  const problems: string[] = [];
  const warnings: string[] = [];
  checkEntries(entries, problems, warnings);
  for (const w of warnings) console.warn(`  ! ${w}`);
  if (problems.length) {
    console.error(`build-persons: the committed persons.json fails the check:`);
    for (const p of problems) console.error(`  ✗ ${p}`);
    process.exit(1);
  }
  console.log(`build-persons: persons.json OK, ${entries.length} entries, ${fs.statSync(OUT_FILE).size} bytes`);
}

function main(): void {
  const csvFiles = ['world-leaders-2021.csv', 'foreign-ministers.csv'].map((f) => path.join(personsDir, f));
  if (!csvFiles.every((f) => fs.existsSync(f))) {
    console.log(`build-persons: ${path.relative(repoRoot, personsDir) || personsDir} not found; persons.json left as it is.`);
    return checkCommitted();
  }
  const problems: string[] = [];
  const warnings: string[] = [];
  const log: string[] = [];
  const { rows, skipped } = readCsvRows();
  const csv = csvPersons(rows);
  const curated = readCurated(problems);
  const merged = merge(csv, curated, problems, log);
  const entries = merged.map((p) => finish(p, log)).sort((a, b) => cmp(a.id, b.id));
  checkEntries(entries, problems, warnings);
  if (VERBOSE) {
    for (const s of skipped) console.log(`  skipped ${s}`);
    for (const l of log) console.log(`  ${l}`);
  }
  for (const w of warnings) console.warn(`  ! ${w}`);
  if (problems.length) fail(problems);
  const text = personsText(entries);
  if (CHECK_ONLY) {
    // Regenerated in memory: the committed file must be exactly what the sources give.
    if ((fs.existsSync(OUT_FILE) ? fs.readFileSync(OUT_FILE, 'utf8') : '') !== text) {
      console.error(`build-persons: ${path.relative(repoRoot, OUT_FILE)} differs from what its sources give; run pnpm kb and commit`);
      process.exit(1);
    }
    console.log(`build-persons: ${path.relative(repoRoot, OUT_FILE)} is identical to what its sources give (${entries.length} entries)`);
    return;
  }
  writeKbFile(OUT_FILE, text);
  const curatedIds = new Set(curated.map(curatedId));
  const both = [...csv.keys()].filter((id) => curatedIds.has(id)).length;
  console.log(
    `build-persons: ${csv.size} persons from the CSVs (${rows.length} rows, ${skipped.length} skipped), ${curated.length} curated, ` +
      `${both} in both → ${entries.length} entries, ${entries.reduce((n, e) => n + e.aliases.length, 0)} aliases, ` +
      `${fs.statSync(OUT_FILE).size} bytes → ${path.relative(repoRoot, OUT_FILE)}`,
  );
}

main();

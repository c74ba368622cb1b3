/**
 * Builds data/persons.json, the person knowledge base of @entente/core, from
 *
 *   ../shared/kb/persons/world-leaders-2021.csv   heads of state and government, about 2021–2022 (Wikidata, CC0)
 *   ../shared/kb/persons/foreign-ministers.csv    foreign ministers, about 2022 (Wikidata, CC0)
 *   data/persons-curated.json                     hand-written table of the people who recur in international
 *                                                 affairs since 1945 (names, spelling variants, roles, years)
 *
 *   kb/person-sources.ts   the CSV rows, one record per Wikidata id (countries from kb/person-countries.ts)
 *   kb/persons-curated.ts  the curated table, checked for shape
 *   kb/persons.ts          the merge (a curated entry wins), aliases without diacritics, the text of persons.json
 *   kb/verify-persons.ts   the check of every entry
 *
 * Every entry is checked (ids, names, aliases, countries, years; no surface form shared by two entries; no one-word
 * alias except known mononyms, acronyms and hyphenated compound surnames) and the script fails with a list of the
 * problems when a check fails. The output is deterministic: same sources, same file.
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
import { readKbFile, writeKbFile } from './kb/kb-file.js';
import { repoRoot } from './kb/paths.js';
import { PERSON_CSV_FILES, personsDir } from './kb/person-sources.js';
import type { PersonRecord } from './kb/person-record.js';
import { PERSONS_FILE as OUT_FILE, buildPersons, personsText } from './kb/persons.js';
import { checkEntries } from './kb/verify-persons.js';

const args = new Set(process.argv.slice(2));
const VERBOSE = args.has('--verbose');
const CHECK_ONLY = args.has('--check');

function fail(problems: string[]): never {
  console.error(`build-persons: ${problems.length} problem(s); persons.json not written:`);
  for (const p of problems) console.error(`  ✗ ${p}`);
  process.exit(1);
}

function checkCommitted(): void {
  const committed = readKbFile<PersonRecord>(OUT_FILE);
  if (!committed) fail([`${path.relative(repoRoot, OUT_FILE)} does not exist`]);
  const entries = committed.entries;
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
  if (!PERSON_CSV_FILES.every((f) => fs.existsSync(f))) {
    console.log(`build-persons: ${path.relative(repoRoot, personsDir) || personsDir} not found; persons.json left as it is.`);
    return checkCommitted();
  }
  const build = buildPersons();
  const { entries, problems } = build;
  const warnings: string[] = [];
  checkEntries(entries, problems, warnings);
  if (VERBOSE) {
    for (const s of build.skipped) console.log(`  skipped ${s}`);
    for (const l of build.log) console.log(`  ${l}`);
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
  console.log(
    `build-persons: ${build.csvCount} persons from the CSVs (${build.rowCount} rows, ${build.skipped.length} skipped), ${build.curatedCount} curated, ` +
      `${build.bothCount} in both → ${entries.length} entries, ${entries.reduce((n, e) => n + e.aliases.length, 0)} aliases, ` +
      `${fs.statSync(OUT_FILE).size} bytes → ${path.relative(repoRoot, OUT_FILE)}`,
  );
}

main();

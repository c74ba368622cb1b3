/**
 * Readers of the two person CSVs of ../shared/kb/persons (Wikidata, CC0): heads of state and government, about
 * 2021–2022, and foreign ministers, about 2022. Their rows are grouped into one record per Wikidata id.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv.js';
import { COUNTRY_BY_QID, SKIPPED_COUNTRY_LABELS } from './person-countries.js';
import { QID, cleanField as clean, type PersonRecord } from './person-record.js';
import { sharedKb } from './paths.js';

export const personsDir = path.join(sharedKb, 'persons');
export const PERSON_CSV_FILES = ['world-leaders-2021.csv', 'foreign-ministers.csv'].map((f) => path.join(personsDir, f));

export interface CsvRow {
  person: string;
  label: string;
  countryQid: string;
  position: string;
  start?: number;
  end?: number;
  file: 'leaders' | 'ministers';
}

function year(s: string | undefined): number | undefined {
  const m = /^(\d{4})/.exec((s ?? '').trim());
  return m ? Number(m[1]) : undefined;
}

export function readCsvRows(): { rows: CsvRow[]; skipped: string[] } {
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

export function csvPersons(rows: CsvRow[]): Map<string, PersonRecord> {
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

/**
 * The countries of persons: states.json (built first by build-kb) gives the ids a person's country may take, and the
 * Wikidata country items of the person CSVs map onto them.
 */
import path from 'node:path';
import { readJson, type KbFile } from './kb-file.js';
import { dataDir } from './paths.js';
import type { StateEntry } from './tables.js';

export const states = readJson<KbFile<StateEntry>>(path.join(dataDir, 'states.json')).entries;
export const STATE_IDS = new Set(states.map((s) => s.id));

/** Wikidata country item → states.json id. */
export const COUNTRY_BY_QID = new Map<string, string>(states.filter((s) => s.wikidata).map((s) => [s.wikidata!, s.id]));
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
export const SKIPPED_COUNTRY_LABELS = new Set(['Cantabria', 'Catalonia', 'Quebec', 'Scotland']);

/**
 * data/persons-curated.json: the hand-written table of the people who recur in international affairs since 1945
 * (names, spelling variants, roles, years), read and checked for shape.
 */
import path from 'node:path';
import { slugify } from '../../src/knowledge/normalise.js';
import { readJson, type KbFile } from './kb-file.js';
import { asciiFold } from './keys.js';
import { dataDir } from './paths.js';

export const CURATED_FILE = path.join(dataDir, 'persons-curated.json');

export interface CuratedEntry {
  name: string;
  aliases?: string[];
  wikidata?: string;
  country?: string;
  roles?: string[];
  from?: number;
  to?: number;
}

const CURATED_KEYS = new Set(['name', 'aliases', 'wikidata', 'country', 'roles', 'from', 'to']);

export function readCurated(problems: string[]): CuratedEntry[] {
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

export function curatedId(e: CuratedEntry): string {
  return e.wikidata ?? `person:${slugify(asciiFold(e.name))}`;
}

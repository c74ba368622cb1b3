/**
 * The check of persons.json entries: ids, names, aliases, countries, years; no surface form shared by two entries or
 * with a state, an organisation or a treaty; no one-word alias except known mononyms, acronyms and hyphenated
 * compound surnames.
 */
import path from 'node:path';
import { normaliseName as key } from '../../src/knowledge/normalise.js';
import { readKbFile } from './kb-file.js';
import { compareCodeUnits } from './keys.js';
import { STATE_IDS, states } from './person-countries.js';
import { QID, type PersonRecord } from './person-record.js';
import { dataDir } from './paths.js';

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

export function checkEntries(entries: PersonRecord[], problems: string[], warnings: string[]): void {
  const owners = new Map<string, Set<string>>();
  const ids = new Set<string>();
  let prev = '';
  for (const e of entries) {
    const label = `${e.id} (${e.name})`;
    if (!/^(?:Q[1-9]\d*|person:[a-z0-9]+(?:-[a-z0-9]+)*)$/.test(e.id)) problems.push(`${label}: bad id`);
    if (ids.has(e.id)) problems.push(`${label}: id used twice`);
    ids.add(e.id);
    if (compareCodeUnits(prev, e.id) >= 0 && prev !== '') problems.push(`${label}: not sorted by id after ${prev}`);
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
    const kb = readKbFile<{ id: string; name: string; aliases?: string[]; acronyms?: string[] }>(path.join(dataDir, f));
    if (!kb) continue;
    for (const o of kb.entries) for (const n of [o.name, ...(o.aliases ?? []), ...(o.acronyms ?? [])]) other.set(key(n), `${f} ${o.id}`);
  }
  for (const [k, set] of owners) {
    const o = other.get(k);
    if (o) problems.push(`"${k}" of ${[...set].join(', ')} is also ${o}`);
  }
  if (entries.length < 400) warnings.push(`only ${entries.length} entries`);
}

/**
 * data/states.json from world-countries 5.1.0 (ODbL-1.0) and internacia countries (MIT, Wikidata ids), corrected and
 * extended by the hand-written tables of data/sources/states.yaml and historical-states.yaml.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { normaliseName } from '../../src/knowledge/normalise.js';
import { formatKbFile, note, readYaml } from './kb-file.js';
import { LATIN, surfaceKey, uniqBy } from './keys.js';
import { DATA_VERSION, sharedKb } from './paths.js';
import { loadHistoricalStates, loadStateTables, type StateEntry, type StateTables } from './tables.js';

const require = createRequire(import.meta.url);

export const STATES_HEAD = {
  version: DATA_VERSION,
  source:
    'world-countries 5.1.0 (https://github.com/mledoze/countries) names, alternative spellings, demonyms and capitals; ' +
    'Wikidata ids from internacia countries (https://github.com/datenoio/internacia-db); aliases, demonyms and historical states added by hand',
  licence: 'ODbL-1.0 (derived from world-countries); internacia data MIT; hand additions MIT',
};

function englishAltSpelling(t: StateTables, stateWord: RegExp, s: string): boolean {
  if (t.altSpellingsKept.has(s)) return true;
  if (!LATIN.test(s) || /[,()]/.test(s)) return false;
  if (s.split(/\s+/).some((w) => t.nonEnglishWords.has(w.toLowerCase()))) return false;
  return stateWord.test(s);
}

function pluralOf(t: StateTables, d: string): string | undefined {
  if (t.demonymsWithoutPlural.has(d)) return undefined;
  if (/(ese|ss|sh|ch|x|z|s|ic)$/.test(d)) return undefined;
  return `${d}s`;
}

export function buildStates(): StateEntry[] {
  const t = loadStateTables();
  const stateWord = new RegExp(`\\b(${t.englishStateWords.join('|')})\\b`);
  const countries: any[] = require('world-countries/countries.json');
  const interDir = path.join(sharedKb, 'internacia/countries');
  const inter = new Map<string, any>();
  for (const f of fs.readdirSync(interDir).filter((f) => f.endsWith('.yaml'))) {
    const y = readYaml(path.join(interDir, f));
    if (y?.iso3code) inter.set(String(y.iso3code), y);
    if (y?.code) inter.set(`2:${y.code}`, y);
  }

  const states: StateEntry[] = [];
  for (const c of countries) {
    const id: string = c.cca3;
    if (t.notStates.has(id)) continue;
    const y = inter.get(id) ?? inter.get(`2:${c.cca2}`);
    const name: string = c.name.common;
    const official: string = t.officialNames[id] ?? c.name.official;
    const drop = new Set((t.dropAliases[id] ?? []).map(normaliseName));

    const candidates: string[] = [official];
    for (const a of c.altSpellings ?? []) {
      if (a === c.cca2) continue;
      if (englishAltSpelling(t, stateWord, a)) candidates.push(a);
    }
    for (const a of (y?.common_names ?? []) as string[]) {
      if (typeof a === 'string' && LATIN.test(a) && !/,/.test(a) && (a.length > 2 || a === 'UK' || a === 'US')) candidates.push(a);
    }
    candidates.push(...(t.extraAliases[id] ?? []));
    const aliases = uniqBy(
      candidates
        .map((a) => a.replace(/^the\s+/i, '').trim())
        .filter((a) => a.length >= 2 && !/[()]/.test(a) && !drop.has(normaliseName(a)) && surfaceKey(a) !== surfaceKey(name)),
      surfaceKey,
    );

    let demonyms: string[];
    if (t.demonymsReplace[id]) demonyms = [...t.demonymsReplace[id]!];
    else {
      demonyms = [];
      for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, y?.demonyms?.male, y?.demonyms?.female]) {
        if (typeof d !== 'string' || !d.trim()) continue;
        for (const part of d.split(/,\s*|\s+or\s+/)) if (part.trim()) demonyms.push(part.trim());
      }
    }
    demonyms.push(...(t.demonymsExtra[id] ?? []));
    const withPlurals: string[] = [];
    for (const d of demonyms) {
      withPlurals.push(d);
      const p = pluralOf(t, d);
      if (p) withPlurals.push(p);
    }
    withPlurals.push(...(t.demonymPluralsExtra[id] ?? []));
    const demonymList = uniqBy(withPlurals, (d) => d);

    const capDrop = new Set(t.capitalsDrop[id] ?? []);
    const capitals = uniqBy(
      [...((c.capital ?? []) as string[]), ...(t.capitalsExtra[id] ?? [])].filter((x) => !capDrop.has(x)),
      normaliseName,
    );

    const entry: StateEntry = { id, name, official, aliases, demonyms: demonymList, capitals };
    const wd = t.wikidata[id] ?? (typeof y?.wikidata_id === 'string' && /^Q\d+$/.test(y.wikidata_id) ? y.wikidata_id : undefined);
    if (wd) entry.wikidata = wd;
    states.push(entry);
  }

  // Capitals of former states are always empty, so that "Moscow" resolves to today's Russia.
  for (const h of loadHistoricalStates()) states.push({ ...h, aliases: [...h.aliases], demonyms: [...h.demonyms], capitals: [] });

  resolveStateConflicts(states, new Set(countries.filter((c) => c.independent).map((c) => c.cca3 as string)), t.demonymOwners);
  return states;
}

export function statesText(states: StateEntry[]): string {
  return formatKbFile(STATES_HEAD, states);
}

function resolveStateConflicts(states: StateEntry[], independent: Set<string>, demonymOwners: Record<string, string>): void {
  // Aliases: the state whose *name* it is keeps it; otherwise a shared alias is ambiguous and goes from all.
  const nameOwner = new Map<string, string>();
  for (const s of states) nameOwner.set(surfaceKey(s.name), s.id);
  const byAlias = new Map<string, string[]>();
  for (const s of states) {
    for (const a of s.aliases) {
      const list = byAlias.get(surfaceKey(a)) ?? byAlias.set(surfaceKey(a), []).get(surfaceKey(a))!;
      if (!list.includes(s.id)) list.push(s.id);
    }
  }
  for (const s of states) {
    s.aliases = s.aliases.filter((a) => {
      const k = surfaceKey(a);
      const owner = nameOwner.get(k);
      if (owner && owner !== s.id) {
        note(`states: alias "${a}" of ${s.id} is the name of ${owner}; dropped from ${s.id}`);
        return false;
      }
      const holders = byAlias.get(k) ?? [];
      if (!owner && holders.length > 1) {
        note(`states: alias "${a}" shared by ${holders.join(', ')}; dropped (ambiguous)`);
        return false;
      }
      return true;
    });
  }

  // Demonyms and capitals: a dependent territory loses a form it shares with an independent state (e.g. "Indian"
  // for the British Indian Ocean Territory); remaining clashes go to a listed owner, or are dropped from all.
  for (const field of ['demonyms', 'capitals'] as const) {
    const holders = new Map<string, string[]>();
    for (const s of states) {
      for (const v of s[field]) {
        const list = holders.get(normaliseName(v)) ?? holders.set(normaliseName(v), []).get(normaliseName(v))!;
        if (!list.includes(s.id)) list.push(s.id);
      }
    }
    for (const s of states) {
      s[field] = s[field].filter((v) => {
        const k = normaliseName(v);
        const hs = holders.get(k) ?? [];
        if (hs.length <= 1) return true;
        const live = hs.filter((h) => !states.find((x) => x.id === h)?.historical);
        const indep = live.filter((h) => independent.has(h));
        if (s.historical) return true; // historical states keep their own demonyms ("Soviet"); capitals are empty
        if (field === 'demonyms' && demonymOwners[k]) {
          if (demonymOwners[k] !== s.id) note(`states: demonym "${v}" shared by ${hs.join(', ')}; kept for ${demonymOwners[k]} only`);
          return demonymOwners[k] === s.id;
        }
        if (indep.length === 1) {
          if (indep[0] !== s.id) note(`states: ${field} "${v}" of ${s.id} also belongs to ${indep[0]}; dropped from ${s.id}`);
          return indep[0] === s.id;
        }
        if (live.length <= 1) return true;
        note(`states: ${field} "${v}" shared by ${hs.join(', ')}; dropped (ambiguous)`);
        return false;
      });
    }
  }
}

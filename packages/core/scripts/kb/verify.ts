/**
 * The check of all four KB files (the two generated ones and the hand-written treaties.json and
 * national-organisations.json): counts, shapes, and surface forms shared across entries or files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normaliseName } from '../../src/knowledge/normalise.js';
import { readKbFile, type KbFile } from './kb-file.js';
import { surfaceKey } from './keys.js';
import { dataDir } from './paths.js';

interface AnyEntry {
  id: string;
  name: string;
  aliases?: string[];
  acronyms?: string[];
  demonyms?: string[];
  capitals?: string[];
}

const GENERIC_TREATY_WORDS = new Set(['charter', 'treaty', 'convention', 'agreement', 'protocol', 'declaration', 'accords', 'accord', 'pact', 'act', 'memorandum', 'statute', 'covenant']);

function surfaceForms(e: AnyEntry, withDemonyms: boolean): string[] {
  return [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? []), ...(withDemonyms ? (e.demonyms ?? []) : [])];
}

/** Prints counts and warnings; returns the number of problems (missing files, entries without id or name, duplicate ids, generic treaty aliases). */
export function verify(): number {
  const files = ['states.json', 'organisations.json', 'national-organisations.json', 'treaties.json'];
  const loaded = new Map<string, KbFile<AnyEntry>>();
  let problems = 0;
  for (const f of files) {
    const kb = readKbFile<AnyEntry>(path.join(dataDir, f));
    if (!kb) {
      console.warn(`  ! ${f} is missing`);
      problems++;
      continue;
    }
    loaded.set(f, kb);
  }
  let total = 0;
  for (const [f, kb] of loaded) {
    const size = fs.statSync(path.join(dataDir, f)).size;
    total += size;
    const ids = new Set<string>();
    let withWd = 0;
    for (const e of kb.entries) {
      if (!e.id || !e.name) {
        console.warn(`  ! ${f}: entry without id or name: ${JSON.stringify(e).slice(0, 80)}`);
        problems++;
      }
      if (ids.has(e.id)) {
        console.warn(`  ! ${f}: duplicate id ${e.id}`);
        problems++;
      }
      ids.add(e.id);
      if ((e as { wikidata?: string }).wikidata) withWd++;
      if (f === 'treaties.json') {
        for (const a of [...(e.aliases ?? []), ...(e.acronyms ?? [])]) {
          if (GENERIC_TREATY_WORDS.has(normaliseName(a))) {
            console.warn(`  ! treaties.json: ${e.id} has the generic alias "${a}"`);
            problems++;
          }
        }
      }
    }
    console.log(`  ${f.padEnd(28)} ${String(kb.entries.length).padStart(5)} entries, ${String(withWd).padStart(4)} with Wikidata, ${(size / 1024).toFixed(1)} KB (version ${kb.version})`);
  }
  console.log(`  total ${(total / 1024).toFixed(1)} KB`);

  // Shared surface forms within one file (other than demonyms/capitals of states, which resolve to states anyway).
  const where = new Map<string, Set<string>>();
  for (const [f, kb] of loaded) {
    const within = new Map<string, Set<string>>();
    for (const e of kb.entries) {
      for (const s of surfaceForms(e, f === 'states.json')) {
        const k = surfaceKey(s);
        (within.get(k) ?? within.set(k, new Set()).get(k)!).add(e.id);
        (where.get(k) ?? where.set(k, new Set()).get(k)!).add(`${f.replace('.json', '')}:${e.id}`);
      }
    }
    for (const [k, owners] of within) {
      if (owners.size > 1) {
        console.warn(`  ~ ${f}: "${k.slice(2)}" is shared by ${[...owners].join(', ')}`);
      }
    }
  }
  for (const [k, owners] of where) {
    const filesOf = new Set([...owners].map((o) => o.split(':')[0]));
    if (filesOf.size > 1) console.warn(`  ~ across files: "${k.slice(2)}" → ${[...owners].join(', ')}`);
  }
  return problems;
}

/** Every surface form of the hand-written files, with the entry it belongs to: generated organisations yield them. */
export function handKeysOf(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const f of ['national-organisations.json', 'treaties.json']) {
    const kb = readKbFile<AnyEntry>(path.join(dataDir, f));
    for (const e of kb?.entries ?? []) for (const s of surfaceForms(e, false)) keys.set(surfaceKey(s), `${f.replace('.json', '')}:${e.id}`);
  }
  return keys;
}

/**
 * Readers of the two organisation datasets: supraverden general_list.yaml (CC BY-SA 4.0) and internacia intblocks
 * (MIT), each record reduced to an English name, acronyms, aliases and a Wikidata id.
 */
import fs from 'node:fs';
import path from 'node:path';
import { note, readYaml } from './kb-file.js';
import { LATIN, clean, isAcronymLike } from './keys.js';
import { sharedKb } from './paths.js';
import type { OrganisationTables } from './tables.js';

export interface OrgRecord {
  src: 'supraverden' | 'internacia';
  srcId: string;
  name: string;
  acronyms: string[];
  aliases: string[];
  /** internacia "other_names": labels fetched by Wikidata id, trusted only while that id is. */
  labels: string[];
  wikidata?: string;
}

/** Names that are agreements even when found in an organisation folder. */
const AGREEMENT_NAME = /\b(Treaty|Convention|Agreement|Protocol|Accords?|Pact)\b/;
const ORGANISATION_WORD = /\b(Organi[sz]ation|Commission|Secretariat|Council|Committee|Agency|Authority|Court|Group|Office|Bank|Fund|Union|Community|Association|Conference|Centre|Center|Institute)\b/;

function initials(name: string): string {
  return name
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s\-–/]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** An internacia "en" acronym is trusted only if its letters run through the initials of the English name in order. */
function acronymFitsName(acr: string, name: string): boolean {
  const letters = acr.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2 || !/^[\x20-\x7e]+$/.test(acr)) return false;
  const ini = initials(name);
  if (!ini || ini[0] !== letters[0]) return false;
  let i = 0;
  for (const ch of ini) if (ch === letters[i]) i++;
  return i === letters.length;
}

function looksLikeAcronym(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length > 2) return false;
  const upper = s.replace(/[^A-Z]/g, '').length;
  return upper >= 2 && upper >= s.replace(/[^A-Za-z]/g, '').length / 2;
}

export function readSupraverden(): OrgRecord[] {
  const y = readYaml(path.join(sharedKb, 'supraverden/general_list.yaml')) as Record<string, any>;
  const out: OrgRecord[] = [];
  for (const [key, v] of Object.entries(y)) {
    if (!v || typeof v !== 'object' || key.startsWith('_')) continue;
    const name = clean(v.Name_en) ?? clean(key);
    if (!name) continue;
    const acronyms: string[] = [];
    const aliases: string[] = [];
    for (const [k, val] of Object.entries(v)) {
      const s = clean(val);
      if (!s) continue;
      if (/^Abbreviation(_(former|other))?(_\d+)?_en$/.test(k)) (looksLikeAcronym(s) ? acronyms : aliases).push(s);
      else if (/^Name_(other|former)(_\d+)?_en$/.test(k)) (isAcronymLike(s) ? acronyms : aliases).push(s);
    }
    const wd = clean(v.Wikidata_code);
    const rec: OrgRecord = { src: 'supraverden', srcId: key, name, acronyms, aliases, labels: [] };
    if (wd && /^Q\d+$/.test(wd)) rec.wikidata = wd;
    out.push(rec);
  }
  return out;
}

export function readInternacia(t: OrganisationTables): OrgRecord[] {
  const root = path.join(sharedKb, 'internacia/intblocks');
  const out: OrgRecord[] = [];
  for (const dir of fs.readdirSync(root).sort()) {
    const full = path.join(root, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).filter((f) => f.endsWith('.yaml')).sort()) {
      const id = `${dir}/${f.replace(/\.yaml$/, '')}`;
      if (!(t.internaciaDirs.has(dir) || t.internaciaKeep.has(id)) || t.internaciaSkip.has(id)) continue;
      let y: any;
      try {
        y = readYaml(path.join(full, f));
      } catch (e) {
        note(`internacia: ${id} unreadable (${(e as Error).message.split('\n')[0]}); skipped`);
        continue;
      }
      const name = clean(y?.name);
      if (!name) continue;
      if (AGREEMENT_NAME.test(name) && !ORGANISATION_WORD.test(name)) {
        note(`internacia: ${id} "${name}" is an agreement; left to treaties`);
        continue;
      }
      const acronyms: string[] = [];
      const aliases: string[] = [];
      const labels: string[] = [];
      for (const a of (y.acronyms ?? []) as any[]) {
        const v = clean(a?.value);
        if (a?.lang === 'en' && v && acronymFitsName(v, name)) acronyms.push(v);
      }
      for (const o of (y.previous_names ?? []) as any[]) {
        const v = clean(o?.name);
        if (o?.id === 'en' && v && LATIN.test(v)) aliases.push(v);
      }
      for (const o of (y.other_names ?? []) as any[]) {
        const v = clean(o?.name);
        if (o?.id !== 'en' || !v || !LATIN.test(v)) continue;
        if (isAcronymLike(v)) {
          if (acronymFitsName(v, name)) acronyms.push(v);
        } else if (/^\p{Lu}/u.test(v)) labels.push(v);
      }
      let wd: string | undefined = typeof y.wikidata_id === 'string' && /^Q\d+$/.test(y.wikidata_id) ? y.wikidata_id : undefined;
      if (!wd) {
        for (const l of (y.links ?? []) as any[]) {
          const m = l?.type === 'wikidata' && typeof l.url === 'string' ? /\/(Q\d+)\b/.exec(l.url) : null;
          if (m) wd = m[1];
        }
      }
      const rec: OrgRecord = { src: 'internacia', srcId: id, name: name.replace(/^The\s+(?=[A-Z])/, ''), acronyms, aliases, labels };
      if (wd) rec.wikidata = wd;
      out.push(rec);
    }
  }
  return out;
}

/**
 * data/organisations.json: the records of supraverden and internacia merged by Wikidata id, else by a normalised name,
 * then the hand merges and patches of data/sources/organisations.yaml and organisation-patches.yaml, cleanup of
 * generic or ambiguous forms, and ids. Forms claimed by the hand-written files (national organisations, treaties) yield.
 */
import { normaliseName, slugify } from '../../src/knowledge/normalise.js';
import { formatKbFile, note } from './kb-file.js';
import { LATIN, isAcronymLike, mergeKey, surfaceKey, uniqBy } from './keys.js';
import { readInternacia, readSupraverden, type OrgRecord } from './organisation-sources.js';
import { DATA_VERSION } from './paths.js';
import { loadOrganisationTables, type OrganisationTables } from './tables.js';

export interface OrgEntry {
  id: string;
  name: string;
  acronyms: string[];
  aliases: string[];
  wikidata?: string;
}

interface Cluster {
  name: string;
  wikidata?: string;
  records: OrgRecord[];
  acronyms: string[];
  aliases: string[];
}

export function organisationsText(orgs: OrgEntry[], t: OrganisationTables = loadOrganisationTables()): string {
  return formatKbFile(
    {
      version: DATA_VERSION,
      source:
        'supraverden general_list.yaml (https://github.com/confirmordeny/supraverden, © Confirmordeny) and internacia intblocks ' +
        `(https://github.com/datenoio/internacia-db, © Dateno); merged, English only. ${t.extraSourcesNote}`,
      licence: 'CC BY-SA 4.0 (derived from supraverden); internacia data MIT',
    },
    orgs,
  );
}

function significantTokens(s: string): Set<string> {
  const stop = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'de', 'la', 'des']);
  return new Set(mergeKey(s).split(' ').filter((t) => t && !stop.has(t)));
}

function namesCompatible(a: string[], b: string[], accA: string[], accB: string[]): boolean {
  const formsA = new Set([...a, ...accA].map(mergeKey));
  if ([...b, ...accB].some((x) => formsA.has(mergeKey(x)))) return true;
  for (const x of a)
    for (const y of b) {
      if (mergeKey(x) === mergeKey(y)) return true;
      const tx = significantTokens(x);
      const ty = significantTokens(y);
      const inter = [...tx].filter((t) => ty.has(t)).length;
      if (inter / Math.max(1, Math.min(tx.size, ty.size)) >= 0.6 && inter >= 2) return true;
    }
  return false;
}

export function buildOrganisations(handKeys: Map<string, string>, t: OrganisationTables = loadOrganisationTables()): OrgEntry[] {
  const supra = readSupraverden();
  const inter = readInternacia(t);
  const supraByWd = new Map<string, OrgRecord>();
  for (const r of supra) if (r.wikidata) supraByWd.set(r.wikidata, r);

  // internacia Wikidata ids shared by unrelated entries (e.g. several UN funds carry UNDP's id) are not trusted.
  const interByWd = new Map<string, OrgRecord[]>();
  for (const r of inter) if (r.wikidata) (interByWd.get(r.wikidata) ?? interByWd.set(r.wikidata, []).get(r.wikidata)!).push(r);
  for (const [wd, rs] of interByWd) {
    if (rs.length < 2) continue;
    const distinct = new Set(rs.map((r) => mergeKey(r.name)));
    if (distinct.size < 2) continue;
    const s = supraByWd.get(wd);
    for (const r of rs) {
      if (s && namesCompatible([s.name, ...s.aliases], [r.name, ...r.aliases], [], [])) continue;
      note(`organisations: internacia ${r.srcId} shares Wikidata ${wd} with unrelated entries; id and its labels not used`);
      delete r.wikidata;
      r.labels = [];
    }
  }

  const clusters: Cluster[] = [];
  const byWd = new Map<string, Cluster>();
  const byName = new Map<string, Cluster>();
  const add = (c: Cluster, r: OrgRecord): void => {
    c.records.push(r);
    c.acronyms.push(...r.acronyms);
    if (mergeKey(r.name) !== mergeKey(c.name)) c.aliases.push(r.name);
    c.aliases.push(...r.aliases);
    if (!c.wikidata && r.wikidata && !byWd.has(r.wikidata)) c.wikidata = r.wikidata;
    if (!r.wikidata || r.wikidata === c.wikidata) c.aliases.push(...r.labels);
    else note(`organisations: ${r.srcId} labels dropped (its Wikidata ${r.wikidata} differs from ${c.wikidata} of "${c.name}")`);
    if (c.wikidata) byWd.set(c.wikidata, c);
    for (const n of [r.name, ...r.aliases]) if (!byName.has(mergeKey(n))) byName.set(mergeKey(n), c);
  };
  for (const r of [...supra, ...inter]) {
    let target: Cluster | undefined;
    if (r.wikidata && byWd.has(r.wikidata)) {
      const c = byWd.get(r.wikidata)!;
      if (namesCompatible([c.name, ...c.aliases], [r.name, ...r.aliases], c.acronyms, r.acronyms)) target = c;
      else {
        note(`organisations: ${r.src} ${r.srcId} "${r.name}" has Wikidata ${r.wikidata} of "${c.name}"; not merged, id and its labels not used`);
        delete r.wikidata;
        r.labels = [];
      }
    }
    if (!target) target = byName.get(mergeKey(r.name));
    if (!target) {
      target = { name: r.name, records: [], acronyms: [], aliases: [] };
      clusters.push(target);
    } else if (target.records.length && r.src === 'supraverden' && target.records.every((x) => x.src === 'supraverden')) {
      note(`organisations: supraverden "${r.name}" merged into "${target.name}"`);
    }
    add(target, r);
  }

  // Records of one organisation that the sources name differently.
  for (const [from, into] of t.merges) {
    const a = byName.get(mergeKey(from));
    const b = byName.get(mergeKey(into));
    if (a && a === b) continue; // already one entry
    if (!a || !b) {
      note(`organisations: merge "${from}" → "${into}" found no entry`);
      continue;
    }
    b.records.push(...a.records);
    b.acronyms.push(...a.acronyms);
    b.aliases.push(a.name, ...a.aliases);
    if (!b.wikidata && a.wikidata) b.wikidata = a.wikidata;
    clusters.splice(clusters.indexOf(a), 1);
    for (const [k, v] of byName) if (v === a) byName.set(k, b);
    for (const [k, v] of byWd) if (v === a) byWd.set(k, b);
  }

  // Hand patches.
  for (const p of t.patches) {
    let c = (p.wikidata && byWd.get(p.wikidata)) || (p.match ? byName.get(mergeKey(p.match)) : undefined);
    if (!c && p.name) c = byName.get(mergeKey(p.name));
    if (!c) {
      if (!p.create) {
        note(`organisations: patch for "${p.match ?? p.wikidata}" found no entry`);
        continue;
      }
      c = { name: p.name ?? p.match!, records: [], acronyms: [], aliases: [] };
      clusters.push(c);
      byName.set(mergeKey(c.name), c);
    }
    if (p.name && p.name !== c.name) {
      c.aliases.push(c.name);
      c.name = p.name;
    }
    const wd = p.setWikidata ?? p.wikidata;
    if (wd) {
      c.wikidata = wd;
      byWd.set(wd, c);
    }
    c.acronyms.unshift(...(p.acronyms ?? []));
    c.aliases.unshift(...(p.aliases ?? []));
    const dropA = new Set(p.dropAcronyms ?? []);
    const dropN = new Set((p.dropAliases ?? []).map(normaliseName));
    c.acronyms = c.acronyms.filter((a) => !dropA.has(a));
    c.aliases = c.aliases.filter((a) => !dropN.has(normaliseName(a)) && !dropA.has(a));
    (c as Cluster & { patched?: boolean }).patched = true;
  }

  // Clean up each entry.
  const entries: OrgEntry[] = [];
  for (const c of clusters) {
    const name = c.name;
    const acr: string[] = [];
    const ali: string[] = [];
    for (const raw of [...c.acronyms, ...c.aliases]) {
      const s = raw.replace(/\s+/g, ' ').trim().replace(/^the\s+(?=[A-Z])/i, '');
      if (!s || !LATIN.test(s) || s.length > 140) continue;
      if (isAcronymLike(s) || (c.acronyms.includes(raw) && !/\s/.test(s))) acr.push(s);
      else if (surfaceKey(s) !== surfaceKey(name)) ali.push(s);
    }
    const acronyms = uniqBy(acr, (s) => s).filter((a) => {
      const letters = a.replace(/[^A-Za-z]/g, '');
      if (a.length < 2 || letters.length < 1) return false;
      if (/^[A-Za-z]{2}$/.test(a) && !t.twoLetterAcronymsKept.has(a)) return false;
      if (t.commonWords.has(a.toLowerCase()) && !t.acronymWordsKept.has(a)) return false;
      return true;
    });
    const aliases = uniqBy(ali, (s) => surfaceKey(s)).filter((a) => {
      const words = a.split(/\s+/);
      if (words.length === 1 && (a === a.toLowerCase() || t.genericWords.has(a.toLowerCase()))) return false;
      return a.length >= 3;
    });
    const e: OrgEntry = { id: '', name, acronyms, aliases };
    if (c.wikidata) e.wikidata = c.wikidata;
    entries.push(e);
  }

  // Conflicts: between generated entries, a primary name wins; other shared forms are ambiguous and dropped.
  // Against the hand-written files (national organisations, treaties), the hand-written entry wins.
  const nameOwner = new Map<string, OrgEntry>();
  for (const e of entries) if (!nameOwner.has(surfaceKey(e.name))) nameOwner.set(surfaceKey(e.name), e);
  const holders = new Map<string, OrgEntry[]>();
  for (const e of entries) for (const s of [...e.acronyms, ...e.aliases]) (holders.get(surfaceKey(s)) ?? holders.set(surfaceKey(s), []).get(surfaceKey(s))!).push(e);
  for (const e of entries) {
    const keep = (s: string): boolean => {
      const k = surfaceKey(s);
      const hand = handKeys.get(k);
      if (hand) {
        note(`organisations: "${s}" of "${e.name}" belongs to ${hand}; dropped`);
        return false;
      }
      const owner = nameOwner.get(k);
      if (owner && owner !== e) {
        note(`organisations: "${s}" of "${e.name}" is the name of "${owner.name}"; dropped`);
        return false;
      }
      const hs = uniqBy(holders.get(k) ?? [], (x) => x.name);
      if (!owner && hs.length > 1) {
        note(`organisations: "${s}" shared by ${hs.map((h) => `"${h.name}"`).join(', ')}; dropped (ambiguous)`);
        return false;
      }
      return true;
    };
    e.acronyms = e.acronyms.filter(keep);
    e.aliases = e.aliases.filter(keep);
  }

  // Ids: Wikidata when known, else a slug of the name.
  const used = new Set<string>();
  for (const e of entries) {
    let id = e.wikidata ?? `organisation:${slugify(e.name.replace(/\+/g, ' plus '))}`;
    if (used.has(id)) {
      note(`organisations: duplicate id ${id} for "${e.name}"; using a slug`);
      id = `organisation:${slugify(e.name)}`;
      let n = 2;
      while (used.has(id)) id = `organisation:${slugify(e.name)}-${n++}`;
      delete e.wikidata;
    }
    used.add(id);
    e.id = id;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return entries.map((e) => {
    const o: OrgEntry = { id: e.id, name: e.name, acronyms: e.acronyms, aliases: e.aliases };
    if (e.wikidata) o.wikidata = e.wikidata;
    return o;
  });
}

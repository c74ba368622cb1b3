import { describe, expect, it } from 'vitest';
import states from '../../data/states.json' with { type: 'json' };
import organisations from '../../data/organisations.json' with { type: 'json' };
import nationalOrganisations from '../../data/national-organisations.json' with { type: 'json' };
import treaties from '../../data/treaties.json' with { type: 'json' };
import { normaliseName } from './normalise.js';

interface Entry {
  id: string;
  name: string;
  aliases: string[];
  acronyms?: string[];
  demonyms?: string[];
  capitals?: string[];
  wikidata?: string;
  historical?: boolean;
  year?: number;
  country?: string;
}

interface KbFile {
  version: string;
  source: string;
  licence: string;
  entries: Entry[];
}

const files: Record<string, KbFile> = {
  'states.json': states as KbFile,
  'organisations.json': organisations as KbFile,
  'national-organisations.json': nationalOrganisations as KbFile,
  'treaties.json': treaties as KbFile,
};

/** An array of non-empty strings (empty arrays are fine). */
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim().length > 0);

function byId(file: KbFile, id: string): Entry {
  const e = file.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
}

function findByName(file: KbFile, name: string): Entry {
  const e = file.entries.find((x) => x.name === name);
  if (!e) throw new Error(`no entry named ${name}`);
  return e;
}

describe('knowledge-base data files', () => {
  for (const [name, kb] of Object.entries(files)) {
    describe(name, () => {
      it('has the file header', () => {
        expect(typeof kb.version).toBe('string');
        expect(kb.version.length).toBeGreaterThan(0);
        expect(kb.source.length).toBeGreaterThan(0);
        expect(kb.licence.length).toBeGreaterThan(0);
        expect(Array.isArray(kb.entries)).toBe(true);
      });

      it('has well-formed entries', () => {
        for (const e of kb.entries) {
          expect(typeof e.id, JSON.stringify(e)).toBe('string');
          expect(e.id.length).toBeGreaterThan(0);
          expect(typeof e.name, e.id).toBe('string');
          expect(e.name.trim().length, e.id).toBeGreaterThan(0);
          expect(isStringArray(e.aliases), e.id).toBe(true);
          if (name !== 'states.json') expect(isStringArray(e.acronyms), e.id).toBe(true);
          if (e.wikidata !== undefined) expect(e.wikidata, e.id).toMatch(/^Q[1-9]\d*$/);
        }
      });

      it('has unique ids', () => {
        const ids = kb.entries.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it('uses the Wikidata id as id when it has one', () => {
        for (const e of kb.entries) {
          if (e.wikidata && name !== 'states.json') expect(e.id).toBe(e.wikidata);
        }
      });
    });
  }

  describe('states', () => {
    const kb = files['states.json']!;

    it('covers all world-countries entries plus historical states', () => {
      expect(kb.entries.length).toBeGreaterThanOrEqual(245);
      for (const e of kb.entries) {
        expect(isStringArray(e.demonyms), e.id).toBe(true);
        expect(isStringArray(e.capitals), e.id).toBe(true);
        expect(typeof (e as Entry & { official: string }).official, e.id).toBe('string');
      }
    });

    it('knows the major states by their usual names', () => {
      const usa = byId(kb, 'USA');
      expect(usa.name).toBe('United States');
      expect(usa.aliases).toEqual(expect.arrayContaining(['US', 'U.S.', 'USA', 'United States of America', 'America']));
      expect(usa.capitals).toContain('Washington');
      expect(usa.demonyms).toEqual(expect.arrayContaining(['American', 'Americans']));
      expect(usa.wikidata).toBe('Q30');

      const rus = byId(kb, 'RUS');
      expect(rus.name).toBe('Russia');
      expect(rus.aliases).toContain('Russian Federation');
      expect(rus.demonyms).toContain('Russian');
      expect(rus.capitals).toContain('Moscow');

      const can = byId(kb, 'CAN');
      expect(can.name).toBe('Canada');
      expect(can.capitals).toContain('Ottawa');
      expect(can.demonyms).toContain('Canadian');

      const gbr = byId(kb, 'GBR');
      expect(gbr.aliases).toEqual(expect.arrayContaining(['UK', 'Britain', 'Great Britain']));
      expect(gbr.demonyms).toEqual(expect.arrayContaining(['British', 'Briton', 'Britons']));

      expect(byId(kb, 'PRK').aliases).toEqual(expect.arrayContaining(['DPRK']));
      expect(byId(kb, 'MMR').aliases).toContain('Burma');
      expect(byId(kb, 'TUR').aliases).toContain('Turkey');
      expect(byId(kb, 'CIV').aliases).toContain("Côte d'Ivoire");
      expect(byId(kb, 'VAT').aliases).toContain('Holy See');
    });

    it('marks former states as historical, with no capitals', () => {
      const sun = byId(kb, 'SUN');
      expect(sun.historical).toBe(true);
      expect(sun.aliases).toContain('USSR');
      expect(sun.demonyms).toContain('Soviet');
      expect(sun.capitals).toEqual([]);
      for (const id of ['YUG', 'CSK', 'DDR', 'FRG']) expect(byId(kb, id).historical, id).toBe(true);
      for (const e of kb.entries) if (e.historical) expect(e.capitals, e.id).toEqual([]);
    });

    it('resolves a capital to one state only', () => {
      const owners = new Map<string, string[]>();
      for (const e of kb.entries) for (const c of e.capitals ?? []) owners.set(normaliseName(c), [...(owners.get(normaliseName(c)) ?? []), e.id]);
      const shared = [...owners].filter(([, ids]) => ids.length > 1);
      expect(shared).toEqual([]);
      expect(owners.get('moscow')).toEqual(['RUS']);
    });

    it('has no alias shared by two states', () => {
      const owners = new Map<string, Set<string>>();
      for (const e of kb.entries) {
        for (const a of [e.name, ...e.aliases]) {
          const k = normaliseName(a);
          owners.set(k, (owners.get(k) ?? new Set()).add(e.id));
        }
      }
      expect([...owners].filter(([, ids]) => ids.size > 1).map(([k]) => k)).toEqual([]);
    });
  });

  describe('organisations', () => {
    const kb = files['organisations.json']!;

    it('has the international organisations news names', () => {
      expect(kb.entries.length).toBeGreaterThanOrEqual(400);
      const nato = byId(kb, 'Q7184');
      expect(nato.acronyms).toContain('NATO');
      expect(nato.aliases).toContain('North Atlantic Alliance');

      const osce = findByName(kb, 'Organization for Security and Co-operation in Europe');
      expect(osce.acronyms).toContain('OSCE');
      expect(osce.aliases).toContain('Organisation for Security and Co-operation in Europe');

      const unsc = findByName(kb, 'United Nations Security Council');
      expect(unsc.acronyms).toContain('UNSC');
      expect(unsc.aliases).toEqual(expect.arrayContaining(['Security Council', 'UN Security Council']));

      const un = findByName(kb, 'United Nations');
      expect(un.acronyms).toEqual(expect.arrayContaining(['UN', 'U.N.']));

      for (const acronym of ['EU', 'AU', 'ASEAN', 'IAEA', 'WHO', 'IMF', 'WTO', 'OPEC', 'G7', 'G20', 'CSTO', 'SCO', 'CIS', 'ICC', 'ICJ', 'UNESCO', 'UNICEF', 'UNHCR', 'OECD']) {
        const holders = kb.entries.filter((e) => e.acronyms?.includes(acronym) || e.name === acronym);
        expect(holders.map((h) => h.name), acronym).toHaveLength(1);
      }
      expect(findByName(kb, 'International Criminal Court').acronyms).toContain('ICC');
    });

    it('keeps single generic words and one-letter acronyms out', () => {
      const generic = new Set(['council', 'bank', 'union', 'court', 'commission', 'fund', 'agency', 'assembly']);
      for (const e of kb.entries) {
        for (const a of e.aliases) expect(generic.has(normaliseName(a)), `${e.name}: ${a}`).toBe(false);
        for (const a of e.acronyms ?? []) expect(a.replace(/[^A-Za-z0-9]/g, '').length, `${e.name}: ${a}`).toBeGreaterThan(1);
      }
    });
  });

  describe('national organisations', () => {
    const kb = files['national-organisations.json']!;

    it('has the agencies, services and groups news names', () => {
      expect(kb.entries.length).toBeGreaterThanOrEqual(150);
      const acronyms = new Set(kb.entries.flatMap((e) => e.acronyms ?? []));
      for (const a of ['CIA', 'FBI', 'FSB', 'GRU', 'MI6', 'AFP', 'BBC', 'ISIS']) expect(acronyms.has(a), a).toBe(true);
      const names = new Set(kb.entries.flatMap((e) => [e.name, ...e.aliases]));
      for (const n of ['Reuters', 'Hamas', 'Hezbollah', 'Taliban', 'Wagner Group', 'Russia Today', 'Pentagon']) expect(names.has(n), n).toBe(true);
    });

    it('points its countries at states.json ids', () => {
      const stateIds = new Set(files['states.json']!.entries.map((e) => e.id));
      for (const e of kb.entries) if (e.country !== undefined) expect(stateIds.has(e.country), `${e.name}: ${e.country}`).toBe(true);
    });
  });

  describe('treaties', () => {
    const kb = files['treaties.json']!;
    // Names several dated instruments share on purpose ("Minsk agreements": 1991, 2014, 2015), chosen among by the
    // document's parties and year: every holder must be dated.
    const holders = new Map<string, Array<{ year?: number }>>();
    for (const e of kb.entries) for (const a of [e.name, ...e.aliases]) holders.set(normaliseName(a), [...(holders.get(normaliseName(a)) ?? []), e as { year?: number }]);
    const sharedByDated = (e: { name: string; aliases: string[] }) => [e.name, ...e.aliases].every((a) => { const h = holders.get(normaliseName(a))!; return h.length === 1 || h.every((x) => typeof x.year === 'number'); });
    const generic = new Set(['charter', 'treaty', 'treaties', 'convention', 'agreement', 'protocol', 'declaration', 'accords', 'accord', 'pact', 'act', 'memorandum', 'statute', 'covenant']);

    it('has at least 150 treaties, with sensible years', () => {
      expect(kb.entries.length).toBeGreaterThanOrEqual(150);
      for (const e of kb.entries) {
        if (e.year !== undefined) {
          expect(Number.isInteger(e.year), e.id).toBe(true);
          expect(e.year, e.id).toBeGreaterThan(1400);
          expect(e.year, e.id).toBeLessThanOrEqual(new Date().getFullYear());
        }
      }
    });

    it('has no alias that is a single generic head word', () => {
      for (const e of kb.entries) {
        for (const a of [...e.aliases, ...(e.acronyms ?? [])]) expect(generic.has(normaliseName(a)), `${e.name}: ${a}`).toBe(false);
      }
    });

    it('knows the OSCE documents apart from the Istanbul Convention', () => {
      const paris = findByName(kb, 'Charter of Paris for a New Europe');
      expect(paris.aliases).toEqual(expect.arrayContaining(['Paris Charter', 'OSCE Paris Charter', 'Charter of Paris']));
      expect(paris.year).toBe(1990);
      const istanbulCharter = findByName(kb, 'Charter for European Security');
      expect(istanbulCharter.aliases).toContain('Istanbul Charter');
      const holders = kb.entries.filter((e) => e.aliases.includes('Istanbul Convention'));
      expect(holders).toHaveLength(1);
      expect(holders[0]!.id).not.toBe(istanbulCharter.id);
      expect(kb.entries.find((e) => e.acronyms?.includes('NPT'))?.year).toBe(1968);
    });

    it('has no alias shared by two treaties, unless each has a year to choose by (resolve.ts)', () => {
      const owners = new Map<string, Set<string>>();
      for (const e of kb.entries) {
        if (typeof (e as { year?: number }).year === 'number' && sharedByDated(e)) continue;
        for (const a of [e.name, ...e.aliases, ...(e.acronyms ?? [])]) {
          const k = normaliseName(a);
          owners.set(k, (owners.get(k) ?? new Set()).add(e.id));
        }
      }
      expect([...owners].filter(([, ids]) => ids.size > 1).map(([k]) => k)).toEqual([]);
    });
  });

  it('has no surface form that two files claim', () => {
    const owners = new Map<string, Set<string>>();
    for (const [name, kb] of Object.entries(files)) {
      for (const e of kb.entries) {
        for (const s of [e.name, ...e.aliases, ...(e.acronyms ?? [])]) {
          const k = normaliseName(s);
          owners.set(k, (owners.get(k) ?? new Set()).add(name));
        }
      }
    }
    expect([...owners].filter(([, fs]) => fs.size > 1).map(([k, fs]) => `${k}: ${[...fs].join(', ')}`)).toEqual([]);
  });

  it('stays small enough to bundle into the browser app', () => {
    const bytes = Object.values(files).reduce((n, kb) => n + JSON.stringify(kb).length, 0);
    expect(bytes).toBeLessThan(1_000_000);
  });
});

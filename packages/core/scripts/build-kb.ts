/**
 * Builds the derived knowledge-base files of @entente/core:
 *
 *   data/states.json         from the `world-countries` package (ODbL-1.0) + internacia countries (MIT, Wikidata ids)
 *                            + hand-curated aliases, demonyms and historical states (this file)
 *   data/organisations.json  from supraverden general_list.yaml (CC BY-SA 4.0) + internacia intblocks (MIT)
 *                            + hand-curated aliases and entries (this file)
 *
 * and then checks all four KB files (the two above plus the hand-written treaties.json and
 * national-organisations.json): counts, shapes, and aliases shared across entries or files.
 *
 * Run from the repository root:  npx tsx packages/core/scripts/build-kb.ts
 * Only verify the committed files:  npx tsx packages/core/scripts/build-kb.ts --check
 *
 * The sources are read from `../shared/kb` next to the repository. When that folder is missing the script says so,
 * leaves the committed files untouched, runs the check only, and exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { normaliseName, slugify } from '../src/knowledge/normalise.js';

const DATA_VERSION = '2026-11-28';

const here = path.dirname(fileURLToPath(import.meta.url));
const coreDir = path.resolve(here, '..');
const repoRoot = path.resolve(coreDir, '../..');
/** Where the source datasets live; ENTENTE_KB_SOURCES overrides (used to test the missing-sources path). */
const sharedKb = process.env['ENTENTE_KB_SOURCES'] ? path.resolve(process.env['ENTENTE_KB_SOURCES']) : path.resolve(repoRoot, '../shared/kb');
const dataDir = path.join(coreDir, 'data');
const require = createRequire(import.meta.url);

// Normal forms: the very functions the matcher uses, so KB keys and runtime keys cannot drift apart.

function isAcronymLike(name: string): boolean {
  const letters = name.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 8 && letters === letters.toUpperCase() && !/\s/.test(name.trim());
}

/** The key under which the matcher looks a surface form up: exact case for acronyms, normal form otherwise. */
function surfaceKey(s: string): string {
  return isAcronymLike(s) ? `A:${s.trim()}` : `N:${normaliseName(s)}`;
}

/** A looser key to merge records of the same organisation from two sources. */
function mergeKey(name: string): string {
  return normaliseName(name)
    .replace(/&/g, ' and ')
    .replace(/[-‐–—/,.()']/g, ' ')
    .replace(/\borganisation\b/g, 'organization')
    .replace(/\bprogramme\b/g, 'program')
    .replace(/\bcentre\b/g, 'center')
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\blabour\b/g, 'labor')
    .replace(/\bco operation\b/g, 'cooperation')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LATIN = /^[\p{Script=Latin}\p{M}0-9\s.'’\-–&,()/+!]+$/u;

function uniqBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const it of items) {
    const k = key(it);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(it);
  }
  return out;
}

function clean(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  if (!t || t === 'null' || t.startsWith('[No code')) return undefined;
  return t;
}

// ---------------------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------------------

interface KbFile<T> {
  version: string;
  source: string;
  licence: string;
  entries: T[];
}

/** One entry a line: compact, diff-friendly. */
function writeKbFile<T>(file: string, head: Omit<KbFile<T>, 'entries'>, entries: T[]): void {
  const lines = entries.map((e) => JSON.stringify(e));
  const text =
    `{"version":${JSON.stringify(head.version)},"source":${JSON.stringify(head.source)},` +
    `"licence":${JSON.stringify(head.licence)},"entries":[\n` +
    lines.join(',\n') +
    '\n]}\n';
  fs.writeFileSync(file, text);
}

function readKbFile<T>(file: string): KbFile<T> | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as KbFile<T>;
}

function readYaml(file: string): any {
  return YAML.parse(fs.readFileSync(file, 'utf8'), { uniqueKeys: false });
}

const log: string[] = [];
function note(msg: string): void {
  log.push(msg);
}

// =====================================================================================================================
// STATES
// =====================================================================================================================

interface StateEntry {
  id: string;
  name: string;
  official: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  wikidata?: string;
  historical?: true;
}

/** English alternative spellings from world-countries that are kept although they carry no "Republic of"-type word. */
const ALT_OK = new Set([
  'UK', 'Great Britain', 'USA', 'United States of America', 'UAE', 'Emirates', 'Holland', 'Burma', 'Swaziland',
  'East Timor', 'Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire", 'DR Congo', 'DRC', 'Congo-Kinshasa',
  'Congo-Brazzaville', 'Democratic Republic of Congo', 'Bosnia-Herzegovina', 'Macedonia', 'Chinese Taipei',
  'Brunei Darussalam', 'Viet Nam', 'Turkiye', 'Faeroe Islands', 'Maldive Islands', 'Sao Tome and Principe', 'Curacao',
  'Reunion', 'Saint Helena', 'Aland', 'DPRK', 'RSA', 'Vatican', 'Macao', 'Keeling Islands', 'Cocos Islands',
  'French Southern Territories', 'St. Barthelemy', 'Czechia',
]);

const ENGLISH_STATE_WORD =
  /\b(Republic|Kingdom|State|States|Federation|Union|Commonwealth|Principality|Duchy|Islands|Territory|Confederation|Emirates|Sultanate|Collectivity|Department|Bailiwick|Country|Federated|Plurinational|Independent|Nation|Socialist|Democratic)\b/;
const NON_ENGLISH_WORD = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'del', 'y', 'og', 'ng', "ta'", 'wa', 'na', 'ya', 'e', 'di', 'da', 'do', 'van', 'von', 'der', 'den', 'et', 'al', 'bilong']);

function englishAltSpelling(s: string): boolean {
  if (ALT_OK.has(s)) return true;
  if (!LATIN.test(s) || /[,()]/.test(s)) return false;
  if (s.split(/\s+/).some((w) => NON_ENGLISH_WORD.has(w.toLowerCase()))) return false;
  return ENGLISH_STATE_WORD.test(s);
}

/** Widely used English names and short forms, added by hand for the states most in the news. */
const STATE_EXTRA_ALIASES: Record<string, string[]> = {
  USA: ['US', 'U.S.', 'U.S.A.', 'USA', 'United States of America', 'America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  RUS: ['Russian Federation'],
  CHN: ['PRC', "People's Republic of China", 'Mainland China'],
  TWN: ['Republic of China', 'Chinese Taipei'],
  KOR: ['South Korea', 'Republic of Korea', 'ROK'],
  PRK: ['North Korea', 'DPRK', "Democratic People's Republic of Korea"],
  IRN: ['Iran', 'Islamic Republic of Iran', 'Persia'],
  SYR: ['Syria', 'Syrian Arab Republic'],
  COD: ['DR Congo', 'DRC', 'D.R. Congo', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  COG: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville'],
  CIV: ['Ivory Coast', "Côte d'Ivoire", "Republic of Côte d'Ivoire"],
  MMR: ['Burma', 'Republic of the Union of Myanmar'],
  CZE: ['Czech Republic', 'Czechia'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye', 'Republic of Turkey', 'Republic of Türkiye'],
  NLD: ['Holland', 'Kingdom of the Netherlands'],
  VAT: ['Holy See', 'Vatican', 'Vatican City State'],
  PSE: ['Palestine', 'State of Palestine'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  SAU: ['Kingdom of Saudi Arabia', 'KSA'],
  DEU: ['Federal Republic of Germany'],
  FRA: ['French Republic'],
  ISR: ['State of Israel'],
  // The Soviet republics that held their own UN seats (1945–1991) are the states that hold them now, as UN records have it.
  BLR: ['Republic of Belarus', 'Belorussia', 'Byelorussia', 'Byelorussian SSR', 'Byelorussian Soviet Socialist Republic'],
  UKR: ['Ukrainian SSR', 'Ukrainian Soviet Socialist Republic'],
  MYS: ['Federation of Malaya', 'Malaya'],
  MDA: ['Republic of Moldova'],
  MKD: ['Macedonia', 'Republic of North Macedonia', 'Former Yugoslav Republic of Macedonia', 'FYROM'],
  SWZ: ['Swaziland', 'Kingdom of Eswatini'],
  TLS: ['East Timor'],
  CPV: ['Cabo Verde', 'Republic of Cabo Verde'],
  LKA: ['Ceylon'],
  THA: ['Siam'],
  KHM: ['Kampuchea'],
  BFA: ['Upper Volta'],
  BEN: ['Dahomey'],
  IRL: ['Republic of Ireland', 'Eire', 'Éire'],
  VNM: ['Viet Nam', 'Socialist Republic of Vietnam'],
  LAO: ['Lao PDR', "Lao People's Democratic Republic"],
  BRN: ['Brunei Darussalam'],
  KGZ: ['Kyrgyz Republic', 'Kirghizia'],
  BOL: ['Plurinational State of Bolivia'],
  VEN: ['Bolivarian Republic of Venezuela'],
  TZA: ['United Republic of Tanzania'],
  FSM: ['Federated States of Micronesia'],
  AFG: ['Islamic Emirate of Afghanistan'],
  LBY: ['State of Libya'],
  EGY: ['Arab Republic of Egypt'],
  BIH: ['Bosnia', 'Bosnia-Herzegovina'],
  SRB: ['Republic of Serbia'],
  UNK: ['Republic of Kosovo'],
  IND: ['Republic of India', 'Bharat'],
  PAK: ['Islamic Republic of Pakistan'],
  ZAF: ['RSA', 'Republic of South Africa'],
  NZL: ['Aotearoa'],
  MEX: ['United Mexican States'],
  GRC: ['Hellenic Republic'],
  CHE: ['Swiss Confederation'],
  JOR: ['Hashemite Kingdom of Jordan'],
  BHS: ['Commonwealth of the Bahamas'],
  GMB: ['Republic of the Gambia'],
  STP: ['Sao Tome and Principe'],
  DOM: ['Dominican Republic'],
  CAF: ['Central African Republic', 'CAR'],
  GNQ: ['Republic of Equatorial Guinea'],
  SSD: ['Republic of South Sudan'],
  ESH: ['Sahrawi Arab Democratic Republic', 'Sahrawi Republic'],
};

/** Alternative spellings that must not become aliases (ambiguous, misleading, or not English in practice). */
const STATE_DROP_ALIASES: Record<string, string[]> = {
  ISL: ['Island'],
  TLS: ['Timor'],
  THA: ['Thai', 'Prathet'],
  TGO: ['Togolese'],
  LAO: ['Lao'],
  SAU: ['Saudi'],
  COG: ['Congo'],
  COD: ['Congo'],
  IMN: ['Mann'],
  GUF: ['Guiana'],
  NRU: ['Pleasant Island'],
  BMU: ['Somers Isles', 'The Bermudas', 'Bermudas', 'The Islands of Bermuda', 'Islands of Bermuda'],
  VGB: ['Virgin Islands'],
  DOM: ['DR'],
  FSM: ['Micronesia, Federated States of'],
  SJM: ['Svalbard og Jan Mayen'],
  BES: ['BES islands'],
};

const STATE_OFFICIAL_FIX: Record<string, string> = {
  SJM: 'Svalbard and Jan Mayen',
};

const DEMONYM_REPLACE: Record<string, string[]> = {
  DJI: ['Djiboutian'],
  GIB: ['Gibraltarian'],
  TJK: ['Tajik', 'Tajikistani'],
  KGZ: ['Kyrgyz', 'Kyrgyzstani'],
  CPV: ['Cape Verdean'],
  MDV: ['Maldivian'],
  COM: ['Comorian'],
  VAT: [],
  ATA: [],
  BVT: [],
  HMD: [],
  UMI: [],
  BWA: ['Motswana', 'Batswana', 'Botswanan'],
  LSO: ['Mosotho', 'Basotho'],
  GRL: ['Greenlandic', 'Greenlander'],
  DMA: [],
  SXM: ['Sint Maartener'],
};

const DEMONYM_EXTRA: Record<string, string[]> = {
  GBR: ['Briton'],
  SAU: ['Saudi'],
  DNK: ['Dane'],
  FIN: ['Finn'],
  POL: ['Pole'],
  ESP: ['Spaniard'],
  SWE: ['Swede'],
  TUR: ['Turk'],
  CZE: ['Czechs'],
  SVK: ['Slovakian'],
  SVN: ['Slovenian'],
  ISL: ['Icelandic'],
  PHL: ['Filipina', 'Philippine'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  AZE: ['Azeri'],
  SRB: ['Serb'],
  HRV: ['Croat'],
  MKD: ['North Macedonian'],
  UNK: ['Kosovan'],
  LUX: ['Luxembourgish'],
  SOM: ['Somalian'],
  ARG: ['Argentinian'],
  ECU: ['Ecuadorian'],
  BFA: ['Burkinabè'],
  GRC: ['Hellenic'],
  NLD: [],
  KOR: [],
  CAN: [],
};

/** Adjectives and collective nouns without a regular "-s" plural. */
const NO_PLURAL = new Set(['Malagasy', 'Ni-Vanuatu', 'I-Kiribati', 'Motswana', 'Batswana', 'Mosotho', 'Basotho', 'Burkinabe', 'Burkinabè', 'Hellenic', 'Philippine', 'Luxembourgish', 'Slovakian', 'Greenlandic']);

function pluralOf(d: string): string | undefined {
  if (NO_PLURAL.has(d)) return undefined;
  if (/(ese|ss|sh|ch|x|z|s|ic)$/.test(d)) return undefined;
  return `${d}s`;
}

const CAPITAL_EXTRA: Record<string, string[]> = {
  USA: ['Washington', 'Washington, D.C.', 'Washington DC'],
  UKR: ['Kiev'],
  MNG: ['Ulaanbaatar'],
  BOL: ['La Paz'],
  MMR: ['Nay Pyi Taw', 'Naypyitaw'],
  CHE: ['Berne'],
  YEM: ['Sanaa'],
  SWZ: ['Mbabane'],
  PYF: ['Papeete'],
  KAZ: ['Nur-Sultan'],
  IND: ['Delhi'],
  BLR: [],
};

/** Capitals left out: common English words or names once normalised, or shared with another place in the news. */
const CAPITAL_DROP: Record<string, string[]> = {
  MDV: ['Malé'],
  SYC: ['Victoria'],
  BMU: ['Hamilton'],
  IMN: ['Douglas'],
  MSR: ['Plymouth'],
  SHN: ['Jamestown'],
  NFK: ['Kingston'],
  BES: ['Oranjestad', 'The Bottom'],
  AIA: ['The Valley'],
  FLK: ['Stanley'],
  CCK: ['West Island'],
  REU: ['Saint-Denis'],
  HKG: ['City of Victoria'],
};

/** Owners of demonyms that several entries share, where one reading dominates English news. */
const DEMONYM_OWNER: Record<string, string> = {
  congolese: 'COD',
  dominican: 'DOM',
};

const STATE_WIKIDATA_EXTRA: Record<string, string> = {
  COL: 'Q739',
  NIC: 'Q811',
  PRT: 'Q45',
  UNK: 'Q1246',
};

/** Former states. Capitals are left empty on purpose so that "Moscow" always resolves to today's Russia. */
const HISTORICAL_STATES: StateEntry[] = [
  { id: 'SUN', name: 'Soviet Union', official: 'Union of Soviet Socialist Republics', aliases: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], demonyms: ['Soviet', 'Soviets'], capitals: [], wikidata: 'Q15180', historical: true },
  { id: 'YUG', name: 'Yugoslavia', official: 'Socialist Federal Republic of Yugoslavia', aliases: ['Socialist Federal Republic of Yugoslavia', 'SFRY', 'SFR Yugoslavia', 'Federal Republic of Yugoslavia', 'FR Yugoslavia', 'Kingdom of Yugoslavia'], demonyms: ['Yugoslav', 'Yugoslavs', 'Yugoslavian', 'Yugoslavians'], capitals: [], historical: true },
  { id: 'CSK', name: 'Czechoslovakia', official: 'Czechoslovak Socialist Republic', aliases: ['Czechoslovak Socialist Republic', 'Czechoslovak Republic', 'Czech and Slovak Federative Republic', 'Czech and Slovak Federal Republic'], demonyms: ['Czechoslovak', 'Czechoslovaks', 'Czechoslovakian', 'Czechoslovakians'], capitals: [], historical: true },
  { id: 'DDR', name: 'East Germany', official: 'German Democratic Republic', aliases: ['German Democratic Republic', 'GDR'], demonyms: ['East German', 'East Germans'], capitals: [], wikidata: 'Q16957', historical: true },
  { id: 'FRG', name: 'West Germany', official: 'Federal Republic of Germany (1949–1990)', aliases: [], demonyms: ['West German', 'West Germans'], capitals: [], historical: true },
  { id: 'ZAR', name: 'Zaire', official: 'Republic of Zaire', aliases: ['Republic of Zaire'], demonyms: ['Zairean', 'Zaireans', 'Zairian', 'Zairians'], capitals: [], historical: true },
  { id: 'RHO', name: 'Rhodesia', official: 'Republic of Rhodesia', aliases: ['Republic of Rhodesia', 'Southern Rhodesia'], demonyms: ['Rhodesian', 'Rhodesians'], capitals: [], historical: true },
  { id: 'OTT', name: 'Ottoman Empire', official: 'Sublime Ottoman State', aliases: ['Ottoman Turkey', 'Sublime Ottoman State'], demonyms: ['Ottoman', 'Ottomans'], capitals: [], wikidata: 'Q12560', historical: true },
  { id: 'AHU', name: 'Austria-Hungary', official: 'Austro-Hungarian Monarchy', aliases: ['Austro-Hungarian Empire', 'Austro-Hungarian Monarchy', 'Dual Monarchy'], demonyms: ['Austro-Hungarian', 'Austro-Hungarians'], capitals: [], wikidata: 'Q28513', historical: true },
  { id: 'SCG', name: 'Serbia and Montenegro', official: 'State Union of Serbia and Montenegro', aliases: ['State Union of Serbia and Montenegro'], demonyms: [], capitals: [], historical: true },
  { id: 'RVN', name: 'South Vietnam', official: 'Republic of Vietnam', aliases: ['Republic of Vietnam'], demonyms: ['South Vietnamese'], capitals: [], historical: true },
  { id: 'VDR', name: 'North Vietnam', official: 'Democratic Republic of Vietnam', aliases: ['Democratic Republic of Vietnam'], demonyms: ['North Vietnamese'], capitals: [], historical: true },
  { id: 'YAR', name: 'North Yemen', official: 'Yemen Arab Republic', aliases: ['Yemen Arab Republic'], demonyms: ['North Yemeni', 'North Yemenis'], capitals: [], historical: true },
  { id: 'YMD', name: 'South Yemen', official: "People's Democratic Republic of Yemen", aliases: ["People's Democratic Republic of Yemen", 'PDRY'], demonyms: ['South Yemeni', 'South Yemenis'], capitals: [], historical: true },
  { id: 'PRU', name: 'Prussia', official: 'Kingdom of Prussia', aliases: ['Kingdom of Prussia', 'Free State of Prussia'], demonyms: ['Prussian', 'Prussians'], capitals: [], historical: true },
  { id: 'RUE', name: 'Russian Empire', official: 'Russian Empire', aliases: ['Imperial Russia', 'Tsarist Russia'], demonyms: [], capitals: [], wikidata: 'Q34266', historical: true },
  { id: 'DEK', name: 'German Empire', official: 'German Empire', aliases: ['Imperial Germany', 'Second Reich'], demonyms: [], capitals: [], historical: true },
  { id: 'WRG', name: 'Weimar Republic', official: 'German Reich (1918–1933)', aliases: ['Weimar Germany'], demonyms: [], capitals: [], historical: true },
  { id: 'NAZ', name: 'Nazi Germany', official: 'Greater German Reich', aliases: ['Third Reich', 'Greater German Reich'], demonyms: [], capitals: [], historical: true },
  { id: 'HRE', name: 'Holy Roman Empire', official: 'Holy Roman Empire', aliases: [], demonyms: [], capitals: [], wikidata: 'Q12548', historical: true },
  { id: 'EOJ', name: 'Empire of Japan', official: 'Empire of Japan', aliases: ['Imperial Japan', 'Great Empire of Japan'], demonyms: [], capitals: [], historical: true },
  { id: 'UAR', name: 'United Arab Republic', official: 'United Arab Republic', aliases: [], demonyms: [], capitals: [], historical: true },
  { id: 'ANT', name: 'Netherlands Antilles', official: 'Netherlands Antilles', aliases: [], demonyms: ['Antillean', 'Antilleans'], capitals: [], historical: true },
  { id: 'BIA', name: 'Biafra', official: 'Republic of Biafra', aliases: ['Republic of Biafra'], demonyms: ['Biafran', 'Biafrans'], capitals: [], historical: true },
  { id: 'SKM', name: 'Sikkim', official: 'Kingdom of Sikkim', aliases: ['Kingdom of Sikkim'], demonyms: [], capitals: [], historical: true },
  { id: 'MCK', name: 'Manchukuo', official: 'Empire of Manchukuo', aliases: ['Manchoukuo', 'State of Manchuria'], demonyms: [], capitals: [], historical: true },
];

function buildStates(): StateEntry[] {
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
    const y = inter.get(id) ?? inter.get(`2:${c.cca2}`);
    const name: string = c.name.common;
    const official: string = STATE_OFFICIAL_FIX[id] ?? c.name.official;
    const drop = new Set((STATE_DROP_ALIASES[id] ?? []).map(normaliseName));

    const candidates: string[] = [official];
    for (const a of c.altSpellings ?? []) {
      if (a === c.cca2) continue;
      if (englishAltSpelling(a)) candidates.push(a);
    }
    for (const a of (y?.common_names ?? []) as string[]) {
      if (typeof a === 'string' && LATIN.test(a) && !/,/.test(a) && (a.length > 2 || a === 'UK' || a === 'US')) candidates.push(a);
    }
    candidates.push(...(STATE_EXTRA_ALIASES[id] ?? []));
    const aliases = uniqBy(
      candidates
        .map((a) => a.replace(/^the\s+/i, '').trim())
        .filter((a) => a.length >= 2 && !/[()]/.test(a) && !drop.has(normaliseName(a)) && surfaceKey(a) !== surfaceKey(name)),
      surfaceKey,
    );

    let demonyms: string[];
    if (DEMONYM_REPLACE[id]) demonyms = [...DEMONYM_REPLACE[id]!];
    else {
      demonyms = [];
      for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, y?.demonyms?.male, y?.demonyms?.female]) {
        if (typeof d !== 'string' || !d.trim()) continue;
        for (const part of d.split(/,\s*|\s+or\s+/)) if (part.trim()) demonyms.push(part.trim());
      }
    }
    demonyms.push(...(DEMONYM_EXTRA[id] ?? []));
    const withPlurals: string[] = [];
    for (const d of demonyms) {
      withPlurals.push(d);
      const p = pluralOf(d);
      if (p) withPlurals.push(p);
    }
    if (id === 'GBR') withPlurals.push('Britons');
    const demonymList = uniqBy(withPlurals, (d) => d);

    const capDrop = new Set(CAPITAL_DROP[id] ?? []);
    const capitals = uniqBy(
      [...((c.capital ?? []) as string[]), ...(CAPITAL_EXTRA[id] ?? [])].filter((x) => !capDrop.has(x)),
      normaliseName,
    );

    const entry: StateEntry = { id, name, official, aliases, demonyms: demonymList, capitals };
    const wd = STATE_WIKIDATA_EXTRA[id] ?? (typeof y?.wikidata_id === 'string' && /^Q\d+$/.test(y.wikidata_id) ? y.wikidata_id : undefined);
    if (wd) entry.wikidata = wd;
    states.push(entry);
  }

  for (const h of HISTORICAL_STATES) states.push({ ...h, aliases: [...h.aliases], demonyms: [...h.demonyms], capitals: [] });

  resolveStateConflicts(states, new Set(countries.filter((c) => c.independent).map((c) => c.cca3 as string)));
  return states;
}

function resolveStateConflicts(states: StateEntry[], independent: Set<string>): void {
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
        if (field === 'demonyms' && DEMONYM_OWNER[k]) {
          if (DEMONYM_OWNER[k] !== s.id) note(`states: demonym "${v}" shared by ${hs.join(', ')}; kept for ${DEMONYM_OWNER[k]} only`);
          return DEMONYM_OWNER[k] === s.id;
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

// =====================================================================================================================
// ORGANISATIONS
// =====================================================================================================================

interface OrgEntry {
  id: string;
  name: string;
  acronyms: string[];
  aliases: string[];
  wikidata?: string;
}

interface OrgRecord {
  src: 'supraverden' | 'internacia';
  srcId: string;
  name: string;
  acronyms: string[];
  aliases: string[];
  /** internacia "other_names": labels fetched by Wikidata id, trusted only while that id is. */
  labels: string[];
  wikidata?: string;
}

interface Cluster {
  name: string;
  wikidata?: string;
  records: OrgRecord[];
  acronyms: string[];
  aliases: string[];
}

/** internacia folders taken whole (organisations, regional bodies, informal groupings of states). */
const INTERNACIA_DIRS = new Set([
  'intorg', 'political', 'military', 'forum', 'economic', 'unregionalblocks', 'intelligence', 'police', 'court', 'legal',
  'humanitarian', 'trade', 'bank', 'energy', 'research', 'parliamentary', 'cultural', 'scientific', 'food', 'sports',
  'postal', 'fund', 'education', 'standards', 'meteorology', 'telecom', 'patent', 'unagency', 'customs', 'cuscurr', 'eccurr',
]);
/** internacia entries taken from folders that otherwise hold agreements, zones or classifications. */
const INTERNACIA_KEEP = new Set([
  'agreement/OSPAR', 'agreement/DAC', 'agreement/G-10', 'agreement/GRECO', 'agreement/OPENGOV', 'agreement/KIMBERLEY', 'agreement/P5',
  'fta/EFTA', 'fta/COMESA', 'fta/SICA', 'fta/PACIFICALLIANCE', 'pta/ALADI', 'project/ESA', 'project/EAP', 'project/CAREC',
  'armscontrol/MTCR', 'armscontrol/WASSENAAR', 'armscontrol/GICHD', 'currency/ECCU', 'acronym/G33', 'acronym/WIEMARTRIANGLE',
]);
/** internacia entries left out although their folder is taken: agreements, statuses, blocs and language areas. */
const INTERNACIA_SKIP = new Set([
  'military/ANZUS', 'military/CAMPDAVID', 'military/MNNA', 'military/IPAP', 'military/RIOPACT', 'military/TASPMS', 'military/UKUSAAGREEMENT',
  'cultural/ANGLOSPHERE', 'cultural/ARABW', 'cultural/DUTCHSPHERE', 'cultural/GERMANOPHONE', 'cultural/HISPAM', 'cultural/HISPANIDAD',
  'cultural/ROMSE', 'cultural/RUSSOPHONE', 'cultural/SINOSPHERE', 'cultural/SLAVISPHERE', 'cultural/PALOP',
  'political/EASTERNBLOC', 'political/WESTERNBLOC', 'political/BRIC', 'political/3GC', 'economic/MINT', 'customs/EUCU',
  'customs/SCHENGENAREA', 'intorg/AANZFTA', 'intorg/AAGC', 'energy/ECT', 'energy/IPSUPS', 'energy/NORDEL', 'energy/NAERC',
  'bank/ETDB', 'intorg/EUCLID', 'intorg/IPPC', 'trade/GATT', 'trade/TFTA', 'telecom/TELESUR', 'agreement/G-12',
]);
/** Names that are agreements even when found in an organisation folder. */
const AGREEMENT_NAME = /\b(Treaty|Convention|Agreement|Protocol|Accords?|Pact)\b/;
const ORGANISATION_WORD = /\b(Organi[sz]ation|Commission|Secretariat|Council|Committee|Agency|Authority|Court|Group|Office|Bank|Fund|Union|Community|Association|Conference|Centre|Center|Institute)\b/;

/** Single words that never name one organisation on their own. */
const GENERIC_WORDS = new Set(
  ('council bank union court commission fund agency assembly parliament secretariat community committee forum group organization ' +
    'organisation office programme program alliance authority board centre center institute tribunal conference federation league ' +
    'association partnership initiative network platform foundation corporation trust mission movement summit dialogue club ' +
    'commonwealth system service food convention treaty agreement protocol charter declaration accords pact entente observatory ' +
    'laboratory academy university college school library museum registry police army navy government ministry department senate ' +
    'congress house cabinet presidency state republic kingdom empire fund facility partnership coalition initiative plan project ' +
    'eureka cooperation development security peace trade energy health labour labor justice finance quad')
    .split(/\s+/),
);

/** Short common English words: an acronym spelled like one is too risky (kept: WHO, which news uses constantly). */
const COMMON_WORDS = new Set(
  ('a an and are as at be but by can do for go he her his if in is it its me my no not of on or our she so the to up us we was who why you ' +
    'all any art bag bar bat bed big box boy bus car cat cow cup cut day did dog dry ear eat egg end eye far fat few fly fun gas get got gun ' +
    'had has hat him hit hot how ice ill job key kid law lay leg let lie lot low mad man map may men mix net new nor now odd off oil old one ' +
    'own pay pen pet pig pin pit pop pot put ran raw red rid run sad sat saw say sea see set sex sit six sky son sun tax tea ten tie tip toe ' +
    'too top toy try two use van war way web wet win won yes yet age aid aim air arm ask ate bad ban bay bit bow cap cry due era fan fee fit ' +
    'fix fog gap hid hop jam lab lap mud nap oak pad par peg pie rat rim rob rod row rub rug sip sum tag tan tap tin vet via wax wig ' +
    'able also area away back ball band bank base bear beat best bill bird blow blue boat body bone book born both call came camp card care ' +
    'case cash cell city club coal coat cold come cook cool copy core cost crew crop dark data date dawn dead deal dear debt deep deny desk ' +
    'diet dish does done door down draw drew drop drug dual duty each earn ease east easy edge else even ever exit face fact fail fair fall ' +
    'farm fast fear feed feel file fill film find fine fire firm fish five flat flow fold folk food foot form fort four free from fuel full ' +
    'fund gain game gate gave gift girl give glad goal goes gold golf gone good gray grew grey grow gulf hair half hall hand hang hard harm ' +
    'hate have head hear heat held hell help here hero high hill hire hold hole holy home hope host hour huge hung hunt hurt idea inch into ' +
    'iron item join jump jury just keen keep kept kick kill kind king knee knew know lack lady laid lake land lane last late lead left less ' +
    'life lift like line link list live load loan lock long look lord lose loss lost love luck made mail main make male many mark mass meal ' +
    'mean meat meet menu mere mild mile milk mind mine miss mode mood moon more most move much must name navy near neck need news next nice ' +
    'nine none nose note okay once only onto open oral over pace pack page paid pain pair palm park part pass past path peak pick pile pink ' +
    'pipe plan play plot plus poll pool poor port post pull pure push race rail rain rank rare rate read real rear rely rent rest rice rich ' +
    'ride ring rise risk road rock role roll roof room root rose rule rush safe said sake sale salt same sand save seat seed seek seem seen ' +
    'self sell send sent ship shop shot show shut sick side sign site size skin slip slow snow soft soil sold sole some song soon sort soul ' +
    'spot star stay step stop such suit sure take tale talk tall tank tape task team tech tell tend term test text than that them then they ' +
    'thin this thus tide till time tiny told tone took tool tour town tree trip true tune turn twin type unit upon used user vast very vice ' +
    'view vote wage wait wake walk wall want ward warm wash wave weak wear week well went were west what when whom wide wife wild will wind ' +
    'wine wing wire wise wish with wood word wore work yard yeah year your zero zone ace act add ado ago ail ale amp ant ape apt arc ark ash ' +
    'awe axe bee beg bet bid bin bog bud bug bum bun cab cam cod cog con cot cub cue dab dam den dew dig dim din dip doe don dot dub dug dye ' +
    'ebb eel elf elk elm emu ewe fad fig fin fir fit foe fox fry fur gag gal gel gem gin gnu gum gut guy gym ham hay hem hen hew hex hid hog ' +
    'hub hue hug hum hut ink inn ion ivy jab jar jaw jet jig jog jot joy jug keg kin kit lad lag lid lip lit log lug mat maw mob mop mow mug ' +
    'nag nib nil nip nod nun nut oaf oar oat ode ore owl pal pan pat paw pea pew pod pox pro pub pug pun pup pus ram rap rev rib rig rip rot ' +
    'rue rum rut rye sac sag sap sew shy sin sir sis sob sod sow soy spa spy sty sub tab tar tat tot tow tub tug urn vat vow wad wag wan wit ' +
    'woe wok yak yam yap yaw yen yew yip zap zen zip zoo dawn care pace scope amber apex arrow aspect atlas bridge crest delta eagle echo ' +
    'focus globe grace haven hope icon ideal impact jade lotus magic matrix nexus noble oasis omega orbit pilot prime pulse quest radar ' +
    'rapid relay rescue ridge river saga scout shield sigma solar spark spirit summit swift tiger titan torch unity vector vision vista ' +
    'voice wave share scar')
    .split(/\s+/),
);
const ACRONYM_WORD_OK = new Set(['WHO', 'NATO', 'OPEC', 'PACE']);
const TWO_LETTER_OK = new Set(['UN', 'EU', 'AU']);

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

function readSupraverden(): OrgRecord[] {
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

function readInternacia(): OrgRecord[] {
  const root = path.join(sharedKb, 'internacia/intblocks');
  const out: OrgRecord[] = [];
  for (const dir of fs.readdirSync(root).sort()) {
    const full = path.join(root, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).filter((f) => f.endsWith('.yaml')).sort()) {
      const id = `${dir}/${f.replace(/\.yaml$/, '')}`;
      if (!(INTERNACIA_DIRS.has(dir) || INTERNACIA_KEEP.has(id)) || INTERNACIA_SKIP.has(id)) continue;
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

// ---- hand-curated organisation data --------------------------------------------------------------------------------

interface OrgPatch {
  /** Find by Wikidata id, or by name (merge key). */
  wikidata?: string;
  match?: string;
  name?: string;
  setWikidata?: string;
  acronyms?: string[];
  aliases?: string[];
  dropAcronyms?: string[];
  dropAliases?: string[];
  /** Create the entry when no source has it. */
  create?: boolean;
}

const ORG_PATCHES: OrgPatch[] = [
  // United Nations system
  { wikidata: 'Q1065', name: 'United Nations', acronyms: ['UN', 'U.N.'], aliases: ['United Nations Organization', 'United Nations Organisation'], create: true },
  { wikidata: 'Q37470', name: 'United Nations Security Council', acronyms: ['UNSC'], aliases: ['Security Council', 'UN Security Council', 'U.N. Security Council', 'United Nations Security Council'], create: true },
  { wikidata: 'Q47423', name: 'United Nations General Assembly', acronyms: ['UNGA'], aliases: ['General Assembly', 'UN General Assembly', 'U.N. General Assembly'], create: true },
  { wikidata: 'Q220563', aliases: ['UN Secretariat', 'U.N. Secretariat'] },
  { wikidata: 'Q170075', aliases: ['UN Economic and Social Council'] },
  { wikidata: 'Q205650', aliases: ['UN Human Rights Council', 'U.N. Human Rights Council', 'Human Rights Council'], acronyms: ['UNHRC'] },
  { wikidata: 'Q7801', acronyms: ['ICJ'], aliases: ['World Court', 'UN International Court of Justice'] },
  { wikidata: 'Q47488', acronyms: ['ICC'], aliases: ['International Criminal Court'] },
  { wikidata: 'Q7817', acronyms: ['WHO'], aliases: ['World Health Organisation', 'UN World Health Organization'] },
  { wikidata: 'Q7804', acronyms: ['IMF'], aliases: ['International Monetary Fund'] },
  { wikidata: 'Q7164', dropAcronyms: ['WB'] },
  { wikidata: 'Q7825', acronyms: ['WTO'], aliases: ['World Trade Organisation'] },
  { wikidata: 'Q41984', acronyms: ['IAEA'], aliases: ['UN nuclear watchdog', 'U.N. nuclear watchdog'] },
  { wikidata: 'Q7809', acronyms: ['UNESCO'], aliases: ['UN Educational, Scientific and Cultural Organization'] },
  { wikidata: 'Q740308', acronyms: ['UNICEF'], aliases: ["UN Children's Fund", "United Nations International Children's Emergency Fund"] },
  { wikidata: 'Q28606331', acronyms: ['UNHCR'], aliases: ['UN Refugee Agency', 'UN refugee agency', 'United Nations High Commissioner for Refugees', 'U.N. refugee agency'] },
  { wikidata: 'Q161718', acronyms: ['UNDP'] },
  { wikidata: 'Q204344', acronyms: ['WFP'], aliases: ['World Food Program', 'UN World Food Programme'] },
  { wikidata: 'Q846656', acronyms: ['UNRWA'], aliases: ['UN Relief and Works Agency for Palestine Refugees in the Near East', 'UN agency for Palestinian refugees'] },
  { wikidata: 'Q656812', acronyms: ['OHCHR'], aliases: ['UN Human Rights Office', 'UN human rights office', 'Office of the UN High Commissioner for Human Rights'] },
  { match: 'United Nations Office for the Coordination of Humanitarian Affairs', acronyms: ['OCHA', 'UNOCHA'], aliases: ['UN Office for the Coordination of Humanitarian Affairs'] },
  { wikidata: 'Q472311', acronyms: ['IOM'], aliases: ['UN Migration', 'UN migration agency'] },
  { wikidata: 'Q61923', aliases: ['World Tourism Organization', 'UN World Tourism Organization'], acronyms: ['UNWTO'] },
  { wikidata: 'Q104150918', name: 'UNFCCC secretariat', aliases: ['UN Climate Change', 'UN Climate Change secretariat', 'Climate Change Secretariat'], dropAliases: ['United Nations Framework Convention on Climate Change'], acronyms: [] },
  { match: 'Intergovernmental Panel on Climate Change', acronyms: ['IPCC'], aliases: ['UN climate panel'] },
  { match: 'International Organization for Standardization', acronyms: ['ISO'] },
  { match: 'Conference on Disarmament', aliases: ['UN Conference on Disarmament'], create: true },
  { match: 'International Criminal Tribunal for the former Yugoslavia', acronyms: ['ICTY'], aliases: ['Yugoslav war crimes tribunal', 'Hague tribunal'], create: true },
  { match: 'International Criminal Tribunal for Rwanda', acronyms: ['ICTR'], aliases: ['Rwanda tribunal'], create: true },
  { match: 'Special Tribunal for Lebanon', acronyms: ['STL'], create: true },
  { match: 'Special Court for Sierra Leone', acronyms: ['SCSL'], create: true },
  { match: 'Extraordinary Chambers in the Courts of Cambodia', acronyms: ['ECCC'], aliases: ['Khmer Rouge Tribunal'], create: true },
  { match: 'United Nations Human Rights Committee', aliases: ['UN Human Rights Committee'], create: true },
  { match: 'League of Nations', aliases: [], create: true },
  // UN peace operations and political missions often named in news
  { match: 'United Nations Interim Force in Lebanon', acronyms: ['UNIFIL'], aliases: ['UN Interim Force in Lebanon'], create: true },
  { match: 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', acronyms: ['MONUSCO'], create: true },
  { match: 'United Nations Multidimensional Integrated Stabilization Mission in Mali', acronyms: ['MINUSMA'], create: true },
  { match: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', acronyms: ['MINUSCA'], create: true },
  { match: 'United Nations Mission in South Sudan', acronyms: ['UNMISS'], aliases: ['UN Mission in South Sudan'], create: true },
  { match: 'United Nations Peacekeeping Force in Cyprus', acronyms: ['UNFICYP'], create: true },
  { match: 'United Nations Disengagement Observer Force', acronyms: ['UNDOF'], create: true },
  { match: 'United Nations Truce Supervision Organization', acronyms: ['UNTSO'], create: true },
  { match: 'United Nations Interim Administration Mission in Kosovo', acronyms: ['UNMIK'], create: true },
  { match: 'United Nations Assistance Mission in Afghanistan', acronyms: ['UNAMA'], create: true },
  { match: 'United Nations Support Mission in Libya', acronyms: ['UNSMIL'], create: true },
  { match: 'United Nations Assistance Mission for Iraq', acronyms: ['UNAMI'], create: true },
  { match: 'United Nations Protection Force', acronyms: ['UNPROFOR'], create: true },
  // Europe
  { wikidata: 'Q458', name: 'European Union', acronyms: ['EU', 'E.U.'], aliases: [] },
  { wikidata: 'Q8880', name: 'European Commission', aliases: ['EU Commission', 'Commission of the European Communities', 'Brussels Commission'], create: true },
  { wikidata: 'Q8889', name: 'European Parliament', aliases: ['EU Parliament'], acronyms: ['MEPs'].filter(() => false), create: true },
  { wikidata: 'Q8877', name: 'European Council', aliases: [], create: true },
  { wikidata: 'Q8896', dropAliases: ['Council of ministers', 'Council of Ministers'], aliases: ['EU Council of Ministers'] },
  { wikidata: 'Q4951', acronyms: ['CJEU', 'ECJ'], aliases: ['EU Court of Justice'] },
  { wikidata: 'Q8901', acronyms: ['ECB'] },
  { wikidata: 'Q8908', name: 'Council of Europe', acronyms: ['CoE'], dropAcronyms: ['COE', 'CdE'] },
  { wikidata: 'Q122880', acronyms: ['ECtHR'], dropAcronyms: ['ECHR'], aliases: ['Strasbourg court'] },
  { match: 'Parliamentary Assembly of the Council of Europe', name: 'Parliamentary Assembly of the Council of Europe', acronyms: ['PACE'], aliases: ['Council of Europe Parliamentary Assembly'], create: true },
  { match: 'Europol', name: 'European Union Agency for Law Enforcement Cooperation', acronyms: [], aliases: ['Europol', 'European Police Office'] },
  { match: 'European Border and Coast Guard Agency', aliases: ['Frontex'], create: true },
  { match: 'European External Action Service', acronyms: ['EEAS'], create: true },
  { match: 'Eurogroup', aliases: ['Eurogroup'], create: true },
  { match: 'European Economic Community', acronyms: ['EEC'], aliases: ['Common Market'], create: true },
  { match: 'European Coal and Steel Community', acronyms: ['ECSC'], create: true },
  { match: 'European Atomic Energy Community', aliases: ['Euratom'], create: true },
  { match: 'Western European Union', acronyms: ['WEU'], create: true },
  { match: 'Organization for Security and Co-operation in Europe', wikidata: 'Q81299', name: 'Organization for Security and Co-operation in Europe', acronyms: ['OSCE', 'CSCE'], aliases: ['Organisation for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Cooperation in Europe', 'Conference on Security and Co-operation in Europe', 'Conference on Security and Cooperation in Europe'], create: true },
  { match: 'OSCE Office for Democratic Institutions and Human Rights', acronyms: ['ODIHR'], aliases: ['Office for Democratic Institutions and Human Rights'], create: true },
  { match: 'OSCE High Commissioner on National Minorities', acronyms: ['HCNM'], aliases: ['High Commissioner on National Minorities'], create: true },
  { match: 'OSCE Permanent Council', aliases: [], create: true },
  { match: 'OSCE Ministerial Council', aliases: [], create: true },
  { match: 'OSCE Forum for Security Co-operation', aliases: ['Forum for Security Co-operation', 'Forum for Security Cooperation'], create: true },
  { match: 'OSCE Minsk Group', aliases: ['Minsk Group'], create: true },
  { match: 'OSCE Special Monitoring Mission to Ukraine', aliases: ['Special Monitoring Mission to Ukraine', 'OSCE SMM'], create: true },
  { match: 'Trilateral Contact Group on Ukraine', aliases: ['Trilateral Contact Group'], create: true },
  { match: 'Normandy Format', aliases: ['Normandy Four', 'Normandy contact group'], create: true },
  { match: 'Parliamentary Assembly of the Organization for Security and Co-operation in Europe', acronyms: [], aliases: ['OSCE Parliamentary Assembly', 'OSCE PA'] },
  { match: 'Visegrad Group', acronyms: ['V4'], aliases: ['Visegrád Group', 'Visegrad Four', 'Visegrád Four'] },
  { match: 'Bucharest Nine', acronyms: ['B9'], aliases: ['Bucharest Format'] },
  { match: 'Weimar Triangle', aliases: [] },
  { match: 'Eastern Partnership', acronyms: ['EaP'] },
  // NATO and security
  { wikidata: 'Q7184', name: 'North Atlantic Treaty Organization', acronyms: ['NATO', 'OTAN'], aliases: ['North Atlantic Treaty Organisation', 'North Atlantic Alliance', 'Atlantic Alliance'], create: true },
  { match: 'North Atlantic Council', acronyms: [], aliases: [], create: true },
  { match: 'NATO-Russia Council', acronyms: [], aliases: ['NATO–Russia Council'], create: true },
  { match: 'NATO-Ukraine Council', aliases: ['NATO–Ukraine Council', 'NATO-Ukraine Commission', 'NATO–Ukraine Commission'], create: true },
  { match: 'Supreme Headquarters Allied Powers Europe', acronyms: ['SHAPE'], create: true },
  { match: 'North Atlantic Cooperation Council', acronyms: ['NACC'], create: true },
  { match: 'Euro-Atlantic Partnership Council', acronyms: ['EAPC'] },
  { match: 'Partnership for Peace', acronyms: ['PfP'] },
  { match: 'NATO Parliamentary Assembly', acronyms: [], aliases: [] },
  { match: 'Kosovo Force', acronyms: ['KFOR'], create: true },
  { match: 'Stabilisation Force in Bosnia and Herzegovina', acronyms: ['SFOR'], aliases: ['Stabilization Force'], create: true },
  { match: 'Implementation Force', acronyms: ['IFOR'], create: true },
  { match: 'International Security Assistance Force', acronyms: ['ISAF'] },
  { match: 'European Union Rule of Law Mission in Kosovo', acronyms: ['EULEX'], create: true },
  { match: 'Warsaw Treaty Organization', acronyms: ['WTO'].filter(() => false), aliases: ['Warsaw Treaty Organisation'], create: true },
  { match: 'Council for Mutual Economic Assistance', acronyms: ['CMEA'], aliases: ['Comecon'], create: true },
  { match: 'Southeast Asia Treaty Organization', acronyms: ['SEATO'], create: true },
  { match: 'Central Treaty Organization', acronyms: ['CENTO'], create: true },
  { match: 'Collective Security Treaty Organization', wikidata: 'Q318693', acronyms: ['CSTO', 'ODKB'], aliases: ['Collective Security Treaty Organisation'] },
  { wikidata: 'Q485207', acronyms: ['SCO'], aliases: ['Shanghai Cooperation Organization', 'Shanghai Five'] },
  { wikidata: 'Q7779', acronyms: ['CIS'], aliases: [] },
  { wikidata: 'Q4173083', acronyms: ['EAEU', 'EEU'], aliases: ['Eurasian Union'] },
  { match: 'Union State', aliases: ['Union State of Russia and Belarus'] },
  { match: 'Quadrilateral Security Dialogue', acronyms: ['QSD'], aliases: ['Quad security dialogue'] },
  { match: 'AUKUS', acronyms: ['AUKUS'], aliases: ['AUKUS partnership', 'AUKUS pact'] },
  { match: 'Five Eyes', acronyms: ['FVEY'], aliases: ['Five Eyes alliance'] },
  { match: 'Ukraine Defense Contact Group', acronyms: ['UDCG'], aliases: ['Ukraine Defence Contact Group', 'Ramstein group', 'Ramstein format'] },
  { match: 'Wassenaar Arrangement', aliases: [] },
  { match: 'Nuclear Suppliers Group', acronyms: ['NSG'] },
  { match: 'Missile Technology Control Regime', acronyms: ['MTCR'] },
  { match: 'Australia Group', acronyms: [] , dropAcronyms: ['AG'] },
  { wikidata: 'Q842490', acronyms: ['OPCW'], aliases: ['Organization for the Prohibition of Chemical Weapons', 'chemical weapons watchdog'] },
  { match: 'Comprehensive Nuclear-Test-Ban Treaty Organization', acronyms: ['CTBTO'] },
  { wikidata: 'Q8475', name: 'International Criminal Police Organization', acronyms: ['INTERPOL', 'ICPO'], aliases: ['Interpol', 'International Criminal Police Organisation'] },
  { match: 'Financial Action Task Force', acronyms: ['FATF'] },
  // Regional bodies
  { wikidata: 'Q7159', acronyms: ['AU'], aliases: [] },
  { match: 'Organisation of African Unity', acronyms: ['OAU'], aliases: ['Organization of African Unity'], create: true },
  { wikidata: 'Q7768', acronyms: ['ASEAN'], aliases: ['Association of South-East Asian Nations', 'Association of SouthEast Asian Nations'] },
  { wikidata: 'Q123759', acronyms: ['OAS'], aliases: ['Organisation of American States'] },
  { wikidata: 'Q7172', name: 'Arab League', acronyms: [], aliases: ['League of Arab States'] },
  { wikidata: 'Q47543', acronyms: ['OIC'], aliases: ['Organization of Islamic Cooperation', 'Organisation of the Islamic Conference', 'Organization of the Islamic Conference'] },
  { wikidata: 'Q217172', acronyms: ['GCC'], aliases: ['Gulf Cooperation Council', 'Gulf Co-operation Council'] },
  { wikidata: 'Q193272', acronyms: ['ECOWAS'], aliases: [] },
  { wikidata: 'Q816706', acronyms: ['SADC'] },
  { wikidata: 'Q337456', acronyms: ['EAC'] },
  { wikidata: 'Q499039', acronyms: ['IGAD'] },
  { wikidata: 'Q4264', acronyms: ['MERCOSUR', 'Mercosul'], aliases: ['Southern Common Market'] },
  { wikidata: 'Q471690', aliases: [] },
  { wikidata: 'Q205995', acronyms: ['CARICOM'], dropAcronyms: ['Caricom'] },
  { match: 'Asia-Pacific Economic Cooperation', acronyms: ['APEC'], aliases: [] },
  { match: 'Community of Latin American and Caribbean States', acronyms: ['CELAC'] },
  { match: 'Alianza Bolivariana para los Pueblos de Nuestra América', name: 'Bolivarian Alliance for the Peoples of Our America', acronyms: ['ALBA'], aliases: ['ALBA-TCP'] },
  { wikidata: 'Q7785', name: 'Commonwealth of Nations', aliases: ['British Commonwealth', 'Commonwealth of Nations'] },
  { wikidata: 'Q83201', acronyms: ['NAM'], aliases: ['Non-Aligned Movement', 'Nonaligned Movement', 'Non-Aligned Nations', 'Movement of Non-Aligned Countries', 'Movement of the Non-Aligned Countries'] },
  { wikidata: 'Q134102', aliases: ['La Francophonie', 'Organisation internationale de la Francophonie'], acronyms: ['OIF'] },
  { wikidata: 'Q41550', acronyms: ['OECD'], aliases: ['Organization for Economic Cooperation and Development', 'Organisation for Economic Cooperation and Development', 'Organization for Economic Co-operation and Development'] },
  { wikidata: 'Q7795', acronyms: ['OPEC'], aliases: ['Organisation of the Petroleum Exporting Countries', 'Organization of Petroleum Exporting Countries'] },
  { match: 'OPEC+', aliases: ['OPEC Plus', 'OPEC+ alliance'], create: true },
  { match: 'G-7', name: 'Group of Seven', acronyms: ['G7', 'G-7'], aliases: ['Group of 7', 'G7 group'], create: true },
  { match: 'Group of Eight', acronyms: ['G8', 'G-8'], aliases: ['Group of 8'], create: true },
  { match: 'G-20 major economies', name: 'Group of Twenty', acronyms: ['G20', 'G-20'], aliases: ['Group of 20', 'G20 major economies'], create: true },
  { match: 'BRICS', acronyms: ['BRICS', 'BRIC'], aliases: ['BRICS group', 'BRICS countries', 'BRICS bloc'], create: true },
  { match: 'Group of 77', acronyms: ['G77', 'G-77'], aliases: ['Group of Seventy-Seven', 'G77 and China'] },
  { match: 'Paris Club', aliases: [] },
  { match: 'Arctic Council', dropAcronyms: ['AC'] },
  { match: 'Munich Security Conference', acronyms: ['MSC'] },
  { match: 'World Economic Forum', acronyms: ['WEF'], aliases: ['Davos forum'] },
  { match: 'Permanent members of the United Nations Security Council', name: 'Permanent Five', acronyms: ['P5'], aliases: ['permanent members of the UN Security Council', 'P5 countries'] },
  { match: 'International Committee of the Red Cross', wikidata: 'Q5987345', acronyms: ['ICRC'], aliases: ['Red Cross'] },
  { match: 'International Federation of Red Cross and Red Crescent Societies', acronyms: ['IFRC'] },
  { match: 'International Olympic Committee', acronyms: ['IOC'] },
  { match: 'International Cricket Council', dropAcronyms: ['ICC'] },
  { match: 'International Olive Council', dropAcronyms: ['IOC'] },
  { match: 'Intergovernmental Oceanographic Commission', dropAcronyms: ['IOC'], acronyms: ['IOC-UNESCO'] },
  { match: 'Inter-American Development Bank', acronyms: ['IDB', 'IADB'] },
  { match: 'Inter-American Defense Board', dropAcronyms: ['IDB'], acronyms: ['IADB'].filter(() => false) },
  { match: 'Caribbean Development Bank', dropAcronyms: ['CBD'], acronyms: ['CDB'] },
  { match: 'OPEC Fund for International Development', dropAliases: ['Organization of the Petroleum Exporting Countries'], acronyms: ['OFID'], aliases: ['OPEC Fund'] },
  { match: 'Financial Stability Board', dropAcronyms: ['FSB'] },
  { match: 'New Development Bank', acronyms: ['NDB'], aliases: ['BRICS Bank', 'BRICS Development Bank'] },
  { match: 'Asian Infrastructure Investment Bank', acronyms: ['AIIB'] },
  { match: 'Asian Development Bank', acronyms: ['ADB'] },
  { match: 'African Development Bank', acronyms: ['AfDB'] },
  { match: 'European Bank for Reconstruction and Development', acronyms: ['EBRD'] },
  { match: 'European Investment Bank', acronyms: ['EIB'] },
  { match: 'Bank for International Settlements', acronyms: ['BIS'] },
  { match: 'World Bank Group', acronyms: ['WBG'] },
  { match: 'International Bank for Reconstruction and Development', acronyms: ['IBRD'] },
  { match: 'European Space Agency', acronyms: ['ESA'] },
  { match: 'European Organization for Nuclear Research', acronyms: ['CERN'] },
  { match: 'Convention for the Conservation of Antarctic Marine Living Resources', name: 'Commission for the Conservation of Antarctic Marine Living Resources', acronyms: ['CCAMLR'], dropAcronyms: ['CAMLR'] },
  { match: 'International Seabed Authority', dropAcronyms: ['ISA'] },
  { match: 'International Solar Alliance', dropAcronyms: ['ISA'] },
  { match: 'Interstate Aviation Committee', dropAcronyms: ['MAK'] },
  { match: 'West African Monetary Union', dropAcronyms: ['UEMOA'], acronyms: ['UMOA'] },
  { match: 'West African Economic and Monetary Union', acronyms: ['WAEMU', 'UEMOA'] },
  { match: 'Union of South American Nations', acronyms: ['UNASUR'] },
  { match: 'Community of Portuguese Language Countries', acronyms: ['CPLP'] },
  { match: 'Developing 8', name: 'Developing-8 Organization for Economic Cooperation', acronyms: ['D-8'], aliases: ['Developing 8', 'D-8 Organization for Economic Cooperation'] },
  { match: 'Supply Agency of the European Atomic Energy Community', dropAcronyms: ['ESA'], aliases: ['Euratom Supply Agency'] },
  { match: 'Preparatory Commission for the Comprehensive Nuclear Test-Ban Treaty Organization', dropAcronyms: ['CTBTO'], aliases: ['CTBTO Preparatory Commission'] },
  { match: 'Comprehensive Nuclear-Test-Ban Treaty Organisation', name: 'Comprehensive Nuclear-Test-Ban Treaty Organization', acronyms: ['CTBTO'] },
  { match: 'European Infrastructure of Open Screening Platforms for Chemical Biology', dropAliases: ['INFRAFRONTIER', 'INFRAFRONTIER ERIC'], dropAcronyms: ['INFRAFRONTIER'] },
  { match: 'Central Treaty Organization', setWikidata: 'Q379850' },
  { match: 'Organisation of African, Caribbean and Pacific States', acronyms: ['OACPS'] },
];

/** [name in one record, name of the entry it belongs to]: the same organisation under two names in the sources. */
const ORG_MERGES: Array<[string, string]> = [
  ['Andean Community of Nations', 'Andean Community'],
  ['Turkic Council', 'Organization of Turkic States'],
  ['ABCZNZ Armies', 'ABCANZ Armies'],
  ['International Organization and System of Space Communications', 'Intersputnik International Organization of Space Communications'],
  ['African, Caribbean and Pacific Group of States', 'Organisation of African, Caribbean and Pacific States'],
  ['ACP Countries', 'Organisation of African, Caribbean and Pacific States'],
  ['Organisation Africaine de la Propriété Intellectuelle', 'African Intellectual Property organisation'],
  ['Synchrotron-light for Experimental Science and Applications in the Middle East', 'International Centre for Synchrotron-Light for Experimental Science Applications in the Middle East'],
  ['Asia-Pacific Economic Cooperation Secretariat', 'Asia-Pacific Economic Cooperation'],
  ['Organisation internationale de la Francophonie', 'International Organisation of La Francophonie'],
  ['EUMETSAT', 'European Organisation for the Exploitation of Meteorological Satellites'],
  ['Parliamentary Assembly of Council of Europe', 'Parliamentary Assembly of the Council of Europe'],
  ['Commission on the Conservation of Antarctic Marine Living Resources', 'Convention for the Conservation of Antarctic Marine Living Resources'],
  ['Development Bank of Central African States', 'Central African States Development Bank'],
  ['International Center for Agricultural Research in the Dry Areas', 'International Centre for Agriculture Research in the Dry Areas'],
  ['International Road and Transport Union', 'International Road Transport Union'],
  ['Organization for the Harmonization of Business Law in Africa', 'Organisation for the Harmonization of Business Laws in Africa'],
  ['Liptako–Gourma Authority', 'Liptako-Gourma Region Integrated Development Authority'],
  ['Southwest Indian Ocean Fisheries Commission', 'South West Indian Ocean Fisheries Commission'],
];

const ORG_EXTRA_SOURCES_NOTE =
  'Some aliases and a few entries (UN peace operations, OSCE and NATO bodies, historical organisations) were added by hand.';

function buildOrganisations(handKeys: Map<string, string>): OrgEntry[] {
  const supra = readSupraverden();
  const inter = readInternacia();
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
  for (const [from, into] of ORG_MERGES) {
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
  for (const p of ORG_PATCHES) {
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
      if (/^[A-Za-z]{2}$/.test(a) && !TWO_LETTER_OK.has(a)) return false;
      if (COMMON_WORDS.has(a.toLowerCase()) && !ACRONYM_WORD_OK.has(a)) return false;
      return true;
    });
    const aliases = uniqBy(ali, (s) => surfaceKey(s)).filter((a) => {
      const words = a.split(/\s+/);
      if (words.length === 1 && (a === a.toLowerCase() || GENERIC_WORDS.has(a.toLowerCase()))) return false;
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

// =====================================================================================================================
// VERIFY
// =====================================================================================================================

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

function verify(): number {
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

// =====================================================================================================================
// MAIN
// =====================================================================================================================

function handKeysOf(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const f of ['national-organisations.json', 'treaties.json']) {
    const kb = readKbFile<AnyEntry>(path.join(dataDir, f));
    for (const e of kb?.entries ?? []) for (const s of surfaceForms(e, false)) keys.set(surfaceKey(s), `${f.replace('.json', '')}:${e.id}`);
  }
  return keys;
}

function main(): void {
  const checkOnly = process.argv.includes('--check');
  let sourcesMissing = false;
  if (!checkOnly) {
    if (!fs.existsSync(sharedKb)) {
      sourcesMissing = true;
      console.log(
        `build-kb: the shared KB sources are not at ${sharedKb} (expected ../shared/kb next to the repository).\n` +
          '          Leaving data/states.json and data/organisations.json as committed; checking them only.',
      );
    } else {
      const states = buildStates();
      writeKbFile(
        path.join(dataDir, 'states.json'),
        {
          version: DATA_VERSION,
          source:
            'world-countries 5.1.0 (https://github.com/mledoze/countries) names, alternative spellings, demonyms and capitals; ' +
            'Wikidata ids from internacia countries (https://github.com/datenoio/internacia-db); aliases, demonyms and historical states added by hand',
          licence: 'ODbL-1.0 (derived from world-countries); internacia data MIT; hand additions MIT',
        },
        states,
      );
      const orgs = buildOrganisations(handKeysOf());
      writeKbFile(
        path.join(dataDir, 'organisations.json'),
        {
          version: DATA_VERSION,
          source:
            'supraverden general_list.yaml (https://github.com/confirmordeny/supraverden, © Confirmordeny) and internacia intblocks ' +
            `(https://github.com/datenoio/internacia-db, © Dateno); merged, English only. ${ORG_EXTRA_SOURCES_NOTE}`,
          licence: 'CC BY-SA 4.0 (derived from supraverden); internacia data MIT',
        },
        orgs,
      );
      console.log(`build-kb: wrote ${states.length} states and ${orgs.length} organisations to ${path.relative(repoRoot, dataDir)}`);
      if (process.argv.includes('--verbose')) for (const l of log) console.log(`  · ${l}`);
      else console.log(`  (${log.length} merge/conflict notes; --verbose to list them)`);
    }
  }
  console.log('build-kb: check');
  const problems = verify();
  if (problems) {
    console.warn(`build-kb: ${problems} problem(s)`);
    // Without the sources nothing was built, and the run must not fail a build that merely lacks ../shared.
    if (!sourcesMissing) process.exitCode = 1;
  }
}

main();

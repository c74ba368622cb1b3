/**
 * Treaties are named many ways: "the 1990 OSCE Paris Charter for New Europe" is the Charter of Paris for a New Europe.
 * A treaty name found by its shape is matched to the KB by its content words: the KB name whose words are all in the
 * found name (or the other way round, with at least two distinctive words), the closest first.
 */
import type { KnowledgeBase } from '../knowledge/kb.js';
import type { KbEntry } from '../knowledge/kb-types.js';
import { normaliseName } from '../knowledge/normalise.js';

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'on', 'and', 'in', 'to', 'between', 'with', 'against', 'concerning', 'relating', 'new']);
/** For bodies "New" is part of the name: the New Democratic Party is not the Democratic Party. */
export const BODY_STOP: ReadonlySet<string> = new Set([...STOP].filter((w) => w !== 'new'));

/** The words of a name that say which one it is: small words and years dropped (`stop`: the small words). */
export function contentWords(name: string, stop: ReadonlySet<string> = STOP): string[] {
  // Hyphens are dropped, not split on: "Non-Proliferation", "Non- Proliferation" and "Nonproliferation" meet.
  return normaliseName(name)
    .replace(/[^a-z0-9' -]/g, ' ')
    .replace(/(\w)- ?(\w)/g, '$1$2')
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !stop.has(w) && !/^\d{4}$/.test(w));
}

interface TreatyIndex {
  /** `year`: a year the name starts with ("1954 Hague Convention"), which a found name must then say too. */
  forms: Array<{ entry: KbEntry; words: Set<string>; ordered: string[]; year?: string }>;
  /** Answers already given: the same treaty names recur across a corpus. Bounded, so memory does not grow. */
  answers: Map<string, KbEntry[]>;
  /** Whether a word is a state or a capital in this KB. */
  isPlace: (word: string) => boolean;
}

const MAX_ANSWERS = 20_000;
/** Words that say what kind of instrument a name is, not which one. */
const GENERIC_TREATY_WORDS = new Set([
  'treaty', 'treaties', 'charter', 'convention', 'agreement', 'agreements', 'accord', 'accords', 'protocol', 'pact',
  'statute', 'declaration', 'memorandum', 'covenant', 'armistice', 'communique', 'peace', 'friendship', 'cooperation',
  'co-operation', 'principles', 'relations', 'basis', 'mutual', 'assistance', 'border', 'frontier',
  'trade', 'economic', 'general', 'joint', 'final', 'framework', 'understanding', 'security', 'non-aggression',
  'nonaggression', 'alliance', 'association', 'partnership', 'good-neighbourliness', 'goodneighbourliness', 'state',
]);


const cache = new WeakMap<KnowledgeBase, TreatyIndex>();

function indexOf(kb: KnowledgeBase): TreatyIndex {
  let index = cache.get(kb);
  if (!index) {
    index = {
      forms: [],
      answers: new Map(),
      isPlace: (w) => (kb.names.get(w) ?? []).some((h) => h.kind === 'capital' || (h.kind === 'name' && h.entry?.type === 'state')),
    };
    for (const entry of kb.treaties) {
      for (const n of entry.names) {
        const words = contentWords(n);
        const year = /^(\d{4}) /.exec(n)?.[1];
        if (words.length >= 2) index.forms.push({ entry, words: new Set(words), ordered: words, ...(year ? { year } : {}) });
      }
    }
    cache.set(kb, index);
  }
  return index;
}

/**
 * The KB treaty a found treaty name refers to, if one matches well enough. When several match equally well
 * ("Comprehensive Peace Agreement": Liberia 2003, Sudan 2005, Nepal 2006), the states the document names choose among
 * those with parties; then the document's year: the latest made by then, else the earliest.
 */
export function matchTreaty(kb: KnowledgeBase, name: string, acronymsInKb: (w: string) => boolean = () => false, year?: number, states?: ReadonlyMap<string, number>): KbEntry | undefined {
  const index = indexOf(kb);
  let tied = index.answers.get(name);
  if (!tied) {
    tied = searchTreaty(index, name, acronymsInKb);
    // "Lome Convention between the European Economic Community and the ACP States" is the Lomé Convention: the parties
    // qualify a name that says which instrument it is by itself ("Lome"), not one that only says what kind ("Treaty of
    // Peace between …": which peace depends on the parties). Where it was made qualifies it likewise: "the Charter of
    // the United Nations in San Francisco".
    for (const cut of [/ between /i, / in (?:the )?\p{Lu}[^,]*$/u]) {
      const at = cut.exec(name);
      if (tied.length || !at) continue;
      const bare = name.slice(0, at.index);
      if (contentWords(bare).some((w) => !GENERIC_TREATY_WORDS.has(w))) tied = searchTreaty(index, bare, acronymsInKb);
    }
    if (index.answers.size >= MAX_ANSWERS) index.answers.clear();
    index.answers.set(name, tied);
  }
  // An instrument named for the place it was signed in is not spoken of before it was signed (a year's grace): a
  // 1980 "Lomé Agreement" is the Lomé Convention's, not the 1999 Lomé Peace Agreement. Conventions named for what
  // they do are spoken of while they are drafted, and keep their matches.
  if (year !== undefined && tied.length > 0 && index.isPlace(contentWords(name)[0] ?? '')) {
    const made = tied.filter((e) => e.year === undefined || e.year <= year + 1);
    if (made.length === 0) return undefined;
    tied = made;
  }
  return chooseInstrument(tied, year, states);
}

/**
 * One of several instruments a name may mean, among those made by the document's year: the one whose parties the
 * document names most (`states`: mentions by state id), else the latest made by then (else the earliest).
 */
export function chooseInstrument(given: readonly KbEntry[], year: number | undefined, states: ReadonlyMap<string, number> | undefined): KbEntry | undefined {
  if (given.length <= 1) return given[0];
  // Nothing made after the document: a 1973 speech's "Paris agreements" are not the 1991 ones, whoever it names.
  const made = year === undefined ? given : given.filter((e) => e.year === undefined || e.year <= year);
  const tied = made.length > 0 ? made : given;
  if (tied.length === 1) return tied[0];
  const weight = (e: KbEntry) => (e.parties ?? []).reduce((sum, p) => sum + (states?.get(p) ?? 0), 0);
  const most = Math.max(...tied.map(weight));
  const among = most > 0 ? tied.filter((e) => weight(e) === most) : tied;
  if (among.length === 1 || year === undefined) return among[0];
  const dated = among.filter((e) => e.year !== undefined).sort((a, b) => a.year! - b.year!);
  const before = dated.filter((e) => e.year! <= year);
  return before[before.length - 1] ?? dated[0] ?? among[0];
}

/**
 * How many KB instruments a name is short for: those with a name holding all its content words ("Vienna Convention":
 * on the Law of Treaties, on Diplomatic Relations, on Consular Relations, for the Protection of the Ozone Layer). A
 * name two or more share says only what kind of instrument and where, not which (graph/admission.ts).
 */
export function instrumentsSharing(kb: KnowledgeBase, name: string): number {
  const found = contentWords(name);
  if (found.length === 0) return 0;
  const entries = new Set<KbEntry>();
  for (const form of indexOf(kb).forms) if (found.every((w) => form.words.has(w))) entries.add(form.entry);
  return entries.size;
}

/**
 * A name of at most three words that say only what kind of instrument: "United Nations Declaration", "Treaty of
 * Friendship", "Trusteeship Agreement"; also after "with" its counterpart, one of many: "Association Agreement with the
 * European Union".
 */
export function isGenericTreatyName(name: string): boolean {
  const words = contentWords(name.replace(/ with .*$/i, ''));
  return words.length > 0 && words.length <= 3 && words.every((w) => GENERIC_TREATY_WORDS.has(w) || GENERIC_QUALIFIERS.has(w));
}

/** Words that qualify an instrument's kind without naming it, beyond GENERIC_TREATY_WORDS. */
const GENERIC_QUALIFIERS = new Set(['united', 'nations', 'conference', 'summit', 'trusteeship', 'international', 'political', 'additional', 'optional', 'bilateral', 'multilateral', 'comprehensive', 'conventions', 'declarations', 'covenants', 'protocols']);

const distinctive = (words: readonly string[]) => words.filter((w) => !GENERIC_TREATY_WORDS.has(w)).length;

/** Whether `part` is `whole` with some words left out, in its order. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let k = 0;
  for (const w of whole) if (k < part.length && part[k] === w) k++;
  return k === part.length;
}

/** How many of `part`'s words differ from the words of `whole` at the same places. */
function mismatches(part: readonly string[], whole: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < part.length; i++) if (part[i] !== whole[i]) n++;
  return n;
}

/** The KB treaties that match a found name best (several when tied). */
function searchTreaty(index: TreatyIndex, name: string, acronymsInKb: (w: string) => boolean): KbEntry[] {
  const found = contentWords(name);
  if (found.length < 2) return [];
  const foundSet = new Set(found);
  const years = new Set(name.match(/\b\d{4}\b/g) ?? []);
  let best: { entries: KbEntry[]; score: number } | undefined;
  const consider = (entry: KbEntry, score: number) => {
    if (!best || score > best.score) best = { entries: [entry], score };
    else if (score === best.score && !best.entries.includes(entry)) best.entries.push(entry);
  };
  for (const form of index.forms) {
    // "Hague Convention" alone is not the 1954 one, whatever "1954 Hague Convention" shortens to.
    if (form.year && !years.has(form.year)) continue;
    // A place in front that the KB's name leaves out: "Ottawa Convention on the Prohibition of the Use, …".
    const placeInFront = !form.words.has(found[0]!) && form.words.size >= 3 && index.isPlace(found[0]!);
    let shared = 0;
    for (const w of form.words) if (foundSet.has(w)) shared++;
    // Extra words in the found name may only be qualifiers such as an organisation's acronym ("OSCE").
    // …and a "United Nations" in front that the KB's name leaves out ("United Nations Declaration on the Granting of
    // Independence …" is the Declaration on the Granting of Independence …).
    const unInFront = found[0] === 'united' && found[1] === 'nations' && !form.words.has('united') && !form.words.has('nations');
    // …and the meeting that adopted it: "Millennium Summit Declaration" is the Millennium Declaration.
    const meeting = (w: string) => (w === 'summit' || w === 'conference') && !form.words.has(w) && form.words.size >= 2;
    const extra = found.filter((w, i) => !form.words.has(w) && !acronymsInKb(w) && !(unInFront && i < 2) && !(placeInFront && i === 0) && !meeting(w)).length;
    // Long official names are often cut short: "Treaty on Principles Governing the Activities of States in the
    // Exploration and Use of Outer Space[, including the Moon…]". A found name that is the start of one counts.
    // Four words will do when two of them say which instrument ("Convention on the Safety of United Nations[ and
    // Associated Personnel]").
    const own = placeInFront ? found.slice(1) : found;
    if (own.length >= 4 && (own.length >= 5 || distinctive(own) >= 2) && own.length < form.ordered.length && own.every((w, i) => form.ordered[i] === w)) {
      const score = own.length / form.ordered.length;
      consider(form.entry, score);
      continue;
    }
    // …or its head and its telling words with the list in between left out: the "Convention on the Prohibition of
    // Chemical Weapons" is the Convention on the Prohibition of the Development, Production, Stockpiling and Use of
    // Chemical Weapons and on their Destruction. Ranked below any name said whole or from its start.
    if (own.length >= 4 && distinctive(own) >= 3 && own.length < form.ordered.length && own[0] === form.ordered[0] && isSubsequence(own, form.ordered)) {
      consider(form.entry, (0.5 * own.length) / form.ordered.length);
      continue;
    }
    // …or its start with one word misremembered: "Treaty on the Prohibition of the Emplacement of Nuclear Weapons and
    // Other Means [Weapons] of Mass Destruction on the Sea-Bed …". Six words or more, the head right, ranked lowest.
    if (own.length >= 6 && distinctive(own) >= 3 && own.length <= form.ordered.length && own[0] === form.ordered[0] && mismatches(own, form.ordered) === 1) {
      consider(form.entry, (0.25 * own.length) / form.ordered.length);
      continue;
    }
    const missing = form.words.size - shared;
    // A known name may drop its leading place ("Statute of the International Criminal Court" is the Rome Statute),
    // not a qualifier ("Nuclear Test Ban Treaty" is not the Comprehensive one), and is never lengthened by unknown words.
    const dropsPlace = missing === 1 && shared >= 3 && !foundSet.has(form.ordered[0]!) && index.isPlace(form.ordered[0]!);
    // Nor the "United Nations" in front of a convention's name: "Convention against Transnational Organized Crime".
    const dropsUn = missing === 2 && shared >= 3 && form.ordered[0] === 'united' && form.ordered[1] === 'nations' && !foundSet.has('united') && !foundSet.has('nations');
    if (extra > 0 || shared < 2 || (missing > 0 && !dropsPlace && !dropsUn)) continue;
    const score = shared / Math.max(form.words.size, found.length) - missing;
    consider(form.entry, score);
  }
  return best?.entries ?? [];
}

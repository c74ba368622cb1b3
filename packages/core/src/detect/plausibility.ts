/**
 * Common nouns are not names. In formal registers speakers capitalise generic nouns ("the Powers", "this Conference",
 * "the State", "Chapter VII"), and old scans add debris ("Corr.1", "L.668"); a model trained on news reads many of these
 * as names, and a graph built from speeches then shows them first. A candidate the KB does not know must look like a
 * name of its type, judged with evidence beyond capitalisation:
 *
 * - the model's lexicon (`isKnownWord`: ordinary English words) and the tagger's name lists: one capitalised common
 *   word is no name ("Powers", "Chapter", "Earth"), unless it is a given name or surname ("Smith" may fold into "Ian
 *   Smith"); a person made only of titles, forms of address and common words addresses someone ("Honourable Sir",
 *   "Madam President", "Mother Earth");
 * - shape: figures, document symbols, single letters and Roman numerals are no names ("VII" of "Chapter VII");
 *   ideologies ("-ism") are no people or organisations;
 * - the head of the name: groups of states or people ("States Members of…", "Heads of State", "Foreign Ministers"),
 *   events, programmes and periods ("Millennium Summit", "Cold War", "Development Decade"), places ("Suez Canal",
 *   "Holy Places") and generic bodies ("Working Group", "Special Committee") are no organisations; generic instruments
 *   ("Joint Declaration", "Optional Protocol", "Charter of the Organization") are no treaties;
 * - a state's own style ("Kingdom of Swaziland", "People's Republic of Angola") names the state.
 *
 * KB candidates, national bodies and nested mentions are not judged here: the KB's word stands.
 */
import { judgedByRules, type Candidate } from './candidate.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { normaliseName } from '../knowledge/normalise.js';
import { isKnownWord } from '../language/known-words.js';
import { wordInfo } from './tagger/features.js';
import type { WordLists } from './tagger/model.js';
import {
  ADDRESS_WORDS,
  COMPASS_WORDS,
  EVENT_HEADS,
  GENERIC_MODIFIERS,
  GROUP_NOUNS,
  ORG_HEADS,
  PLACE_HEADS,
  STATE_FORMS,
  STATE_STYLE_ONLY,
  STORM_WORDS,
  TREATY_HEADS,
} from './lexicon.js';
import { TITLES } from './persons.js';
import { spanText, type TokenView } from './tokens.js';

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'from', 'against', 'between', 'de', 'la', 'le', 'du', 'des']);
/** Words after the head that make it govern a complement: the head of "Heads of State" is "Heads". */
const COMPLEMENTS = new Set(['of', 'for', 'on', 'against', 'to', 'between', 'in', 'with']);
/** II to LXXXIX: session numbers and chapters ("resolution 2373 (XXII)", "Chapter VII"); not "CD" or "MD". */
const ROMAN = /^(?=[IVXL]{2,}$)(XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export interface PlausibilityContext {
  view: TokenView;
  kb: KnowledgeBase;
  /** Given names and surnames (the tagger's lists), which keep a common word a possible name. */
  wordLists?: WordLists;
  /** Tokens inside KB names: a KB name within a span says whose body it is ("Special Committee of the OAU"). */
  kbNames?: Uint8Array;
  /** Tokens inside the KB's blocking names (regions, days, concepts): a span wholly inside one is no entity. */
  blocked?: Uint8Array;
}

/**
 * Judge the candidates the KB does not know: keep, drop, or turn into the state they name. Returns a new list.
 */
export function judgeCandidates(ctx: PlausibilityContext, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const judged = judgedByRules(c) ? judge(ctx, c) : c;
    if (judged) out.push(judged);
  }
  return out;
}

function judge(ctx: PlausibilityContext, c: Candidate): Candidate | undefined {
  const { view } = ctx;
  const words: string[] = [];
  const values: string[] = [];
  for (let k = c.first; k < c.last; k++) {
    const v = view.a.value[k]!;
    if (!/[\p{L}\p{N}]/u.test(v)) continue;
    words.push(view.norm[k]!);
    values.push(v);
  }
  if (words.length === 0 || isDebris(view, c, values) || whollyBlocked(ctx, c)) return undefined;
  // "Royal Highness", "His Excellency": forms of address, whatever the type.
  if (words.every((w) => ADDRESS_WORDS.has(w) || TITLES.phrases.has(w) || FUNCTION_WORDS.has(w))) return undefined;
  if (words.length === 1 && /isms?$/.test(words[0]!) && words[0]!.length > 5) return undefined;
  if (words.length === 1 && commonInDocument(ctx, c, words[0]!)) return undefined;
  if (c.type === 'person') return plausiblePerson(ctx, c, words, values) ? c : undefined;
  if (c.type === 'organisation' && words.length === 1 && (cutName(ctx, c, words[0]!) || attributivePerson(ctx, c, words[0]!))) return undefined;
  if ((c.type === 'organisation' || c.type === 'treaty') && insideEventTitle(ctx, c)) return undefined;
  if (c.type === 'organisation') {
    const state = stateStyled(ctx, c);
    if (state) return state;
    // "People's Republic", "the Kingdom": a state's style without its name.
    if (STATE_STYLE_ONLY.test(words.join(' '))) return undefined;
    const kbOrg = (ws: string[]) => ctx.kb.names.get(ws.join(' '))?.some((h) => h.kind === 'name' && h.entry?.type === 'organisation') ?? false;
    return plausibleOrganisation(words, holdsKbName(ctx, c), kbOrg) ? c : undefined;
  }
  if (c.type === 'treaty') return words.every((w) => FUNCTION_WORDS.has(w) || GENERIC_MODIFIERS.has(w) || TREATY_HEADS.has(w)) ? undefined : c;
  return c;
}

function whollyBlocked(ctx: PlausibilityContext, c: Candidate): boolean {
  if (!ctx.blocked) return false;
  for (let k = c.first; k < c.last; k++) if (!ctx.blocked[k]) return false;
  return true;
}

/** Figures, document symbols, lone letters, Roman numerals, and words run together by a scan ("SecretaryGeneral"). */
function isDebris(view: TokenView, c: Candidate, values: string[]): boolean {
  const text = view.a.text;
  const start = view.a.start[c.first]!;
  const end = view.a.end[c.last - 1]!;
  // Glued to a document symbol: "A/C.3/L.668", "Corr.1", "L.513".
  if (text[start - 1] === '/' || text[end] === '/' || /^\.\d/.test(text.slice(end, end + 2))) return true;
  if (values.length === 1 && values[0]!.replace(/\./g, '').length === 1) return true;
  if (values.length === 1) {
    const parts = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(values[0]!);
    if (parts && isKnownWord(parts[1]!) && isKnownWord(parts[2]!)) return true;
  }
  // A Roman numeral ends a regnal name ("Mohammed VI") and may be a person's syllable in capitals ("XI JINPING").
  if (c.type === 'person') return values.some((v) => /\d/.test(v)) || (values.length === 1 && ROMAN.test(values[0]!));
  // A scan reads "II" as "H": "XHI" (XIII), "XVHI" (XVIII) are session numerals too.
  return values.some((v) => ROMAN.test(v) || (/^[IVXLH]*H[IVXLH]*$/.test(v) && ROMAN.test(v.replace(/H/g, 'II'))));
}

/**
 * One capitalised word is a common noun here when it is an ordinary English word (the model's lexicon) and the
 * document itself says so: it also writes the word as a lowercase noun ("the great Powers" beside "the powers of the
 * Assembly"), or numbers follow it ("Article 51", "Chapter VII"), or, for a person, it opens the sentence or follows a
 * determiner ("Additionally, …", "this Hall"). A word the document only ever capitalises may be a name ("the Fed", "the
 * Treasury", "Dole said"); a given name or surname on the name lists is one.
 */
function commonInDocument(ctx: PlausibilityContext, c: Candidate, word: string): boolean {
  const value = ctx.view.a.value[c.first]!;
  if (value.length > 1 && value === value.toUpperCase() && !isKnownWord(word)) return false; // an acronym
  if (!isKnownWord(word)) return false;
  if (c.type === 'person' && inNameLists(ctx, word)) return false;
  if (lowercaseWords(ctx).has(word)) return true;
  // After a lowercase adjective ("the great Power", "an administering Power"), or opening a sentence as anything but
  // a proper noun ("United in this aspiration, …").
  const before = c.first > 0 ? ctx.view.a.value[c.first - 1]! : '';
  const modifier = ctx.view.a.pos[c.first - 1] === 'ADJ' || /(?:ing|ist)$/.test(before);
  if (modifier && before === before.toLowerCase() && /^\p{L}+$/u.test(before)) return true;
  if (c.first === ctx.view.a.sentences[ctx.view.a.sentenceOf[c.first]!]!.first && ctx.view.a.pos[c.first] !== 'PROPN') return true;
  const next = ctx.view.a.value[c.last];
  if (next !== undefined && (/^\d/.test(next) || ROMAN.test(next) || next === 'I')) return true;
  const prev = c.first > 0 ? ctx.view.norm[c.first - 1]! : undefined;
  // "a single Power", "that Power", "our Constitution": a determiner other than "the" ("the Fed" is a name in news).
  if (c.type !== 'person') return prev !== undefined && prev !== 'the' && DETERMINERS.has(prev);
  // Opening a sentence, only a word the tagger of parts of speech does not read as a proper noun ("Additionally").
  const sentenceStart = c.first === ctx.view.a.sentences[ctx.view.a.sentenceOf[c.first]!]!.first && ctx.view.a.pos[c.first] !== 'PROPN';
  return sentenceStart || (prev !== undefined && DETERMINERS.has(prev));
}

/** Words that make a body's name an occasion: "Millennium Assembly", "Jubilee Summit". */
const EVENT_MODIFIERS = new Set(['millennium', 'jubilee', 'anniversary', 'centenary', 'bicentenary', 'commemorative']);
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'its', 'their', 'his', 'her', 'a', 'an', 'every', 'each', 'any']);
const lowercaseCache = new WeakMap<TokenView, Set<string>>();

/** The nouns the document writes in lowercase ("powers", not the verb "fed"). */
function lowercaseWords(ctx: PlausibilityContext): Set<string> {
  let set = lowercaseCache.get(ctx.view);
  if (!set) {
    set = new Set();
    const { value } = ctx.view.a;
    for (let k = 0; k < value.length; k++) {
      const v = value[k]!;
      if (v.length > 2 && v === v.toLowerCase() && v !== v.toUpperCase() && ctx.view.a.pos[k] === 'NOUN') set.add(ctx.view.norm[k]!);
    }
    lowercaseCache.set(ctx.view, set);
  }
  return set;
}

/** One word of a KB name cut off by a stray stop or semicolon: "the United; Nations", "the United. Nations". */
function cutName(ctx: PlausibilityContext, c: Candidate, word: string): boolean {
  let k = c.last;
  while (k < ctx.view.n && !/[\p{L}\p{N}]/u.test(ctx.view.a.value[k]!) && k - c.last < 2) k++;
  return k > c.last && k < ctx.view.n && (ctx.kb.names.get(`${word} ${ctx.view.norm[k]!}`)?.some((h) => h.kind === 'name') ?? false);
}

/** A person's name before a word for their following: "the Smith regime", "the Smith rebellion". */
function attributivePerson(ctx: PlausibilityContext, c: Candidate, word: string): boolean {
  const next = ctx.view.norm[c.last];
  return next !== undefined && FOLLOWING_NOUNS.has(next) && inNameLists(ctx, word);
}

const FOLLOWING_NOUNS = new Set(['regime', 'régime', 'rebellion', 'clique', 'faction', 'government', 'administration', 'junta', 'forces', 'supporters', 'followers']);

function inNameLists(ctx: PlausibilityContext, word: string): boolean {
  const lists = ctx.wordLists;
  if (!lists) return false;
  const w = wordInfo(word)[0]!;
  return lists.firstNames.has(w) || lists.lastNames.has(w);
}

function plausiblePerson(ctx: PlausibilityContext, c: Candidate, words: string[], values: string[]): boolean {
  // "Honourable Sir", "Madam President", "Mother Earth", "Chapter", "Additionally": titles, address and common words.
  const addressing = words.every((w) => ADDRESS_WORDS.has(w) || TITLES.phrases.has(w) || (isKnownWord(w) && !inNameLists(ctx, w)));
  if (addressing) return false;
  if (STORM_WORDS.has(words[0]!) || (c.first > 0 && STORM_WORDS.has(ctx.view.norm[c.first - 1]!))) return false;
  // A title in quotation marks is a book, an encyclical, a song: "Mein Kampf", “Centesimus Annus”.
  if (quoted(ctx.view, c)) return false;
  // A place: "Walvis Bay", "South Katanga".
  const lastWord = words[words.length - 1]!;
  if (words.length > 1 && (PLACE_HEADS.has(lastWord) || COMPASS_WORDS.has(words[0]!))) return false;
  if (locative(ctx, c, words)) return false;
  // A name is words of letters: "Lee Teng-hui", "O'Brien", "J." — not all-caps debris longer than a few words.
  return values.every((v) => /^[\p{L}\p{M}'’.-]+$/u.test(v)) && c.last - c.first <= 8;
}

/** Heads of events' titles, capitalised: "World Summit on …", "International Year of …". */
const EVENT_TITLE_HEADS = new Set(['summit', 'conference', 'year', 'decade', 'day', 'week', 'session', 'meeting', 'symposium', 'round', 'congress', 'forum', 'seminar']);

/**
 * The subject of an event's title, not a body: "Information Society" in "the World Summit on the Information
 * Society", "Family" in "International Year of the Family". A capitalised event head, then "on"/"of"/"for" and an
 * optional "the", right before the span.
 */
function insideEventTitle(ctx: PlausibilityContext, c: Candidate): boolean {
  const { view } = ctx;
  let k = c.first - 1;
  if (k >= 0 && view.norm[k] === 'the') k--;
  if (k < 1 || !['on', 'of', 'for'].includes(view.norm[k]!)) return false;
  return EVENT_TITLE_HEADS.has(view.norm[k - 1]!) && /^\p{Lu}/u.test(view.a.value[k - 1]!);
}

const LOCATIVE = new Set(['in', 'near', 'at', 'around', 'outside', 'inside', 'across', 'throughout']);

/**
 * A place read as a person: "villages in Quang Binh", "the pass at Shah Salim". After a preposition of place, a name
 * none of whose words is on the name lists is taken for a place; "in Bill Clinton" keeps its given name, and a
 * possessive ("in Bush's speech") is a person's.
 */
function locative(ctx: PlausibilityContext, c: Candidate, words: string[]): boolean {
  const { view } = ctx;
  if (c.first === 0 || !LOCATIVE.has(view.norm[c.first - 1]!)) return false;
  const next = view.a.value[c.last] ?? '';
  if (next === "'s" || next === '’s' || next === "'" || next === '’') return false;
  return !words.some((w) => inNameLists(ctx, w));
}

const OPENING_QUOTES = new Set(['"', '“', '«', '‘']);
const CLOSING_QUOTES = new Set(['"', '”', '»', '’']);

/** Whether a span stands alone between quotation marks. */
function quoted(view: TokenView, c: Candidate): boolean {
  return c.first > 0 && c.last < view.n && OPENING_QUOTES.has(view.a.value[c.first - 1]!) && CLOSING_QUOTES.has(view.a.value[c.last]!);
}

/** The head of a name: the last word before its first complement ("Heads" of "Heads of State"), else its last word. */
function headOf(words: string[]): { head: string; index: number } {
  for (let k = 1; k < words.length; k++) if (COMPLEMENTS.has(words[k]!)) return { head: words[k - 1]!, index: k - 1 };
  return { head: words[words.length - 1]!, index: words.length - 1 };
}

function holdsKbName(ctx: PlausibilityContext, c: Candidate): boolean {
  if (!ctx.kbNames) return false;
  for (let k = c.first; k < c.last; k++) if (ctx.kbNames[k]) return true;
  return false;
}

function plausibleOrganisation(words: string[], specific: boolean, isKbOrgName: (words: string[]) => boolean): boolean {
  const { head, index } = headOf(words);
  if (words.some((w) => EVENT_MODIFIERS.has(w))) return false;
  if (GROUP_NOUNS.has(head) || GROUP_NOUNS.has(words[0]!)) return false;
  if (EVENT_HEADS.has(head) || PLACE_HEADS.has(head)) return false;
  // "Programme of Action", "Integrated Programme for Commodities": plans; the KB names the programmes that are bodies
  // (UNDP, WFP).
  if (head === 'programme' || head === 'program' || (words.length > 2 && words[words.length - 1] === 'action' && words[words.length - 2] === 'of')) return false;
  // "United Nations Commission", "United Nations Mission": an organisation's name and a bare head, cut short.
  const named = words.slice(0, index);
  if (specific && index === words.length - 1 && ORG_HEADS.has(head) && named.length > 0 && isKbOrgName(named)) return false;
  if (COMPASS_WORDS.has(words[0]!) && !words.some((w) => ORG_HEADS.has(w))) return false;
  // "Working Group", "Special Committee", "Federal Government": a head with only generic words before it and nothing
  // after it that names whose it is.
  const before = words.slice(0, index);
  const after = words.slice(index + 1).filter((w) => !FUNCTION_WORDS.has(w));
  if (!specific && before.every((w) => GENERIC_MODIFIERS.has(w)) && after.every((w) => GENERIC_MODIFIERS.has(w)) && (ORG_HEADS.has(head) || GENERIC_MODIFIERS.has(head))) return false;
  return true;
}

/** "the Kingdom of Swaziland", "People's Republic of Angola": the state of that name, when the KB knows it. */
function stateStyled(ctx: PlausibilityContext, c: Candidate): Candidate | undefined {
  const text = spanText(ctx.view, c.first, c.last).replace(/\s+/g, ' ');
  const m = STATE_FORMS.exec(text);
  if (!m) return undefined;
  // The whole style first ("Democratic Republic of Viet-Nam" is North Vietnam), then the name inside it.
  const lookup = (name: string) => {
    const key = normaliseName(name);
    const hits = ctx.kb.names.get(key) ?? ctx.kb.names.get(key.replace(/-/g, ' '));
    return hits?.find((h) => h.kind === 'name' && h.entry?.type === 'state');
  };
  const hit = lookup(text.replace(/^the /i, '')) ?? lookup(m[1]!);
  if (!hit?.entry) return undefined;
  const { label: _label, ...rest } = c;
  return { ...rest, type: 'state', entry: hit.entry };
}

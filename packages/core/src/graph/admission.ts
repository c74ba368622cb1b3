/**
 * Which entities a graph admits. Detection works one document at a time and must keep recall (a news story's "Nike"
 * is an organisation); a graph is read entity by entity, and two kinds of node it would otherwise show are almost
 * never right. Judged by reading on the whole UN General Debate corpus (tests/audit/judgments.jsonl), before this
 * step:
 *
 * - **A lone name** — a person's node whose name is one word ("Schumann", "Crosland", "Mr. Wiley", "Kennedy") that no
 *   full name in the graph took over (resolve/person-names.ts) and the KB does not hold: 2,147 nodes, right for 0.08
 *   of those judged. The rest are places, storms, months and scan debris the model read as a surname ("Lockerbie",
 *   "Eloise", "Ramadan", "Ninthly"); and even a real surname alone is cut short: nobody can tell who it is.
 * - **An organisation with no organisation word** that only the statistical model found, in every document where it
 *   was found (no rule, no KB): "Pan-Africanist", "Tax Matters", "Sandinista", "Human Spirit": 6,921 nodes, right for
 *   0.06 of those judged. An organisation's English name has a head noun ("… Committee", "Council of …",
 *   "Ministry for …"), or a Romance one in front ("Frente …", "Parti …"); acronyms are kept.
 * - A person's name that ends in the head of an institution, a place, an event or an instrument ("Woodrow Wilson
 *   School", "Truman Doctrine", "Fraser Institute"), starts like a place's ("Fort Randolph"), or holds a word no name
 *   holds ("J. All", "W. We").
 * - An organisation that is a bare head ("Press"), two bodies joined ("Council and Assembly"), or a diplomatic post
 *   its name does not place ("Austrian Embassy", "Observer Mission").
 * - An organisation or instrument whose name ends on a state's adjective after a small word, cut before the noun
 *   that the adjective qualifies: "Ad Hoc Committee on the Palestinian [question]", "Declaration of Principles on
 *   Palestinian [Interim Self-Government Arrangements]", "Community to the Iraqi [people]". All 56 on UNGDC were so.
 * - An organisation or instrument whose name runs on past a KB name, after a preposition and a capital ("Union of
 *   South Africa against the Negro"; run-ons.ts). Those of the KB name's type are merged into it before this.
 * - A congress on a subject, or a meeting counted in a series, which are events ("World Congress on …",
 *   "Eleventh Congress of …"; isCongressOn, isNumberedMeeting), or a party's congress (isPartyCongress).
 * - A bare head run on into its sentence ("Council to the General Assembly", "Organization of Portugal"; isHeadRunOn),
 *   a name of two bodies joined by a slash ("IMF/World Bank"), a "National …" institution of ordinary words that no
 *   state places (isUnplacedMinistry), or one of an unnamed republic ("Senate of the Republic"; endsOnUnnamedState).
 * - A name the KB gives several bodies ("National Liberation Front"), where no state of the document chose one.
 * - An instrument whose name says only what kind it is ("United Nations Declaration", "Treaty of Friendship", "Summit
 *   Declaration"), or that two or more instruments of the KB share ("Vienna Convention", "Hague Convention"): the
 *   node would hold several treaties' mentions under one name. Judged on UNGDC, each such node was wrong. So is a
 *   plural name that the KB does not hold ("International Covenants on Human Rights", "Rio Conventions": several
 *   instruments at once; isCollectiveName).
 *
 * Withheld entities are left out of what the graph shows, with their links, and kept in its reserve (reserve.ts) for
 * later merges; the manifest counts them, and `keepWeak` keeps them all in the graph.
 */
import type { NodeAttributes } from '../types.js';
import { ORG_HEADS, PLACE_HEADS, EVENT_HEADS, TREATY_HEADS } from '../detect/lexicon.js';
import { normaliseName } from '../knowledge/normalise.js';
import { loneSurname } from '../resolve/person-names.js';
import { instrumentsSharing, isGenericTreatyName } from '../resolve/treaty-match.js';
import { entriesNamed, type KnowledgeBase } from '../knowledge/kb.js';
import { runOnOf } from './run-ons.js';
import { MORE_ORG_HEADS, PLACED_HEADS, PREPOSITIONS } from './heads.js';
import { endsOnUnnamedState, isUnplacedForce, isUnplacedMinistry, isUnplacedPost, POSTS } from './unplaced-bodies.js';


export type WithheldReason = 'lone-name' | 'no-organisation-word' | 'not-a-name' | 'generic' | 'ambiguous' | 'event' | 'collective' | 'lone-acronym';

/** Heads in front, in names kept in their own language (accents dropped, as normaliseName does): "Frente Farabundo Martí". */
const ROMANCE_HEADS = new Set([
  'frente', 'partido', 'movimiento', 'movimento', 'mouvement', 'parti', 'union', 'uniao', 'congreso', 'consejo',
  'conseil', 'comite', 'comision', 'comissao', 'rassemblement', 'fuerzas', 'forcas', 'forces', 'ejercito',
  'exercito', 'armee', 'alliance', 'alianza', 'alianca', 'front', 'junta', 'organizacion', 'organizacao', 'asamblea',
  'assemblee', 'banco', 'banque', 'instituto', 'institut', 'fondation', 'fundacion', 'sociedad',
  'societe', 'centro', 'centre', 'liga', 'ligue', 'convergencia', 'coordinadora', 'unidad', 'unidade',
]);
/** Words no personal name holds, as a whole word: debris of a run into the next sentence ("15"W. We …"). */
const NOT_NAME_WORDS = new Set([
  'we', 'all', 'the', 'our', 'this', 'these', 'those', 'its', 'they', 'their', 'them', 'us', 'is', 'are', 'was',
  'were', 'been', 'would', 'shall', 'should', 'must', 'not', 'every', 'such', 'which', 'who', 'whom', 'whose', 'what',
  'there', 'here', 'and', 'or', 'but', 'if', 'then', 'also',
]);
/**
 * Last words that make a name something named after a person: an institution, a government ("Reagan
 * Administration", "Salazar Government"), a place, an event, an instrument.
 */
const NAMED_AFTER_HEADS = new Set([
  'school', 'college', 'hospital', 'doctrine', 'prize', 'award', 'awards', 'plan', 'plans', 'act', 'amendment', 'bill',
  'line', 'stadium', 'avenue', 'road', 'hills', 'lecture', 'memorial', 'scholarship', 'fellowship', 'medal',
  'principles', 'administration', 'government', 'regime', 'junta', 'foundation', 'foundations', 'scouts', 'militia',
  'cartel', 'consortium', 'airlines', 'airways', 'card',
]);

/**
 * Why an entity is withheld from the graph, or undefined when it is admitted (see the module comment). `kb`, when
 * given, tells which instrument names several treaties share.
 */
export function withheldReason(a: Pick<NodeAttributes, 'type' | 'label' | 'kbId' | 'foundBy'>, kb?: KnowledgeBase): WithheldReason | undefined {
  // A name the KB gives several bodies, where no document's states chose one (resolve/shared-names.ts).
  if (!a.kbId && kb && a.type === 'organisation' && sharedBodies(kb, a.label) >= 2) return 'ambiguous';
  if (a.kbId || (a.foundBy?.kb ?? 0) > 0) return undefined;
  if (a.type === 'person') return personReason(a.label);
  if ((a.type === 'organisation' || a.type === 'treaty') && ((kb && (endsOnAdjective(a.label, kb) || runOnOf(a.label, kb))) || endsOnLetter(a.label))) return 'not-a-name';
  if (a.type === 'organisation') {
    const modelOnly = (a.foundBy?.rule ?? 0) === 0 && (a.foundBy?.model ?? 0) > 0;
    if (modelOnly && !hasOrganisationWord(a.label)) return 'no-organisation-word';
    // "IMF/World Bank": two bodies written as one. "Chairman-in-Office of the OSCE": an office, held by a person.
    if (isTwoHeads(a.label) || isBareHead(a.label) || isHeadRunOn(a.label, kb) || /\p{L}\/\p{L}/u.test(a.label) || /^\p{L}+-in-office\b/iu.test(a.label)) return 'not-a-name';
    if (endsOnUnnamedState(a.label)) return 'generic';
    if (isCongressOn(a.label) || isNumberedMeeting(a.label) || isPartyCongress(a.label, kb) || isForumMeeting(a.label)) return 'event';
    return isUnplacedPost(a.label) || isUnplacedForce(a.label) || (kb && isUnplacedMinistry(a.label, kb)) ? 'generic' : undefined;
  }
  if (a.type === 'treaty') {
    if (isGenericTreatyName(a.label) || endsOnUnnamedState(a.label)) return 'generic';
    if (isCollectiveName(a.label)) return 'collective';
    if (kb && instrumentsSharing(kb, a.label) >= 2) return 'ambiguous';
    if (isInstrumentRunOn(a.label, kb)) return 'not-a-name';
    if (isMeetingOfParties(a.label)) return 'event';
  }
  return undefined;
}

function personReason(label: string): WithheldReason | undefined {
  if (loneSurname(label) !== undefined) return 'lone-name';
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  // "Messrs. Welensky and Whitehead": a plural title names several people, and here only a surname.
  if (PLURAL_TITLES.has(words[0]!)) return words.length <= 2 ? 'lone-name' : 'not-a-name';
  if (words.length === 0) return 'not-a-name';
  // "Al Neyadi", "De Michelis": a particle and a surname are still one name.
  if (words.length === 2 && PARTICLES.has(words[0]!)) return 'lone-name';
  if (words.slice(1).some((w) => NOT_NAME_WORDS.has(w))) return 'not-a-name';
  // "Fort Randolph", "Camp David", "Lake Success": a place named after someone, or not.
  if (words.length > 1 && PLACE_FIRST_WORDS.has(words[0]!)) return 'not-a-name';
  // "Chapter VI", "Article XIX": a part of a document, numbered (often by a scan's misread numeral: "Chapter VL").
  if (words.length === 2 && DOCUMENT_PARTS.has(words[0]!)) return 'not-a-name';
  const last = words[words.length - 1]!;
  if (words.length > 1 && (ORG_HEADS.has(last) || PLACE_HEADS.has(last) || EVENT_HEADS.has(last) || TREATY_HEADS.has(last) || NAMED_AFTER_HEADS.has(last))) return 'not-a-name';
  return undefined;
}

/**
 * First words of place names, English and those the speeches borrow (Malay, Khmer, Lao, Arabic): "Kompong Som",
 * "Bukit Timah", "Muong Soui", "Kafr Qasim", "Wadi Halfa", "Jebel Ali", "Kuala Lumpur". "Ras" and "Sidi" are left:
 * they are also titles of people.
 */
const PLACE_FIRST_WORDS = new Set(['fort', 'camp', 'lake', 'mount', 'cape', 'port', 'point', 'glen', 'bay', 'kompong', 'kampong', 'kampung', 'bukit', 'muong', 'hassi', 'kafr', 'kfar', 'kofr', 'wadi', 'jebel', 'jabal', 'djebel', 'bir', 'pulau', 'sungai', 'tanjung', 'kuala', 'phnom', 'khao', 'nahr', 'shatt', 'ein', 'beit', 'deir', 'tel']);
const DOCUMENT_PARTS = new Set(['chapter', 'article', 'articles', 'paragraph', 'section', 'annex', 'resolution', 'part', 'rule', 'principle']);
const PLURAL_TITLES = new Set(['messrs.', 'messrs', 'mm.', 'mesdames', 'presidents', 'ministers']);
const PARTICLES = new Set(['al', 'el', 'de', 'di', 'da', 'du', 'del', 'della', 'van', 'von', 'le', 'la', 'ben', 'bin', 'ibn', 'abu', 'dos', 'das', 'der', 'ter', 'ul']);

/**
 * A head alone: "Press", "Government" say what kind of body, not which one. Detection already drops a lone word of
 * its own head list found by the model or a cue (detect.ts, isBareHead); this catches the heads it does not list,
 * from any source, in any case but capitals (an acronym).
 */
export function isBareHead(label: string): boolean {
  const w = normaliseName(label);
  return !/\s/.test(w) && label !== label.toUpperCase() && (ORG_HEADS.has(w) || MORE_ORG_HEADS.has(w));
}

/** Prepositions of a sentence, not of a name, after a bare head: "visits by the Committee to Member States". */
const SENTENCE_PREPOSITIONS = new Set(['to', 'in', 'with', 'from', 'at', 'by', 'into', 'towards', 'during', 'since', 'after', 'before', 'the']);

/**
 * A bare head run on into the sentence ("Council to Chile", "Assembly to the Secretary-General", "Conference the
 * Soviet Union"), or the speaker's Organization "of"/"for" a state ("our Organisation of Latvia, Lithuania…", "this
 * Organization for Namibia"): a back-reference and its context, no name.
 */
export function isHeadRunOn(label: string, kb?: KnowledgeBase): boolean {
  const w = normaliseName(label).split(' ').filter((x) => x.length > 0);
  // Posts and offices are placed so ("Embassy in Beirut", "Office at Geneva"): isUnplacedPost judges them.
  if (w.length < 3 || !(ORG_HEADS.has(w[0]!) || MORE_ORG_HEADS.has(w[0]!) || EVENT_HEADS.has(w[0]!)) || POSTS.has(w[0]!) || PLACED_HEADS.has(w[0]!)) return false;
  const rest = w.slice(w[2] === 'the' ? 3 : 2).join(' ');
  const state = kb !== undefined && entriesNamed(kb, rest, 'state').length > 0;
  // "to" before a verb names a purpose ("Committee to Review …", "League to Enforce Peace"); before "the" or a
  // state, a destination.
  if (w[1] === 'to') return w[2] === 'the' || state;
  if (SENTENCE_PREPOSITIONS.has(w[1]!)) return true;
  return (w[0] === 'organization' || w[0] === 'organisation') && (w[1] === 'of' || w[1] === 'for') && state;
}

/** Legislatures an instrument is sent to. */
const LEGISLATURES = new Set(['senate', 'congress', 'parliament', 'legislature', 'duma', 'bundestag', 'knesset']);

/**
 * An instrument run on into where it was sent or for whom it was signed: "Treaty to the United States Senate",
 * "Vienna Convention to the Colombian Congress", "Charter to the Security Council", "Treaty for the United Kingdom".
 * Instruments go on "to" another instrument ("Protocol to the Convention …") or "for" a purpose ("Treaty for the
 * Prohibition of …"), never to a legislature, a body or a state.
 */
export function isInstrumentRunOn(label: string, kb?: KnowledgeBase): boolean {
  const m = /\s(to|for)\s+(the\s+)?(.+)$/i.exec(label);
  if (!m) return false;
  const rest = normaliseName(m[3]!).split(' ').filter((x) => x.length > 0);
  if (m[1]!.toLowerCase() === 'to' && LEGISLATURES.has(rest.at(-1)!)) return true;
  if (m[1]!.toLowerCase() === 'for' && !m[2]) return false;
  if (kb === undefined) return false;
  // …or to a body it was sent to: "Agreement to the Secretariat of the United Nations", "Charter to the Security Council".
  if (m[1]!.toLowerCase() === 'to' && entriesNamed(kb, rest.join(' '), 'organisation').length > 0) return true;
  return entriesNamed(kb, rest.join(' '), 'state').length > 0;
}

/**
 * A meeting of an instrument's parties, not the instrument: "Treaty on the Non-Proliferation of Nuclear Weapons
 * Review Conference", "Convention on Biological Diversity COP15".
 */
export function isMeetingOfParties(label: string): boolean {
  // A bare "Conference" ends instruments' names too: the "Declaration of the Jakarta Conference" is what it adopted.
  return /\b(Review\s+Conference|COP\s?\d+|CMP\s?\d+|Meeting\s+of\s+(the\s+)?(States\s+)?Parties)$/i.test(label);
}

/**
 * Two bodies joined, nothing else: "Council and Assembly", "Commission and Committee", "House of Representatives and
 * Senate" (a body's name, then "and" and a bare head).
 */
export function isTwoHeads(label: string): boolean {
  const w = normaliseName(label).split(' ');
  const head = (x: string) => ORG_HEADS.has(x) || MORE_ORG_HEADS.has(x);
  if (w.length === 3 && (w[1] === 'and' || w[1] === 'or') && head(w[0]!) && head(w[2]!)) return true;
  const and = w.lastIndexOf('and');
  return w.length > 3 && and === w.length - 2 && head(w.at(-1)!) && hasOrganisationWord(label.split(/\s+/).slice(0, and).join(' '));
}

/** How many KB organisations hold this name. */
function sharedBodies(kb: KnowledgeBase, label: string): number {
  return entriesNamed(kb, normaliseName(label), 'organisation').length;
}

const BEFORE_ADJECTIVE = new Set(['of', 'on', 'the', 'to', 'for', 'and', 'against', 'between']);

/**
 * Adjectives that begin the rest of a name and never end one: "Organization of African [Unity]", "Movement of Non
 * [-Aligned Countries]", "Commission on Human [Rights]". Region nouns that are also adjectives ("the Pacific", "the
 * Caribbean", "the Mediterranean") are not here: a name may end on them.
 */
const OPENING_ADJECTIVES = new Set(['african', 'asian', 'european', 'american', 'arab', 'islamic', 'latin', 'nordic', 'baltic', 'international', 'national', 'regional', 'economic', 'social', 'human', 'non', 'new', 'sub', 'indigenous', 'nuclear', 'global', 'democratic', 'federal', 'independent', 'central', 'southern', 'northern', 'eastern', 'western', 'middle', 'least', 'developing']);

/** Whether a name ends on a singular demonym or an opening adjective after a small word: "… on the Palestinian". */
export function endsOnAdjective(label: string, kb: KnowledgeBase): boolean {
  const words = normaliseName(label).split(' ');
  const last = words.at(-1)!;
  return words.length > 2 && BEFORE_ADJECTIVE.has(words.at(-2)!) && !last.endsWith('s') && (kb.demonyms.has(last) || OPENING_ADJECTIVES.has(last));
}

/**
 * A congress on a subject is a meeting, not a body: "World Congress on the Sexual Exploitation of Children", "Eighth
 * United Nations Congress on the Prevention of Crime". Detection keeps "Congress" among the heads of bodies (the
 * Congress of the United States, the African National Congress, the Congress for Democratic Change), so the sign is
 * the preposition of a topic after it. All 32 such names on UNGDC were meetings.
 */
export function isCongressOn(label: string): boolean {
  const words = normaliseName(label).split(' ');
  const at = words.indexOf('congress');
  return at >= 0 && (words[at + 1] === 'on' || words[at + 1] === 'against');
}

/** Words of a party's or a movement's name: its congress is a meeting of it, not a legislature. */
const PARTY_WORDS = new Set(['party', 'front', 'movement', 'workers', 'workers’', "workers'"]);

/**
 * A party's congress ("Congress of the MPLA", "Congress of the Communist Party of the Soviet Union", "Congress of the
 * Popular Front") or one held in a city ("Congress of Vienna") is a meeting, not a body; a state's ("Congress of the
 * Philippines", "Congress of Guatemala") is its legislature and stays.
 */
export function isPartyCongress(label: string, kb?: KnowledgeBase): boolean {
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  const at = words[0] === 'congress' ? 0 : words[1] === 'congress' ? 1 : -1;
  if (at < 0 || words[at + 1] !== 'of') return false;
  const rest = words.slice(words[at + 2] === 'the' ? at + 3 : at + 2);
  const raw = label.split(/\s+/).slice(-rest.length);
  if (rest.some((w) => PARTY_WORDS.has(w)) || (rest.length === 1 && /^\p{Lu}{2,}$/u.test(raw[0] ?? ''))) return true;
  const city = rest.join(' ');
  return kb !== undefined && (kb.names.get(city) ?? []).some((h) => h.kind === 'capital') && entriesNamed(kb, city, 'state').length === 0;
}

/** A name cut after the first letter of its next word: "Treaty on the N[on-Proliferation …]", "Commission of the E". */
export function endsOnLetter(label: string): boolean {
  const m = /\s(\p{L}+)\s+\p{Lu}\.?$/u.exec(label);
  return m !== null && SMALL_WORDS.has(m[1]!.toLowerCase());
}
const SMALL_WORDS = new Set(['the', 'of', 'on', 'for', 'and', 'to', 'in', 'against', 'with', 'between']);

/**
 * A forum the KB does not know is a meeting: "Bali Democracy Forum", "World Mountain Forum", "Forum on the Culture
 * of Peace", "Stockholm International Forum on the Holocaust". Standing forums are bodies, and the KB holds those that
 * recur (Pacific Islands Forum, World Economic Forum, ASEAN Regional Forum, the UN's Forum on Forests); a "Permanent"
 * or "Standing" one is a body by its name. Of the 30 forums without a KB entry judged on UNGDC, 3 were bodies.
 */
export function isForumMeeting(label: string): boolean {
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  if (headWord(words) !== 'forum') return false;
  const at = words.indexOf('forum');
  return !words.slice(0, at).some((w) => w === 'permanent' || w === 'standing');
}

const COLLECTIVE_HEADS = new Set(['covenants', 'charters', 'conventions', 'treaties', 'protocols', 'declarations', 'statutes']);

/**
 * Several instruments under one name: "International Covenants on Human Rights" (two covenants), "Rio Conventions"
 * (three), "Protocols to the Treaty of Rarotonga", "START Treaties". A node is one instrument, and a set is none of
 * its members; the KB's own plural names ("Geneva Conventions", "Hague Conventions") are kept before this. The head is
 * the last word before the first preposition. "Accords" and "Agreements" are left: they mostly name one settlement
 * signed as several texts ("Oslo Accords", "Tela Agreements").
 */
export function isCollectiveName(label: string): boolean {
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  const head = headWord(words);
  return head !== undefined && COLLECTIVE_HEADS.has(head.replace(/[^a-z]+$/, ''));
}

/** The head of a name's words: the last word before its first preposition ("committee" of "Committee on …"). */
function headWord(words: readonly string[]): string | undefined {
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  return (cut > 0 ? words.slice(0, cut) : words).at(-1);
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'extraordinary', 'annual', 'biennial', 'inaugural']);
const MEETING_HEADS = new Set(['congress', 'forum', 'summit', 'assembly', 'council', 'conference', 'session', 'meeting', 'symposium', 'seminar', 'dialogue']);

/**
 * A meeting counted in a series is an event, whatever its head: "Eleventh Congress of the Bulgarian Communist Party",
 * "Third World Water Forum", "Ninth General Assembly of the Organization of American States", "Second Vatican
 * Council". Numbered bodies keep other heads: the First Committee, the Fourteenth Army. Of 77 such names on UNGDC,
 * those with a meeting's head were all meetings.
 */
export function isNumberedMeeting(label: string): boolean {
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  if (words.length < 2 || !(ORDINALS.has(words[0]!) || /^\d+(st|nd|rd|th)$/.test(words[0]!))) return false;
  const head = headWord(words)!;
  return MEETING_HEADS.has(head);
}

/** Whether an organisation's name has a head noun: the last word before its first preposition, or a Romance head first. */
export function hasOrganisationWord(label: string): boolean {
  const raw = label.split(/\s+/).filter((w) => w.length > 0);
  // An acronym stands for a name with its head: "SWAPO", "MPLA", "ZANU-PF", "G-77".
  if (raw.length === 1 && /^[A-Z][A-Z0-9&.\-]*[A-Z0-9]s?$/.test(raw[0]!) && /[A-Z].*[A-Z]/.test(raw[0]!)) return true;
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return false;
  if (ROMANCE_HEADS.has(words[0]!)) return true;
  const head = headWord(words)!;
  return ORG_HEADS.has(head) || MORE_ORG_HEADS.has(head) || ROMANCE_HEADS.has(head);
}

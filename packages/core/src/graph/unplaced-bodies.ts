/**
 * Bodies whose names do not say which one they are: every state has one, or many were so named. A name places a body
 * by a state, an organisation or a demonym in it; these are the kinds of name that do not (admission.ts withholds
 * them as 'generic'):
 *
 * - a diplomatic post by its kind and an adjective ("Czechoslovak Embassy", "Observer Mission"; isUnplacedPost);
 * - a ministry, a department or a "National …" institution of ordinary words ("Ministry of Commerce", "National
 *   Electoral Commission"; isUnplacedMinistry);
 * - a deployment by who sends it and its kind ("United Nations Force"; isUnplacedForce);
 * - a body of an unnamed republic ("Senate of the Republic"; endsOnUnnamedState).
 *
 * Pure.
 */
import { entriesNamed, type KnowledgeBase } from '../knowledge/kb.js';
import { normaliseName } from '../knowledge/normalise.js';
import { isKnownWord } from '../language/known-words.js';
import { ORG_HEADS, TREATY_HEADS } from '../detect/lexicon.js';
import { MORE_ORG_HEADS, PREPOSITIONS } from './heads.js';

/** Diplomatic posts, which a name must place: "the Embassy of Sweden in Beirut", not "the Austrian Embassy". */
export const POSTS = new Set(['embassy', 'embassies', 'consulate', 'consulate-general', 'mission', 'missions', 'delegation', 'delegations', 'legation']);
const PLACING = new Set(['of', 'in', 'at']);

/**
 * A diplomatic post named only by its kind and its country's adjective ("Czechoslovak Embassy", "Observer Mission",
 * "Mission to the United Kingdom", "Diplomatic Corps"): one of many, and the name does not say which.
 */
export function isUnplacedPost(label: string): boolean {
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  // "Peace Corps" is an agency; the corps of a capital's diplomats is no body of its own.
  if (words.length === 2 && words[1] === 'corps' && (words[0] === 'diplomatic' || words[0] === 'consular')) return true;
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const head = (cut > 0 ? words.slice(0, cut) : words).at(-1)!;
  if (!POSTS.has(head) || words.some((w) => PLACING.has(w))) return false;
  // Before the head, only adjectives: a demonym or an ordinary word, never an acronym or a name ("OAU Mission").
  const raw = label.split(/\s+/);
  return raw.slice(0, cut > 0 ? cut - 1 : raw.length - 1).every((w) => !/^\p{Lu}{2,}/u.test(w));
}

const MINISTRIES = new Set(['ministry', 'ministries', 'department', 'departments']);
/** Heads of a state's institutions, as opposed to its parties, fronts and juntas ("National Liberation Council"). */
const INSTITUTION_HEADS = new Set([
  'commission', 'committee', 'institute', 'institution', 'agency', 'authority', 'service', 'office', 'board',
  'laboratory', 'centre', 'center', 'bank', 'fund', 'corporation', 'observatory', 'academy', 'police', 'directorate',
  'secretariat', 'unit',
]);
const INSTITUTION_SMALL = new Set(['of', 'for', 'on', 'the', 'and', 'against', 'to', 'in']);

/**
 * "National <ordinary words> <institution>": "National Electoral Commission", "National Institute of Investments",
 * "National HIV Reference Laboratory". Every state has one, so, like a ministry, it needs its place in the name.
 */
function isNationalInstitution(label: string, words: readonly string[]): boolean {
  if (words[0] !== 'national') return false;
  const small = words.findIndex((w) => INSTITUTION_SMALL.has(w));
  const head = words[small === -1 ? words.length - 1 : small - 1];
  if (head === undefined || !INSTITUTION_HEADS.has(head)) return false;
  // Ordinary words and acronyms of subjects ("HIV", "AIDS"); a name of its own ("Guelleh", "Sonatrach") places it.
  const raw = label.split(/\s+/).filter((w) => w.length > 0);
  return words.every((w, i) => INSTITUTION_SMALL.has(w) || w.split('-').every((p) => isKnownWord(p)) || /^\p{Lu}{2,5}$/u.test(raw[i] ?? ''));
}

/**
 * A ministry or department its name does not place: "Ministry of Commerce", "Department of Agriculture", "Ministry
 * for Defence" are bodies of every state, so the node would gather all of them. Placed when any run of up to four of
 * its words is a KB state, organisation or demonym ("Ministry for Foreign Affairs of the USSR", "Department of
 * Immigration of the Jewish Agency", "Canadian Department of …"). The UN Secretariat's departments are in the KB.
 * Judged on UNGDC: 153 unplaced ones, of which those read were national bodies or provinces ("Department of La Paz").
 * The same holds for a "National …" institution of ordinary words (isNationalInstitution): about 130 on UNGDC.
 */
export function isUnplacedMinistry(label: string, kb: KnowledgeBase): boolean {
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  if (!(MINISTRIES.has(words[0]!) || isNationalInstitution(label, words)) || words.length < 3) return false;
  for (let i = 0; i < words.length; i++) {
    if (kb.demonyms.has(words[i]!)) return false;
    for (let j = i + 1; j <= Math.min(words.length, i + 4); j++) {
      const key = words.slice(i, j).join(' ');
      if (entriesNamed(kb, key, 'state').length) return false;
      // An organisation by one word only as an acronym ("USSR", "OAU"): "Council" or "Trade" alone names none.
      const acronym = j - i > 1 || /^\p{Lu}{2,}/u.test(label.split(/\s+/)[i] ?? '');
      if (acronym && entriesNamed(kb, key, 'organisation').length) return false;
    }
  }
  return true;
}

/** What the United Nations (or another body) sends, named by its kind alone: "United Nations Force", "UN Mission". */
const DEPLOYMENTS = new Set(['force', 'forces', 'mission', 'missions', 'operation', 'operations', 'presence', 'troops', 'observers', 'personnel', 'contingent', 'contingents']);
const SENDERS = new Set(['united nations', 'un', 'u.n.', 'international', 'multinational', 'peacekeeping', 'african union', 'au']);

/**
 * A deployment named only by who sends it and its kind: "United Nations Force" was the name of no one force (the
 * Congo, Cyprus, the Middle East), and "UN Mission" of no one mission.
 */
export function isUnplacedForce(label: string): boolean {
  const words = normaliseName(label).split(' ').filter((w) => w.length > 0);
  const head = words.at(-1);
  return head !== undefined && DEPLOYMENTS.has(head) && words.length > 1 && SENDERS.has(words.slice(0, -1).join(' '));
}

/**
 * A name that ends on the speaker's own state, unnamed: "Senate of the Republic", "Government of the People's
 * Republic", "Political Consultative Committee of the States" (cut before "parties to the Warsaw Treaty"). Which
 * republic, union or states it is, the name does not say.
 */
const UNNAMED_STATE_END = /(\S+) of the (?:(?:people's|democratic|federal|socialist|islamic) )*(?:republic|union|states)$/;
export function endsOnUnnamedState(label: string): boolean {
  // Of a body's or an instrument's head: "Coalition for the Defence of the Republic" names a party, not the Republic's.
  const head = UNNAMED_STATE_END.exec(normaliseName(label).replace(/\u2019/g, "'"))?.[1];
  return head !== undefined && (ORG_HEADS.has(head) || MORE_ORG_HEADS.has(head) || TREATY_HEADS.has(head));
}

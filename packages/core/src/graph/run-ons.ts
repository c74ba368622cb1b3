/**
 * Names that ran on past their end. The rules that read a body's or an instrument's name carry it over small words
 * ("Commission on Human Rights", "Organization for Security and Co-operation in Europe"), so where a sentence goes on
 * with a preposition and a capital they take that too: "Security Council for Germany", "Commission on Human Rights in
 * May", "United Nations Framework Convention on Climate Change to Egypt", "Charter of the United Nations against the
 * Fascist [regime]". Judged on UNGDC, each such node was wrong. The sign is that the name up to the preposition is
 * already one the KB knows, whole, and names one entity only:
 *
 * - when that entity is of the node's type, the node is it (finalize.ts merges the node into it);
 * - when it is of another type ("Union of South Africa against the Negro", a state's name before the run-on), the
 *   node is no name (admission.ts withholds it).
 *
 * An instrument's acronym with its head said again ("NPT Treaty") is the instrument the acronym names, and a body's
 * name before an instrument's ("General Assembly Declaration on the Granting of Independence …") the instrument.
 *
 * Two names with no word between but "the" are two names run together ("International Court of Justice the Security
 * Council", from a list without commas): the first is the node's.
 *
 * "of" and "and" never end a name here (they join its parts: "Court of Justice of the European Union"), and a name
 * the KB knows whole is never a run-on.
 *
 * The KB does not hold every body a corpus names often; graphRunOnMerges does the same past names the graph itself
 * holds far more often (rare names only, and fewer prepositions). Pure.
 */
import type { EntityType } from '../types.js';
import { entriesNamed, type KnowledgeBase } from '../knowledge/kb.js';
import type { KbEntry } from '../knowledge/kb-types.js';
import { normaliseName } from '../knowledge/normalise.js';
import { compareStrings } from '../util/compare.js';
import { PLACED_HEADS } from './heads.js';

const AFTER_NAME = new Set(['to', 'against', 'for', 'in', 'with', 'from', 'on', 'at', 'by', 'into', 'towards', 'the']);
const TYPES: readonly EntityType[] = ['state', 'organisation', 'treaty', 'person'];

/** An instrument's acronym with its head said again: "NPT Treaty", "CTBT Treaty", "UNFCCC Convention". */
const REDUNDANT_HEAD = /^(\p{Lu}[\p{Lu}\d-]+)\s+(?:Treaty|Convention|Agreement|Protocol|Charter|Accords?|Covenant)$/u;

/** The one KB entity a name starts with before it runs on (or says again: "NPT Treaty"), or undefined. */
export function runOnOf(label: string, kb: KnowledgeBase): KbEntry | undefined {
  const acronym = REDUNDANT_HEAD.exec(label.trim())?.[1];
  if (acronym) {
    const named = entriesNamed(kb, normaliseName(acronym), 'treaty');
    if (named.length === 1) return named[0];
  }
  const raw = label.split(/\s+/).filter((w) => w.length > 0);
  const words = raw.map((w) => normaliseName(w));
  const whole = words.join(' ');
  if (TYPES.some((t) => entriesNamed(kb, whole, t).length > 0)) return undefined;
  // A body's name before an instrument's whole name: the "General Assembly Declaration on the Granting of
  // Independence …" is the Declaration, the body that adopted it said first.
  for (let i = 1; i < words.length - 1; i++) {
    if (entriesNamed(kb, words.slice(0, i).join(' '), 'organisation').length !== 1) continue;
    const named = entriesNamed(kb, words.slice(i).join(' '), 'treaty');
    if (named.length === 1) return named[0];
  }
  // The longest known name before a preposition that a capitalised word follows (after an optional "the").
  for (const { name } of cutsBefore(raw, words, AFTER_NAME)) {
    const named = TYPES.flatMap((t) => entriesNamed(kb, name, t));
    if (named.length === 1) return named[0];
    if (named.length > 1) return undefined;
  }
  return undefined;
}

/**
 * Where a name may have run on, longest name first: before a preposition of `prepositions` (or "the") that a
 * capitalised word follows, after an optional "the". `name` is the normalised words before it; a one-word name only
 * as an acronym ("OSCE on Kosova"; "Council", "Charter" alone are no names). `words` are `raw` normalised.
 */
function* cutsBefore(raw: readonly string[], words: readonly string[], prepositions: ReadonlySet<string>): Generator<{ at: number; name: string }> {
  for (let i = words.length - 2; i >= 1; i--) {
    const prep = words[i]!;
    if (!prepositions.has(prep)) continue;
    const next = prep !== 'the' && words[i + 1] === 'the' ? i + 2 : i + 1;
    if (next >= raw.length || !/^\p{Lu}/u.test(raw[next]!)) continue;
    if (i === 1 && !/^\p{Lu}{2,}/u.test(raw[0]!)) continue;
    yield { at: i, name: words.slice(0, i).join(' ') };
  }
}

/** A node as graphRunOnMerges weighs it. */
export interface RunOnNode {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  kbId?: string;
}

export interface GraphRunOnOptions {
  /** Only names with at most this many mentions may be run-ons… */
  rareMentions: number;
  /** …of a name said at least this many times… */
  minTarget: number;
  /** …and at least this many times as often. */
  ratio: number;
}

export const GRAPH_RUN_ON_DEFAULTS: GraphRunOnOptions = { rareMentions: 2, minTarget: 5, ratio: 3 };

/**
 * Prepositions after which a name seldom goes on. Not "of", "for", "on", "to" or "against", which join the parts of
 * names the KB does not hold ("Special Committee on …" is not the "Special Committee", nor the "Group of Friends
 * against Terrorism" the "Group of Friends"; "Protocol to …" is no "Protocol").
 */
const AFTER_GRAPH_NAME = new Set(['in', 'with', 'from', 'at', 'by', 'into', 'towards', 'during', 'since', 'until', 'after', 'before', 'the']);

/**
 * Run-ons past a name the graph holds, not the KB: "Commission on Human Rights in May", "Technology Council with the
 * European Union". A rare node (at most `rareMentions`) of a body or an instrument whose name is another node's name
 * of the same type, said far more often, then a preposition of AFTER_GRAPH_NAME and a capital, is that node. The
 * same guards as runOnOf's hold (a one-word name only as an acronym), and a placed head keeps its place. Pure.
 */
export function graphRunOnMerges(nodes: readonly RunOnNode[], opts: GraphRunOnOptions = GRAPH_RUN_ON_DEFAULTS): Map<string, string> {
  const byName = new Map<string, RunOnNode[]>();
  for (const n of nodes) {
    if (n.type !== 'organisation' && n.type !== 'treaty') continue;
    const k = `${n.type}\u0000${normaliseName(n.label)}`;
    const holders = byName.get(k) ?? [];
    holders.push(n);
    byName.set(k, holders);
  }
  const out = new Map<string, string>();
  for (const n of [...nodes].sort((x, y) => compareStrings(x.id, y.id))) {
    if ((n.type !== 'organisation' && n.type !== 'treaty') || n.kbId || n.mentions > opts.rareMentions) continue;
    const raw = n.label.split(/\s+/).filter((w) => w.length > 0);
    const words = raw.map((w) => normaliseName(w));
    for (const { at, name } of cutsBefore(raw, words, AFTER_GRAPH_NAME)) {
      if (words[at] !== 'the' && PLACED_HEADS.has(words[at - 1]!)) continue;
      const holders = (byName.get(`${n.type}\u0000${name}`) ?? []).filter((h) => h.id !== n.id);
      const strong = holders.filter((h) => h.mentions >= opts.minTarget && h.mentions >= opts.ratio * n.mentions);
      if (holders.length === 1 && strong.length === 1) {
        out.set(n.id, strong[0]!.id);
        break;
      }
    }
  }
  return out;
}

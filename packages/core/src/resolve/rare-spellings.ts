/**
 * Misspellings of names the graph itself knows well. Scans and hurried typing leave one-off forms of names that a
 * corpus spells right hundreds of times: "Kurt Waldlieim" beside 1,267 "Kurt Waldheim", "Joaauin Balaguer", "Wbrld
 * Commission on Environment and Development". spelling.ts sends such forms to the KB's entities; this does the same
 * for entities the KB does not know, on the evidence of frequency: a rare name (at most `rareMentions` mentions)
 * goes to a name of the same type said at least `ratio` times as often (and at least `minTarget` times) when
 *
 * - both have the same number of words and each pair of words begins with the same letter (a different first
 *   letter is a different name: Kim Jong Il is not Kim Jong Un), except one person's misread initial in a word of
 *   four letters or more that is no English word, the rest whole ("Bashid Karami", "Emmanuel Kant");
 * - the target's label or one of its aliases is that close ("Perez de Cuehar" → the Javier Pérez de Cuéllar who is
 *   also "Perez de Cuellar");
 * - the whole names are within a small edit distance: for people 1 edit from 8 characters, 2 from 12; for bodies
 *   and instruments, whose names are made of ordinary words, 1 from 10 and 2 from 18 (spelling.ts's bound);
 * - no word pair differs by more than a word of its length can bear: one edit below 8 letters for bodies and
 *   instruments ("Manama"/"Manila", "Bonn"/"Boe" are other places), two for people ("Ghandi"/"Gandhi");
 * - for bodies and instruments, each word that differs is no ordinary English word or is a spelling variant
 *   ("Nigeria" is not a misspelling of "Niger", nor "Italian" of "Iranian", nor "Land" of "Laos"), unless the two
 *   are forms of one word ("Financial"/"Finance", "Environmental"/"Environment": a shared stem of six letters);
 * - no word that differs is a state's name or demonym (`protectedWord`: "Dominica"/"Dominican");
 * - no Roman numeral differs (Moshoeshoe I and II, Chapter XII and XIII are two);
 * - for instruments, the names do not differ only by a plural (spelling.ts's reason);
 * - exactly one name is that close.
 *
 * A person's name with the same words in another order is the same name ("Pedro Verona Rodrigues Pires" / "Pedro
 * Rodrigues Verona Pires"); of two words ("Ismail Razali" / "Razali Ismail"), only beside one named ten times as often.
 *
 * A name may be both (a target of rarer forms, and rare itself): each form goes to the end of its chain. Pure.
 */
import { normaliseName } from '../knowledge/normalise.js';
import { isKnownWord } from '../language/known-words.js';
import type { EntityType } from '../types.js';
import { compareStrings } from '../util/compare.js';
import { boundedDistance, pluralOnly } from './spelling.js';

export interface RatedNode {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  /** KB entities never move (they may be targets). */
  kbId?: string;
  /** Other names the node is known by: a target's aliases are matched as its label is ("Perez de Cuellar"). */
  aliases?: readonly string[];
}

export interface RareSpellingOptions {
  /** Names with at most this many mentions may move. */
  rareMentions: number;
  /** A target has at least this many times the rare name's mentions… */
  ratio: number;
  /** …and at least this many mentions. */
  minTarget: number;
  /** Words that never differ between two forms of one name (states' names and demonyms: "Niger" / "Nigeria"). */
  protectedWord?: (word: string) => boolean;
}

export const RARE_SPELLING_DEFAULTS: RareSpellingOptions = { rareMentions: 3, ratio: 3, minTarget: 3 };

const ROMAN = /^[ivxlc]+$/;
/** British and American spellings of the same word: not a misspelling, and not a different word either. */
const VARIANTS: Array<[RegExp, string]> = [[/isation/g, 'ization'], [/centre/g, 'center'], [/defence/g, 'defense'], [/labour/g, 'labor'], [/programme/g, 'program']];

/** A lowercase name with British spellings made American ("organisation" → "organization", "centre" → "center"). */
export function americanSpelling(lower: string): string {
  let k = lower;
  for (const [re, to] of VARIANTS) k = k.replace(re, to);
  return k;
}

function key(label: string): string {
  return americanSpelling(normaliseName(label).replace(/-/g, ' ').replace(/\s+/g, ' '));
}

function totalEdits(type: EntityType, length: number): number {
  if (type === 'person') return length >= 12 ? 2 : length >= 8 ? 1 : 0;
  return length >= 18 ? 2 : length >= 10 ? 1 : 0;
}

/** Two forms of one word: "finance"/"financial", "environment"/"environmental" (a shared stem of 6 letters or more). */
function stemVariants(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 6 && p >= 0.7 * Math.min(a.length, b.length);
}

/**
 * The edits that make one name of the other when their words pair up as one name misspelt (see the module comment),
 * or undefined when they do not.
 */
function pairEdits(type: EntityType, rare: string[], other: string[], protectedWord: (w: string) => boolean): number | undefined {
  if (rare.length !== other.length) return undefined;
  let edits = 0;
  const differing = rare.filter((w, i) => w !== other[i]).length;
  for (let i = 0; i < rare.length; i++) {
    const a = rare[i]!;
    const b = other[i]!;
    if (a === b) continue;
    if (ROMAN.test(a) || ROMAN.test(b) || protectedWord(a) || protectedWord(b)) return undefined;
    // A person's one misread initial, the rest of the name whole: "Bashid Karami" is Rashid Karami.
    if (a[0] !== b[0] && !(type === 'person' && differing === 1 && a.length >= 4 && a.slice(1) === b.slice(1) && !isKnownWord(a))) return undefined;
    // A body's or an instrument's word in another form: the "International Financial Corporation" is the IFC.
    if (type !== 'person' && stemVariants(a, b)) continue;
    const longest = Math.max(a.length, b.length);
    const limit = type === 'person' ? (longest >= 5 ? 2 : 1) : longest >= 8 ? 2 : 1;
    const d = boundedDistance(a, b, limit);
    if (d > limit || (type !== 'person' && isKnownWord(a))) return undefined;
    edits += d;
  }
  return edits;
}

/** Rare misspellings → the node each one is a misspelling of, by id. States never move (the gazetteer names them). */
export function rareSpellingMerges(nodes: readonly RatedNode[], opts: RareSpellingOptions = RARE_SPELLING_DEFAULTS): Map<string, string> {
  // Targets by type and number of words (every comparison below pairs words one to one), not by first letter: a
  // misread initial ("Bashid") is looked for under every letter.
  const targets = new Map<string, Array<{ id: string; key: string; words: string[]; mentions: number }>>();
  const bucket = (type: EntityType, words: number) => `${type}\u0000${words}`;
  const sorted = [...nodes].sort((x, y) => compareStrings(x.id, y.id));
  for (const n of sorted) {
    if (n.type === 'state' || n.mentions < opts.minTarget) continue;
    const keys = new Set([n.label, ...(n.aliases ?? [])].map(key).filter((k) => k.includes(' ')));
    for (const k of keys) {
      const words = k.split(' ');
      const b = bucket(n.type, words.length);
      const list = targets.get(b) ?? [];
      list.push({ id: n.id, key: k, words, mentions: n.mentions });
      targets.set(b, list);
    }
  }
  const protectedWord = opts.protectedWord ?? (() => false);
  const out = new Map<string, string>();
  for (const n of sorted) {
    if (n.type === 'state' || n.kbId || n.mentions > opts.rareMentions) continue;
    const k = key(n.label);
    const words = k.split(' ');
    const max = totalEdits(n.type, k.length);
    if (words.length < 2 || max === 0) continue;
    let best = max + 1;
    let found: string[] = [];
    const add = (id: string) => found.includes(id) || found.push(id);
    const reordered = n.type === 'person' && words.length >= 2 ? [...words].sort().join(' ') : undefined;
    for (const t of targets.get(bucket(n.type, words.length)) ?? []) {
      if (t.id === n.id || t.mentions < opts.ratio * n.mentions) continue;
      // The same names in another order: "Pedro Verona Rodrigues Pires" is "Pedro Rodrigues Verona Pires".
      // Two names swapped ("Ismail Razali" / Razali Ismail) need a target far more often named: either may be a surname.
      const swapOk = words.length >= 3 || (t.mentions >= 10 * n.mentions && t.mentions >= 10 && t.key !== k);
      if (reordered !== undefined && swapOk && t.words.length === words.length && [...t.words].sort().join(' ') === reordered) {
        if (best > 0) found = [];
        best = 0;
        add(t.id);
        continue;
      }
      if (t.key[0] !== k[0] && n.type !== 'person') continue;
      const d = pairEdits(n.type, words, t.words, protectedWord);
      if (d === undefined || d > max) continue;
      if (n.type === 'treaty' && pluralOnly(k, t.key)) continue;
      if (d < best) {
        best = d;
        found = [t.id];
      } else if (d === best && d <= max) add(t.id);
    }
    if (best <= max && found.length === 1) out.set(n.id, found[0]!);
  }
  // A rare name may be another's target and move itself ("Anton Luborski" → "Anton Lubowsky" → …): each goes to the
  // end of its chain, which is a name that does not move (mentions grow along a chain, so it ends).
  for (const [from, to] of out) {
    let end = to;
    while (out.has(end)) end = out.get(end)!;
    out.set(from, end);
  }
  return out;
}

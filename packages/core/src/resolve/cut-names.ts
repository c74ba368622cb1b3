/**
 * Names cut at the front. A tagger or a line break drops the first words of a long name: "Hoc Committee on the
 * Indian Ocean" (Ad Hoc…), "Sheikh Memorandum" (Sharm el-Sheikh…), "Jewel Movement" (New Jewel…), "Telecommunications
 * Union", "Population Fund". A rare body or instrument (at most `rareMentions` mentions, not the KB's) whose words are
 * the last words of another name of its type — a node's label or alias — said at least `ratio` times as often (and
 * `minTarget` times) is that name cut:
 *
 * - one node holds such a name: the rare one is it (merged);
 * - several do ("Revolutionary Party": the Lao People's… and the People's…; "Development Fund"): it names none of
 *   them, and is withheld.
 *
 * Words that make the longer name another entity keep the two apart ("Provisional Government of Algeria" is not the
 * Government of Algeria; name-containment.ts's DISTINCT). Pure.
 */
import { normaliseName } from '../knowledge/normalise.js';
import type { EntityType } from '../types.js';
import { compareStrings } from '../util/compare.js';
import { DISTINCT } from './name-containment.js';

export interface CutNode {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  aliases: readonly string[];
  kbId?: string;
}

export interface CutNameOptions {
  rareMentions: number;
  ratio: number;
  minTarget: number;
}

export const CUT_NAME_DEFAULTS: CutNameOptions = { rareMentions: 2, ratio: 5, minTarget: 5 };

// Hyphens split words: a line break may cut "Sharm el-" from "Sheikh Memorandum".
const words = (s: string) => normaliseName(s).split(/[\s-]+/).filter((w) => w.length > 0);

/** Bodies' and instruments' names cut at the front: the node each goes to, and those that name none. */
export function cutNames(nodes: readonly CutNode[], opts: CutNameOptions = CUT_NAME_DEFAULTS): { merges: Map<string, string>; cut: Set<string> } {
  // Every proper end of every form of a frequent name → the nodes it ends, with the words cut before it.
  const ends = new Map<string, Map<string, string[]>>();
  for (const n of nodes) {
    if ((n.type !== 'organisation' && n.type !== 'treaty') || n.mentions < opts.minTarget) continue;
    for (const form of new Set([n.label, ...n.aliases])) {
      const w = words(form);
      for (let k = 1; k < w.length - 1; k++) {
        const key = `${n.type}\u0000${w.slice(k).join(' ')}`;
        const holders = ends.get(key) ?? new Map<string, string[]>();
        if (!holders.has(n.id)) holders.set(n.id, w.slice(0, k));
        ends.set(key, holders);
      }
    }
  }
  const mentions = new Map(nodes.map((n) => [n.id, n.mentions]));
  const merges = new Map<string, string>();
  const cut = new Set<string>();
  for (const n of [...nodes].sort((x, y) => compareStrings(x.id, y.id))) {
    if ((n.type !== 'organisation' && n.type !== 'treaty') || n.kbId || n.mentions > opts.rareMentions) continue;
    const w = words(n.label);
    if (w.length < 2) continue;
    const distinct = DISTINCT[n.type];
    const holders = [...(ends.get(`${n.type}\u0000${w.join(' ')}`) ?? new Map<string, string[]>())].filter(([id, before]) => id !== n.id && (mentions.get(id) ?? 0) >= opts.ratio * n.mentions && !before.some((b) => distinct.has(b)));
    if (holders.length === 1) merges.set(n.id, holders[0]![0]);
    else if (holders.length > 1) cut.add(n.id);
  }
  return { merges, cut };
}

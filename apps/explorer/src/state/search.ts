/**
 * Search-as-you-type over labels and aliases. The index is built once per graph (normalised strings), and each
 * keystroke ranks the matches: exact before prefix before word start before substring, labels before aliases, then
 * the more-mentioned entity first. Pure, so the ranking is unit tested.
 */
import type { EntityType } from '@entente/core';
import type { EntenteGraph } from './types.js';

interface Entry {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  /** Normalised label first, then normalised aliases. */
  names: string[];
  /** The original strings, parallel to `names`, to show which alias matched. */
  originals: string[];
}

export interface SearchIndex {
  entries: Entry[];
}

export interface SearchHit {
  id: string;
  label: string;
  type: EntityType;
  /** The alias that matched, when it was not the label. */
  alias?: string;
  /** Lower is better. */
  rank: number;
}

/** Lower case, no diacritics, single spaces: "Sérgey  LAVROV" → "sergey lavrov". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildSearchIndex(graph: EntenteGraph): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((id, attrs) => {
    const label = attrs.label || id;
    const originals = [label, ...(attrs.aliases ?? []).filter((a) => a && a !== label)];
    entries.push({ id, label, type: attrs.type, mentions: attrs.mentions ?? 0, originals, names: originals.map(normalise) });
  });
  return { entries };
}

/** The rank of one name for one query: 0 exact, 1 prefix, 2 word start, 3 substring, -1 no match. */
function matchRank(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const at = name.indexOf(query);
  if (at < 0) return -1;
  // A word starts after a space, hyphen, dot or apostrophe: "lav" matches "Sergey Lavrov" at a word start.
  for (let i = at; i >= 0; i = name.indexOf(query, i + 1)) {
    if (i > 0 && /[\s\-.'’(]/.test(name[i - 1] ?? '')) return 2;
  }
  return 3;
}

/** The best matches for `query`, best first; an empty query gives none. */
export function searchEntities(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: Array<SearchHit & { mentions: number }> = [];
  for (const entry of index.entries) {
    let best = -1;
    let bestName = 0;
    entry.names.forEach((name, i) => {
      const r = matchRank(name, q);
      if (r < 0) return;
      // Labels beat aliases at the same kind of match: rank = 2 × kind + (alias ? 1 : 0).
      const score = r * 2 + (i === 0 ? 0 : 1);
      if (best < 0 || score < best) {
        best = score;
        bestName = i;
      }
    });
    if (best < 0) continue;
    const hit: SearchHit & { mentions: number } = { id: entry.id, label: entry.label, type: entry.type, rank: best, mentions: entry.mentions };
    if (bestName > 0) hit.alias = entry.originals[bestName];
    hits.push(hit);
  }
  hits.sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || a.label.length - b.label.length || a.label.localeCompare(b.label));
  return hits.slice(0, limit).map(({ mentions: _m, ...hit }) => hit);
}

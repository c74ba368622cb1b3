/** What detectors propose: a token span, a type, and either a KB entry or a name for the resolver to make an id of. */
import type { KbEntry } from '../knowledge/kb-types.js';
import type { EntityType } from '../types.js';

export type CandidateSource = 'kb' | 'pattern' | 'cue' | 'propagated' | 'tagger';

export interface Candidate {
  first: number;
  last: number;
  type: EntityType;
  source: CandidateSource;
  /** The KB entity, when known. */
  entry?: KbEntry;
  /** A fixed id (national bodies: "organisation:rus-foreign-ministry"). */
  id?: string;
  /** The canonical name for entities the KB does not know (titles and determiners already removed). */
  label?: string;
  /**
   * Nested mentions live inside another mention and do not compete with it: the "Russian" of
   * "Russian Foreign Minister Sergey Lavrov" mentions Russia while "Sergey Lavrov" mentions the person.
   */
  nested?: boolean;
}

const SOURCE_RANK: Record<CandidateSource, number> = { kb: 0, pattern: 1, tagger: 2, cue: 3, propagated: 4 };

/**
 * Choose non-overlapping candidates: longer spans first, then by source (KB before patterns before cues), then
 * leftmost. Nested candidates are kept when they do not overlap another nested one.
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (x, y) => y.last - y.first - (x.last - x.first) || SOURCE_RANK[x.source] - SOURCE_RANK[y.source] || x.first - y.first,
  );
  const taken: Candidate[] = [];
  const nestedTaken: Candidate[] = [];
  for (const c of ordered) {
    const pool = c.nested ? nestedTaken : taken;
    if (pool.some((t) => t.first < c.last && c.first < t.last)) continue;
    if (!c.nested && nestedTaken.some((t) => t.first < c.last && c.first < t.last && !(c.first <= t.first && t.last <= c.last))) continue;
    pool.push(c);
  }
  return [...taken, ...nestedTaken].sort((x, y) => x.first - y.first || x.last - y.last);
}

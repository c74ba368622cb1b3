/** What detectors propose: a token span, a type, and either a KB entry or a name for the resolver to make an id of. */
import type { KbEntry } from '../knowledge/kb-types.js';
import type { EntityType } from '../types.js';

export type CandidateSource = 'kb' | 'pattern' | 'cue' | 'propagated' | 'tagger' | 'coreference';

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

/**
 * Whether the repair and plausibility rules judge this candidate: the tagger's and the cue rules' own names. The KB's
 * entries, fixed ids (national bodies) and nested mentions stand as they are.
 */
export function judgedByRules(c: Candidate): boolean {
  return !c.entry && !c.id && !c.nested && (c.source === 'tagger' || c.source === 'cue');
}

const SOURCE_RANK: Record<CandidateSource, number> = { kb: 0, pattern: 1, tagger: 2, cue: 3, propagated: 4, coreference: 5 };

/**
 * Choose non-overlapping candidates: longer spans first, then by source (KB before patterns before cues), then
 * leftmost. Nested candidates are kept when they do not overlap another nested one.
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (x, y) => y.last - y.first - (x.last - x.first) || SOURCE_RANK[x.source] - SOURCE_RANK[y.source] || x.first - y.first,
  );
  // Token occupancy instead of pairwise overlap tests: linear in the number of tokens covered, whatever the count.
  const end = ordered.reduce((m, c) => Math.max(m, c.last), 0);
  const takenTokens = new Uint8Array(end);
  const nestedTokens = new Uint8Array(end);
  const taken: Candidate[] = [];
  const nestedTaken: Candidate[] = [];
  for (const c of ordered) {
    if (c.nested) {
      if (occupied(nestedTokens, c.first, c.last)) continue;
      nestedTokens.fill(1, c.first, c.last);
      nestedTaken.push(c);
      continue;
    }
    if (occupied(takenTokens, c.first, c.last)) continue;
    // A mention may hold a nested one whole, but not cut one in two.
    if (cutsNested(nestedTokens, c.first, c.last)) continue;
    takenTokens.fill(1, c.first, c.last);
    taken.push(c);
  }
  return [...taken, ...nestedTaken].sort((x, y) => x.first - y.first || x.last - y.last);
}

function occupied(tokens: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (tokens[i]) return true;
  return false;
}

/** A nested mention runs across the edge of [first, last). */
function cutsNested(nested: Uint8Array, first: number, last: number): boolean {
  return (first > 0 && nested[first] === 1 && nested[first - 1] === 1) || (last < nested.length && nested[last - 1] === 1 && nested[last] === 1);
}

/** The defaults of every query, in one place, so the CLI help, the explorer and the docs agree. */
import type { TopMetric } from './top.js';

export const QUERY_DEFAULTS = {
  find: {
    /** How many close matches to return. */
    limit: 10,
    /** Matches scoring below this (0..1) are dropped: below it, names look alike only by chance. */
    minScore: 0.5,
  },
  resolve: {
    /** A close (not exact) match is accepted only when it scores at least this… */
    minScore: 0.85,
    /** …and beats the runner-up by this much, so a typo resolves but an ambiguous name does not. */
    margin: 0.1,
  },
  neighbours: { minWeight: 0, limit: Number.POSITIVE_INFINITY },
  egoNetwork: { depth: 1 },
  path: { strongest: false },
  top: { by: 'mentions' as TopMetric, limit: 10 },
  communities: { resolution: 1, seed: 1 },
  filterGraph: { minWeight: 0, minMentions: 0, hideIsolated: false },
} as const;

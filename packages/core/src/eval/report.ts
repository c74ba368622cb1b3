/**
 * What to look at after a score: the most frequent false positives and misses, grouped by type and text, so that a
 * systematic error ("Reuters" tagged as a person 40 times) stands out from one-off noise.
 */
import type { ScoredType } from './mappings.js';
import type { DocumentOutcome, OutcomeSpan } from './score.js';

export interface ErrorCount {
  type: ScoredType;
  text: string;
  count: number;
}

export interface ErrorReport {
  falsePositives: ErrorCount[];
  misses: ErrorCount[];
}

/** The `limit` most frequent false positives and misses (ties by text, so the report is stable). */
export function errorReport(outcomes: readonly DocumentOutcome[], limit = 20): ErrorReport {
  return {
    falsePositives: top(outcomes.flatMap((o) => o.falsePositives), limit),
    misses: top(outcomes.flatMap((o) => o.misses), limit),
  };
}

function top(spans: readonly OutcomeSpan[], limit: number): ErrorCount[] {
  const counts = new Map<string, ErrorCount>();
  for (const s of spans) {
    const text = s.text.replace(/\s+/g, ' ').trim();
    const key = `${s.type}\u0000${text}`;
    const known = counts.get(key);
    if (known) known.count++;
    else counts.set(key, { type: s.type, text, count: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text) || a.type.localeCompare(b.type))
    .slice(0, Math.max(0, limit));
}

/**
 * Scoring predicted mentions against mapped gold spans, per /shared/eval/README.md.
 *
 * - strict: a prediction is right when a gold span has the same start, end and type;
 * - lenient: when it overlaps a gold span of the same type (re3d's spans carry titles and determiners);
 * - each gold span is matched at most once, so two predictions inside one lenient gold span make one hit and one
 *   false positive;
 * - a wrong prediction that overlaps an ignored gold span counts neither way (a city tagged as a state, a MISC span);
 * - only person, state and organisation are scored; predicted treaties are dropped before scoring.
 */
import type { MappedGold, ScoredType, Span, TypedSpan } from './mappings.js';
import { SCORED_TYPES } from './mappings.js';

export interface PredictedSpan extends Span {
  /** Any entity type; types that are not scored are dropped. */
  type: string;
}

export interface ScoreOptions {
  /** Overlap instead of exact offsets. Default false. */
  lenient?: boolean;
}

/** A span with its text, as listed in reports. */
export interface OutcomeSpan extends TypedSpan {
  text: string;
}

/** What one document's predictions came to. */
export interface DocumentOutcome {
  hits: OutcomeSpan[];
  falsePositives: OutcomeSpan[];
  misses: OutcomeSpan[];
  /** Predictions that overlapped ignored gold spans and were not counted. */
  neutral: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  documents: number;
  byType: Record<ScoredType, Prf>;
  /** Micro-average over person, state and organisation. */
  micro: Prf;
}

const isScored = (t: string): t is ScoredType => (SCORED_TYPES as readonly string[]).includes(t);
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Score one document's predictions against its mapped gold. `text` is the document text (for the listed spans). */
export function scoreDocument(text: string, gold: MappedGold, predicted: readonly PredictedSpan[], options: ScoreOptions = {}): DocumentOutcome {
  const lenient = options.lenient ?? false;
  const preds = predicted
    .filter((p): p is PredictedSpan & { type: ScoredType } => isScored(p.type))
    .map((p) => ({ start: p.start, end: p.end, type: p.type }))
    .sort((x, y) => x.start - y.start || x.end - y.end);
  const matched = new Uint8Array(gold.scored.length);
  const byKey = new Map<string, number>();
  gold.scored.forEach((g, i) => byKey.set(`${g.start}:${g.end}:${g.type}`, i));
  const out: DocumentOutcome = { hits: [], falsePositives: [], misses: [], neutral: 0 };
  const withText = (s: TypedSpan): OutcomeSpan => ({ ...s, text: text.slice(s.start, s.end) });

  for (const p of preds) {
    let found = -1;
    if (lenient) {
      for (let i = 0; i < gold.scored.length; i++) {
        const g = gold.scored[i]!;
        if (g.start >= p.end) break;
        if (!matched[i] && g.type === p.type && overlaps(g, p)) {
          found = i;
          break;
        }
      }
    } else {
      const i = byKey.get(`${p.start}:${p.end}:${p.type}`);
      if (i !== undefined && !matched[i]) found = i;
    }
    if (found >= 0) {
      matched[found] = 1;
      out.hits.push(withText(p));
    } else if (gold.ignored.some((g) => overlaps(g, p))) {
      out.neutral++;
    } else {
      out.falsePositives.push(withText(p));
    }
  }
  gold.scored.forEach((g, i) => {
    if (!matched[i]) out.misses.push(withText(g));
  });
  return out;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Sum document outcomes into per-type and micro P/R/F1. */
export function scoreCorpus(outcomes: readonly DocumentOutcome[]): CorpusScore {
  const counts = Object.fromEntries(SCORED_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredType, Counts>;
  for (const o of outcomes) {
    for (const s of o.hits) counts[s.type].tp++;
    for (const s of o.falsePositives) counts[s.type].fp++;
    for (const s of o.misses) counts[s.type].fn++;
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of SCORED_TYPES) {
    total.tp += counts[t].tp;
    total.fp += counts[t].fp;
    total.fn += counts[t].fn;
  }
  const byType = Object.fromEntries(SCORED_TYPES.map((t) => [t, prf(counts[t])])) as Record<ScoredType, Prf>;
  return { documents: outcomes.length, byType, micro: prf(total) };
}

/**
 * One evaluation run: gold documents in, a predictor applied to each, the corpus score and per-document outcomes out.
 * The predictor is a plain function, so Entente, a variant of it (rules only, tagger only) or a peer library are
 * measured by the same code.
 */
import { InvalidInputError } from '../errors.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { mapGold, type GoldDocument, type GoldMappingName } from './mappings.js';
import { scoreCorpus, scoreDocument, type CorpusScore, type DocumentOutcome, type PredictedSpan } from './score.js';

export interface EvaluateOptions {
  mapping: GoldMappingName;
  /** Overlap scoring (re3d). Default false. */
  lenient?: boolean;
  /** The KB that decides which gold location spans name a country. */
  kb: KnowledgeBase;
}

export interface Evaluation {
  score: CorpusScore;
  outcomes: DocumentOutcome[];
}

export type Predictor = (doc: GoldDocument) => readonly PredictedSpan[];

export function evaluateDocuments(docs: Iterable<GoldDocument>, predict: Predictor, options: EvaluateOptions): Evaluation {
  const outcomes: DocumentOutcome[] = [];
  for (const doc of docs) {
    const gold = mapGold(doc, options.mapping, options.kb);
    // The gold sets annotate names; a mention that refers back ("he", "the minister") is no name, so it is not scored.
    const predicted = predict(doc).filter((p) => !(p as { via?: string }).via);
    outcomes.push(scoreDocument(doc.text, gold, predicted, { lenient: options.lenient ?? false }));
  }
  return { score: scoreCorpus(outcomes), outcomes };
}

/**
 * Check one parsed gold line: `{"id", "text", "entities": [{"start", "end", "type"}]}` with offsets inside the text.
 * `where` names the line for the error ("dev.jsonl:12").
 */
export function validateGoldDocument(value: unknown, where: string): GoldDocument {
  const fail = (reason: string): never => {
    throw new InvalidInputError('evaluate', where, reason);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail(`expected a JSON object, received ${Array.isArray(value) ? 'an array' : typeof value}`);
  const d = value as Record<string, unknown>;
  if (typeof d.text !== 'string') return fail(`expected a string "text", received ${typeof d.text}`);
  if (!Array.isArray(d.entities)) return fail(`expected an array "entities", received ${typeof d.entities}`);
  const text = d.text;
  const entities = d.entities.map((e: unknown, i: number) => {
    const x = (e ?? {}) as Record<string, unknown>;
    const { start, end, type } = x;
    if (typeof start !== 'number' || typeof end !== 'number' || !(start >= 0 && start < end && end <= text.length)) {
      return fail(`entity ${i}: expected offsets 0 ≤ start < end ≤ ${text.length}, received ${String(start)}–${String(end)}`);
    }
    if (typeof type !== 'string') return fail(`entity ${i}: expected a string "type", received ${typeof type}`);
    return { start, end, type, text: text.slice(start, end) };
  });
  const id = typeof d.id === 'string' || typeof d.id === 'number' ? String(d.id) : where;
  return { id, text, entities };
}

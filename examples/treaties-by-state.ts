/**
 * Which treaties is each state co-mentioned with? For every state that appears with at least one treaty, the
 * treaties, how often, in how many documents, and one sentence that says so. States by mentions, most first.
 *
 *   pnpm entente query out/graph.json --script examples/treaties-by-state.ts
 */
import type { QueryApi, QueryGraph } from '@entente/core/query';

export interface TreatyMention {
  treaty: string;
  windows: number;
  documents: number;
  example: string;
}

export default function treatiesByState(graph: QueryGraph, api: QueryApi): Record<string, TreatyMention[]> {
  const result: Record<string, TreatyMention[]> = {};
  for (const state of api.top(graph, { by: 'mentions', type: 'state', limit: Number.POSITIVE_INFINITY })) {
    const treaties = api.neighbours(graph, state.id, { type: 'treaty' });
    if (treaties.length === 0) continue;
    result[state.label] = treaties.map((t) => ({
      treaty: t.label,
      windows: t.weight,
      documents: t.docs,
      example: t.evidence[0]?.text ?? '',
    }));
  }
  return result;
}

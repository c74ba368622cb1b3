/**
 * Messages of the curation worker, which holds the graph as opened and applies the rules list there: core's
 * `applyRules` copies the whole graph (a second or more on the full UNGDC graph), which the page no longer waits for.
 * It answers with the diff from the graph it last answered for (state/patch-graph.ts), which the page applies in
 * place. `id` pairs an answer with its request.
 */
import type { CurationReport, Rule } from '@entente/core';
import type { GraphDiff } from '../state/patch-graph.js';
import type { LoadRequest } from './load-protocol.js';

export type ToCuration =
  /** Read the graph (as the load worker did) and hold it as the base; the page shows it as it is. */
  | { kind: 'open'; request: LoadRequest }
  /** Documents built in the page joined the graph as opened (core's mergeGraphs), as an exported graph. */
  | { kind: 'add'; graph: unknown }
  /** The graph `rules` give, as a diff from the last answer (or the base). */
  | { kind: 'apply'; id: number; rules: readonly Rule[] };

export type FromCuration =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { kind: 'applied'; id: number; diff: GraphDiff; report: CurationReport; movedTo: Array<[string, string]> };

/**
 * How sure a graph is that a node is an entity of its type, from how it was found and in how many documents: the KB's
 * word is certain; each document where a rule found it (a title before a name, a head word, a pattern) or only the
 * model found it is independent evidence, a rule's worth more than the model's. So one stray capitalised phrase the
 * model read as a name in one speech scores 0.3, and the same phrase found in five speeches 0.83.
 *
 *   confidence = 1 − (1 − RULE)^rule documents × (1 − MODEL)^model documents     (1 for KB entities)
 */
import type { NodeAttributes } from '../types.js';

const RULE = 0.5;
const MODEL = 0.3;

export function nodeConfidence(a: Pick<NodeAttributes, 'kbId' | 'foundBy' | 'docs'>): number {
  if (a.kbId || (a.foundBy?.kb ?? 0) > 0) return 1;
  const rule = a.foundBy?.rule ?? 0;
  const model = a.foundBy?.model ?? 0;
  // A graph made before `foundBy` existed: count its documents as the model's.
  const unknown = rule + model === 0 ? new Set(a.docs).size : 0;
  const doubt = (1 - RULE) ** rule * (1 - MODEL) ** (model + unknown);
  return Math.round((1 - doubt) * 100) / 100;
}

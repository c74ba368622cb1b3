/**
 * Stage `bare-heads` (review): a span of head words only ("Council", "the Protocol") from the tagger or a cue rule is
 * a back-reference or a common noun, not a name. It is dropped, so that propagation (detect/anaphora.ts) resolves it
 * to the entity named before.
 */
import type { Candidate } from '../../detect/candidate.js';
import { ORG_HEADS, TREATY_HEADS } from '../../detect/lexicon.js';
import type { TokenView } from '../../detect/tokens.js';
import { defineStage } from '../stage.js';

export const bareHeadsStage = defineStage({
  id: 'bare-heads',
  version: 1,
  phase: 'review',
  produces: ['candidates'],
  summary: 'drops the tagger\'s and the cue rules\' spans made only of head words ("the Protocol")',
  run(ctx) {
    ctx.candidates = ctx.candidates.filter((c) => (c.source !== 'tagger' && c.source !== 'cue') || !isBareHead(ctx.view, c));
  },
});

export function isBareHead(view: TokenView, c: Candidate): boolean {
  for (let k = c.first; k < c.last; k++) {
    const w = view.norm[k]!;
    if (!ORG_HEADS.has(w) && !TREATY_HEADS.has(w) && w !== 'the') return false;
  }
  return true;
}

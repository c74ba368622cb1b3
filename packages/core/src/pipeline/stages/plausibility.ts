/** Stage `plausibility` (review): only what looks like a name of its type stands (detect/plausibility.ts). */
import { judgeCandidates } from '../../detect/plausibility.js';
import { defineStage } from '../stage.js';

export const plausibilityStage = defineStage({
  id: 'plausibility',
  version: 1,
  phase: 'review',
  produces: ['candidates'],
  summary: 'the names the KB does not know are kept, dropped, or turned into the state they name',
  run(ctx) {
    const { view, kb, marks, tagger } = ctx;
    ctx.candidates = judgeCandidates({ view, kb, kbNames: marks.kbNames, blocked: marks.blockNames, ...(tagger ? { wordLists: tagger.model.wordLists } : {}) }, ctx.candidates);
  },
});

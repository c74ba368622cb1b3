/** Stage `co-mentions` (comention): pairs of entities in one window, with their evidence (comention/co-mentions.ts). */
import { computeCoMentions } from '../../comention/co-mentions.js';
import { defineStage } from '../stage.js';

export const coMentionsStage = defineStage({
  id: 'co-mentions',
  version: 1,
  phase: 'comention',
  produces: ['comentions'],
  summary: 'every pair of entities named in one window (sentence, paragraph or document), with evidence',
  required: true,
  run(ctx) {
    ctx.comentions = computeCoMentions(ctx.analysis, ctx.docId, ctx.mentions, ctx.options.window, ctx.options.maxEvidence);
  },
});

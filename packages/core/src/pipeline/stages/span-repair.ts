/** Stage `span-repair` (review): the tagger's and the cue rules' names made whole (detect/span-repair.ts). */
import { repairSpans } from '../../detect/span-repair.js';
import { defineStage } from '../stage.js';

export const spanRepairStage = defineStage({
  id: 'span-repair',
  version: 1,
  phase: 'review',
  produces: ['candidates'],
  summary: 'the tagger\'s and the cue rules\' names made whole (a name cut at a hyphen or a title)',
  run(ctx) {
    ctx.candidates = repairSpans(ctx.view, ctx.candidates);
  },
});

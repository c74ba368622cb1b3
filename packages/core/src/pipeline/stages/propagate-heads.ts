/** Stage `propagate-heads` (propagate): "the Protocol", "the Council" as the entity named before with that head word (detect/anaphora.ts). */
import { propagateHeads } from '../../detect/anaphora.js';
import { defineStage } from '../stage.js';

export const propagateHeadsStage = defineStage({
  id: 'propagate-heads',
  version: 1,
  phase: 'propagate',
  produces: ['added'],
  summary: '"the Protocol" after "the Kyoto Protocol" is the Kyoto Protocol',
  run(ctx) {
    ctx.added.push(...propagateHeads(ctx.view, ctx.selected, ctx.marks.taken));
  },
});

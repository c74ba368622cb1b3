/** Stage `capitals` (propose), the switch `capitals`: a capital acting as its government mentions its state ("Moscow maintains"; detect/metonymy.ts). */
import { detectMetonymy } from '../../detect/metonymy.js';
import { defineStage } from '../stage.js';

export const capitalsStage = defineStage({
  id: 'capitals',
  version: 1,
  phase: 'propose',
  produces: ['candidates'],
  summary: 'a capital acting as its government ("Moscow maintains", "ignored by Washington") mentions its state',
  option: { name: 'capitals', default: true, help: '"Moscow maintains" mentions Russia' },
  run(ctx) {
    ctx.candidates.push(...detectMetonymy(ctx.view, ctx.hits, { capitals: true, demonyms: false }));
  },
});

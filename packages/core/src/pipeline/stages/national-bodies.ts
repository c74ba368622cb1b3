/** Stage `national-bodies` (propose): a state's ministries and forces, one organisation for every wording (detect/national-bodies.ts). */
import { detectNationalBodies } from '../../detect/national-bodies.js';
import { defineStage } from '../stage.js';

export const nationalBodiesStage = defineStage({
  id: 'national-bodies',
  version: 1,
  phase: 'propose',
  produces: ['candidates'],
  summary: 'a state\'s ministries and forces ("the Russian foreign ministry"), one organisation for every wording',
  run(ctx) {
    ctx.candidates.push(...detectNationalBodies(ctx.view, ctx.hits, ctx.kb));
  },
});

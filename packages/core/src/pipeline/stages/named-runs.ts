/** Stage `named-runs` (propose): organisations and treaties the KB does not know, by their shape and head words (detect/named-runs.ts). */
import { detectNamedRuns } from '../../detect/named-runs.js';
import { defineStage } from '../stage.js';

export const namedRunsStage = defineStage({
  id: 'named-runs',
  version: 1,
  phase: 'propose',
  produces: ['candidates'],
  summary: 'organisations and treaties the KB does not know, by their capitalised runs and head words',
  run(ctx) {
    const m = ctx.marks;
    ctx.candidates.push(...detectNamedRuns(ctx.view, m.kbNames, m.headline, m.capitals, m.kbTypes));
  },
});

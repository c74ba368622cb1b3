/** Stage `shared-names` (propagate): a name several KB entities share is the one the document's states and year choose (resolve/shared-names.ts). */
import { chooseSharedNames } from '../../resolve/shared-names.js';
import { defineStage } from '../stage.js';

export const sharedNamesStage = defineStage({
  id: 'shared-names',
  version: 1,
  phase: 'propagate',
  produces: ['selected'],
  summary: 'a name several KB entities share ("Comprehensive Peace Agreement", "National Liberation Front") is the one the document\'s states and year choose',
  run(ctx) {
    ctx.selected = chooseSharedNames(ctx.view, ctx.selected, ctx.kb, ctx.year);
  },
});

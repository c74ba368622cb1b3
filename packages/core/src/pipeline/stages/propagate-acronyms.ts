/** Stage `propagate-acronyms` (propagate): an acronym introduced in brackets names its entity for the rest of the document (detect/acronyms.ts). */
import { propagateAcronyms } from '../../detect/acronyms.js';
import { defineStage } from '../stage.js';

export const propagateAcronymsStage = defineStage({
  id: 'propagate-acronyms',
  version: 1,
  phase: 'propagate',
  produces: ['added'],
  summary: 'an acronym introduced in brackets ("… Organization (CSTO)") names that entity elsewhere in the document',
  run(ctx) {
    ctx.added.push(...propagateAcronyms(ctx.view, ctx.selected, ctx.marks.taken));
  },
});

/** Stage `propagate-persons` (propagate): later mentions of the people selected, by their names' parts (detect/persons.ts). */
import { propagatePersons } from '../../detect/persons.js';
import { defineStage } from '../stage.js';

export const propagatePersonsStage = defineStage({
  id: 'propagate-persons',
  // 2: whose a surname is, the person resolver's document scope says (resolve/person-resolver.ts).
  version: 2,
  phase: 'propagate',
  produces: ['added'],
  summary: 'later mentions of the people selected ("Putin" after "President Vladimir Putin")',
  run(ctx) {
    ctx.added.push(...propagatePersons(ctx.view, ctx.selected.filter((c) => c.type === 'person'), ctx.marks.taken));
  },
});

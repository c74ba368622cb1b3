/** Stage `resolve` (resolve): the selected candidates become mentions of entities with stable ids (resolve/resolve.ts). */
import { resolveCandidates } from '../../resolve/resolve.js';
import { defineStage } from '../stage.js';

export const resolveStage = defineStage({
  id: 'resolve',
  // 2: whose a surname is, the person resolver's document scope says (resolve/person-resolver.ts).
  // 3: a known body's name "of <state>" is that state's body among those of the name ("National Liberation Front of
  // Chad"); names several KB entities share are chosen before, by the shared-names stage.
  version: 3,
  phase: 'resolve',
  produces: ['mentions', 'entities'],
  summary: 'canonical ids and labels: the KB\'s where known, else type:slug; a lone surname joins the full name',
  required: true,
  run(ctx) {
    const { mentions, entities } = resolveCandidates(ctx.view, ctx.selected, ctx.kb, ctx.year);
    ctx.mentions = mentions;
    ctx.entities = entities;
  },
});

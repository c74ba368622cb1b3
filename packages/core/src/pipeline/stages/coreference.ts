/** Stage `coreference` (refer): pronouns and role nouns resolved to the one entity they can mean, against everything named (detect/coreference.ts). */
import { resolveCoreference } from '../../detect/coreference.js';
import { defineStage } from '../stage.js';

export const coreferenceStage = defineStage({
  id: 'coreference',
  version: 1,
  phase: 'refer',
  produces: ['added'],
  summary: '"he", "the minister", "the bloc" as the one entity named just before',
  run(ctx) {
    ctx.added.push(...resolveCoreference(ctx.view, ctx.selected, ctx.marks.named));
  },
});

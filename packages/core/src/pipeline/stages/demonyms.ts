/**
 * Stage `demonyms` (propose), the switch `demonyms`: a demonym before a title or role mentions its state ("Russian
 * Foreign Minister"), and so does the state in front of a known organisation's name ("Russian Defence Ministry"), as
 * nested mentions (detect/metonymy.ts).
 */
import { detectMetonymy, qualifyingStates } from '../../detect/metonymy.js';
import { defineStage } from '../stage.js';

export const demonymsStage = defineStage({
  id: 'demonyms',
  version: 1,
  phase: 'propose',
  produces: ['candidates'],
  summary: 'a demonym before a title or role, or a state before an organisation\'s name, mentions that state',
  option: { name: 'demonyms', default: true, help: '"Russian Foreign Minister" also mentions Russia' },
  run(ctx) {
    ctx.candidates.push(...detectMetonymy(ctx.view, ctx.hits, { capitals: false, demonyms: true }), ...qualifyingStates(ctx.view, ctx.hits, ctx.kb));
  },
});

/** Stage `persons-by-cue` (propose): people named after a title or beside a verb of saying (detect/persons.ts). */
import { detectPersonsByCue } from '../../detect/persons.js';
import { defineStage } from '../stage.js';

export const personsByCueStage = defineStage({
  id: 'persons-by-cue',
  version: 1,
  phase: 'propose',
  produces: ['candidates'],
  summary: 'people named after a title ("Foreign Minister Sergey Lavrov") or beside a verb of saying',
  run(ctx) {
    ctx.candidates.push(...detectPersonsByCue(ctx.view, ctx.marks.blocked, ctx.marks.headline));
  },
});

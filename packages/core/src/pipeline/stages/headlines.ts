/** Stage `headlines` (scan): marks title-case headline lines, where the rules take no names (detect/headlines.ts). */
import { headlineTokens } from '../../detect/headlines.js';
import { defineStage } from '../stage.js';

export const headlinesStage = defineStage({
  id: 'headlines',
  version: 1,
  phase: 'scan',
  produces: ['marks'],
  summary: 'marks title-case headline lines, where the rules take no names',
  run(ctx) {
    ctx.marks.headline = headlineTokens(ctx.view);
  },
});

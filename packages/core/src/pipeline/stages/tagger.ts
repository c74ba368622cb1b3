/**
 * Stage `tagger` (review): the learned tagger's spans, reconciled with the rules' candidates (detect/tagger/
 * reconcile.ts). It does nothing when the model is switched off (`tagger: false`; the manifest's `options.model` says
 * which model ran).
 */
import { reconcileLearned } from '../../detect/tagger/reconcile.js';
import { defineStage } from '../stage.js';

export const taggerStage = defineStage({
  id: 'tagger',
  version: 1,
  phase: 'review',
  produces: ['candidates'],
  summary: 'the learned tagger\'s names, reconciled with the rules\' candidates',
  run(ctx) {
    if (!ctx.tagger) return;
    const learned = ctx.tagger.spans(ctx.view, ctx.hits);
    ctx.candidates = reconcileLearned(ctx.view, ctx.candidates, learned, ctx.marks.headline);
  },
});

/**
 * Stages `select`, `select-propagated`, `select-referring` (select): one non-overlapping set of candidates
 * (detect/candidate.ts). The first chooses among every candidate proposed and reviewed; the others merge what
 * propagation and coreference added after it. Each marks the tokens of the selection for the stages after it.
 */
import { selectCandidates } from '../../detect/candidate.js';
import { defineStage, type StageContext } from '../stage.js';

export const selectStage = defineStage({
  id: 'select',
  version: 1,
  phase: 'select',
  produces: ['selected', 'marks'],
  summary: 'chooses non-overlapping candidates: longer spans first, then KB before patterns before cues',
  required: true,
  run(ctx) {
    ctx.selected = selectCandidates(ctx.candidates);
    ctx.added = [];
    markSelection(ctx);
  },
});

export const selectPropagatedStage = defineStage({
  id: 'select-propagated',
  version: 1,
  phase: 'select',
  produces: ['selected', 'marks'],
  summary: 'merges the propagated names into the selection',
  required: true,
  run: reselect,
});

export const selectReferringStage = defineStage({
  id: 'select-referring',
  version: 1,
  phase: 'select',
  produces: ['selected', 'marks'],
  summary: 'merges the resolved pronouns and role nouns into the selection',
  required: true,
  run: reselect,
});

function reselect(ctx: StageContext): void {
  // With nothing added the selection stands as it is (selecting a selection again would give it back).
  if (ctx.added.length > 0) ctx.selected = selectCandidates([...ctx.selected, ...ctx.added]);
  ctx.added = [];
  markSelection(ctx);
}

/** `named`: the tokens of the selection; `taken`: those and the tokens of blocking names. */
function markSelection(ctx: StageContext): void {
  const n = ctx.view.n;
  const named = new Uint8Array(n);
  for (const c of ctx.selected) named.fill(1, c.first, c.last);
  const taken = named.slice();
  const blocks = ctx.marks.blockNames;
  for (let i = 0; i < n; i++) if (blocks[i]) taken[i] = 1;
  ctx.marks.named = named;
  ctx.marks.taken = taken;
}

/**
 * Mention detection: the detection stages of the pipeline (registry.ts) over one analysed document, their
 * candidates merged into one non-overlapping set. The stages, in order:
 *
 *   scan       headlines, gazetteer (KB names, blocking names, capitals)
 *   propose    national-bodies, demonyms, capitals, named-runs, persons-by-cue
 *   review     tagger (learned spans reconciled with the rules'), span-repair, plausibility, bare-heads
 *   select     select
 *   propagate  propagate-persons, propagate-acronyms, propagate-heads ─► select-propagated
 *   refer      coreference ─► select-referring
 *
 * `extractDocument` runs the same stages, then resolution and co-mentions.
 */
import type { Analysis } from '../language/analyse.js';
import { defaultKnowledgeBase } from '../knowledge/default-kb.js';
import { resolveOptions, type ExtractOptions } from '../options.js';
import { DETECTION_PHASES, pipelineStages, runStages } from './registry.js';
import { createStageContext } from './stage.js';
import type { Candidate } from '../detect/candidate.js';
import { defaultTagger } from '../detect/tagger/default-model.js';
import type { TokenView } from '../detect/tokens.js';

export interface Detection {
  view: TokenView;
  candidates: Candidate[];
}

/** The selected candidates of a document, by the detection stages the options choose (validated here). */
export function detect(analysis: Analysis, options: Partial<ExtractOptions> = {}): Detection {
  const o = resolveOptions('detect', options);
  const kb = o.kb ?? defaultKnowledgeBase();
  const tagger = o.tagger === false ? undefined : (o.tagger ?? defaultTagger(kb));
  const ctx = createStageContext(analysis, { docId: '', kb, options: o, ...(tagger ? { tagger } : {}) });
  runStages(ctx, pipelineStages(o), DETECTION_PHASES);
  return { view: ctx.view, candidates: ctx.selected };
}

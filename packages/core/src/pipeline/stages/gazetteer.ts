/**
 * Stage `gazetteer` (scan): the knowledge base's names in the text (detect/gazetteer.ts). Its hits are the KB's
 * candidates and the token marks the later stages read: KB names, blocking names, the KB type of each token, capitals.
 */
import { scanGazetteer } from '../../detect/gazetteer.js';
import { defineStage } from '../stage.js';

export const gazetteerStage = defineStage({
  id: 'gazetteer',
  version: 1,
  phase: 'scan',
  produces: ['hits', 'marks', 'candidates'],
  summary: 'matches the names of the knowledge base: its candidates, and the token marks of KB names, blocking names and capitals',
  run(ctx) {
    const hits = scanGazetteer(ctx.view, ctx.kb);
    const m = ctx.marks;
    // One pass over the hits for every mark (hits are few, tokens many).
    for (const h of hits) {
      if (h.hit.kind === 'name' && h.hit.entry) {
        ctx.candidates.push({ first: h.first, last: h.last, type: h.hit.entry.type, source: 'kb', entry: h.hit.entry });
        m.kbCovered.fill(1, h.first, h.last);
        m.kbNames.fill(1, h.first, h.last);
        m.kbTypes.fill(h.hit.entry.type, h.first, h.last);
      } else if (h.hit.kind === 'block') {
        m.kbCovered.fill(1, h.first, h.last);
        m.blockNames.fill(1, h.first, h.last);
      } else if (h.hit.kind === 'capital') {
        m.capitals.fill(1, h.first, h.last);
      }
    }
    for (const h of hits) m.blocked.fill(1, h.first, h.last);
    ctx.hits = hits;
  },
});

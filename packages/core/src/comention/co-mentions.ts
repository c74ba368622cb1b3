/**
 * Co-mentions: every pair of distinct entities mentioned in the same window. A pair counts once per window, whatever
 * the number of mentions in it; the first `maxEvidence` windows of each pair keep their evidence.
 */
import type { Analysis } from '../language/analyse.js';
import type { ResolvedMention } from '../resolve/resolve.js';
import type { CoMention, Evidence, WindowKind } from '../types.js';
import { makeEvidence } from './evidence.js';
import { windowOfSentence } from './windows.js';

export interface CoMentionResult {
  comentions: CoMention[];
  entityEvidence: Record<string, Evidence[]>;
}

export function computeCoMentions(a: Analysis, docId: string, mentions: ResolvedMention[], window: WindowKind, maxEvidence: number): CoMentionResult {
  const windowOf = windowOfSentence(a, window);
  // window index → entity → its mentions in that window
  const windows = new Map<number, Map<string, ResolvedMention[]>>();
  const entityEvidence: Record<string, Evidence[]> = {};
  const bySentence = new Map<number, Map<string, ResolvedMention[]>>();
  for (const m of mentions) {
    const s = a.sentenceOf[m.token]!;
    push(bySentence, s, m);
    push(windows, windowOf(s), m);
  }
  // Entity evidence: the sentences that mention it, in document order.
  for (const [s, byEntity] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    for (const [entity, ms] of byEntity) {
      const list = (entityEvidence[entity] ??= []);
      if (list.length < maxEvidence) list.push(makeEvidence(a, docId, [s], ms.map((m) => [m.start, m.end])));
    }
  }
  const pairs = new Map<string, CoMention>();
  for (const [, byEntity] of [...windows].sort((x, y) => x[0] - y[0])) {
    const ids = [...byEntity.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a1 = ids[i]!;
        const b1 = ids[j]!;
        const key = `${a1}\u0000${b1}`;
        let cm = pairs.get(key);
        if (!cm) {
          cm = { a: a1, b: b1, windows: 0, evidence: [] };
          pairs.set(key, cm);
        }
        cm.windows++;
        if (cm.evidence.length < maxEvidence) cm.evidence.push(pairEvidence(a, docId, byEntity.get(a1)!, byEntity.get(b1)!));
      }
    }
  }
  return { comentions: [...pairs.values()], entityEvidence };
}

/** Evidence of a pair in a window: the sentence holding both (or the first sentence of each, for wide windows). */
function pairEvidence(a: Analysis, docId: string, ma: ResolvedMention[], mb: ResolvedMention[]): Evidence {
  const sa = new Set(ma.map((m) => a.sentenceOf[m.token]!));
  const shared = mb.find((m) => sa.has(a.sentenceOf[m.token]!));
  if (shared) {
    const s = a.sentenceOf[shared.token]!;
    const marks = [...ma, ...mb].filter((m) => a.sentenceOf[m.token] === s).map((m): [number, number] => [m.start, m.end]);
    return makeEvidence(a, docId, [s], marks);
  }
  const first = ma[0]!;
  const second = mb[0]!;
  return makeEvidence(a, docId, [a.sentenceOf[first.token]!, a.sentenceOf[second.token]!], [
    [first.start, first.end],
    [second.start, second.end],
  ]);
}

function push(map: Map<number, Map<string, ResolvedMention[]>>, key: number, m: ResolvedMention): void {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  const list = inner.get(m.entity);
  if (list) list.push(m);
  else inner.set(m.entity, [m]);
}

/**
 * Co-mentions: every pair of distinct entities mentioned in the same window. A pair counts once per window, whatever
 * the number of mentions in it; the first `maxEvidence` windows of each pair keep their evidence.
 *
 * Bounds. Pairs grow with the square of the entities in a window, so one window without punctuation (a 300k-word
 * line is one "sentence") could hold thousands of entities and millions of pairs. A window pairs at most
 * `MAX_WINDOW_ENTITIES` entities: the first ones mentioned in it; the others still count as mentioned (nodes, entity
 * evidence) but make no pairs there, and the window is counted in `cappedWindows`. The cap (256) is far above what
 * real text gives (the most in one whole UN speech of the sample data is 87), so normal windows are counted exactly
 * as before. Evidence is bounded too: at most `MAX_MARKS_PER_ENTITY` marks per entity and sentence, and the search
 * for a sentence holding both ends of a pair looks at `MAX_SHARED_SEARCH` sentences at most. Work and memory are then
 * linear in the number of mentions.
 */
import type { Analysis } from '../language/analyse.js';
import type { ResolvedMention } from '../resolve/resolve.js';
import type { CoMention, Evidence, WindowKind } from '../types.js';
import { makeEvidence } from './evidence.js';
import { windowOfSentence } from './windows.js';

/** Entities paired in one window; the rest of a crowded window make no pairs in it. */
export const MAX_WINDOW_ENTITIES = 256;
/** Mentions of one entity marked in one evidence sentence. */
export const MAX_MARKS_PER_ENTITY = 16;
/** Sentences of a wide window searched for one that holds both entities of a pair. */
export const MAX_SHARED_SEARCH = 1024;

export interface CoMentionResult {
  comentions: CoMention[];
  entityEvidence: Record<string, Evidence[]>;
  /** Windows with more than MAX_WINDOW_ENTITIES entities, of which only the first ones were paired. */
  cappedWindows: number;
}

/** One entity in one window: its mentions grouped by sentence, sentences in the order first met. */
interface InWindow {
  first: ResolvedMention;
  bySentence: Map<number, ResolvedMention[]>;
}

export function computeCoMentions(a: Analysis, docId: string, mentions: ResolvedMention[], window: WindowKind, maxEvidence: number): CoMentionResult {
  const windowOf = windowOfSentence(a, window);
  // window index → entity → its mentions in that window, by sentence
  const windows = new Map<number, Map<string, InWindow>>();
  const entityEvidence: Record<string, Evidence[]> = {};
  const bySentence = new Map<number, Map<string, ResolvedMention[]>>();
  for (const m of mentions) {
    const s = a.sentenceOf[m.token]!;
    push(bySentence, s, m);
    let inWindow = windows.get(windowOf(s));
    if (!inWindow) windows.set(windowOf(s), (inWindow = new Map()));
    const entry = inWindow.get(m.entity);
    if (entry) pushList(entry.bySentence, s, m);
    else inWindow.set(m.entity, { first: m, bySentence: new Map([[s, [m]]]) });
  }
  // Entity evidence: the sentences that mention it, in document order.
  for (const [s, byEntity] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    for (const [entity, ms] of byEntity) {
      const list = (entityEvidence[entity] ??= []);
      if (list.length < maxEvidence) list.push(makeEvidence(a, docId, [s], marksOf(ms)));
    }
  }
  const pairs = new Map<string, CoMention>();
  let cappedWindows = 0;
  for (const [, byEntity] of [...windows].sort((x, y) => x[0] - y[0])) {
    // Map order is the order of first mention, so the entities kept do not depend on their ids.
    let kept = [...byEntity.keys()];
    if (kept.length > MAX_WINDOW_ENTITIES) {
      cappedWindows++;
      kept = kept.slice(0, MAX_WINDOW_ENTITIES);
    }
    const ids = kept.sort();
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
  return { comentions: [...pairs.values()], entityEvidence, cappedWindows };
}

/** Evidence of a pair in a window: the sentence holding both (or the first sentence of each, for wide windows). */
function pairEvidence(a: Analysis, docId: string, ea: InWindow, eb: InWindow): Evidence {
  // The first sentence of b (in b's mention order) that also mentions a.
  let searched = 0;
  for (const [s, mb] of eb.bySentence) {
    if (++searched > MAX_SHARED_SEARCH) break;
    const ma = ea.bySentence.get(s);
    if (ma) {
      const marks = [...marksOf(ma), ...marksOf(mb)];
      return makeEvidence(a, docId, [s], marks);
    }
  }
  const first = ea.first;
  const second = eb.first;
  return makeEvidence(a, docId, [a.sentenceOf[first.token]!, a.sentenceOf[second.token]!], [
    [first.start, first.end],
    [second.start, second.end],
  ]);
}

function marksOf(ms: ResolvedMention[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < ms.length && i < MAX_MARKS_PER_ENTITY; i++) out.push([ms[i]!.start, ms[i]!.end]);
  return out;
}

function push(map: Map<number, Map<string, ResolvedMention[]>>, key: number, m: ResolvedMention): void {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  pushList(inner, m.entity, m);
}

function pushList<K>(map: Map<K, ResolvedMention[]>, key: K, m: ResolvedMention): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}

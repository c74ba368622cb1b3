/**
 * Knowledge-base matches: the longest name of the KB starting at each token, left to right, without overlaps.
 * A scan skips any token that starts no name (one set lookup), so its cost is close to a single pass over tokens.
 */
import type { KnowledgeBase, NameHit } from '../knowledge/kb.js';
import { selectHit } from '../knowledge/kb.js';
import type { TokenView } from './tokens.js';

export interface GazetteerHit {
  first: number;
  last: number;
  hit: NameHit;
}

export function scanGazetteer(view: TokenView, kb: KnowledgeBase): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  const { a, norm, n } = view;
  for (let i = 0; i < n; i++) {
    // A match must start with a capital or a digit (selectHit's case rule), so lowercase tokens, most of any text,
    // are skipped before any lookup.
    const c0 = a.value[i]!.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122) continue;
    if (!kb.firstTokens.has(norm[i]!)) continue;
    let key = '';
    // The same name with its hyphens read as spaces: "Viet-Nam" is the KB's "Viet Nam", "South Viet-Nam" its
    // "South Viet Nam" (the UN wrote the hyphen for decades).
    let spaced = '';
    let hyphen = false;
    // And with a line-break hyphen closed up: "Movement of Non- Aligned Countries" is the KB's "Movement of
    // Non-Aligned Countries" (scans of the UN's records keep the break as "- ").
    let closed = '';
    let open = false;
    let best: GazetteerHit | undefined;
    const sentence = a.sentenceOf[i];
    for (let j = i; j < n && a.sentenceOf[j] === sentence; j++) {
      key = j === i ? norm[i]! : key + (a.spaceBefore[j] ? ' ' : '') + norm[j];
      if (j === i) spaced = closed = key;
      else if (norm[j] === '-' && !a.spaceBefore[j]) {
        hyphen = true;
        closed += '-';
        open = true;
      } else {
        spaced += (a.spaceBefore[j] || hyphen ? ' ' : '') + norm[j];
        closed += (a.spaceBefore[j] && !open ? ' ' : '') + norm[j];
        hyphen = open = false;
      }
      const exact = key.length <= kb.maxNameLength && kb.prefixes.has(key);
      const spacedOk = spaced !== key && spaced.length <= kb.maxNameLength && kb.prefixes.has(spaced);
      const closedOk = closed !== key && closed.length <= kb.maxNameLength && kb.prefixes.has(closed);
      if (!exact && !spacedOk && !closedOk) break;
      const hits = (exact ? kb.names.get(key) : undefined) ?? (hyphen ? undefined : kb.names.get(spaced)) ?? (closedOk && !open ? kb.names.get(closed) : undefined);
      if (!hits) continue;
      const surface = a.text.slice(a.start[i], a.end[j]);
      const hit = selectHit(hits, surface);
      if (hit) best = { first: i, last: j + 1, hit };
    }
    if (best) {
      out.push(best);
      i = best.last - 1;
    }
  }
  return out;
}

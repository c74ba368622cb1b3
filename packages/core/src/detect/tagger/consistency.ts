/**
 * A second pass over the whole document: one name, one label (the "second pass" of the feature groups, groups.ts).
 * Greedy decoding labels each occurrence of a name from its own sentence, and a name's sentences disagree ("Rotor"
 * a person in a results table, an organisation in the report). After decoding, every span of the same words takes
 * the label most of its occurrences got (each counts 2), and each word of a person's full name adds a vote of 1 for
 * "person" to that word alone ("Woods" after "Tiger Woods"), which settles a lone word its occurrences disagree on.
 * Ties change nothing. Only labels move: spans are neither
 * made nor dropped, so nothing the rules or the plausibility judge would remove can come back through here.
 */
import { phraseKey, type TokenView } from '../tokens.js';
import type { TagSpan } from './decode.js';

export function harmoniseLabels(view: TokenView, spans: readonly TagSpan[], labelCount: number, person: number): TagSpan[] {
  if (spans.length < 2) return [...spans];
  const votes = new Map<string, Int32Array>();
  const vote = (key: string, label: number, weight: number) => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Int32Array(labelCount)));
    v[label]! += weight;
  };
  const keys = spans.map((s) => phraseKey(view, s.first, s.last));
  spans.forEach((s, i) => {
    vote(keys[i]!, s.label, 2);
    if (s.label === person && s.last - s.first > 1) for (let k = s.first; k < s.last; k++) if (view.norm[k]!.length > 1) vote(view.norm[k]!, person, 1);
  });
  return spans.map((s, i) => {
    const v = votes.get(keys[i]!)!;
    let best = s.label;
    let tie = false;
    for (let l = 0; l < labelCount; l++) {
      if (l === best) continue;
      if (v[l]! > v[best]!) [best, tie] = [l, false];
      else if (v[l]! === v[best]!) tie = true;
    }
    return best !== s.label && !tie ? { ...s, label: best } : s;
  });
}


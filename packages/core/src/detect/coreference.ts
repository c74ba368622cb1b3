/**
 * Coreference for what news and statements lean on, resolved conservatively to the one entity it can mean:
 *
 * - "he" / "she" / "him": the person, when exactly one person is named in the sentence before and in this one up to
 *   the pronoun ("…, Lavrov said. … he argued");
 * - "the minister", "the Secretary-General", "the president" and other roles: the one person named in that window;
 * - "the bloc", "the alliance": the one organisation named in that window.
 *
 * With two candidates, or none, nothing is resolved: a wrong link is worse than a missed one. Resolved mentions count
 * as mentions and evidence, and carry `via: 'coreference'` so that a reader can tell them apart.
 */
import type { Candidate } from './candidate.js';
import type { EntityType } from '../types.js';
import { type TokenView } from './tokens.js';

const PRONOUNS = new Set(['he', 'she', 'him']);
const ROLE_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ['minister', 'person'],
  ['president', 'person'],
  ['chancellor', 'person'],
  ['premier', 'person'],
  ['secretary-general', 'person'],
  ['diplomat', 'person'],
  ['envoy', 'person'],
  ['ambassador', 'person'],
  ['spokesman', 'person'],
  ['spokeswoman', 'person'],
  ['spokesperson', 'person'],
  ['bloc', 'organisation'],
  ['alliance', 'organisation'],
]);

export function resolveCoreference(view: TokenView, selected: readonly Candidate[], taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const { sentences, sentenceOf } = view.a;
  for (let i = 0; i < view.n; i++) {
    if (taken[i]) continue;
    const norm = view.norm[i]!;
    let type: EntityType | undefined;
    let last = i + 1;
    if (PRONOUNS.has(norm)) {
      type = 'person';
    } else if (i > 0 && view.norm[i - 1] === 'the') {
      // "the Secretary-General" is three tokens; the others one.
      const joined = view.norm[i + 1] === '-' && view.norm[i + 2] === 'general' && !view.a.spaceBefore[i + 1] ? `${norm}-general` : norm;
      type = ROLE_NOUNS.get(joined);
      if (joined !== norm) last = i + 3;
      // A role followed by a name is a title ("the minister Sergey Lavrov"), and a capitalised role another name's head.
      if (type && (view.a.pos[last] === 'PROPN' || (type === 'organisation' && view.a.value[i] !== norm))) type = undefined;
    }
    if (!type) continue;
    const sentence = sentenceOf[i]!;
    const from = sentence > 0 && sentences[sentence - 1]!.paragraph === sentences[sentence]!.paragraph ? sentences[sentence - 1]!.first : sentences[sentence]!.first;
    const antecedent = onlyEntity(view, selected, type, from, i);
    if (antecedent) out.push({ ...antecedent, first: i, last, source: 'coreference', nested: false });
    i = last - 1;
  }
  return out;
}

/** The one entity of `type` named in tokens [from, to), or undefined when there are none or several. */
function onlyEntity(view: TokenView, selected: readonly Candidate[], type: EntityType, from: number, to: number): Candidate | undefined {
  let found: Candidate | undefined;
  let key: string | undefined;
  for (const c of selected) {
    if (c.type !== type || c.nested || c.first < from || c.last > to) continue;
    const k = c.entry?.id ?? c.id ?? c.label?.toLowerCase() ?? `${c.first}`;
    if (key !== undefined && k !== key) return undefined;
    found ??= c;
    key = k;
  }
  return found;
}

/**
 * Names that ran on past their end. The rules that read a body's or an instrument's name carry it over small words
 * ("Commission on Human Rights", "Organization for Security and Co-operation in Europe"), so where a sentence goes on
 * with a preposition and a capital they take that too: "Security Council for Germany", "Commission on Human Rights in
 * May", "United Nations Framework Convention on Climate Change to Egypt", "Charter of the United Nations against the
 * Fascist [regime]". Judged on UNGDC, each such node was wrong. The sign is that the name up to the preposition is
 * already one the KB knows, whole, and names one entity only:
 *
 * - when that entity is of the node's type, the node is it (finalize.ts merges the node into it);
 * - when it is of another type ("Union of South Africa against the Negro", a state's name before the run-on), the
 *   node is no name (admission.ts withholds it).
 *
 * An instrument's acronym with its head said again ("NPT Treaty") is the instrument the acronym names.
 *
 * Two names with no word between but "the" are two names run together ("International Court of Justice the Security
 * Council", from a list without commas): the first is the node's.
 *
 * "of" and "and" never end a name here (they join its parts: "Court of Justice of the European Union"), and a name
 * the KB knows whole is never a run-on. Pure.
 */
import type { EntityType } from '../types.js';
import { entriesNamed, type KnowledgeBase } from '../knowledge/kb.js';
import type { KbEntry } from '../knowledge/kb-types.js';
import { normaliseName } from '../knowledge/normalise.js';

const AFTER_NAME = new Set(['to', 'against', 'for', 'in', 'with', 'from', 'on', 'at', 'by', 'into', 'towards', 'the']);
const TYPES: readonly EntityType[] = ['state', 'organisation', 'treaty', 'person'];

/** An instrument's acronym with its head said again: "NPT Treaty", "CTBT Treaty", "UNFCCC Convention". */
const REDUNDANT_HEAD = /^(\p{Lu}[\p{Lu}\d-]+)\s+(?:Treaty|Convention|Agreement|Protocol|Charter|Accords?|Covenant)$/u;

/** The one KB entity a name starts with before it runs on (or says again: "NPT Treaty"), or undefined. */
export function runOnOf(label: string, kb: KnowledgeBase): KbEntry | undefined {
  const acronym = REDUNDANT_HEAD.exec(label.trim())?.[1];
  if (acronym) {
    const named = entriesNamed(kb, normaliseName(acronym), 'treaty');
    if (named.length === 1) return named[0];
  }
  const raw = label.split(/\s+/).filter((w) => w.length > 0);
  const words = raw.map((w) => normaliseName(w));
  const whole = words.join(' ');
  if (TYPES.some((t) => entriesNamed(kb, whole, t).length > 0)) return undefined;
  // The longest known name before a preposition that a capitalised word follows (after an optional "the").
  for (let i = words.length - 2; i >= 1; i--) {
    if (!AFTER_NAME.has(words[i]!)) continue;
    const next = words[i] !== 'the' && words[i + 1] === 'the' ? i + 2 : i + 1;
    if (next >= raw.length || !/^\p{Lu}/u.test(raw[next]!)) continue;
    const prefix = words.slice(0, i);
    // A one-word prefix is a KB name only as an acronym ("OSCE on Kosova"); "Council", "Charter" alone are not.
    if (prefix.length === 1 && !/^\p{Lu}{2,}/u.test(raw[0]!)) continue;
    const named = TYPES.flatMap((t) => entriesNamed(kb, prefix.join(' '), t));
    if (named.length === 1) return named[0];
    if (named.length > 1) return undefined;
  }
  return undefined;
}

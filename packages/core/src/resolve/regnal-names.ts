/**
 * A ruler or cleric named by title and one name, where the graph names one person so in full: "Pope Paul" is Pope
 * Paul VI, "Prince Wan" is Wan Waithayakon (also "Prince Wan Waithayakon"), "Sultan Qabus" is Qaboos bin Said ("Sultan
 * Qabus bin Said"). A regnal name is no first name and surname (person-names.ts), so the surname rule never folds it;
 * here a node "<title> <name>" goes to the one person node with a form that starts with those two words and goes on,
 * said at least `ratio` times as often. Two such persons ("Pope John": John XXIII, John Paul II) keep it apart. Pure.
 */
import { normaliseName } from '../knowledge/normalise.js';
import { compareStrings } from '../util/compare.js';
import { REGNAL_TITLES } from './person-names.js';

export interface RegnalNode {
  id: string;
  label: string;
  mentions: number;
  aliases: readonly string[];
  kbId?: string;
}

/** Person nodes → the node each "<title> <name>" node is said in full as, by id. */
export function regnalNameMerges(nodes: readonly RegnalNode[], ratio = 3): Map<string, string> {
  const forms: Array<{ form: string; id: string; mentions: number }> = [];
  for (const n of nodes) for (const f of new Set([n.label, ...n.aliases])) forms.push({ form: normaliseName(f), id: n.id, mentions: n.mentions });
  const out = new Map<string, string>();
  for (const n of [...nodes].sort((x, y) => compareStrings(x.id, y.id))) {
    if (n.kbId) continue;
    const words = normaliseName(n.label).split(' ').filter((w) => w.length > 0);
    if (words.length !== 2 || !REGNAL_TITLES.has(words[0]!)) continue;
    const prefix = `${words.join(' ')} `;
    const owners = new Set(forms.filter((f) => f.id !== n.id && f.mentions >= ratio * n.mentions && f.form.startsWith(prefix)).map((f) => f.id));
    if (owners.size === 1) out.set(n.id, [...owners][0]!);
  }
  return out;
}

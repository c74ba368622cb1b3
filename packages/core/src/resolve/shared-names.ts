/**
 * Names the KB gives several entities of one type, on purpose: instruments of different years or parties
 * ("Comprehensive Peace Agreement": Liberia 2003, Sudan 2005, Nepal 2006; "Minsk agreements": 1991, 2014, 2015), and
 * bodies of different states ("National Liberation Front": Algeria's, South Viet-Nam's, South Yemen's). The
 * gazetteer takes the first holder; this chooses, per mention, once the document's candidates are selected and before
 * anything is propagated from them (an acronym in brackets, a later "the Front" follow the choice):
 *
 * - an instrument: the one whose parties the document names most, then the one of its year (treaty-match.ts);
 * - a body: the one of the state the document names most; when no state decides (none named, or a tie), the mention
 *   stays a name of its own (`organisation:national-liberation-front`) rather than one of the bodies at random.
 */
import type { Candidate } from '../detect/candidate.js';
import { spanText, type TokenView } from '../detect/tokens.js';
import { entriesNamed, type KnowledgeBase } from '../knowledge/kb.js';
import type { KbEntry } from '../knowledge/kb-types.js';
import { INVISIBLE, normaliseName, slugify } from '../knowledge/normalise.js';
import { chooseInstrument } from './treaty-match.js';

export function chooseSharedNames(view: TokenView, selected: readonly Candidate[], kb: KnowledgeBase, year: number | undefined): Candidate[] {
  // The states the document names, by mentions.
  const states = new Map<string, number>();
  for (const c of selected) if (c.entry?.type === 'state') states.set(c.entry.id, (states.get(c.entry.id) ?? 0) + 1);
  return selected.map((c) => {
    const type = c.entry?.type;
    if (type !== 'treaty' && type !== 'organisation') return c;
    const text = spanText(view, c.first, c.last);
    const holders = entriesNamed(kb, normaliseName(text), type);
    if (holders.length < 2) return c;
    if (type === 'treaty') {
      const chosen = chooseInstrument(holders, year, states)!;
      return chosen === c.entry ? c : { ...c, entry: chosen };
    }
    const weight = (e: KbEntry) => states.get(e.country ?? '') ?? 0;
    const most = Math.max(...holders.map(weight));
    const best = holders.filter((e) => weight(e) === most);
    if (most > 0 && best.length === 1) return best[0] === c.entry ? c : { ...c, entry: best[0]! };
    const label = text.replace(INVISIBLE, '').replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
    const { entry: _dropped, ...rest } = c;
    return { ...rest, id: `${type}:${slugify(label)}`, label };
  });
}

/**
 * What a graph withholds on the evidence of the whole corpus, beside admission.ts's rules for one name:
 *
 * - a name cut at the front that ends several names (resolve/cut-names.ts) names none of them ('not-a-name');
 * - **a lone acronym**: an organisation written only as capitals ("UHGCMAP", "XVHI", "SAHRC", "CERP"), that only the
 *   statistical model found, once in a corpus of at least `minDocuments` documents, and that the KB does not know.
 *   An acronym a corpus means something by recurs or is spelled out (the acronym rules then join it to its name);
 *   one seen once and never spelled out is mostly a scan's garble or a thing that is no body (a vaccine, a missile, a
 *   currency): on UNGDC, 3 of the 16 judged were right. In a small corpus one mention is no evidence either way, so
 *   the rule waits for a corpus. ('lone-acronym')
 *
 * Pure: reads the graph, returns the withheld ids and why.
 */
import type { EntenteGraph } from './entente-graph.js';
import type { WithheldReason } from './admission.js';
import { documentIndex } from './reduce.js';

export const LONE_ACRONYM_MIN_DOCUMENTS = 50;
const ACRONYM = /^\p{Lu}[\p{Lu}\d-]{1,9}$/u;

export function corpusWithheld(graph: EntenteGraph, cut: ReadonlySet<string>, minDocuments = LONE_ACRONYM_MIN_DOCUMENTS): Map<string, WithheldReason> {
  const out = new Map<string, WithheldReason>();
  for (const id of cut) if (graph.hasNode(id)) out.set(id, 'not-a-name');
  if (documentIndex(graph).size < minDocuments) return out;
  graph.forEachNode((id, a) => {
    if (a.type !== 'organisation' || a.kbId || a.mentions !== 1 || !ACRONYM.test(a.label)) return;
    if ((a.foundBy?.rule ?? 0) > 0 || (a.foundBy?.kb ?? 0) > 0) return;
    out.set(id, 'lone-acronym');
  });
  return out;
}

/**
 * A state's body goes by its state's name or adjective in front and by "of <state>" after: "United States Congress",
 * "Congress of the United States", "American Congress"; "Government of India", "Indian Government"; "Palestinian
 * National Council", "Palestine National Council". Detection sees one wording at a time and makes a node of each; the
 * graph makes them one, under the KB's node when the KB knows the body, else the most mentioned. Judged on the UN
 * General Debate corpus, 95 bodies were split so, over 4,600 mentions.
 *
 * Only names whose rest has an organisation word count ("West Bank of Jordan" is no body); the national bodies that
 * detection already gives one id per state and body (national-bodies.ts: ministries, armed forces…) meet here too.
 */
import type { KbEntry } from '../knowledge/kb-types.js';
import { entriesNamed, type KnowledgeBase } from '../knowledge/kb.js';
import { stateNamed } from '../detect/national-bodies.js';
import { normaliseName } from '../knowledge/normalise.js';
import { compareStrings } from '../util/compare.js';
import type { EntenteGraph } from './entente-graph.js';
import { hasOrganisationWord } from './admission.js';

/** The state and body a name says, as "ISO|body words", or undefined. */
export function stateBodyKey(kb: KnowledgeBase, label: string): string | undefined {
  const words = normaliseName(label).replace(/^the /, '').split(' ').filter((w) => w.length > 0);
  // "<body> of [the] <state>": the first "of" after which a state's name stands ("Government of the Republic of Mali").
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k] !== 'of') continue;
    const rest = words.slice(k + 1);
    // By its name only: "Assembly of the Togolese" is cut short (admission.ts), not the Togolese Assembly.
    const state = entriesNamed(kb, (rest[0] === 'the' ? rest.slice(1) : rest).join(' '), 'state')[0];
    if (state) return keyOf(kb, state, words.slice(0, k));
  }
  // "<state|demonym>['s] <body>".
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const state = stateNamed(kb, words.slice(0, k).join(' ').replace(/['’]s$/, ''));
    if (state) return keyOf(kb, state, words.slice(k));
  }
  return undefined;
}

function keyOf(kb: KnowledgeBase, state: KbEntry, body: string[]): string | undefined {
  const text = body.join(' ');
  // A place the KB blocks ("West Bank") is no body, whatever its last word.
  if (kb.names.get(text)?.some((h) => h.kind === 'block')) return undefined;
  return body.length > 0 && hasOrganisationWord(text) ? `${state.id}|${text}` : undefined;
}

/**
 * The merges that make each state's body one node: [from, to] pairs, `to` the KB's node or the most mentioned (ties
 * by id), sorted so that the graph's bytes do not depend on the order nodes were added.
 */
export function stateBodyMerges(graph: EntenteGraph, kb: KnowledgeBase): Array<[string, string]> {
  const groups = new Map<string, string[]>();
  for (const id of graph.nodes().sort()) {
    const a = graph.getNodeAttributes(id);
    if (a.type !== 'organisation') continue;
    const key = stateBodyKey(kb, a.label);
    if (key) groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const merges: Array<[string, string]> = [];
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    const rank = (id: string) => {
      const a = graph.getNodeAttributes(id);
      return [a.kbId ? 1 : 0, a.mentions] as const;
    };
    const head = ids.reduce((x, y) => {
      const [kx, mx] = rank(x);
      const [ky, my] = rank(y);
      return ky > kx || (ky === kx && my > mx) ? y : x;
    });
    // Two KB bodies are two entities, whatever their names say.
    for (const id of ids) if (id !== head && !graph.getNodeAttribute(id, 'kbId')) merges.push([id, head]);
  }
  return merges.sort((x, y) => compareStrings(x[0], y[0]));
}

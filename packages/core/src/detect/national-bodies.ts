/**
 * National bodies as patterns, not lists: a state (by name or demonym) with a body phrase makes one organisation per
 * state and body, whatever the wording — "the Russian foreign ministry", "Russia's Foreign Ministry", "the Ministry of
 * Foreign Affairs of Russia" are all `organisation:rus-foreign-ministry`. The state is mentioned too.
 */
import type { KbEntry } from '../knowledge/kb-types.js';
import { normaliseName, slugify } from '../knowledge/normalise.js';
import { entriesNamed, type KnowledgeBase } from '../knowledge/kb.js';
import type { Candidate } from './candidate.js';
import type { GazetteerHit } from './gazetteer.js';
import { createPhraseIndex, matchPhrase, phraseKey, type TokenView } from './tokens.js';

/** Body phrases (any case) → canonical body name. */
const BODY_NAMES: Record<string, string> = {};
function body(canonical: string, ...phrases: string[]): void {
  for (const p of [canonical.toLowerCase(), ...phrases]) BODY_NAMES[p] = canonical;
}
body('Foreign Ministry', 'ministry of foreign affairs', 'ministry for foreign affairs', 'foreign affairs ministry', 'foreign office', 'mfa', 'ministry of external affairs', 'external affairs ministry', 'ministry of foreign affairs and international cooperation');
body('Defence Ministry', 'defense ministry', 'ministry of defence', 'ministry of defense', 'defence department', 'department of defense', 'ministry of national defense', 'ministry of national defence');
body('Interior Ministry', 'ministry of interior', 'ministry of the interior', 'ministry of internal affairs', 'internal affairs ministry', 'home office', 'home ministry', 'ministry of home affairs');
body('Justice Ministry', 'ministry of justice');
body('Finance Ministry', 'ministry of finance', 'treasury', 'finance department');
body('Economy Ministry', 'ministry of economy', 'ministry of the economy', 'economic ministry', 'ministry of economic development', 'economy and finance ministry');
body('Health Ministry', 'ministry of health', 'ministry of public health');
body('Education Ministry', 'ministry of education');
body('Energy Ministry', 'ministry of energy');
body('Trade Ministry', 'ministry of trade', 'commerce ministry', 'ministry of commerce');
body('Agriculture Ministry', 'ministry of agriculture');
body('Emergencies Ministry', 'emergency situations ministry', 'ministry of emergency situations', 'emergency ministry');
body('Culture Ministry', 'ministry of culture');
body('Parliament', 'national parliament');
body('Army', 'ground forces');
body('Navy', 'naval forces');
body('Air Force', 'air forces');
body('Armed Forces', 'military', 'defence forces', 'defense forces');
body('Central Bank', 'national bank', 'reserve bank');
body('Supreme Court');
body('Constitutional Court');
body('Embassy');
body('Intelligence Services', 'intelligence service', 'intelligence agency', 'intelligence agencies', 'intelligence', 'security service', 'security services', 'secret service', 'spy agency');
body('Police', 'national police', 'police force');
body('Coast Guard');
body('Border Guard', 'border guards', 'border service');
body('National Guard');
body('General Staff');
body('Presidential Administration');
body('Security Council', 'national security council');

const BODIES = createPhraseIndex(Object.keys(BODY_NAMES));

export function canonicalBody(phrase: string): string | undefined {
  return BODY_NAMES[phrase];
}

/** The id of a state's body: stable, and the same for every wording. */
export function nationalBodyId(state: KbEntry, bodyName: string): string {
  return `organisation:${state.id.toLowerCase()}-${slugify(bodyName)}`;
}

export function nationalBodyLabel(state: KbEntry, bodyName: string): string {
  const demonym = state.demonyms?.find((d) => !/s$/.test(d)) ?? state.name;
  return `${demonym} ${bodyName}`;
}

/**
 * Find national bodies around state and demonym hits. Returns the bodies and, for each, a nested state mention on
 * the qualifier (when the qualifier is a demonym: a state name is already a mention of its own).
 */
export function detectNationalBodies(view: TokenView, hits: GazetteerHit[], kb: KnowledgeBase): Candidate[] {
  const out: Candidate[] = [];
  for (const h of hits) {
    const state = h.hit.entry;
    if (!state || state.type !== 'state' || (h.hit.kind !== 'name' && h.hit.kind !== 'demonym')) continue;
    // "<State|Demonym> ['s] <body>"
    let k = h.last;
    if (k < view.n && (view.norm[k] === "'s" || view.norm[k] === "’s")) k++;
    const end = k < view.n ? matchPhrase(view, BODIES, k) : -1;
    if (end > 0) {
      const bodyName = BODY_NAMES[phraseKey(view, k, end)];
      if (bodyName) {
        out.push(bodyCandidate(kb, state, bodyName, h.first, end));
        if (h.hit.kind === 'demonym') out.push({ first: h.first, last: h.last, type: 'state', source: 'pattern', entry: state, nested: true });
        continue;
      }
    }
    // "<body> of <State>": look back from "of".
    const of = h.first - 1;
    if (of > 0 && view.norm[of] === 'of' && h.hit.kind === 'name') {
      for (let start = Math.max(0, of - 6); start < of; start++) {
        if (matchPhrase(view, BODIES, start) === of) {
          const bodyName = BODY_NAMES[phraseKey(view, start, of)];
          if (bodyName) {
            out.push(bodyCandidate(kb, state, bodyName, start, h.last));
          }
          break;
        }
      }
    }
  }
  return out;
}


function bodyCandidate(kb: KnowledgeBase, state: KbEntry, bodyName: string, first: number, last: number): Candidate {
  // When the KB knows this body ("Ministry of Foreign Affairs of the Russian Federation"), every wording is that entry.
  const known = knownBodies(kb).get(`${state.id}|${bodyName}`);
  if (known) return { first, last, type: 'organisation', source: 'pattern', entry: known };
  return { first, last, type: 'organisation', source: 'pattern', id: nationalBodyId(state, bodyName), label: nationalBodyLabel(state, bodyName) };
}

/** The state and body a name describes: "Russian Foreign Ministry", "Foreign Ministry of Russia" → (RUS, Foreign Ministry). */
export function parseNationalBody(kb: KnowledgeBase, name: string): { state: KbEntry; body: string } | undefined {
  const key = normaliseName(name).replace(/^the /, '');
  const words = key.split(' ');
  for (let k = 1; k <= Math.min(4, words.length - 1); k++) {
    const head = words.slice(0, k).join(' ').replace(/'s$/, '');
    const state = stateNamed(kb, head);
    const body = BODY_NAMES[words.slice(k).join(' ')];
    if (state && body) return { state, body };
  }
  const of = key.lastIndexOf(' of ');
  if (of > 0) {
    const body = BODY_NAMES[key.slice(0, of)];
    const state = stateNamed(kb, key.slice(of + 4).replace(/^the /, ''));
    if (state && body) return { state, body };
  }
  return undefined;
}

/** The state a normalised name or demonym names ("russian", "the russian federation" without its article). */
export function stateNamed(kb: KnowledgeBase, key: string): KbEntry | undefined {
  return kb.demonyms.get(key) ?? entriesNamed(kb, key, 'state')[0];
}

const knownCache = new WeakMap<KnowledgeBase, Map<string, KbEntry>>();

/** KB organisations that are national bodies, by "stateId|body". */
function knownBodies(kb: KnowledgeBase): Map<string, KbEntry> {
  let map = knownCache.get(kb);
  if (!map) {
    map = new Map();
    for (const entry of kb.entries.values()) {
      if (entry.type !== 'organisation') continue;
      for (const n of entry.names) {
        const parsed = parseNationalBody(kb, n);
        if (parsed && !map.has(`${parsed.state.id}|${parsed.body}`)) map.set(`${parsed.state.id}|${parsed.body}`, entry);
      }
    }
    knownCache.set(kb, map);
  }
  return map;
}

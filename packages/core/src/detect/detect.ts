/**
 * Mention detection: all detectors over one analysed document, their candidates merged into one non-overlapping set.
 *
 *   KB names ─┐                                        (acronyms, names, "the Protocol")
 *   national bodies, capitals, demonyms ─┤
 *   organisation/treaty runs ─┼─► select ─► acronym and name propagation ─► select ─► candidates
 *   people by title or speech verb ─┤
 *   learned tagger (optional) ─┘
 */
import type { EntityType } from '../types.js';
import type { Analysis } from '../language/analyse.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { propagateAcronyms } from './acronyms.js';
import type { Tagger } from './tagger/detector.js';
import { reconcileLearned } from './tagger/reconcile.js';
import { propagateHeads } from './anaphora.js';
import { selectCandidates, type Candidate } from './candidate.js';
import { scanGazetteer } from './gazetteer.js';
import { headlineTokens } from './headlines.js';
import { detectMetonymy, qualifyingStates } from './metonymy.js';
import { detectNamedRuns } from './named-runs.js';
import { detectNationalBodies } from './national-bodies.js';
import { detectPersonsByCue, propagatePersons } from './persons.js';
import { createTokenView, type TokenView } from './tokens.js';
import { ORG_HEADS, TREATY_HEADS } from './lexicon.js';
import { repairSpans } from './span-repair.js';
import { judgeCandidates } from './plausibility.js';
import { resolveCoreference } from './coreference.js';

/** A source of extra candidates, such as a learned tagger: it sees the tokens and what the KB matched. */
export type CandidateDetector = (view: TokenView, kbCovered: Uint8Array) => Candidate[];

export interface DetectOptions {
  kb: KnowledgeBase;
  capitals: boolean;
  demonyms: boolean;
  detectors?: readonly CandidateDetector[];
  /** The learned tagger; its spans are reconciled with the rules' candidates before selection. */
  tagger?: Tagger;
}

export interface Detection {
  view: TokenView;
  candidates: Candidate[];
}

export function detect(analysis: Analysis, options: DetectOptions): Detection {
  const view = createTokenView(analysis);
  const headline = headlineTokens(view);
  const hits = scanGazetteer(view, options.kb);

  const candidates: Candidate[] = [];
  // Tokens of KB names and blocking names: other detectors treat them as taken (or, in runs, as name words).
  const kbCovered = new Uint8Array(view.n);
  // Only KB names count as name words inside a longer name ("OSCE Charter…"); a month or region does not ("START
  // Treaty in July").
  const kbNames = new Uint8Array(view.n);
  // Tokens of blocking names alone: a candidate wholly inside one is no entity (plausibility.ts).
  const blockNames = new Uint8Array(view.n);
  // The type of the KB name each token is in, for runs that join two names ("General Assembly of the <Convention>"),
  // and where a capital city is named ("… Committee on Coordination in Nairobi" ends before "in Nairobi"): named-runs.ts.
  const kbTypes: Array<EntityType | undefined> = new Array(view.n);
  const capitals = new Uint8Array(view.n);
  for (const h of hits) {
    if (h.hit.kind === 'name' && h.hit.entry) {
      candidates.push({ first: h.first, last: h.last, type: h.hit.entry.type, source: 'kb', entry: h.hit.entry });
      kbCovered.fill(1, h.first, h.last);
      kbNames.fill(1, h.first, h.last);
      kbTypes.fill(h.hit.entry.type, h.first, h.last);
    } else if (h.hit.kind === 'block') {
      kbCovered.fill(1, h.first, h.last);
      blockNames.fill(1, h.first, h.last);
    } else if (h.hit.kind === 'capital') {
      capitals.fill(1, h.first, h.last);
    }
  }
  const blocked = new Uint8Array(view.n);
  for (const h of hits) blocked.fill(1, h.first, h.last);

  candidates.push(...detectNationalBodies(view, hits, options.kb));
  candidates.push(...detectMetonymy(view, hits, { capitals: options.capitals, demonyms: options.demonyms }));
  if (options.demonyms) candidates.push(...qualifyingStates(view, hits, options.kb));
  candidates.push(...detectNamedRuns(view, kbNames, headline, capitals, kbTypes));
  candidates.push(...detectPersonsByCue(view, blocked, headline));
  for (const d of options.detectors ?? []) candidates.push(...d(view, kbCovered));

  const learned = options.tagger?.spans(view, hits);
  const reconciled = learned ? reconcileLearned(view, candidates, learned, headline) : candidates;
  // Names whole, then only what looks like a name of its type (span-repair.ts, plausibility.ts).
  const judged = judgeCandidates({ view, kb: options.kb, kbNames, blocked: blockNames, ...(options.tagger ? { wordLists: options.tagger.model.wordLists } : {}) }, repairSpans(view, reconciled));
  const merged = judged.filter((c) => (c.source !== 'tagger' && c.source !== 'cue') || !isBareHead(view, c));
  const first = selectCandidates(merged);
  const taken = new Uint8Array(view.n);
  for (const c of first) taken.fill(1, c.first, c.last);
  for (const h of hits) if (h.hit.kind === 'block') taken.fill(1, h.first, h.last);
  const persons = first.filter((c) => c.type === 'person');
  const more = [...propagatePersons(view, persons, taken), ...propagateAcronyms(view, first, taken), ...propagateHeads(view, first, taken)];
  const all = more.length ? selectCandidates([...first, ...more]) : first;
  // Pronouns and role nouns last, against everything named (coreference.ts).
  const named = new Uint8Array(view.n);
  for (const c of all) named.fill(1, c.first, c.last);
  const referring = resolveCoreference(view, all, named);
  return { view, candidates: referring.length ? selectCandidates([...all, ...referring]) : all };
}

/**
 * A span made only of head words ("Council", "the Protocol"): a back-reference or a common noun, not a name. Such
 * spans from the tagger are dropped so that back-references resolve to the entity named before.
 */
function isBareHead(view: TokenView, c: Candidate): boolean {
  for (let k = c.first; k < c.last; k++) {
    const w = view.norm[k]!;
    if (!ORG_HEADS.has(w) && !TREATY_HEADS.has(w) && w !== 'the') return false;
  }
  return true;
}

/**
 * The tagger as a candidate detector: decode a document, and turn its spans into candidates of our types.
 *
 * person and organisation spans become candidates named by their text. Location spans are states only when the KB
 * knows the name as a state ("Britain", "U.S.", "Soviet Union"); other places (cities, regions) are not entities of
 * ours. Misc spans (events, nationalities used as adjectives) are dropped. The gazetteer still wins on an equal span
 * (source rank kb < tagger), so a name the KB knows keeps its KB entry.
 */
import { analyse } from '../../language/analyse.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { selectHit } from '../../knowledge/kb.js';
import { normaliseName } from '../../knowledge/normalise.js';
import type { EntityType } from '../../types.js';
import type { Candidate } from '../candidate.js';
import { scanGazetteer, type GazetteerHit } from '../gazetteer.js';
import { createTokenView, spanText, type TokenView } from '../tokens.js';
import { decode, tagSpans } from './decode.js';
import { createFeatureContext, FEATURE_SET } from './features.js';
import type { TaggerModel } from './model.js';
import { InvalidInputError } from '../../errors.js';

/** Model labels → what a span of that label becomes. 'place' spans are states when the KB says so, else nothing. */
const LABEL_TYPES: Record<string, EntityType | 'place' | undefined> = {
  person: 'person',
  organisation: 'organisation',
  state: 'place',
  location: 'place',
};

export interface TaggerDetectorOptions {
  /** The KB for the tagger's features and for typing places; use the same KB as the extraction. */
  kb: KnowledgeBase;
}

/** A candidate detector from a model: `detect()` runs it beside the rules (`options.detectors`). */
export function createTaggerDetector(model: TaggerModel, options: TaggerDetectorOptions): (view: TokenView, kbCovered: Uint8Array) => Candidate[] {
  checkModel(model);
  return (view: TokenView) => taggerCandidates(model, view, scanGazetteer(view, options.kb), options.kb);
}

/** Decode a tokenised document and make candidates of its spans. */
export function taggerCandidates(model: TaggerModel, view: TokenView, hits: readonly GazetteerHit[], kb: KnowledgeBase, withBlocks = false): Candidate[] {
  if (view.n === 0) return [];
  const tags = decode(model, createFeatureContext(view, hits, kb));
  const out: Candidate[] = [];
  for (const s of tagSpans(tags)) {
    const kind = LABEL_TYPES[model.labels[s.label]!];
    if (kind === undefined) {
      if (withBlocks) out.push({ first: s.first, last: s.last, type: 'state', source: 'tagger', block: true } as Candidate);
      continue;
    }
    const text = spanText(view, s.first, s.last).replace(/\s+/g, ' ');
    if (kind === 'place') {
      const entry = stateNamed(kb, text);
      if (entry) out.push({ first: s.first, last: s.last, type: 'state', source: 'tagger', entry });
      else if (withBlocks) out.push({ first: s.first, last: s.last, type: 'state', source: 'tagger', block: true } as Candidate);
      continue;
    }
    out.push({ first: s.first, last: s.last, type: kind, source: 'tagger', label: text });
  }
  return out;
}

/** The KB state a span names (by a state name or alias as written), if any. */
function stateNamed(kb: KnowledgeBase, text: string) {
  const hits = kb.names.get(normaliseName(text))?.filter((h) => h.kind === 'name' && h.entry?.type === 'state');
  return hits?.length ? selectHit(hits, text)?.entry : undefined;
}

/** What the tagger alone finds in a text: for measuring it apart from the rules. */
export interface TaggedSpan {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

export function tagText(model: TaggerModel, text: string, kb: KnowledgeBase): TaggedSpan[] {
  checkModel(model);
  const view = createTokenView(analyse(text, { maxChars: 2_000_000, maxTokenChars: 64 }));
  return taggerCandidates(model, view, scanGazetteer(view, kb), kb).map((c) => {
    const start = view.a.start[c.first]!;
    const end = view.a.end[c.last - 1]!;
    return { start, end, text: text.slice(start, end), type: c.type };
  });
}

function checkModel(model: TaggerModel): void {
  if (model.featureSet !== FEATURE_SET) {
    throw new InvalidInputError('createTaggerDetector', 'model', `expected feature set "${FEATURE_SET}", received "${model.featureSet}" (retrain with pnpm train)`);
  }
}

/**
 * The tagger in the pipeline: decode a document and turn its spans into candidates of our types.
 *
 * person and organisation spans become candidates named by their text. Location spans are states only when the KB
 * knows the name as a state ("Britain", "U.S.", "Soviet Union"); other places (cities, regions) and misc spans
 * (events, "German" in "German bonds") name nothing of ours, but they are kept as blocks: a KB state inside a longer
 * place ("Ireland" in "Northern Ireland") is not a mention (see reconcile.ts). The gazetteer still wins on an equal
 * span (source rank kb < tagger), so a name the KB knows keeps its KB entry.
 */
import { analyse } from '../../language/analyse.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { defaultKnowledgeBase } from '../../knowledge/default-kb.js';
import { selectHit } from '../../knowledge/kb.js';
import { normaliseName } from '../../knowledge/normalise.js';
import type { EntityType } from '../../types.js';
import type { Candidate } from '../candidate.js';
import { scanGazetteer, type GazetteerHit } from '../gazetteer.js';
import { createTokenView, spanText, type TokenView } from '../tokens.js';
import { decode, tagSpans } from './decode.js';
import { createFeatureContext, FEATURE_SET, wordInfo } from './features.js';
import type { TaggerModel } from './model.js';
import { harmoniseLabels } from './consistency.js';
import { Group } from './groups.js';
import { ORG_HEADS } from '../lexicon.js';
import { InvalidInputError } from '../../errors.js';
import type { Stage } from '../../pipeline/stage.js';

/** Model labels → what a span of that label becomes. 'place' spans are states when the KB says so. */
const LABEL_TYPES: Record<string, EntityType | 'place' | undefined> = {
  person: 'person',
  organisation: 'organisation',
  state: 'place',
  location: 'place',
};

/** A token span the tagger found that names nothing of ours (a city, an event): it only takes its tokens. */
export interface Block {
  first: number;
  last: number;
}

/** What the tagger found in a document. */
export interface LearnedSpans {
  candidates: Candidate[];
  blocks: Block[];
}

/** A model bound to a KB, ready to run on documents. */
export interface Tagger {
  model: TaggerModel;
  /** Tag a tokenised document; `hits` are the gazetteer's matches (scanned here when not given). */
  spans(view: TokenView, hits?: readonly GazetteerHit[]): LearnedSpans;
}

export interface TaggerOptions {
  /** The KB for the tagger's features and for typing places; use the same KB as the extraction. Default: shipped. */
  kb?: KnowledgeBase;
}

export function createTagger(model: TaggerModel, options: TaggerOptions = {}): Tagger {
  checkModel(model);
  const kb = options.kb ?? defaultKnowledgeBase();
  return { model, spans: (view, hits) => learnedSpans(model, view, hits ?? scanGazetteer(view, kb), kb) };
}

/**
 * The tagger as a plain proposing stage (`addStages`), under another id than the pipeline's own `tagger` stage: its
 * candidates compete with the rules' by span length and source rank only. The pipeline does better with its `tagger`
 * stage, which reconciles the two (see reconcile.ts); this one is for comparing them.
 */
export function createTaggerDetector(model: TaggerModel, options: TaggerOptions = {}): Stage {
  const tagger = createTagger(model, options);
  return taggerCandidatesStage(() => tagger);
}

/** A `propose` stage pushing the tagger's candidates as they are (the tagger made on first use). */
export function taggerCandidatesStage(tagger: () => Tagger): Stage {
  return {
    id: 'tagger-candidates',
    version: 1,
    phase: 'propose',
    produces: ['candidates'],
    summary: "the learned tagger's names as plain candidates, not reconciled with the rules'",
    run(ctx) {
      ctx.candidates.push(...tagger().spans(ctx.view).candidates);
    },
  };
}

function learnedSpans(model: TaggerModel, view: TokenView, hits: readonly GazetteerHit[], kb: KnowledgeBase): LearnedSpans {
  const out: LearnedSpans = { candidates: [], blocks: [] };
  if (view.n === 0) return out;
  const tags = decode(model, createFeatureContext(view, hits, kb, model));
  // A KB blocking name (a region, a day, a month) is no entity of ours, whatever the tagger reads into it.
  const blocked = hits.filter((h) => h.hit.kind === 'block');
  // The second pass (groups.ts): one label per name across the document.
  const spans = model.groups & Group.SecondPass ? harmoniseLabels(view, tagSpans(tags), model.labels.length, model.labels.indexOf('person')) : tagSpans(tags);
  for (const s of spans) {
    if (blocked.some((b) => b.first <= s.first && s.last <= b.last)) continue;
    const kind = LABEL_TYPES[model.labels[s.label]!];
    if (kind === undefined) {
      out.blocks.push({ first: s.first, last: s.last });
      continue;
    }
    const text = spanText(view, s.first, s.last).replace(/\s+/g, ' ');
    if (kind === 'place') {
      const entry = stateNamed(kb, text);
      if (entry) out.candidates.push({ first: s.first, last: s.last, type: 'state', source: 'tagger', entry });
      else out.blocks.push({ first: s.first, last: s.last });
      continue;
    }
    if ((kind === 'person' || s.last - s.first === 1) && commonWordsOnly(model, view, s.first, s.last, kind === 'organisation')) continue;
    out.candidates.push({ first: s.first, last: s.last, type: kind, source: 'tagger', label: text });
  }
  return out;
}

/**
 * Capitalised common words the model took for a name ("All", "Powers", "Security Agenda"): every word is a common
 * lowercase word and none is a given name or surname. Applied to people, and to one-word organisations (longer ones
 * made of common words, "Labour Party", "Liberal Democrats", are real too often); an organisation head keeps its span.
 */
function commonWordsOnly(model: TaggerModel, view: TokenView, first: number, last: number, organisation: boolean): boolean {
  const lists = model.wordLists;
  let words = 0;
  for (let k = first; k < last; k++) {
    if (!/\p{L}/u.test(view.a.value[k]!)) continue;
    const norm = view.norm[k]!;
    if (organisation && ORG_HEADS.has(norm)) return false;
    const w = wordInfo(norm)[0]!;
    if (!lists.common.has(w) || lists.firstNames.has(w) || lists.lastNames.has(w)) return false;
    words++;
  }
  return words > 0;
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

export function tagText(tagger: Tagger, text: string): TaggedSpan[] {
  const view = createTokenView(analyse(text, { maxChars: 2_000_000, maxTokenChars: 64 }));
  return tagger.spans(view).candidates.map((c) => {
    const start = view.a.start[c.first]!;
    const end = view.a.end[c.last - 1]!;
    return { start, end, text: text.slice(start, end), type: c.type };
  });
}

function checkModel(model: TaggerModel): void {
  if (model.featureSet !== FEATURE_SET) {
    throw new InvalidInputError('createTagger', 'model', `expected feature set "${FEATURE_SET}", received "${model.featureSet}" (retrain with pnpm train)`);
  }
}

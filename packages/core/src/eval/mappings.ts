/**
 * Gold corpora → our types. Each corpus annotates its own label set; a mapping turns every gold span into a scored span
 * (person, state, organisation) or an ignored one, following /shared/eval/README.md: a predicted mention that overlaps
 * an ignored span is then counted neither way, so labels we do not model (MISC, cities, dates) cost nothing.
 *
 * Whether a span "names a country" is asked of the knowledge base (a state's name, official name or alias, historical
 * states included), so the mapping and the extractor agree on what a state is.
 */
import type { KnowledgeBase } from '../knowledge/kb.js';
import { selectHit } from '../knowledge/kb.js';
import { normaliseName } from '../knowledge/normalise.js';

/** The types scored on gold corpora; treaties are never annotated there. */
export type ScoredType = 'person' | 'state' | 'organisation';
export const SCORED_TYPES: readonly ScoredType[] = ['person', 'state', 'organisation'];

export type GoldMappingName = 'conll' | 'crossner' | 're3d' | 'identity';
export const GOLD_MAPPINGS: readonly GoldMappingName[] = ['conll', 'crossner', 're3d', 'identity'];

export interface GoldEntity {
  start: number;
  end: number;
  type: string;
  text?: string;
}

/** One line of a gold `.jsonl` file. */
export interface GoldDocument {
  id: string;
  text: string;
  entities: GoldEntity[];
}

export interface Span {
  start: number;
  end: number;
}

export interface TypedSpan extends Span {
  type: ScoredType;
}

/** A gold document after mapping: the spans that count, and the spans that make overlapping predictions neutral. */
export interface MappedGold {
  scored: TypedSpan[];
  ignored: Span[];
}

const PRONOUNS = new Set([
  'i', 'me', 'my', 'we', 'us', 'our', 'ours', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its',
  'they', 'them', 'their', 'theirs', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'itself',
  'himself', 'herself', 'themselves', 'ourselves', 'myself',
]);

/** Whether a span names a country: a KB state name as written (case rules of the KB), after a leading "the". */
export function namesCountry(text: string, kb: KnowledgeBase): boolean {
  const surface = text.trim().replace(/^the\s+/i, '');
  if (!surface) return false;
  const hits = kb.names.get(normaliseName(surface));
  if (!hits) return false;
  const named = hits.filter((h) => h.kind === 'name' && h.entry?.type === 'state');
  return named.length > 0 && selectHit(named, surface) !== undefined;
}

/** Map one gold entity: its scored type, or null when it is ignored. */
export function mapGoldType(entity: GoldEntity, text: string, mapping: GoldMappingName, kb: KnowledgeBase): ScoredType | null {
  const surface = text.slice(entity.start, entity.end);
  switch (mapping) {
    case 'conll':
      if (entity.type === 'PER') return 'person';
      if (entity.type === 'ORG') return 'organisation';
      if (entity.type === 'LOC') return namesCountry(surface, kb) ? 'state' : null;
      return null;
    case 'crossner':
      if (entity.type === 'politician' || entity.type === 'person') return 'person';
      if (entity.type === 'country') return 'state';
      if (entity.type === 'organisation' || entity.type === 'politicalparty') return 'organisation';
      return null;
    case 're3d': {
      if (!/\p{Lu}/u.test(surface) || PRONOUNS.has(surface.trim().toLowerCase())) return null;
      if ((entity.type === 'Organisation' || entity.type === 'Location') && namesCountry(surface, kb)) return 'state';
      if (entity.type === 'Person') return 'person';
      if (entity.type === 'Organisation') return 'organisation';
      return null;
    }
    case 'identity':
      return entity.type === 'person' || entity.type === 'state' || entity.type === 'organisation' ? entity.type : null;
  }
}

/**
 * Map a gold document's entities. Duplicate scored spans (same offsets and type) count once. In re3d, scored spans of
 * one type that overlap are merged into their union before matching (/shared/eval/README.md, since 2026-12-02): it
 * annotates many names twice, nested ("Julie Bishop" inside "Foreign Minister Julie Bishop"), and one-to-one
 * matching would otherwise leave one of the two unmatchable by any single prediction.
 */
export function mapGold(doc: GoldDocument, mapping: GoldMappingName, kb: KnowledgeBase): MappedGold {
  const scored: TypedSpan[] = [];
  const ignored: Span[] = [];
  const seen = new Set<string>();
  for (const e of doc.entities) {
    const type = mapGoldType(e, doc.text, mapping, kb);
    if (type === null) {
      ignored.push({ start: e.start, end: e.end });
      continue;
    }
    const key = `${e.start}:${e.end}:${type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    scored.push({ start: e.start, end: e.end, type });
  }
  scored.sort((x, y) => x.start - y.start || x.end - y.end);
  return { scored: mapping === 're3d' ? mergeOverlapping(scored) : scored, ignored };
}

/** Overlapping spans of one type → their union (input sorted by start; output too). */
export function mergeOverlapping(sorted: readonly TypedSpan[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  const open = new Map<ScoredType, TypedSpan>();
  for (const s of sorted) {
    const last = open.get(s.type);
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      continue;
    }
    const copy = { ...s };
    open.set(s.type, copy);
    out.push(copy);
  }
  return out;
}

/**
 * Canonicalisation: candidates → mentions with entity ids, and the entities of the document.
 * Ids are the KB's where known, else `type:slug` of the canonical name, so they are stable across runs and documents.
 * Within the document a person's shorter names join the full name seen there ("Lavrov" → "Sergey Lavrov"), by the
 * document scope of the one person-name rule (person-resolver.ts).
 */
import { entriesNamed, type KnowledgeBase } from '../knowledge/kb.js';
import type { KbEntry } from '../knowledge/kb-types.js';
import { INVISIBLE, normaliseName, slugify } from '../knowledge/normalise.js';
import type { Candidate } from '../detect/candidate.js';
import type { TokenView } from '../detect/tokens.js';
import type { Entity, FoundBy, Mention } from '../types.js';
import { matchTreaty } from './treaty-match.js';
import { candidatePeople, type DocumentPerson } from './person-resolver.js';

export interface ResolvedMention extends Mention {
  /** Token index of the mention's first token (for windows). */
  token: number;
}

export interface Resolution {
  mentions: ResolvedMention[];
  entities: Map<string, Entity>;
}

/** `year`: the document's year, when known, to choose between instruments of one name (treaty-match.ts). */
export function resolveCandidates(view: TokenView, candidates: Candidate[], kb: KnowledgeBase, year?: number): Resolution {
  const people = candidatePeople(candidates);
  // The states the document names, to choose between instruments of one name by their parties (treaty-match.ts).
  const states = new Map<string, number>();
  for (const c of candidates) if (c.entry?.type === 'state') states.set(c.entry.id, (states.get(c.entry.id) ?? 0) + 1);
  const entities = new Map<string, Entity>();
  const mentions: ResolvedMention[] = [];
  for (const c of candidates) {
    const start = view.a.start[c.first]!;
    const end = view.a.end[c.last - 1]!;
    const text = view.a.text.slice(start, end);
    const entity = entityFor(c, text, kb, people, year, states);
    if (!entity) continue;
    const known = entities.get(entity.id);
    const found = foundBy(c);
    const referring = c.source === 'coreference';
    if (known) {
      // "he", "the minister" are no names of the entity.
      if (!referring && !known.aliases.includes(text)) known.aliases.push(text);
      if (found && (!known.found || FOUND_RANK[found] < FOUND_RANK[known.found])) known.found = found;
    } else {
      entities.set(entity.id, { ...entity, aliases: [text], ...(found ? { found } : {}) });
    }
    mentions.push({ start, end, text, type: entity.type, entity: entity.id, token: c.first, ...(referring ? { via: 'coreference' as const } : {}) });
  }
  return { mentions, entities };
}

function entityFor(c: Candidate, text: string, kb: KnowledgeBase, people: (label: string) => DocumentPerson<KbEntry> | 'ambiguous' | undefined, year: number | undefined, states: ReadonlyMap<string, number>): Omit<Entity, 'aliases'> | undefined {
  // A name several KB entities share was chosen among them before (resolve/shared-names.ts).
  if (c.entry) return fromEntry(c.entry);
  if (c.id && c.label) return { id: c.id, label: c.label, type: c.type };
  const raw = (c.label ?? text).replace(INVISIBLE, '').replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
  if (c.type === 'treaty') {
    const entry = matchTreaty(kb, raw, (w) => kb.names.get(w)?.some((h) => h.entry?.type === 'organisation') ?? false, year, states);
    if (entry) return fromEntry(entry);
  }
  if (c.type === 'organisation' || c.type === 'treaty') {
    const hit = kb.names.get(normaliseName(raw))?.find((h) => h.kind === 'name' && h.entry?.type === c.type);
    if (hit?.entry) return fromEntry(hit.entry);
    // "African National Congress of South Africa": a known name with its state after it is that entity.
    const ofState = /^(.+?) of (?:the )?(.+)$/.exec(normaliseName(raw));
    const state = ofState ? entriesNamed(kb, ofState[2]!, 'state')[0] : undefined;
    if (ofState && state) {
      // Of the known bodies of that name, the one of that state ("National Liberation Front of Chad" is not South
      // Viet-Nam's); a name only one body holds is that body.
      const holders = entriesNamed(kb, ofState[1]!, c.type);
      const own = holders.length === 1 ? holders[0] : holders.find((e) => e.country === state.id);
      if (own) return fromEntry(own);
    }
  }
  const found = c.type === 'person' ? people(raw) : undefined;
  const owner = found === 'ambiguous' ? undefined : found;
  if (owner?.entry) return fromEntry(owner.entry);
  const label = owner?.label ?? raw;
  const slug = slugify(label);
  if (!slug) return undefined;
  return { id: `${c.type}:${slug}`, label, type: c.type };
}

const FOUND_RANK: Record<FoundBy, number> = { kb: 0, rule: 1, model: 2 };

/** How a candidate was found; a propagated one (a later mention of a name found before) adds nothing. */
function foundBy(c: Candidate): FoundBy | undefined {
  if (c.entry || c.source === 'kb') return 'kb';
  if (c.source === 'cue' || c.source === 'pattern') return 'rule';
  if (c.source === 'tagger') return 'model';
  return undefined;
}

function fromEntry(entry: { id: string; name: string; type: Entity['type']; wikidata?: string }): Omit<Entity, 'aliases'> {
  return { id: entry.id, label: entry.name, type: entry.type, kbId: entry.id, ...(entry.wikidata ? { wikidata: entry.wikidata } : {}) };
}

/**
 * Canonicalisation: candidates → mentions with entity ids, and the entities of the document.
 * Ids are the KB's where known, else `type:slug` of the canonical name, so they are stable across runs and documents.
 * Within the document a lone surname joins the full name seen there ("Lavrov" → "Sergey Lavrov").
 */
import type { KnowledgeBase } from '../knowledge/kb.js';
import { normaliseName, slugify } from '../knowledge/normalise.js';
import type { Candidate } from '../detect/candidate.js';
import type { TokenView } from '../detect/tokens.js';
import type { Entity, FoundBy, Mention } from '../types.js';
import { matchTreaty } from './treaty-match.js';

export interface ResolvedMention extends Mention {
  /** Token index of the mention's first token (for windows). */
  token: number;
}

export interface Resolution {
  mentions: ResolvedMention[];
  entities: Map<string, Entity>;
}

export function resolveCandidates(view: TokenView, candidates: Candidate[], kb: KnowledgeBase): Resolution {
  const fullNames = personFullNames(candidates);
  const entities = new Map<string, Entity>();
  const mentions: ResolvedMention[] = [];
  for (const c of candidates) {
    const start = view.a.start[c.first]!;
    const end = view.a.end[c.last - 1]!;
    const text = view.a.text.slice(start, end);
    const entity = entityFor(c, text, kb, fullNames);
    if (!entity) continue;
    const known = entities.get(entity.id);
    const found = foundBy(c);
    if (known) {
      if (!known.aliases.includes(text)) known.aliases.push(text);
      if (found && (!known.found || FOUND_RANK[found] < FOUND_RANK[known.found])) known.found = found;
    } else {
      entities.set(entity.id, { ...entity, aliases: [text], ...(found ? { found } : {}) });
    }
    mentions.push({ start, end, text, type: entity.type, entity: entity.id, token: c.first });
  }
  return { mentions, entities };
}

function entityFor(c: Candidate, text: string, kb: KnowledgeBase, fullNames: Map<string, string>): Omit<Entity, 'aliases'> | undefined {
  if (c.entry) return fromEntry(c.entry);
  if (c.id && c.label) return { id: c.id, label: c.label, type: c.type };
  const raw = (c.label ?? text).replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
  if (c.type === 'treaty') {
    const entry = matchTreaty(kb, raw, (w) => kb.names.get(w)?.some((h) => h.entry?.type === 'organisation') ?? false);
    if (entry) return fromEntry(entry);
  }
  if (c.type === 'organisation' || c.type === 'treaty') {
    const hit = kb.names.get(normaliseName(raw))?.find((h) => h.kind === 'name' && h.entry?.type === c.type);
    if (hit?.entry) return fromEntry(hit.entry);
  }
  const label = c.type === 'person' ? (fullNames.get(raw.toLowerCase()) ?? raw) : raw;
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

/** Map each partial person name (a surname, or first + last) to the one full name in the document that ends with it. */
function personFullNames(candidates: Candidate[]): Map<string, string> {
  const labels = [...new Set(candidates.filter((c) => c.type === 'person' && c.label).map((c) => c.label!))];
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const full of labels) {
    const words = full.split(' ');
    if (words.length < 2) continue;
    for (let k = 1; k < words.length; k++) {
      const part = words.slice(k).join(' ').toLowerCase();
      const prior = out.get(part);
      if (prior && prior !== full && prior.split(' ').length === words.length) ambiguous.add(part);
      if (!prior || prior.split(' ').length < words.length) out.set(part, full);
    }
  }
  for (const a of ambiguous) out.delete(a);
  return out;
}

/**
 * Finding entities by name: `find` for a search box or the CLI (exact matches, else close ones, ranked), and
 * `resolveEntity` for every query that takes "an entity" (an id, a name, or a name close enough to be unambiguous).
 */
import { NotFoundError } from '../errors.js';
import type { EntityType } from '../types.js';
import { QUERY_DEFAULTS } from './defaults.js';
import { compareRefs, readNode, toEntityRef, type EntityRef, type QueryGraph } from './entity-ref.js';
import { normalizeForSearch, similarityOfNormalized } from './name-similarity.js';
import { checkGraph, checkOptions, entityArgument, entityTypes, nonNegativeNumber, positiveInteger } from './options.js';

export interface FindOptions {
  /** Only entities of this type (or these types). */
  type?: EntityType | readonly EntityType[];
  /** How many close matches to return (default 10). */
  limit?: number;
  /** Drop close matches scoring below this, 0..1 (default 0.5). */
  minScore?: number;
}

export interface FindResult {
  /** The entity the name denotes exactly (by id, label or alias), or null when nothing matches exactly. */
  entity: EntityRef | null;
  /** Every exact match (score 1) when there is one; else the close matches, best first. */
  matches: EntityRef[];
}

/**
 * Looks an entity up by id, label or alias, forgiving case, accents, punctuation and a leading "the"; when nothing
 * matches exactly, ranks close matches by string similarity.
 *
 * @example
 * find(graph, 'the U.S.').entity?.label;          // 'United States'
 * find(graph, 'Lavrov').matches[0]?.label;        // 'Sergey Lavrov' (close match; entity is null)
 * find(graph, 'Security Concil').matches[0]?.label; // 'UN Security Council'
 */
export function find(graph: QueryGraph, name: string, options?: FindOptions): FindResult {
  const who = 'entente/find';
  checkGraph(who, graph);
  entityArgument(who, 'name', name);
  checkOptions(who, options);
  const types = entityTypes(who, 'type', options?.type);
  const limit = positiveInteger(who, 'limit', options?.limit, QUERY_DEFAULTS.find.limit, true);
  const minScore = nonNegativeNumber(who, 'minScore', options?.minScore, QUERY_DEFAULTS.find.minScore);

  // An id typed exactly wins outright: ids are unique, names are not.
  if (graph.hasNode(name) && (!types || types.has(readNode(graph, name).type))) {
    const entity = toEntityRef(graph, name, 1);
    return { entity, matches: [entity] };
  }

  const query = normalizeForSearch(name);
  // Rank of an exact match: 0 label, 1 alias, 2 id — a label is the name the graph chose, so it is the surest.
  const exact: Array<{ ref: EntityRef; rank: number }> = [];
  const close: EntityRef[] = [];
  graph.forEachNode((id) => {
    const node = readNode(graph, id);
    if (types && !types.has(node.type)) return;
    const names = [node.label, ...node.aliases].map(normalizeForSearch);
    const rank = names[0] === query ? 0 : names.includes(query) ? 1 : normalizeForSearch(id) === query ? 2 : -1;
    if (rank >= 0) {
      exact.push({ ref: toEntityRef(graph, id, 1), rank });
      return;
    }
    if (exact.length > 0) return; // close matches are not needed any more
    let score = 0;
    for (const candidate of new Set(names)) score = Math.max(score, similarityOfNormalized(query, candidate));
    if (score >= minScore) close.push(toEntityRef(graph, id, round(score)));
  });

  if (exact.length > 0) {
    exact.sort((a, b) => a.rank - b.rank || compareRefs(a.ref, b.ref));
    return { entity: exact[0]!.ref, matches: exact.map((e) => e.ref) };
  }
  close.sort(compareRefs);
  return { entity: null, matches: close.slice(0, limit) };
}

export interface ResolveOptions {
  /** Only entities of this type (or these types). */
  type?: EntityType | readonly EntityType[];
  /** Accept only exact matches, never a confident close one (default false). */
  exact?: boolean;
}

/**
 * The id of the entity a name or id denotes. An exact match wins; otherwise a close match is accepted when it is
 * confident (score ≥ 0.85) and clearly ahead of the runner-up, so "Lavrov" or "Security Concil" resolve but an
 * ambiguous name does not. Throws NotFoundError, with suggestions, when nothing qualifies.
 *
 * @example
 * resolveEntity(graph, 'putin');   // 'person:vladimir-putin'
 * resolveEntity(graph, 'Putn');    // throws: entente/resolveEntity: entity "Putn" not found (did you mean "Vladimir Putin"?)
 */
export function resolveEntity(graph: QueryGraph, nameOrId: string, options?: ResolveOptions, who = 'entente/resolveEntity'): string {
  checkGraph(who, graph);
  entityArgument(who, 'entity', nameOrId);
  checkOptions(who, options);
  if (graph.hasNode(nameOrId) && options?.type === undefined) return nameOrId;
  const result = find(graph, nameOrId, { ...(options?.type !== undefined && { type: options.type }), limit: 5 });
  if (result.entity) return result.entity.id;
  const [best, second] = result.matches;
  const { minScore, margin } = QUERY_DEFAULTS.resolve;
  if (!options?.exact && best && best.score >= minScore && (!second || best.score - second.score >= margin)) return best.id;
  throw new NotFoundError(
    who,
    `entity "${nameOrId}"`,
    result.matches.slice(0, 3).map((m) => m.label),
  );
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

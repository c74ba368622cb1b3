/**
 * The queries as typed descriptors, one registry shared by the faces: the CLI (`entente query <verb>`), the explorer
 * and scripts read a verb's arguments, options and summary from here and call `run`, so a verb is defined once.
 */
import { InvalidInputError } from '../errors.js';
import type { EntityType } from '../types.js';
import { communities, type Community } from './communities.js';
import { egoNetwork } from './ego-network.js';
import type { EntityRef, QueryGraph } from './entity-ref.js';
import { filterGraph } from './filter-graph.js';
import { find, type FindResult } from './find.js';
import { neighbours, type Neighbour } from './neighbours.js';
import { path, type PathResult } from './path.js';
import { summarize, type GraphSummary } from './summarize.js';
import { top, type TopMetric } from './top.js';

/** Everything a verb may read: positional arguments plus options (each verb declares which options apply). */
export interface QueryInput {
  /** Positional arguments (entity names or ids). */
  args: readonly string[];
  type?: EntityType | readonly EntityType[];
  minWeight?: number;
  minMentions?: number;
  limit?: number;
  depth?: number;
  by?: TopMetric;
  strongest?: boolean;
  resolution?: number;
  seed?: number;
  hideIsolated?: boolean;
}

export type QueryOptionName = Exclude<keyof QueryInput, 'args'>;

export interface QueryVerbArg {
  name: string;
  description: string;
  /** The argument takes every remaining word, so `find Sergey Lavrov` needs no quotes. */
  rest?: boolean;
}

/** What a verb returns, for faces that present results by kind. */
export type QueryResultKind = 'find' | 'neighbours' | 'graph' | 'path' | 'entities' | 'communities' | 'summary';

export interface QueryVerb<R> {
  name: string;
  summary: string;
  args: readonly QueryVerbArg[];
  options: readonly QueryOptionName[];
  result: QueryResultKind;
  run(graph: QueryGraph, input: QueryInput): R;
}

export const QUERY_VERBS = {
  find: verb<FindResult>({
    name: 'find',
    summary: 'Look an entity up by name, id or alias; close matches when nothing matches exactly',
    args: [{ name: 'name', description: 'a name, alias or id (case, accents and punctuation do not matter)', rest: true }],
    options: ['type', 'limit'],
    result: 'find',
    exec: (graph, [name], input) => find(graph, name!, pick(input, ['type', 'limit'])),
  }),
  neighbours: verb<Neighbour[]>({
    name: 'neighbours',
    summary: 'Entities co-mentioned with an entity, strongest link first, with evidence',
    args: [{ name: 'entity', description: 'the entity: a name or id', rest: true }],
    options: ['type', 'minWeight', 'limit'],
    result: 'neighbours',
    exec: (graph, [entity], input) => neighbours(graph, entity!, pick(input, ['type', 'minWeight', 'limit'])),
  }),
  ego: verb<QueryGraph>({
    name: 'ego',
    summary: 'The subgraph of everything within --depth links of an entity',
    args: [{ name: 'entity', description: 'the centre: a name or id', rest: true }],
    options: ['depth'],
    result: 'graph',
    exec: (graph, [entity], input) => egoNetwork(graph, entity!, pick(input, ['depth'])),
  }),
  path: verb<PathResult | null>({
    name: 'path',
    summary: 'How two entities are connected, and which sentences say so (--strongest: strongest links)',
    args: [
      { name: 'from', description: 'where the path starts: a name or id' },
      { name: 'to', description: 'where it ends: a name or id' },
    ],
    options: ['strongest'],
    result: 'path',
    exec: (graph, [from, to], input) => path(graph, from!, to!, pick(input, ['strongest'])),
  }),
  top: verb<EntityRef[]>({
    name: 'top',
    summary: 'The top entities by mentions, degree, weightedDegree, pagerank or betweenness',
    args: [],
    options: ['by', 'type', 'limit'],
    result: 'entities',
    exec: (graph, _args, input) => top(graph, pick(input, ['by', 'type', 'limit'])),
  }),
  communities: verb<Community[]>({
    name: 'communities',
    summary: 'Groups of entities co-mentioned more with each other than with the rest (Louvain, seeded)',
    args: [],
    options: ['resolution', 'seed'],
    result: 'communities',
    exec: (graph, _args, input) => communities(graph, pick(input, ['resolution', 'seed'])),
  }),
  filter: verb<QueryGraph>({
    name: 'filter',
    summary: 'The subgraph of some types, strong enough links and often enough mentioned entities',
    args: [],
    options: ['type', 'minWeight', 'minMentions', 'hideIsolated'],
    result: 'graph',
    exec: (graph, _args, input) => {
      const { type, ...rest } = pick(input, ['type', 'minWeight', 'minMentions', 'hideIsolated']);
      return filterGraph(graph, { ...rest, ...(type !== undefined && { types: type }) });
    },
  }),
  summary: verb<GraphSummary>({
    name: 'summary',
    summary: 'Entities per type, links, documents and the build manifest',
    args: [],
    options: [],
    result: 'summary',
    exec: (graph) => summarize(graph),
  }),
} as const;

export type QueryVerbName = keyof typeof QUERY_VERBS;

/** What a verb's `run` returns. */
export type QueryVerbResult<N extends QueryVerbName> = ReturnType<(typeof QUERY_VERBS)[N]['run']>;

export const QUERY_VERB_NAMES = Object.keys(QUERY_VERBS) as QueryVerbName[];

export function isQueryVerb(name: string): name is QueryVerbName {
  return Object.prototype.hasOwnProperty.call(QUERY_VERBS, name);
}

/** A descriptor whose `run` checks the positional arguments before calling `exec`. */
function verb<R>(spec: Omit<QueryVerb<R>, 'run'> & { exec(graph: QueryGraph, args: string[], input: QueryInput): R }): QueryVerb<R> {
  const { exec, ...descriptor } = spec;
  return { ...descriptor, run: (graph, input) => exec(graph, positional(descriptor, input), input) };
}

/** The verb's positional arguments: exactly as many as declared, except that a `rest` argument joins the remaining words. */
function positional(verb: Omit<QueryVerb<unknown>, 'run'>, input: QueryInput): string[] {
  const who = `entente/${verb.name}`;
  const declared = verb.args;
  const count = declared.length;
  const args = [...input.args];
  if (count === 1 && declared[0]?.rest && args.length > 1) args.splice(0, args.length, args.join(' '));
  const missing = declared[args.length];
  if (missing) throw new InvalidInputError(who, `argument <${missing.name}>`, `missing (${missing.description})`);
  if (args.length > count) {
    const extra = args.slice(count).map((a) => JSON.stringify(a)).join(' ');
    throw new InvalidInputError(who, 'arguments', `expects ${count === 0 ? 'none' : count}, received also ${extra}`);
  }
  return args;
}

/** The options a verb reads, leaving out the ones not given (so the query's own defaults apply). */
function pick<K extends QueryOptionName>(input: QueryInput, keys: readonly K[]): Pick<QueryInput, K> {
  const out: Partial<Pick<QueryInput, K>> = {};
  for (const key of keys) if (input[key] !== undefined) out[key] = input[key];
  return out as Pick<QueryInput, K>;
}

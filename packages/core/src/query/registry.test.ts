import { describe, expect, expectTypeOf, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import * as query from './index.js';
import { buildSmallGraph } from './__fixtures__/small-graph.js';
import { queryApi, type QueryApi } from './api.js';
import type { FindResult } from './find.js';
import { isQueryVerb, QUERY_VERB_NAMES, QUERY_VERBS, type QueryVerbResult } from './registry.js';

const graph = buildSmallGraph();

describe('#QUERY_VERBS', () => {
  it('describes every verb with its arguments and options', () => {
    expect(QUERY_VERB_NAMES).toEqual(['find', 'neighbours', 'ego', 'path', 'top', 'communities', 'filter', 'summary']);
    for (const name of QUERY_VERB_NAMES) {
      const verb = QUERY_VERBS[name];
      expect(verb.name).toBe(name);
      expect(verb.summary.length).toBeGreaterThan(10);
      for (const arg of verb.args) expect(arg.description).not.toBe('');
    }
    expect(isQueryVerb('path')).toBe(true);
    expect(isQueryVerb('toString')).toBe(false);
  });

  it('runs each verb from positional arguments and options', () => {
    expect(QUERY_VERBS.find.run(graph, { args: ['the', 'U.S.'] }).entity?.id).toBe('Q30');
    expect(QUERY_VERBS.neighbours.run(graph, { args: ['Sergey', 'Lavrov'], limit: 1 }).map((n) => n.label)).toEqual(['Russia']);
    expect(QUERY_VERBS.ego.run(graph, { args: ['Putin'], depth: 1 }).order).toBe(5);
    expect(QUERY_VERBS.path.run(graph, { args: ['Putin', 'UN Security Council'], strongest: true })?.nodes).toHaveLength(3);
    expect(QUERY_VERBS.top.run(graph, { args: [], by: 'degree', type: 'state', limit: 2 })).toHaveLength(2);
    expect(QUERY_VERBS.communities.run(graph, { args: [], seed: 3 }).length).toBeGreaterThan(1);
    expect(QUERY_VERBS.filter.run(graph, { args: [], type: ['state'], minWeight: 2 }).order).toBe(3);
    expect(QUERY_VERBS.summary.run(graph, { args: [] }).nodes).toBe(11);
  });

  it('complains about missing or extra arguments', () => {
    expect(() => QUERY_VERBS.path.run(graph, { args: ['Putin'] })).toThrow(InvalidInputError);
    expect(() => QUERY_VERBS.path.run(graph, { args: ['Putin'] })).toThrow('entente/path: argument <to>: missing (where it ends: a name or id)');
    expect(() => QUERY_VERBS.top.run(graph, { args: ['Russia'] })).toThrow('entente/top: arguments: expects none, received also "Russia"');
    expect(() => QUERY_VERBS.path.run(graph, { args: ['a', 'b', 'c'] })).toThrow(/expects 2, received also "c"/);
  });

  it('types results per verb', () => {
    expectTypeOf<QueryVerbResult<'find'>>().toEqualTypeOf<FindResult>();
    expectTypeOf(QUERY_VERBS.top.run).returns.toEqualTypeOf<query.EntityRef[]>();
  });
});

describe('#queryApi', () => {
  it('bundles the queries for scripts, and the barrel exports it', () => {
    expect(query.queryApi).toBe(queryApi);
    expect(Object.isFrozen(queryApi)).toBe(true);
    expect(queryApi.resolveEntity(graph, 'Lavrov')).toBe('person:sergey-lavrov');
    expectTypeOf<QueryApi['path']>().toEqualTypeOf<typeof query.path>();
    expect(queryApi.subsetGraph(graph, []).order).toBe(0);
    for (const name of ['find', 'resolveEntity', 'neighbours', 'egoNetwork', 'path', 'top', 'communities', 'filterGraph', 'summarize'] as const) {
      expect(typeof query[name]).toBe('function');
    }
  });
});

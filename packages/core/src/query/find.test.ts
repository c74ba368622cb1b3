import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError, NotFoundError } from '../errors.js';
import { buildSmallGraph } from './__fixtures__/small-graph.js';
import { find, resolveEntity } from './find.js';

const graph = buildSmallGraph();

describe('#find', () => {
  it('matches ids, labels and aliases exactly', () => {
    expect(find(graph, 'Q30').entity?.label).toBe('United States');
    expect(find(graph, 'United States').entity?.id).toBe('Q30');
    expect(find(graph, 'Russian Federation').entity?.id).toBe('Q159');
    expect(find(graph, 'UNSC').entity?.label).toBe('UN Security Council');
  });

  it('forgives case, accents, punctuation and a leading "the"', () => {
    for (const name of ['the U.S.', 'us', 'U.S', 'The United States']) expect(find(graph, name).entity?.id).toBe('Q30');
    expect(find(graph, 'antonio guterres').entity?.label).toBe('António Guterres');
    expect(find(graph, 'nato').entity?.label).toBe('NATO');
  });

  it('returns exact matches with score 1 and no close matches', () => {
    const result = find(graph, 'OSCE');
    expect(result.matches).toEqual([result.entity]);
    expect(result.entity).toEqual({ id: 'Q81299', label: 'OSCE', type: 'organisation', mentions: 6, score: 1 });
  });

  it('ranks close matches when nothing matches exactly', () => {
    const lavrov = find(graph, 'Lavrov');
    expect(lavrov.entity).toBeNull();
    expect(lavrov.matches[0]?.label).toBe('Sergey Lavrov');
    expect(find(graph, 'putin').matches[0]?.label).toBe('Vladimir Putin');
    const council = find(graph, 'Security Concil');
    expect(council.matches[0]?.label).toBe('UN Security Council');
    expect(council.matches[0]!.score).toBeLessThan(1);
    expect(council.matches.map((m) => m.score)).toEqual([...council.matches.map((m) => m.score)].sort((a, b) => b - a));
  });

  it('filters by type and honours limit and minScore', () => {
    expect(find(graph, 'Charter', { type: 'organisation' }).matches.every((m) => m.type === 'organisation')).toBe(true);
    expect(find(graph, 'Charter', { limit: 1 }).matches).toHaveLength(1);
    expect(find(graph, 'Charter', { minScore: 0.99 }).matches).toEqual([]);
    expect(find(graph, 'Russia', { type: 'person' }).entity).toBeNull();
  });

  it('returns nothing for a name unlike any entity', () => {
    expect(find(graph, 'xyzzy')).toEqual({ entity: null, matches: [] });
  });

  it('validates its arguments', () => {
    expect(() => find(graph, '  ')).toThrow(InvalidOptionError);
    expect(() => find(graph, 'Russia', { limit: 0 })).toThrow(/entente\/find: option "limit" expects a positive integer, received 0/);
    expect(() => find(graph, 'Russia', { type: 'country' as never })).toThrow(/option "type" expects an entity type/);
    expect(() => find({} as never, 'Russia')).toThrow(/entente\/find: graph: expects a graphology graph, received object/);
  });

  it('never throws on any non-blank name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), (name) => {
        const { entity, matches } = find(graph, name);
        expect(matches.length).toBeLessThanOrEqual(10);
        if (entity) expect(matches[0]).toEqual(entity);
      }),
    );
  });
});

describe('#resolveEntity', () => {
  it('returns ids as they are and resolves exact names', () => {
    expect(resolveEntity(graph, 'Q159')).toBe('Q159');
    expect(resolveEntity(graph, 'the U.S.')).toBe('Q30');
  });

  it('accepts a confident, unambiguous close match', () => {
    expect(resolveEntity(graph, 'Lavrov')).toBe('person:sergey-lavrov');
    expect(resolveEntity(graph, 'putin')).toBe('person:vladimir-putin');
    expect(resolveEntity(graph, 'Security Concil')).toBe('Q37470');
  });

  it('refuses close matches when asked for exact ones', () => {
    expect(() => resolveEntity(graph, 'Lavrov', { exact: true })).toThrow(NotFoundError);
  });

  it('throws NotFoundError with suggestions for a weak or ambiguous name', () => {
    expect(() => resolveEntity(graph, 'Putn')).toThrow('entente/resolveEntity: entity "Putn" not found (did you mean "Vladimir Putin"?)');
    // Two charters score alike: suggest both rather than guess.
    expect(() => resolveEntity(graph, 'Charter')).toThrow(/did you mean "Charter for European Security", "Charter of Paris for a New Europe"/);
    expect(() => resolveEntity(graph, 'xyzzy')).toThrow(/entity "xyzzy" not found$/);
  });
});

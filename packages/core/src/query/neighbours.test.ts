import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { buildSmallGraph } from './__fixtures__/small-graph.js';
import { neighbours } from './neighbours.js';

const graph = buildSmallGraph();

describe('#neighbours', () => {
  it('lists every co-mentioned entity, strongest link first, then by label', () => {
    const result = neighbours(graph, 'Sergey Lavrov');
    expect(result.map((n) => [n.label, n.weight])).toEqual([
      ['Russia', 3],
      ['United States', 3],
      ['OSCE', 2],
      ['Canada', 1],
      ['Charter of Paris for a New Europe', 1],
      ['NATO', 1],
      ['Vladimir Putin', 1],
    ]);
  });

  it('gives each neighbour its docs count and the evidence of the link', () => {
    const [russia] = neighbours(graph, 'Putin', { type: 'state' });
    expect(russia).toMatchObject({ id: 'Q159', label: 'Russia', type: 'state', weight: 2, score: 2, docs: 2 });
    expect(russia!.evidence).toHaveLength(2);
    const [first] = russia!.evidence;
    expect(first!.marks.map(([s, e]) => first!.text.slice(s, e))).toEqual(['Vladimir Putin', 'Russia']);
  });

  it('filters by type and minimum weight, and limits', () => {
    expect(neighbours(graph, 'Q81299', { type: 'treaty' }).map((n) => n.label)).toEqual([
      'Charter for European Security',
      'Charter of Paris for a New Europe',
    ]);
    expect(neighbours(graph, 'Lavrov', { minWeight: 2 }).every((n) => n.weight >= 2)).toBe(true);
    expect(neighbours(graph, 'Lavrov', { type: ['state', 'organisation'], limit: 2 }).map((n) => n.label)).toEqual(['Russia', 'United States']);
  });

  it('returns an empty list for an isolated entity', () => {
    expect(neighbours(graph, 'António Guterres')).toEqual([]);
  });

  it('throws NotFoundError naming itself for an unknown entity', () => {
    expect(() => neighbours(graph, 'Putn')).toThrow(NotFoundError);
    expect(() => neighbours(graph, 'Putn')).toThrow(/^entente\/neighbours: entity "Putn" not found/);
  });

  it('validates options', () => {
    expect(() => neighbours(graph, 'Russia', { minWeight: -1 })).toThrow(/option "minWeight" expects a number ≥ 0, received -1/);
  });
});

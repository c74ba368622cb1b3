import { describe, expect, it } from 'vitest';
import { smallGraph } from '../__fixtures__/small-graph.js';
import { generateGraph } from '../dev/generate-graph.js';
import { scaleSizes, SIZE_METRICS, sizeMetric } from './metrics.js';

describe('SIZE_METRICS', () => {
  it('computes a finite value for every node', () => {
    const g = smallGraph();
    for (const metric of SIZE_METRICS) {
      const values = metric.compute(g);
      expect(values.size, metric.id).toBe(g.order);
      for (const v of values.values()) expect(Number.isFinite(v), metric.id).toBe(true);
    }
    expect(sizeMetric('degree').compute(g).get('person:antony-blinken')).toBe(4);
    expect(sizeMetric('weightedDegree').compute(g).get('RUS')).toBe(4);
  });
});

describe('#scaleSizes', () => {
  it('maps the range onto [min, max] by square root', () => {
    const sizes = scaleSizes(new Map([['a', 0], ['b', 25], ['c', 100]]), { min: 2, max: 12 });
    expect(sizes.get('a')).toBe(2);
    expect(sizes.get('b')).toBe(7);
    expect(sizes.get('c')).toBe(12);
    expect(scaleSizes(new Map([['a', 5]]), { min: 2, max: 12 }).get('a')).toBe(7);
  });
});

describe('#generateGraph', () => {
  it('makes the asked number of nodes and edges, the same for a seed', () => {
    const g = generateGraph({ nodes: 200, edges: 1000, seed: 1 });
    expect(g.order).toBe(200);
    expect(g.size).toBe(1000);
    const again = JSON.stringify(generateGraph({ nodes: 200, edges: 1000, seed: 1 }).export());
    expect(again === JSON.stringify(g.export())).toBe(true);
  });
});

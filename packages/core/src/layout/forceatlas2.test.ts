import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { InvalidOptionError } from '../errors.js';
import { seededRandom } from '../util/seeded-random.js';
import { BARNES_HUT_NODES, LINLOG_NODES, assignForceAtlas2Layout, forceAtlas2Layout, layoutSettings } from './forceatlas2.js';

type Attrs = { x?: number; y?: number; mentions?: number };

/** Two cliques of five (a0…a4, b0…b4) joined by one weak link, plus a pendant c linked to a0. */
function twoCliques(order: 'forward' | 'reverse' = 'forward'): UndirectedGraph<Attrs> {
  const nodes = [...'ab'].flatMap((p) => [0, 1, 2, 3, 4].map((i) => `${p}${i}`)).concat('c');
  const edges: Array<[string, string, number]> = [['a0', 'b0', 1], ['c', 'a0', 2]];
  for (const p of 'ab') for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push([`${p}${i}`, `${p}${j}`, 5]);
  const g = new UndirectedGraph<Attrs>();
  const list = order === 'forward' ? nodes : [...nodes].reverse();
  for (const n of list) g.addNode(n, { mentions: n.endsWith('0') ? 10 : 1 });
  for (const [s, t, weight] of order === 'forward' ? edges : [...edges].reverse()) {
    if (order === 'forward') g.addEdge(s, t, { weight });
    else g.addEdge(t, s, { weight });
  }
  return g;
}

/** A random graph big enough for Barnes-Hut and the big-graph settings. */
function bigGraph(nodes: number, edges: number, seed: number, reverse = false): UndirectedGraph<Attrs> {
  const rng = seededRandom(seed);
  const keys = Array.from({ length: nodes }, (_, i) => `n${i}`);
  const pairs = new Set<string>();
  while (pairs.size < edges) {
    const s = Math.floor(rng() * nodes);
    const t = Math.floor(rng() * nodes);
    if (s !== t) pairs.add(s < t ? `${s} ${t}` : `${t} ${s}`);
  }
  const g = new UndirectedGraph<Attrs>();
  for (const k of reverse ? [...keys].reverse() : keys) g.addNode(k, { mentions: 1 });
  const list = [...pairs];
  for (const p of reverse ? list.reverse() : list) {
    const [s, t] = p.split(' ').map(Number);
    g.addEdge(keys[s!]!, keys[t!]!, { weight: 1 + ((s! + t!) % 3) });
  }
  return g;
}

const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('#forceAtlas2Layout', () => {
  it('gives the same positions for the same graph, whatever order its nodes and links were added in', () => {
    const a = forceAtlas2Layout(twoCliques('forward'), { iterations: 50 });
    const b = forceAtlas2Layout(twoCliques('reverse'), { iterations: 50 });
    expect([...b.positions].sort()).toEqual([...a.positions].sort());
    expect(b.record).toEqual(a.record);
  });

  it('is deterministic with Barnes-Hut on a big graph, in any insertion order', () => {
    const n = BARNES_HUT_NODES + 100;
    const a = forceAtlas2Layout(bigGraph(n, 3 * n, 5), { iterations: 3 });
    const b = forceAtlas2Layout(bigGraph(n, 3 * n, 5, true), { iterations: 3 });
    expect(a.record.barnesHut).toBe(true);
    expect(Object.fromEntries(b.positions)).toEqual(Object.fromEntries(a.positions));
  });

  it('starts elsewhere with another seed', () => {
    const a = forceAtlas2Layout(twoCliques(), { iterations: 5, seed: 1 });
    const b = forceAtlas2Layout(twoCliques(), { iterations: 5, seed: 2 });
    expect(Object.fromEntries(b.positions)).not.toEqual(Object.fromEntries(a.positions));
  });

  it('places every node at a finite position rounded to two decimals, linked nodes nearer each other', () => {
    const { positions, record } = forceAtlas2Layout(twoCliques(), { iterations: 200 });
    expect(positions.size).toBe(11);
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
      expect(Math.round(y * 100) / 100).toBe(y);
    }
    const p = (k: string) => positions.get(k)!;
    // Within a clique closer than across the two.
    expect(dist(p('a1'), p('a2'))).toBeLessThan(dist(p('a1'), p('b2')));
    expect(dist(p('b3'), p('b4'))).toBeLessThan(dist(p('b3'), p('a4')));
    expect(record).toEqual({ algorithm: 'forceatlas2', iterations: 200, seed: 1, barnesHut: false, linLog: false, start: 'communities', nodes: 11, placed: 11 });
  });

  it('with keepPositions, leaves placed nodes where they are and puts a newcomer near its neighbours', () => {
    const g = twoCliques();
    const laid = forceAtlas2Layout(g, { iterations: 100 }).positions;
    for (const [k, p] of laid) g.mergeNodeAttributes(k, p);
    g.addNode('d', { mentions: 1 });
    g.addEdge('d', 'b1', { weight: 3 });
    g.addEdge('d', 'b2', { weight: 3 });
    const { positions, record } = forceAtlas2Layout(g, { iterations: 50, keepPositions: true });
    for (const [k, p] of laid) expect(positions.get(k)).toEqual(p);
    const d = positions.get('d')!;
    expect(dist(d, laid.get('b1')!)).toBeLessThan(dist(d, laid.get('a1')!));
    expect(record).toMatchObject({ start: 'kept', nodes: 12, placed: 1 });
  });

  it('lays out from scratch without keepPositions, and with it when no node has a position', () => {
    const g = twoCliques();
    g.forEachNode((k) => g.mergeNodeAttributes(k, { x: 0, y: 0 }));
    expect(forceAtlas2Layout(g, { iterations: 10 }).record.start).toBe('communities');
    expect(forceAtlas2Layout(twoCliques(), { iterations: 10, keepPositions: true }).record.start).toBe('communities');
  });

  it('handles the empty graph, one node and a graph whose nodes all keep their positions', () => {
    expect(forceAtlas2Layout(new UndirectedGraph()).positions.size).toBe(0);
    const one = new UndirectedGraph<Attrs>();
    one.addNode('x');
    expect([...forceAtlas2Layout(one).positions.values()]).toHaveLength(1);
    one.mergeNodeAttributes('x', { x: 3.5, y: -1 });
    expect(forceAtlas2Layout(one, { keepPositions: true }).positions.get('x')).toEqual({ x: 3.5, y: -1 });
  });

  it('validates its options, naming the option and what it received', () => {
    const g = twoCliques();
    const bad: Array<[object, RegExp]> = [
      [{ iterations: 0 }, /option "iterations" expects an integer ≥ 1, received 0/],
      [{ iterations: 2.5 }, /option "iterations" expects an integer ≥ 1, received 2\.5/],
      [{ iterations: '10' }, /option "iterations".*received "10"/],
      [{ iterations: 1e6 }, /option "iterations" expects an integer from 1 to 100000, received 1000000/],
      [{ seed: -1 }, /option "seed" expects an integer ≥ 0, received -1/],
      [{ keepPositions: 'yes' }, /option "keepPositions" expects a boolean/],
    ];
    for (const [options, message] of bad) {
      expect(() => forceAtlas2Layout(g, options as never)).toThrow(InvalidOptionError);
      expect(() => forceAtlas2Layout(g, options as never)).toThrow(message);
    }
    expect(() => forceAtlas2Layout(g, 'fast' as never)).toThrow(/entente\/forceAtlas2Layout.*options/);
    expect(() => forceAtlas2Layout({} as never)).toThrow(/option "graph" expects a graphology graph/);
  });
});

describe('#assignForceAtlas2Layout', () => {
  it('writes x, y on every node and the record into the manifest', () => {
    const g = twoCliques() as unknown as UndirectedGraph<Attrs, { weight?: number }, { manifest?: object }>;
    g.setAttribute('manifest', { generator: 'entente' });
    const record = assignForceAtlas2Layout(g as never, { iterations: 20, seed: 4 });
    g.forEachNode((_k, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
    expect(g.getAttribute('manifest')).toEqual({ generator: 'entente', layout: record });
    expect(record).toMatchObject({ iterations: 20, seed: 4 });
  });
});

describe('#layoutSettings', () => {
  it('takes LinLog from LINLOG_NODES on and Barnes-Hut from BARNES_HUT_NODES on', () => {
    expect(layoutSettings(LINLOG_NODES - 1)).toMatchObject({ barnesHutOptimize: false, linLogMode: false, strongGravityMode: true });
    expect(layoutSettings(LINLOG_NODES)).toMatchObject({ barnesHutOptimize: false, linLogMode: true, strongGravityMode: false, edgeWeightInfluence: 0.5 });
    expect(layoutSettings(BARNES_HUT_NODES - 1).barnesHutOptimize).toBe(false);
    expect(layoutSettings(BARNES_HUT_NODES)).toMatchObject({ barnesHutOptimize: true, linLogMode: true });
  });
});

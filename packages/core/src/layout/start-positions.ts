/**
 * Where ForceAtlas2 starts. From a random cloud or a ring, FA2 on a big graph (the 18,000 entities of UNGDC) spends
 * its iterations untangling and ends as a ball; from the graph's communities already apart it only has to arrange
 * them. So a fresh layout starts from Louvain communities (seeded), each a disc of its members on a sunflower
 * (Vogel) spiral, the discs themselves on a larger spiral, largest community in the middle. A layout that keeps the
 * positions a graph has (an update) places each newcomer near its placed neighbours instead.
 *
 * Everything here reads the graph through `LayoutInput` (nodes and links in code-unit order), never in insertion
 * order, and every random draw is seeded by the node's id and the layout's seed: the same graph gives the same start
 * however it was built.
 */
import louvainModule from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import { cjsDefault } from '../util/cjs-default.js';
import { fnv1a } from '../util/hash.js';
import { seededRandom } from '../util/seeded-random.js';

const louvain = cjsDefault(louvainModule);

/** The graph as the layout sees it: nodes sorted, links as index pairs with their weights. */
export interface LayoutInput {
  keys: readonly string[];
  /** Mentions per node (bigger nodes go nearer their community's centre). */
  mentions: Float64Array;
  /** Links as [source index, target index, weight], sorted by (source, target). */
  links: ReadonlyArray<readonly [number, number, number]>;
}

/** The golden angle: successive points of a Vogel spiral never line up. */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring members of a community disc at the start. */
const UNIT = 10;

/** A node's own generator: the same id and seed give the same draws in any graph. */
const nodeRandom = (key: string, seed: number) => seededRandom((fnv1a(key) ^ Math.imul(seed, 0x9e3779b1)) >>> 0);

/** x, y of every node (parallel to `input.keys`): communities as discs on a spiral. */
export function communityStart(input: LayoutInput, seed: number): Float64Array {
  const n = input.keys.length;
  const xy = new Float64Array(2 * n);
  if (n === 0) return xy;
  // Louvain visits nodes in graph order (shuffled by its rng): a copy in sorted order makes the result independent
  // of how the graph was built.
  const light = new UndirectedGraph();
  for (const key of input.keys) light.addNode(key);
  for (const [s, t, w] of input.links) light.addUndirectedEdge(input.keys[s]!, input.keys[t]!, { weight: w });
  const found = louvain(light, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) as Record<string, number>;
  const members = new Map<number, number[]>();
  input.keys.forEach((key, i) => {
    const c = found[key] ?? -1;
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  // Louvain's community numbers depend on its visiting order: rank communities by size, then by their first key.
  const groups = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  let before = 0;
  groups.forEach((group, k) => {
    // Area grows with the members placed so far, so discs on the outer spiral keep clear of the inner ones.
    const r = UNIT * Math.sqrt(before + group.length / 2) * 1.6;
    const cx = k === 0 ? 0 : r * Math.cos(k * GOLDEN);
    const cy = k === 0 ? 0 : r * Math.sin(k * GOLDEN);
    before += group.length;
    // The most mentioned members in the middle of their disc.
    group.sort((a, b) => input.mentions[b]! - input.mentions[a]! || a - b);
    group.forEach((i, j) => {
      const rng = nodeRandom(input.keys[i]!, seed);
      const rj = UNIT * Math.sqrt(j + 0.5);
      xy[2 * i] = cx + rj * Math.cos(j * GOLDEN) + (rng() - 0.5) * UNIT * 0.2;
      xy[2 * i + 1] = cy + rj * Math.sin(j * GOLDEN) + (rng() - 0.5) * UNIT * 0.2;
    });
  });
  return xy;
}

/**
 * Places the nodes `placed` marks false near the mean of their placed neighbours (or, with none, at a seeded point
 * within the placed extent), in key order, so a newcomer placed first can anchor the next. Writes into `xy`.
 */
export function placeNewcomers(input: LayoutInput, xy: Float64Array, placed: Uint8Array, seed: number): void {
  const n = input.keys.length;
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [s, t] of input.links) {
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!placed[i]) continue;
    minX = Math.min(minX, xy[2 * i]!); maxX = Math.max(maxX, xy[2 * i]!);
    minY = Math.min(minY, xy[2 * i + 1]!); maxY = Math.max(maxY, xy[2 * i + 1]!);
  }
  if (minX === Infinity) minX = maxX = minY = maxY = 0;
  const spread = Math.max(maxX - minX, maxY - minY, UNIT);
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    const rng = nodeRandom(input.keys[i]!, seed);
    let sx = 0, sy = 0, k = 0;
    for (const j of neighbours[i]!) {
      if (!placed[j]) continue;
      sx += xy[2 * j]!; sy += xy[2 * j + 1]!; k += 1;
    }
    // Near, not on, its neighbours: two newcomers with the same neighbours must not start at one point.
    const jitter = UNIT * 2;
    xy[2 * i] = k > 0 ? sx / k + (rng() - 0.5) * jitter : minX + rng() * spread;
    xy[2 * i + 1] = k > 0 ? sy / k + (rng() - 0.5) * jitter : minY + rng() * spread;
    placed[i] = 1;
  }
}

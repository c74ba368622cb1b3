/**
 * A stored ForceAtlas2 layout, computed where the graph is built (Node, a worker, or the page) so the explorer opens
 * a big graph already placed instead of spending its first seconds, and the page's main thread, laying it out.
 *
 * Deterministic: the nodes are laid out in key order (not insertion order), the start is seeded
 * (start-positions.ts), FA2 itself draws nothing at random, and a fixed number of iterations runs; positions are
 * rounded to two decimals, so the same graph and options give the same bytes on every run, at any worker count.
 *
 * Settings: graphology's inferred ones (`inferSettings`) for tiny graphs; from LINLOG_NODES on, what the explorer's
 * own layout uses on big graphs (LinLog so clusters pull apart, weights softened to their square root so a link
 * co-mentioned 5,000 times does not fold its ends together), with Barnes-Hut from BARNES_HUT_NODES on. Mass is
 * 1 + degree, as in Gephi and the explorer's worker, so on a big graph the explorer's "Run layout" continues from these
 * positions rather than against them.
 */
// graphology-layout-forceatlas2 types its synchronous entry only; iterate.js is the one-iteration function its own
// worker runs, which works on matrices we build in key order.
// @ts-ignore -- untyped CommonJS module (an error or not, depending on allowJs), typed by the cast below
import iterateModule from 'graphology-layout-forceatlas2/iterate.js';
import { InvalidOptionError } from '../errors.js';
import { checkBoolean, checkInteger, checkOptionsObject } from '../util/check.js';
import { cjsDefault } from '../util/cjs-default.js';
import { compareStrings } from '../util/compare.js';
import type { LayoutRecord } from '../types.js';
import { communityStart, placeNewcomers, type LayoutInput } from './start-positions.js';

/** The graph a layout reads: any graphology graph whose links may carry a `weight`. */
export interface LayoutGraph {
  readonly order: number;
  forEachNode(callback: (node: string, attributes: { x?: unknown; y?: unknown; mentions?: unknown }) => void): void;
  forEachEdge(callback: (edge: string, attributes: { weight?: unknown }, source: string, target: string) => void): void;
}

/** graphology-layout-forceatlas2's settings (its defaults.js keys). */
export interface Fa2Settings {
  linLogMode: boolean;
  outboundAttractionDistribution: boolean;
  adjustSizes: boolean;
  edgeWeightInfluence: number;
  scalingRatio: number;
  strongGravityMode: boolean;
  gravity: number;
  slowDown: number;
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
}

const iterate = cjsDefault(iterateModule) as (settings: Fa2Settings, nodes: Float32Array, edges: Float32Array) => unknown;

export interface LayoutOptions {
  /** ForceAtlas2 iterations, exactly (no early stop: a stop decided by timing would not be reproducible). Default 300. */
  iterations: number;
  /** Seed of the start (Louvain's visiting order, the jitter). Default 1. */
  seed: number;
  /**
   * Keep the positions nodes have: they stay where they are (fixed in FA2, still pulling and pushing), and only the
   * nodes without one are placed near their neighbours and laid out among them. Default false (lay out everything).
   */
  keepPositions: boolean;
}

export const LAYOUT_DEFAULTS: Readonly<LayoutOptions> = Object.freeze({ iterations: 300, seed: 1, keepPositions: false });
/** At most this many iterations: beyond, a layout is a mistake, not a wish (the full UNGDC graph takes ~0.1 s each). */
export const MAX_LAYOUT_ITERATIONS = 100_000;
/** From this many nodes on, Barnes-Hut (the explorer's big-graph threshold too). */
export const BARNES_HUT_NODES = 2000;
/**
 * From this many nodes on, LinLog and gravity instead of graphology's inferred settings: on the 1,000-entity sample
 * those gave a dense ball (labels hidden behind each other) with the unlinked entities on a far ring; LinLog spreads
 * the clusters and keeps everything within the picture.
 */
export const LINLOG_NODES = 100;

export interface LayoutResult {
  /** x, y per node key, rounded to two decimals. */
  positions: Map<string, { x: number; y: number }>;
  record: LayoutRecord;
}

// The node and edge matrices' layouts in graphology-layout-forceatlas2 (iterate.js).
const PPN = 10;
const PPE = 3;

/** ForceAtlas2 settings for a graph of `order` nodes. */
export function layoutSettings(order: number): Fa2Settings {
  const n = Math.max(1, order);
  // graphology's inferSettings, spelled out (its values for n nodes), so the record of a graph names what ran.
  const inferred: Fa2Settings = {
    linLogMode: false, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 1,
    scalingRatio: 10, strongGravityMode: true, gravity: 0.05, slowDown: 1 + Math.log(n),
    barnesHutOptimize: n > BARNES_HUT_NODES, barnesHutTheta: 0.5,
  };
  if (n < LINLOG_NODES) return inferred;
  // Barnes-Hut at Gephi's theta (1.2): at the explorer's 0.6 an iteration of the full UNGDC graph took 117 ms, at 1.2
  // 50 ms, and the picture is the same to the eye.
  return {
    ...inferred, linLogMode: true, edgeWeightInfluence: 0.5, scalingRatio: 2, strongGravityMode: false, gravity: 1,
    barnesHutOptimize: n >= BARNES_HUT_NODES, barnesHutTheta: 1.2,
  };
}

/** Fill defaults and validate; `who` names the function the options were given to. */
export function resolveLayoutOptions(who: string, given: Partial<LayoutOptions> = {}): LayoutOptions {
  checkOptionsObject(who, given);
  const o = { ...LAYOUT_DEFAULTS, ...Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== undefined)) } as LayoutOptions;
  checkInteger(who, 'iterations', o.iterations, { min: 1 });
  if (o.iterations > MAX_LAYOUT_ITERATIONS) throw new InvalidOptionError(who, 'iterations', `an integer from 1 to ${MAX_LAYOUT_ITERATIONS}`, o.iterations);
  checkInteger(who, 'seed', o.seed, { min: 0, safe: true });
  checkBoolean(who, 'keepPositions', o.keepPositions);
  return o;
}

const hasPosition = (a: { x?: unknown; y?: unknown }) => typeof a.x === 'number' && Number.isFinite(a.x) && typeof a.y === 'number' && Number.isFinite(a.y);
const round2 = (v: number) => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
};

/**
 * Lay out a graph with ForceAtlas2; returns the positions and the record for the manifest, and changes nothing.
 *
 * @example
 * const { positions, record } = forceAtlas2Layout(graph, { iterations: 200 });
 */
export function forceAtlas2Layout(graph: LayoutGraph, options: Partial<LayoutOptions> = {}): LayoutResult {
  const who = 'entente/forceAtlas2Layout';
  if (!graph || typeof graph.forEachNode !== 'function' || typeof graph.forEachEdge !== 'function') throw new InvalidOptionError(who, 'graph', 'a graphology graph', graph);
  const o = resolveLayoutOptions(who, options);
  const { input, xy, placed } = readGraph(graph, o.keepPositions);
  const n = input.keys.length;
  const kept = placed.reduce((sum, p) => sum + p, 0);
  const fresh = kept === 0;
  const settings = layoutSettings(n);
  if (fresh) xy.set(communityStart(input, o.seed));
  else placeNewcomers(input, xy, placed.slice(), o.seed);
  const moving = n - kept;
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    nodes[i * PPN] = xy[2 * i]!;
    nodes[i * PPN + 1] = xy[2 * i + 1]!;
    nodes[i * PPN + 6] = 1;
    nodes[i * PPN + 7] = 1;
    nodes[i * PPN + 8] = 1;
    // Kept nodes are fixed: FA2 does not move them, but they still attract their neighbours and repel the rest.
    nodes[i * PPN + 9] = fresh ? 0 : placed[i]!;
  }
  const edges = new Float32Array(input.links.length * PPE);
  input.links.forEach(([s, t, w], k) => {
    edges[k * PPE] = s * PPN;
    edges[k * PPE + 1] = t * PPN;
    edges[k * PPE + 2] = w;
    nodes[s * PPN + 6] = nodes[s * PPN + 6]! + 1;
    nodes[t * PPN + 6] = nodes[t * PPN + 6]! + 1;
  });
  // Nothing to move (every node kept, or one node alone): no iteration would change a position.
  if (moving > 0 && n > 1) for (let i = 0; i < o.iterations; i++) iterate(settings, nodes, edges);
  const positions = new Map<string, { x: number; y: number }>();
  input.keys.forEach((key, i) => {
    const x = round2(nodes[i * PPN]!);
    const y = round2(nodes[i * PPN + 1]!);
    positions.set(key, Number.isFinite(x) && Number.isFinite(y) ? { x, y } : { x: round2(xy[2 * i]!), y: round2(xy[2 * i + 1]!) });
  });
  return {
    positions,
    record: { algorithm: 'forceatlas2', iterations: o.iterations, seed: o.seed, barnesHut: settings.barnesHutOptimize, linLog: settings.linLogMode, start: fresh ? 'communities' : 'kept', nodes: n, placed: fresh ? n : moving },
  };
}

/** The graph in key order: nodes, their mentions and (when kept) positions; links with positive weights. */
function readGraph(graph: LayoutGraph, keep: boolean): { input: LayoutInput; xy: Float64Array; placed: Uint8Array } {
  const entries: Array<[string, { x?: unknown; y?: unknown; mentions?: unknown }]> = [];
  graph.forEachNode((node, a) => entries.push([node, a]));
  entries.sort(([p], [q]) => compareStrings(p, q));
  const index = new Map<string, number>();
  const keys = entries.map(([key], i) => (index.set(key, i), key));
  const mentions = new Float64Array(keys.length);
  const xy = new Float64Array(2 * keys.length);
  const placed = new Uint8Array(keys.length);
  entries.forEach(([, a], i) => {
    mentions[i] = typeof a.mentions === 'number' && Number.isFinite(a.mentions) ? a.mentions : 0;
    if (keep && hasPosition(a)) {
      xy[2 * i] = a.x as number;
      xy[2 * i + 1] = a.y as number;
      placed[i] = 1;
    }
  });
  // One link per pair (a multigraph's parallel links add up), in (source, target) order.
  const pairs = new Map<number, [number, number, number]>();
  graph.forEachEdge((_edge, a, source, target) => {
    const s = Math.min(index.get(source)!, index.get(target)!);
    const t = Math.max(index.get(source)!, index.get(target)!);
    if (s === t) return;
    const w = typeof a.weight === 'number' && Number.isFinite(a.weight) && a.weight > 0 ? a.weight : 1;
    const pair = pairs.get(s * keys.length + t);
    if (pair) pair[2] += w;
    else pairs.set(s * keys.length + t, [s, t, w]);
  });
  const links = [...pairs.values()].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return { input: { keys, mentions, links }, xy, placed };
}

/** A graph whose manifest can record its layout (an Entente graph). */
export interface AssignableLayoutGraph extends LayoutGraph {
  mergeNodeAttributes(node: string, attributes: { x: number; y: number }): void;
  getAttribute(name: 'manifest'): unknown;
  setAttribute(name: 'manifest', value: never): void;
}

/**
 * The `assign` variant: lay out the graph, write `x`, `y` on its nodes and the record into its manifest (when it
 * has one); returns the record.
 */
export function assignForceAtlas2Layout(graph: AssignableLayoutGraph, options: Partial<LayoutOptions> = {}): LayoutRecord {
  const { positions, record } = forceAtlas2Layout(graph, options);
  for (const [key, p] of positions) graph.mergeNodeAttributes(key, p);
  const manifest = graph.getAttribute('manifest');
  if (manifest && typeof manifest === 'object') graph.setAttribute('manifest', { ...manifest, layout: record } as never);
  return record;
}

/**
 * A seeded random graph of Entente's shape (typed nodes with labels, aliases, mentions and evidence; weighted edges
 * with evidence), for the performance benchmark and for trying the explorer on big graphs. Degrees are skewed
 * (preferential attachment), as in real co-mention graphs where a few states and leaders are everywhere.
 * `tests/bench/explorer-render.bench.ts` uses it; `generateGraph({nodes, edges}).export()` is a graph.json.
 */
import { UndirectedGraph } from 'graphology';
import type { EdgeAttributes, EntityType, Evidence, GraphAttributes, NodeAttributes } from '@entente/core';
import { seededRandom } from '@entente/core';
import type { EntenteGraph } from '../state/types.js';

export interface GenerateOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Evidence sentences per node and per edge (default 1); 0 makes a lighter file. */
  evidence?: number;
  /** Give nodes x/y (random) so the explorer skips its initial placement (default false). */
  positions?: boolean;
}

const SYLLABLES = ['ka', 'lo', 'mir', 'va', 'sen', 'tor', 'bel', 'an', 'dri', 'ko', 'lev', 'na', 'ros', 'ti', 'gor', 'ma', 'ste', 'vik'];
const TYPE_WEIGHTS: Array<[EntityType, number]> = [['person', 0.45], ['state', 0.2], ['organisation', 0.25], ['treaty', 0.1]];

export function generateGraph(options: GenerateOptions): EntenteGraph {
  const { nodes, edges, seed = 42, evidence = 1, positions = false } = options;
  const rng = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const word = (): string => {
    const n = 2 + Math.floor(rng() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const typeOf = (): EntityType => {
    let r = rng();
    for (const [type, w] of TYPE_WEIGHTS) if ((r -= w) < 0) return type;
    return 'person';
  };
  const docCount = Math.max(1, Math.round(nodes / 5));
  const g = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  g.replaceAttributes({
    manifest: { generator: 'entente', version: '0.0.0-generated', kbVersion: 'generated', options: { seed }, documentCount: docCount },
    documents: Array.from({ length: docCount }, (_, i) => ({ id: `doc-${i}`, title: `Generated report ${i}` })),
  });
  const sentence = (names: string[]): Evidence => {
    const text = `${names.join(' met ')} to discuss ${word().toLowerCase()} on ${pick(['Monday', 'Tuesday', 'Friday'])}.`;
    let at = 0;
    const marks = names.map((n): [number, number] => {
      const i = text.indexOf(n, at);
      at = i + n.length;
      return [i, i + n.length];
    });
    return { doc: `doc-${Math.floor(rng() * docCount)}`, sentence: Math.floor(rng() * 20), start: 0, end: text.length, text, marks };
  };
  for (let i = 0; i < nodes; i++) {
    const type = typeOf();
    const label = type === 'person' ? `${word()} ${word()}` : type === 'treaty' ? `${word()} Treaty` : word();
    const attrs: NodeAttributes = {
      label,
      type,
      aliases: type === 'person' ? [label.split(' ')[1]!] : [],
      mentions: 1 + Math.floor(rng() ** 3 * 200),
      docs: [`doc-${Math.floor(rng() * docCount)}`],
      evidence: Array.from({ length: evidence }, () => sentence([label])),
    };
    if (positions) {
      attrs.x = rng() * 1000;
      attrs.y = rng() * 1000;
    }
    g.addNode(`n${i}`, attrs);
  }
  // Preferential attachment: endpoints drawn from a list where each node appears once per link it has.
  const ends: string[] = [];
  let tries = 0;
  while (g.size < edges && tries < edges * 20) {
    tries += 1;
    const a = ends.length > 0 && rng() < 0.7 ? pick(ends) : `n${Math.floor(rng() * nodes)}`;
    const b = `n${Math.floor(rng() * nodes)}`;
    if (a === b) continue;
    const existing = g.edge(a, b);
    if (existing !== undefined) {
      g.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 1) + 1);
      continue;
    }
    const la = g.getNodeAttribute(a, 'label');
    const lb = g.getNodeAttribute(b, 'label');
    g.addEdgeWithKey(`e${g.size}`, a, b, { weight: 1 + Math.floor(rng() ** 4 * 10), docs: [`doc-${Math.floor(rng() * docCount)}`], evidence: Array.from({ length: evidence }, () => sentence([la, lb])) });
    ends.push(a, b);
  }
  return g;
}

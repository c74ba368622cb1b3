/**
 * Learns the tagger's word clusters from unlabelled text (run by `pnpm clusters`) and writes
 * packages/core/data/word-clusters.json: every word seen often enough, with a bit-string path in a binary tree of
 * clusters (a Brown-cluster-like code: words with a long common prefix are used alike).
 *
 *   pnpm clusters                                  the UNGDC corpus in ../shared/corpora/ungdc (CC0)
 *   pnpm clusters -- --corpus x.jsonl.gz --min-count 5 --max-words 80000 --dims 96 --depth 20 --out file.json
 *
 * Method (why not Brown's algorithm: its exact agglomerative merging is O(V·C²) per pass and takes hours for 1,000
 * clusters on a corpus of 32 M words, in C++; this machine has two shared cores and the budget is minutes):
 *   1. Count, for each word (case kept: "Turkey" and "turkey" are used differently), its left and right neighbours
 *      among the most frequent words, and the words two to each side among fewer (the contexts Brown's model sees).
 *   2. Weigh the counts as positive PMI with context-distribution smoothing (α = 0.75, Levy, Goldberg & Dagan 2015).
 *   3. Reduce the sparse PPMI matrix to `dims` dimensions with a randomized SVD (Halko, Martinsson & Tropp 2011:
 *      seeded Gaussian sketch, two power iterations, then an exact eigendecomposition of the small matrix).
 *   4. Split the unit-length word vectors top-down into a binary tree (principal-direction divisive partitioning,
 *      Boley 1998, each split refined by a few rounds of spherical 2-means): a word's path from the root, 0 left and
 *      1 right, is its code. Prefixes of 4, 6, 10 and 20 bits are the tagger's features, as with Brown clusters.
 *
 * Deterministic: one seeded generator, fixed iteration counts, ties broken by word order (frequency, then code
 * point), so the same corpus and options give the same bytes. The corpus is read from its file and never copied:
 * the output holds words and codes only. Its source and licence are recorded in the file.
 */
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { seededRandom } from '@entente/core';
import { WORD_CLUSTERS_FORMAT, encodeWordClusters } from '@entente/core/tagger';
import { bisect, randomizedSvd, ppmiRows, type SparseRows } from './clusters/math.js';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  strict: true,
  options: {
    corpus: { type: 'string', default: path.resolve(root, '../shared/corpora/ungdc/ungdc-1946-2024.jsonl.gz') },
    out: { type: 'string', default: path.join(root, 'packages/core/data/word-clusters.json') },
    'min-count': { type: 'string', default: '5' },
    'max-words': { type: 'string', default: '80000' },
    contexts: { type: 'string', default: '1500' },
    'far-contexts': { type: 'string', default: '300' },
    dims: { type: 'string', default: '96' },
    depth: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
  },
});
const int = (name: keyof typeof values, min: number): number => {
  const v = Number(values[name]);
  if (!Number.isInteger(v) || v < min) throw new Error(`clusters: --${name} must be an integer ≥ ${min}, received "${String(values[name])}"`);
  return v;
};
const minCount = int('min-count', 1);
const maxWords = int('max-words', 100);
const nearC = int('contexts', 10);
const farC = int('far-contexts', 0);
const dims = int('dims', 8);
const depth = int('depth', 1);
const seed = int('seed', 0);
if (depth > 24) throw new Error(`clusters: --depth must be at most 24, received ${depth}`);
if (!existsSync(values.corpus)) {
  console.log(`clusters: ${values.corpus} not found (the UNGDC corpus lives in ../shared/corpora); nothing written.`);
  process.exit(0);
}

const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(1);

// 1. Tokens, as wink splits names: words with inner hyphens, dotted abbreviations ("U.S."), "'s", any other sign.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*|['’]s\b|[^\s\p{L}\p{M}\p{N}]/gu;
const ids = new Map<string, number>();
const words: string[] = [];
let counts = new Int32Array(1 << 16);
let stream = new Int32Array(1 << 24);
let len = 0;
const BOUNDARY = -1;
const push = (id: number) => {
  if (len === stream.length) {
    const next = new Int32Array(stream.length * 2);
    next.set(stream);
    stream = next;
  }
  stream[len++] = id;
};
const lines = readline.createInterface({ input: createReadStream(values.corpus).pipe(createGunzip()), crlfDelay: Infinity });
let documents = 0;
for await (const line of lines) {
  if (!line.trim()) continue;
  const text = String((JSON.parse(line) as { text?: unknown }).text ?? '');
  documents++;
  for (const para of text.split('\n')) {
    for (const m of para.matchAll(TOKEN)) {
      const w = m[0];
      let id = ids.get(w);
      if (id === undefined) {
        id = words.length;
        ids.set(w, id);
        words.push(w);
        if (id >= counts.length) {
          const next = new Int32Array(counts.length * 2);
          next.set(counts);
          counts = next;
        }
      }
      counts[id]!++;
      push(id);
    }
    push(BOUNDARY);
  }
}
console.log(`read ${documents} documents, ${len.toLocaleString('en')} tokens, ${words.length.toLocaleString('en')} distinct, in ${secs()} s`);

// Ranks: by count, then by code point, so that ties cannot depend on reading order.
const order = words.map((_, i) => i).sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
const rank = new Int32Array(words.length).fill(-1);
let V = 0;
for (const id of order) {
  if (V >= maxWords || counts[id]! < minCount) break;
  rank[id] = V++;
}
const vocab = order.slice(0, V).map((id) => words[id]!);

// Contexts: the nearC most frequent words at −1 and +1, the farC most frequent at −2 and +2, and the line edge.
const D = 2 * (nearC + 1) + 2 * farC;
const ctxOf = (offset: number, id: number): number => {
  if (id === BOUNDARY) return offset < 0 ? nearC : 2 * nearC + 1; // the edge counts as a context at ±1 only
  const r = rank[id]!;
  if (offset === -1) return r >= 0 && r < nearC ? r : -1;
  if (offset === 1) return r >= 0 && r < nearC ? nearC + 1 + r : -1;
  if (r < 0 || r >= farC) return -1;
  return 2 * (nearC + 1) + (offset === -2 ? r : farC + r);
};
// Pairs as word × D + context in one array (under 2³²: checked below), sorted and run-length counted: no per-word maps.
if (V * D >= 2 ** 32) throw new Error(`clusters: ${V} words × ${D} contexts do not fit 32 bits; lower --max-words or --contexts`);
let pairs = new Uint32Array(1 << 24);
let np = 0;
for (let i = 0; i < len; i++) {
  const id = stream[i]!;
  if (id === BOUNDARY) continue;
  const w = rank[id]!;
  if (w < 0) continue;
  for (const off of farC > 0 ? [-2, -1, 1, 2] : [-1, 1]) {
    const j = i + off;
    let c: number;
    if (j < 0 || j >= len) c = ctxOf(off, BOUNDARY);
    else if (Math.abs(off) === 2 && (stream[i + off / 2] === BOUNDARY || stream[j] === BOUNDARY)) continue;
    else c = ctxOf(off, stream[j]!);
    if (c < 0) continue;
    if (np === pairs.length) {
      const next = new Uint32Array(pairs.length * 2);
      next.set(pairs);
      pairs = next;
    }
    pairs[np++] = w * D + c;
  }
}
const sorted = pairs.subarray(0, np).sort();
const rows: SparseRows = { n: V, d: D, start: new Int32Array(V + 1), col: new Int32Array(np), val: new Float64Array(np) };
let nnz = 0;
for (let i = 0; i < np; ) {
  const key = sorted[i]!;
  let j = i + 1;
  while (j < np && sorted[j] === key) j++;
  const w = Math.floor(key / D);
  rows.col[nnz] = key - w * D;
  rows.val[nnz] = j - i;
  rows.start[w + 1] = ++nnz;
  i = j;
}
for (let w = 1; w <= V; w++) rows.start[w] = Math.max(rows.start[w]!, rows.start[w - 1]!);
console.log(`${V.toLocaleString('en')} words (count ≥ ${minCount}), ${D} contexts, ${nnz.toLocaleString('en')} non-zero counts, in ${secs()} s`);

// 2–3. PPMI, then a randomized SVD; word vectors U·√Σ, unit length.
ppmiRows(rows, 0.75);
const random = seededRandom(seed);
const vectors = randomizedSvd(rows, dims, random, 2);
console.log(`SVD to ${dims} dimensions in ${secs()} s`);

// 4. The tree of clusters.
const codes = bisect(vectors, V, dims, depth, random);
const leaves = new Set(codes).size;
console.log(`tree of depth ≤ ${depth}: ${leaves.toLocaleString('en')} leaves, in ${secs()} s`);

const file = encodeWordClusters(vocab, codes, {
  source: `${path.basename(values.corpus)}: the UN General Debate corpus 1946–2024 (Jankin, Baturo & Dasandi; CC0 1.0), ${documents} speeches, ${len.toLocaleString('en')} tokens`,
  licence: 'CC0 1.0 (derived from CC0 text; words and cluster codes only, no running text)',
  method: `PPMI (α 0.75) of ±1 (${nearC} words) and ±2 (${farC} words) contexts → randomized SVD (${dims} dims, 2 power iterations) → divisive principal-direction bisection with spherical 2-means, depth ≤ ${depth}`,
  options: { minCount, maxWords, contexts: nearC, farContexts: farC, dims, depth, seed },
  producedBy: 'scripts/clusters.ts (pnpm clusters)',
});
const json = JSON.stringify(file);
writeFileSync(values.out, `${json}\n`);
console.log(`wrote ${path.relative(root, values.out)} (${WORD_CLUSTERS_FORMAT}): ${V.toLocaleString('en')} words, ${(json.length / 1e6).toFixed(2)} MB, total ${secs()} s`);

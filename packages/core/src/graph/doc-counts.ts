/**
 * Per-document counts: a node's `docMentions` and an edge's `docWeights` run parallel to its `docs` (sorted ids), so
 * the graph can be counted again within any subset of its documents (graph/subset.ts). Kept as a list of numbers
 * beside the ids rather than an id → count map, because the ids are already in the file once: the numbers add a few
 * bytes per document instead of repeating every id.
 *
 * A graph written before these lists existed, or read from a flat format, has none: `docCounts` then spreads the
 * total evenly over the documents (the remainder to the first ones), which keeps every total exact and is the best a
 * subset can do without the real counts.
 */
import { compareStrings } from '../util/compare.js';

/** Documents and their counts, parallel and sorted by id; one entry per document. */
export interface DocCounts {
  docs: string[];
  counts: number[];
}

/**
 * The counts of `docs`: `given` when it is a list of the same length, else `total` spread evenly over the documents.
 */
export function docCounts(docs: readonly string[], given: readonly number[] | undefined, total: number): number[] {
  if (Array.isArray(given) && given.length === docs.length) return [...given];
  const n = docs.length;
  if (n === 0) return [];
  const whole = Math.max(0, Math.round(total));
  const base = Math.floor(whole / n);
  const extra = whole - base * n;
  return docs.map((_, i) => base + (i < extra ? 1 : 0));
}

/** Sort documents by id with their counts, adding up the counts of an id listed twice. Always new arrays. */
export function sortDocCounts(docs: readonly string[], counts: readonly number[]): DocCounts {
  // What a finished graph holds is sorted already: a copy, without the map and the sort (subsets of big graphs).
  let sorted = true;
  for (let i = 1; i < docs.length && sorted; i++) sorted = docs[i - 1]! < docs[i]!;
  if (sorted) return { docs: [...docs], counts: docs.map((_, i) => counts[i] ?? 0) };
  const sums = new Map<string, number>();
  docs.forEach((d, i) => sums.set(d, (sums.get(d) ?? 0) + (counts[i] ?? 0)));
  const ids = [...sums.keys()].sort(compareStrings);
  return { docs: ids, counts: ids.map((d) => sums.get(d)!) };
}

/** Two sorted lists merged into one, counts of a document in both added: the same whichever comes first. */
export function mergeDocCounts(a: DocCounts, b: DocCounts): DocCounts {
  const docs: string[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.docs.length || j < b.docs.length) {
    const x = a.docs[i];
    const y = b.docs[j];
    const order = x === undefined ? 1 : y === undefined ? -1 : compareStrings(x, y);
    if (order === 0) {
      docs.push(x!);
      counts.push(a.counts[i++]! + b.counts[j++]!);
    } else if (order < 0) {
      docs.push(x!);
      counts.push(a.counts[i++]!);
    } else {
      docs.push(y!);
      counts.push(b.counts[j++]!);
    }
  }
  return { docs, counts };
}

/** A node's documents with their mention counts. */
export function nodeDocCounts(a: { docs: string[]; docMentions?: number[]; mentions: number }): DocCounts {
  return sortDocCounts(a.docs, docCounts(a.docs, a.docMentions, a.mentions));
}

/** An edge's documents with their co-mention windows. */
export function edgeDocCounts(a: { docs: string[]; docWeights?: number[]; weight: number }): DocCounts {
  return sortDocCounts(a.docs, docCounts(a.docs, a.docWeights, a.weight));
}

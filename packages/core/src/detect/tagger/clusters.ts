/**
 * Word clusters for the tagger: each word of a vocabulary learnt from unlabelled text (scripts/clusters.ts, `pnpm
 * clusters`) has a bit-string path in a binary tree; words with a long common prefix are used alike ("Mandela",
 * "Arafat", "Gorbachev"). Prefixes of 4, 6, 10 and 20 bits are features, so a name the training data never saw
 * still looks like the names it did (Ratinov & Roth 2009; Brown clusters in their case).
 *
 * The file is JSON so that bundlers include it and no fs is needed (the explorer runs the tagger in a web worker):
 * words joined by newlines, in vocabulary order, and their codes as base64 int32s. Decoding builds one Map, once.
 */
import { InvalidInputError } from '../../errors.js';
import { fromBase64, toBase64 } from './base64.js';

export const WORD_CLUSTERS_FORMAT = 'entente-word-clusters';
export const WORD_CLUSTERS_FORMAT_VERSION = 1;
/** The prefix lengths used as features. */
export const CLUSTER_PREFIXES = [4, 6, 10, 20] as const;

export interface WordClustersMeta {
  source: string;
  licence: string;
  method: string;
  options: Record<string, number>;
  producedBy: string;
}

export interface WordClustersFile extends WordClustersMeta {
  format: typeof WORD_CLUSTERS_FORMAT;
  formatVersion: number;
  /** A hash of the words and codes: a model records the clusters it was trained with by this id. */
  id: string;
  wordCount: number;
  words: string;
  codes: string;
}

/** Decoded clusters: a word's code (a path with a leading 1 bit: 0b1 is the root), or 0 when it has none. */
export interface WordClusters {
  id: string;
  size: number;
  code(word: string): number;
}

export function encodeWordClusters(words: readonly string[], codes: Int32Array, meta: WordClustersMeta): WordClustersFile {
  if (words.length !== codes.length) throw new InvalidInputError('encodeWordClusters', 'codes', `expected ${words.length} codes, received ${codes.length}`);
  for (const w of words) if (w.includes('\n') || w === '') throw new InvalidInputError('encodeWordClusters', 'words', `expected words without newlines, received ${JSON.stringify(w)}`);
  const joined = words.join('\n');
  const b64 = toBase64(new Uint8Array(codes.buffer, codes.byteOffset, codes.byteLength));
  return {
    format: WORD_CLUSTERS_FORMAT,
    formatVersion: WORD_CLUSTERS_FORMAT_VERSION,
    ...meta,
    id: clustersId(joined, b64),
    wordCount: words.length,
    words: joined,
    codes: b64,
  };
}

/** Decode a clusters file. Throws InvalidInputError naming what is wrong. */
export function decodeWordClusters(data: unknown): WordClusters {
  const d = data as Partial<WordClustersFile> | null;
  const fail = (reason: string): never => {
    throw new InvalidInputError('decodeWordClusters', 'word clusters', reason);
  };
  if (d === null || typeof d !== 'object') return fail(`expected an object, received ${typeof d}`);
  if (d.format !== WORD_CLUSTERS_FORMAT) return fail(`expected format "${WORD_CLUSTERS_FORMAT}", received ${JSON.stringify(d.format)}`);
  if (d.formatVersion !== WORD_CLUSTERS_FORMAT_VERSION) return fail(`expected formatVersion ${WORD_CLUSTERS_FORMAT_VERSION}, received ${String(d.formatVersion)}`);
  if (typeof d.words !== 'string' || typeof d.codes !== 'string' || typeof d.id !== 'string') return fail('missing words, codes or id');
  const words = d.words.split('\n');
  const bytes = fromBase64(d.codes);
  if (bytes.byteLength !== words.length * 4) return fail(`expected ${words.length} codes, received ${bytes.byteLength / 4}`);
  const codes = new Int32Array(bytes.buffer, bytes.byteOffset, words.length);
  const map = new Map<string, number>();
  words.forEach((w, i) => map.set(w, codes[i]!));
  return { id: d.id, size: words.length, code: (w) => map.get(w) ?? 0 };
}

/**
 * The code of a token as written, else of its other casings: a headline's "BRITAIN" is looked up as "Britain", a
 * sentence-initial "Missiles" as "missiles". 0: no code.
 */
export function tokenCluster(clusters: WordClusters, value: string): number {
  const exact = clusters.code(value);
  if (exact !== 0) return exact;
  const lower = value.toLowerCase();
  if (lower === value) return 0;
  const title = value.charAt(0) + lower.slice(1);
  return (title !== value ? clusters.code(title) : 0) || clusters.code(lower);
}

/** The prefix of a code of `bits` bits (with its leading 1), or the whole code when it is shorter. */
export function codePrefix(code: number, bits: number): number {
  const length = 31 - Math.clz32(code);
  return length > bits ? code >>> (length - bits) : code;
}

/** FNV-1a over the words and codes, as 8 hex digits. */
function clustersId(words: string, codes: string): string {
  let h = 0x811c9dc5;
  for (const s of [words, codes]) {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** No clusters: every word has code 0 (a model trained without the cluster features). */
export const NO_CLUSTERS: WordClusters = Object.freeze({ id: 'none', size: 0, code: () => 0 });

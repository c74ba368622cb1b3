/**
 * The tagger model: a weight table from hashed feature keys to one weight per tag, and its JSON form.
 *
 * Weights are quantized to int8 against one scale when a model is made (so a model behaves the same before and after
 * a save). On disk they are stored sparsely (a 16-bit mask of the non-zero tags, then one byte per set tag), keys and
 * weights base64-encoded, so the shipped model is small enough to bundle in the browser app.
 */
import { InvalidInputError } from '../../errors.js';
import { fromBase64, toBase64 } from './base64.js';
import { NO_CLUSTERS, type WordClusters } from './clusters.js';
import { groupNames, groupsFromNames } from './groups.js';

export const MODEL_FORMAT = 'entente-tagger';
export const MODEL_FORMAT_VERSION = 1;

/** Where a model came from: recorded in the file so a shipped model can be traced and reproduced. */
export interface TaggerProvenance {
  trainedOn: string[];
  date: string;
  seed: number;
  epochs: number;
  /** How many perceptrons (seeds seed, seed + 1, …) were averaged. */
  ensemble: number;
  featureSet: string;
  labelScheme: string;
  minFeatureCount: number;
  notes?: string;
}

/**
 * Word lists a model was trained with, as sets of word hashes (see hashing.ts `wordHash`): given names and surnames,
 * so that "Lyle Vanclief" looks like a person although neither word was in the training data, and common lowercase
 * words. Hashes, not words: the model file stays free of text.
 */
export interface WordLists {
  firstNames: ReadonlySet<number>;
  lastNames: ReadonlySet<number>;
  /** Words mostly written in lowercase in running text ("missiles", "traders"): capitalised, they start a sentence. */
  common: ReadonlySet<number>;
  /** Words of organisation and sports-team names ("villa", "celtics", "activision"): feature group "places". */
  organisations?: ReadonlySet<number>;
  /** Words of city and region names ("leeds", "surrey", "california"): a team in sports news, a place elsewhere. */
  places?: ReadonlySet<number>;
}

/** A word's name-list facts as bits: given name 1, surname 2, common word 4, organisation word 8, place word 16. */
export function nameBits(lists: WordLists, w: number): number {
  return (
    (lists.firstNames.has(w) ? 1 : 0) +
    (lists.lastNames.has(w) ? 2 : 0) +
    (lists.common.has(w) ? 4 : 0) +
    (lists.organisations?.has(w) ? 8 : 0) +
    (lists.places?.has(w) ? 16 : 0)
  );
}

export const NO_WORD_LISTS: WordLists = Object.freeze({ firstNames: new Set<number>(), lastNames: new Set<number>(), common: new Set<number>() });

/** A model ready to decode with. `labels` are the entity labels; tag 0 is O, tag 2k+1 is B-label k, 2k+2 is I-label k. */
export interface TaggerModel {
  featureSet: string;
  labels: readonly string[];
  tagCount: number;
  provenance: TaggerProvenance;
  table: WeightTable;
  wordLists: WordLists;
  /** The feature groups it was trained with (groups.ts). */
  groups: number;
  /** The word clusters it was trained with (NO_CLUSTERS when it uses none). */
  clusters: WordClusters;
}

/**
 * Open addressing over one buffer of fixed-size records: an int32 key, then one int8 weight per tag (weights are
 * `int8 × scale`). One record is one cache-line fetch, which is what a lookup costs; the shipped table is about 1 MB.
 */
export interface WeightTable {
  tagCount: number;
  mask: number;
  /** Record size in bytes (4 + tagCount, rounded up to a multiple of 4). */
  stride: number;
  /** Int32 view: the key of record s is at s × stride / 4. */
  keys: Int32Array;
  /** Int8 view of the same buffer: the weights of record s start at s × stride + 4. */
  weights: Int8Array;
  scale: number;
  size: number;
}

/** The JSON file. */
export interface SerializedTaggerModel {
  format: typeof MODEL_FORMAT;
  formatVersion: number;
  featureSet: string;
  labels: string[];
  provenance: TaggerProvenance;
  featureCount: number;
  scale: number;
  /** base64 of little-endian int32 keys, in row order. */
  keys: string;
  /** base64 of, per row: uint16 mask of non-zero tags (little-endian), then one int8 per set bit. */
  weights: string;
  /** base64 of sorted little-endian int32 word hashes. */
  wordLists: { firstNames: string; lastNames: string; common?: string; organisations?: string; places?: string };
  /** Feature groups (groups.ts) the model was trained with. */
  featureGroups: string[];
  /** The word-cluster file it needs (by its id; clusters.ts), or null. */
  clusters: { id: string; words: number } | null;
}

export function tagCountFor(labels: readonly string[]): number {
  return 1 + 2 * labels.length;
}

/** Build a table from keys and their float weights (row r at r × tagCount), quantized to int8 against one scale. */
export function createWeightTable(keys: ArrayLike<number>, weights: Float32Array, tagCount: number, scale?: number): WeightTable {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const q = scale ?? (max > 0 ? max / 127 : 1);
  const quantized = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) quantized[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / q)));
  return buildTable(keys, quantized, tagCount, q);
}

function buildTable(keys: ArrayLike<number>, quantized: Int8Array, tagCount: number, scale: number): WeightTable {
  const n = keys.length;
  let cap = 16;
  while (cap < n * 1.5) cap *= 2;
  const stride = (4 + tagCount + 3) & ~3;
  const buffer = new ArrayBuffer(cap * stride);
  const table: WeightTable = { tagCount, mask: cap - 1, stride, keys: new Int32Array(buffer), weights: new Int8Array(buffer), scale, size: n };
  const step = stride >> 2;
  for (let r = 0; r < n; r++) {
    const key = keys[r]! | 0;
    let slot = mix(key) & table.mask;
    while (table.keys[slot * step] !== 0) slot = (slot + 1) & table.mask;
    table.keys[slot * step] = key;
    table.weights.set(quantized.subarray(r * tagCount, (r + 1) * tagCount), slot * stride + 4);
  }
  return table;
}

/** Byte offset of a feature's weights in `table.weights`, or -1. */
export function lookup(table: WeightTable, key: number): number {
  const step = table.stride >> 2;
  let slot = mix(key) & table.mask;
  for (;;) {
    const k = table.keys[slot * step]!;
    if (k === key) return slot * table.stride + 4;
    if (k === 0) return -1;
    slot = (slot + 1) & table.mask;
  }
}

/** The stored keys with their weights, in key order (for writing a model file). */
export function tableEntries(table: WeightTable): Array<{ key: number; weights: Int8Array }> {
  const out: Array<{ key: number; weights: Int8Array }> = [];
  const step = table.stride >> 2;
  for (let s = 0; s <= table.mask; s++) {
    const key = table.keys[s * step]!;
    if (key !== 0) out.push({ key, weights: table.weights.subarray(s * table.stride + 4, s * table.stride + 4 + table.tagCount) });
  }
  return out.sort((a, b) => a.key - b.key);
}

/** Keys are already hashes; one more multiply spreads the low bits used as the slot. */
function mix(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 0;
}

/** Encode a model for its JSON file (its weights are already int8). */
export function serializeTaggerModel(model: TaggerModel): SerializedTaggerModel {
  const bytes: number[] = [];
  const keptKeys: number[] = [];
  for (const { key, weights } of tableEntries(model.table)) {
    let mask = 0;
    const q: number[] = [];
    weights.forEach((v, t) => {
      if (v !== 0) {
        mask |= 1 << t;
        q.push(v & 0xff);
      }
    });
    if (mask === 0) continue;
    keptKeys.push(key);
    bytes.push(mask & 0xff, mask >>> 8, ...q);
  }
  const keyBytes = new Uint8Array(new Int32Array(keptKeys).buffer);
  return {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    featureSet: model.featureSet,
    labels: [...model.labels],
    provenance: model.provenance,
    featureCount: keptKeys.length,
    scale: model.table.scale,
    keys: toBase64(keyBytes),
    weights: toBase64(Uint8Array.from(bytes)),
    wordLists: {
      firstNames: encodeHashes(model.wordLists.firstNames),
      lastNames: encodeHashes(model.wordLists.lastNames),
      common: encodeHashes(model.wordLists.common),
      ...(model.wordLists.organisations?.size ? { organisations: encodeHashes(model.wordLists.organisations) } : {}),
      ...(model.wordLists.places?.size ? { places: encodeHashes(model.wordLists.places) } : {}),
    },
    featureGroups: groupNames(model.groups),
    clusters: model.clusters === NO_CLUSTERS ? null : { id: model.clusters.id, words: model.clusters.size },
  };
}

function encodeHashes(set: ReadonlySet<number>): string {
  const sorted = Int32Array.from(set).sort();
  return toBase64(new Uint8Array(sorted.buffer));
}

function decodeHashes(b64: string | undefined): Set<number> {
  if (!b64) return new Set();
  const bytes = fromBase64(b64);
  return new Set(new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2));
}

export interface DeserializeOptions {
  /** The word clusters the model was trained with, when it uses them (the shipped ones: `defaultWordClusters()`). */
  clusters?: WordClusters;
}

/** Decode a model file. Throws InvalidInputError naming what is wrong (also when it needs clusters not given). */
export function deserializeTaggerModel(data: unknown, options: DeserializeOptions = {}): TaggerModel {
  const d = data as Partial<SerializedTaggerModel> | null;
  const fail = (reason: string): never => {
    throw new InvalidInputError('deserializeTaggerModel', 'tagger model', reason);
  };
  if (d === null || typeof d !== 'object') return fail(`expected an object, received ${typeof d}`);
  if (d.format !== MODEL_FORMAT) return fail(`expected format "${MODEL_FORMAT}", received ${JSON.stringify(d.format)}`);
  if (d.formatVersion !== MODEL_FORMAT_VERSION) return fail(`expected formatVersion ${MODEL_FORMAT_VERSION}, received ${String(d.formatVersion)}`);
  if (!Array.isArray(d.labels) || typeof d.keys !== 'string' || typeof d.weights !== 'string' || typeof d.scale !== 'number' || typeof d.featureSet !== 'string') {
    return fail('missing labels, keys, weights, scale or featureSet');
  }
  const tagCount = tagCountFor(d.labels);
  const keyBytes = fromBase64(d.keys);
  const keys = new Int32Array(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength >>> 2);
  const bytes = fromBase64(d.weights);
  const weights = new Int8Array(keys.length * tagCount);
  let p = 0;
  for (let r = 0; r < keys.length; r++) {
    if (p + 2 > bytes.length) return fail('weights end early');
    const mask = bytes[p]! | (bytes[p + 1]! << 8);
    p += 2;
    for (let t = 0; t < tagCount; t++) {
      if (!(mask & (1 << t))) continue;
      const b = bytes[p++]!;
      weights[r * tagCount + t] = b > 127 ? b - 256 : b;
    }
  }
  if (p !== bytes.length) return fail(`weights do not match ${keys.length} keys`);
  const groups = groupsFromNames(Array.isArray(d.featureGroups) ? d.featureGroups : [], 'deserializeTaggerModel');
  const needs = d.clusters ?? null;
  if (needs && options.clusters?.id !== needs.id) {
    return fail(`expected word clusters "${needs.id}" (as trained), received ${options.clusters ? `"${options.clusters.id}"` : 'none'}`);
  }
  return {
    featureSet: d.featureSet,
    labels: d.labels,
    tagCount,
    provenance: d.provenance as TaggerProvenance,
    table: buildTable(keys, weights, tagCount, d.scale),
    wordLists: {
      firstNames: decodeHashes(d.wordLists?.firstNames),
      lastNames: decodeHashes(d.wordLists?.lastNames),
      common: decodeHashes(d.wordLists?.common),
      organisations: decodeHashes(d.wordLists?.organisations),
      places: decodeHashes(d.wordLists?.places),
    },
    groups,
    clusters: needs ? options.clusters! : NO_CLUSTERS,
  };
}

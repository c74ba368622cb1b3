/**
 * The tagger model: a weight table from hashed feature keys to one weight per tag, and its JSON form.
 *
 * In memory the table is open addressing over typed arrays (one probe per feature, no objects). On disk the weights
 * are quantized to int8 against one scale and stored sparsely (a 16-bit mask of the non-zero tags, then one byte per
 * tag), keys and weights base64-encoded, so the shipped model is small enough to bundle in the browser app.
 */
import { InvalidInputError } from '../../errors.js';

export const MODEL_FORMAT = 'entente-tagger';
export const MODEL_FORMAT_VERSION = 1;

/** Where a model came from: recorded in the file so a shipped model can be traced and reproduced. */
export interface TaggerProvenance {
  trainedOn: string[];
  date: string;
  seed: number;
  epochs: number;
  featureSet: string;
  labelScheme: string;
  minFeatureCount: number;
  notes?: string;
}

/** A model ready to decode with. `labels` are the entity labels; tag 0 is O, tag 2k+1 is B-label k, 2k+2 is I-label k. */
export interface TaggerModel {
  featureSet: string;
  labels: readonly string[];
  tagCount: number;
  provenance: TaggerProvenance;
  table: WeightTable;
}

export interface WeightTable {
  tagCount: number;
  mask: number;
  keys: Int32Array;
  /** Row (index into `weights`, in units of tagCount) per slot. */
  rows: Int32Array;
  weights: Float32Array;
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
}

export function tagCountFor(labels: readonly string[]): number {
  return 1 + 2 * labels.length;
}

/** Build a table from parallel key and row-weight arrays. */
export function createWeightTable(keys: ArrayLike<number>, weights: Float32Array, tagCount: number): WeightTable {
  const n = keys.length;
  let cap = 16;
  while (cap < n * 2) cap *= 2;
  const table: WeightTable = { tagCount, mask: cap - 1, keys: new Int32Array(cap), rows: new Int32Array(cap), weights, size: n };
  for (let r = 0; r < n; r++) {
    const key = keys[r]! | 0;
    let slot = mix(key) & table.mask;
    while (table.keys[slot] !== 0) slot = (slot + 1) & table.mask;
    table.keys[slot] = key;
    table.rows[slot] = r;
  }
  return table;
}

/** Row offset of a feature key in `table.weights`, or -1. */
export function lookup(table: WeightTable, key: number): number {
  let slot = mix(key) & table.mask;
  for (;;) {
    const k = table.keys[slot]!;
    if (k === key) return table.rows[slot]! * table.tagCount;
    if (k === 0) return -1;
    slot = (slot + 1) & table.mask;
  }
}

/** Keys are already hashes; one more multiply spreads the low bits used as the slot. */
function mix(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 0;
}

/** Quantize and encode a model for its JSON file. */
export function serializeTaggerModel(model: TaggerModel): SerializedTaggerModel {
  const { table, tagCount } = model;
  const rowKeys = new Int32Array(table.size);
  for (let s = 0; s < table.keys.length; s++) if (table.keys[s] !== 0) rowKeys[table.rows[s]!] = table.keys[s]!;
  let max = 0;
  for (const w of table.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes: number[] = [];
  const keptKeys: number[] = [];
  for (let r = 0; r < table.size; r++) {
    let mask = 0;
    const q: number[] = [];
    for (let t = 0; t < tagCount; t++) {
      const v = Math.round(table.weights[r * tagCount + t]! / scale);
      if (v !== 0) {
        mask |= 1 << t;
        q.push(v & 0xff);
      }
    }
    if (mask === 0) continue;
    keptKeys.push(rowKeys[r]!);
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
    scale: Number(scale.toPrecision(8)),
    keys: toBase64(keyBytes),
    weights: toBase64(Uint8Array.from(bytes)),
  };
}

/** Decode a model file. Throws InvalidInputError naming what is wrong. */
export function deserializeTaggerModel(data: unknown): TaggerModel {
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
  const weights = new Float32Array(keys.length * tagCount);
  let p = 0;
  for (let r = 0; r < keys.length; r++) {
    if (p + 2 > bytes.length) return fail('weights end early');
    const mask = bytes[p]! | (bytes[p + 1]! << 8);
    p += 2;
    for (let t = 0; t < tagCount; t++) {
      if (!(mask & (1 << t))) continue;
      const b = bytes[p++]!;
      weights[r * tagCount + t] = (b > 127 ? b - 256 : b) * d.scale;
    }
  }
  if (p !== bytes.length) return fail(`weights do not match ${keys.length} keys`);
  return {
    featureSet: d.featureSet,
    labels: d.labels,
    tagCount,
    provenance: d.provenance as TaggerProvenance,
    table: createWeightTable(keys, weights, tagCount),
  };
}

// base64 with the web platform's atob/btoa (global in browsers and Node ≥ 16) rather than Buffer, so core stays
// browser-safe; core compiles without DOM types, hence the cast.
const { atob, btoa } = globalThis as unknown as { atob(s: string): string; btoa(s: string): string };

/** Chunked, so large models do not overflow the call stack. */
function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

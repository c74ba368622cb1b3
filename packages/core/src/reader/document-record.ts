/**
 * A document as the reader needs it: its text, its sentences and every mention, with entity ids as they are in the
 * finished graph. `entente build` writes one record per line of the documents file beside the graph; the explorer
 * keeps the records of graphs it built in memory. Records from a file are untrusted: `parseRecord` checks every
 * offset before anything slices a text with it.
 */
import { InvalidInputError, describe } from '../errors.js';
import type { Document, DocumentInfo, DocumentResult } from '../types.js';
import { compareStrings } from '../util/compare.js';

/** One mention: [start, end, index into `entities`], and a fourth element 1 when it refers back ("he", "the bloc"). */
export type RecordMention = [number, number, number] | [number, number, number, 1];

export interface DocumentRecord extends DocumentInfo {
  text: string;
  /** [start, end, paragraph index] of each sentence, in order. */
  sentences: Array<[number, number, number]>;
  /** The entity ids mentioned, sorted: mentions name them by index, which keeps long documents' lines short. */
  entities: string[];
  /** Sorted by start, then end. */
  mentions: RecordMention[];
}

/** A mention of a record, spelled out. */
export interface RecordMentionItem {
  start: number;
  end: number;
  text: string;
  entity: string;
  via?: 'coreference';
}

/** The record of one extracted document; `redirects` maps ids merged away at finalisation to the node holding them. */
export function documentRecord(doc: Pick<Document, 'text'>, result: DocumentResult, redirects: ReadonlyMap<string, string> = new Map()): DocumentRecord {
  const raw: DocumentRecord = {
    ...result.doc,
    text: doc.text,
    sentences: (result.sentences ?? []).map(([s, e, p]) => [s, e, p]),
    entities: [],
    mentions: [],
  };
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (const m of result.mentions) {
    if (!index.has(m.entity)) index.set(m.entity, ids.push(m.entity) - 1);
    raw.mentions.push(m.via === 'coreference' ? [m.start, m.end, index.get(m.entity)!, 1] : [m.start, m.end, index.get(m.entity)!]);
  }
  raw.entities = ids;
  return redirectRecord(raw, redirects);
}

/** The record with its entity ids sent through `redirects`, the entity table sorted and mentions in text order. */
export function redirectRecord(record: DocumentRecord, redirects: ReadonlyMap<string, string>): DocumentRecord {
  const mapped = record.entities.map((id) => redirects.get(id) ?? id);
  const entities = [...new Set(mapped)].sort(compareStrings);
  const position = new Map(entities.map((id, i) => [id, i]));
  const mentions = record.mentions
    .map((m): RecordMention => (m[3] === 1 ? [m[0], m[1], position.get(mapped[m[2]]!)!, 1] : [m[0], m[1], position.get(mapped[m[2]]!)!]))
    .sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  return { ...record, entities, mentions };
}

/** The mentions of a record as objects. */
export function recordMentions(record: DocumentRecord): RecordMentionItem[] {
  return record.mentions.map((m) => ({
    start: m[0],
    end: m[1],
    text: record.text.slice(m[0], m[1]),
    entity: record.entities[m[2]]!,
    ...(m[3] === 1 ? { via: 'coreference' as const } : {}),
  }));
}

/** The record's fields in one fixed order, text last: the same record always serialises to the same bytes. */
export function serializeRecord(r: DocumentRecord): string {
  const ordered: Record<string, unknown> = { id: r.id };
  if (r.title !== undefined) ordered.title = r.title;
  if (r.date !== undefined) ordered.date = r.date;
  if (r.source !== undefined) ordered.source = r.source;
  if (r.meta !== undefined) ordered.meta = r.meta;
  ordered.sentences = r.sentences;
  ordered.entities = r.entities;
  ordered.mentions = r.mentions;
  ordered.text = r.text;
  return JSON.stringify(ordered);
}

const isIndex = (v: unknown, below: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= below;

/** A record from untrusted data (a line of a documents file), checked; throws InvalidInputError saying what is wrong. */
export function parseRecord(value: unknown, who: string, where: string): DocumentRecord {
  const bad = (reason: string) => new InvalidInputError(who, where, reason);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw bad(`expected a document record object, received ${describe(value)}`);
  const v = value as Partial<DocumentRecord>;
  if (typeof v.id !== 'string' || v.id === '') throw bad(`expected a non-empty string "id", received ${describe(v.id)}`);
  if (typeof v.text !== 'string') throw bad(`document "${v.id}" has no string "text"`);
  for (const field of ['title', 'date', 'source'] as const) {
    if (v[field] !== undefined && typeof v[field] !== 'string') throw bad(`document "${v.id}": "${field}" is ${describe(v[field])}, not a string`);
  }
  if (v.meta !== undefined && (v.meta === null || typeof v.meta !== 'object' || Array.isArray(v.meta))) throw bad(`document "${v.id}": "meta" is not an object`);
  if (!Array.isArray(v.sentences) || !Array.isArray(v.entities) || !Array.isArray(v.mentions)) throw bad(`document "${v.id}" lacks its "sentences", "entities" or "mentions" list`);
  const length = v.text.length;
  for (const s of v.sentences) {
    if (!Array.isArray(s) || !isIndex(s[0], length) || !isIndex(s[1], length) || s[1] < s[0] || !isIndex(s[2], Number.MAX_SAFE_INTEGER)) {
      throw bad(`document "${v.id}" has a sentence outside its text: ${JSON.stringify(s)?.slice(0, 60)}`);
    }
  }
  if (!v.entities.every((e) => typeof e === 'string' && e !== '')) throw bad(`document "${v.id}" has an entity id that is not a string`);
  for (const m of v.mentions) {
    if (!Array.isArray(m) || !isIndex(m[0], length) || !isIndex(m[1], length) || m[1] <= m[0] || !isIndex(m[2], v.entities.length - 1) || (m[3] !== undefined && m[3] !== 1)) {
      throw bad(`document "${v.id}" has a mention outside its text or entity table: ${JSON.stringify(m)?.slice(0, 60)}`);
    }
  }
  return v as DocumentRecord;
}

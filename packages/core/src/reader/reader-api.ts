/**
 * What the reader asks and gets back, as plain JSON: a document whole, an entity's mentions a page at a time, a link's
 * windows a page at a time. `entente serve` answers these over HTTP from the documents file; the explorer answers
 * them itself from the records of graphs it built in the browser. One set of functions, so both say the same.
 */
import type { Evidence } from '../types.js';
import { recordMentions, type DocumentRecord, type RecordMentionItem } from './document-record.js';
import { checkPage, linkEvidence, mentionEvidence, type MentionIndex } from './mention-index.js';

export type ReaderDocument = Omit<DocumentRecord, 'entities' | 'mentions'> & { mentions: RecordMentionItem[] };

/** Evidence (the sentence cut as the graph's is, marks into its text) and the document's title; `mention` for a mention. */
export interface ReaderHit extends Evidence {
  title: string;
  mention?: [number, number];
}

export interface ReaderPage {
  total: number;
  offset: number;
  limit: number;
  items: ReaderHit[];
}

/** Where the records are: by the document's number in the index (the order they were added in). */
export interface RecordSource {
  record(doc: number): DocumentRecord;
}

export function readerDocument(record: DocumentRecord): ReaderDocument {
  const { entities: _entities, mentions: _mentions, ...rest } = record;
  return { ...rest, mentions: recordMentions(record) };
}

export function entityMentionsPage(index: MentionIndex, source: RecordSource, entity: string, offset: number, limit: number): ReaderPage {
  checkPage('entityMentionsPage', offset, limit);
  const page = index.mentionsPage(entity, offset, limit);
  const items = page.hits.map((hit): ReaderHit => {
    const record = source.record(hit.doc);
    return { ...mentionEvidence(record, hit), title: record.title ?? record.id, mention: [hit.start, hit.end] };
  });
  return { total: page.total, offset, limit, items };
}

export function linkSentencesPage(index: MentionIndex, source: RecordSource, a: string, b: string, offset: number, limit: number): ReaderPage {
  checkPage('linkSentencesPage', offset, limit);
  const page = index.linkPage(a, b, offset, limit);
  const items = page.hits.map((hit): ReaderHit => {
    const record = source.record(hit.doc);
    return { ...linkEvidence(record, hit), title: record.title ?? record.id };
  });
  return { total: page.total, offset, limit, items };
}

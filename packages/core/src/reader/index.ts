/** The document reader's pure half: document records (the documents file's lines) and the index of every mention. */
export {
  documentRecord,
  parseRecord,
  recordMentions,
  redirectRecord,
  serializeRecord,
  type DocumentRecord,
  type RecordMention,
  type RecordMentionItem,
} from './document-record.js';
export { MAX_PAGE, MentionIndex, checkPage, linkEvidence, mentionEvidence, type LinkHit, type MentionHit, type Page } from './mention-index.js';
export { entityMentionsPage, linkSentencesPage, readerDocument, type ReaderDocument, type ReaderHit, type ReaderPage, type RecordSource } from './reader-api.js';

/**
 * `@entente/core/documents`: files → Documents, the one reader both faces use (read-document-file.ts). The faces fetch
 * the bytes and, for HTML, pass a DOMParser; core has no fs and no DOM.
 */
export { readDocumentFile, describeProblem, type DocumentFile, type DocumentItem, type DocumentProblem, type ReadFileOptions } from './read-document-file.js';
export { documentKind, DOCUMENT_EXTENSIONS, SUPPORTED_DOCUMENTS, type DocumentKind } from './document-kind.js';
export { readJsonlLine, jsonlLines, MAX_LINE_BYTES, megabytes, type JsonlLine, type RawLine } from './jsonl-records.js';
export { htmlToText, renameHandlers, READABILITY_MAX_DEPTH, READABILITY_MAX_ELEMENTS, type HtmlParser, type HtmlDocument, type HtmlElement, type HtmlNode, type HtmlText } from './html-text.js';
export { markdownToText, type MarkdownText } from './markdown-text.js';
export { decodeBytes, type Decoded } from './decode-text.js';

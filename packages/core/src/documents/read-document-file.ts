/**
 * One file's bytes → its documents: the one reader behind `entente build`/`extract` and the explorer's dropped files,
 * so a file gives the same documents, and so the same graph, in both. The faces only fetch the bytes (the CLI from
 * disk, folders and .gz; the explorer from a File) and pass a DOMParser for HTML; everything from the bytes on is here.
 *
 * - `.txt`/`.text`: the text as it is; `.md`/`.markdown`: the prose of the Markdown (markdown-text.ts);
 *   `.html`/`.htm`/`.xhtml`: the article text (html-text.ts); each one document, `id` and `source` as the face names
 *   the file, titled by its heading or page title, else by the file's base name.
 * - `.jsonl`/`.ndjson` (decompressed, for `.gz`): one document per line (jsonl-records.ts).
 *
 * Nothing throws for a bad file: what cannot be used is a problem naming the file (and line) and why, and the rest is
 * read; what was read in a way worth knowing (windows-1252, HTML without Readability) is a note.
 */
import type { Document } from '../types.js';
import { decodeBytes } from './decode-text.js';
import { documentKind, SUPPORTED_DOCUMENTS, type DocumentKind } from './document-kind.js';
import { htmlToText, type HtmlParser } from './html-text.js';
import { jsonlLines, readJsonlLine } from './jsonl-records.js';
import { markdownToText } from './markdown-text.js';

/** The WHATWG TextEncoder, global in Node and browsers (core's lib is ECMAScript only). */
declare const TextEncoder: new () => { encode(text: string): Uint8Array };

/** The file being read, as the face names it. */
export interface DocumentFile {
  /** Its name or path: the extension says how to read it, the base name titles an untitled document. */
  name: string;
  /** The document's id (a JSONL line's own id wins; a line without one is `${id}:${line}`). Default: `name`. */
  id?: string;
  /** Where it came from, kept as the document's `source` (not for JSONL, whose lines say their own). Default: none. */
  source?: string;
  /** Read it as this kind whatever its name says. */
  kind?: DocumentKind;
}

export interface ReadFileOptions {
  /** Parses HTML (the browser's DOMParser, linkedom's in Node); without one an HTML file is a problem. */
  html?: HtmlParser;
  /** The bytes are only the first part of the file (the face stopped reading at a limit): a character cut there is left out. */
  partial?: boolean;
}

/** Something about a file or one of its lines: why it was not read, or how it was. `line` counts from 1. */
export interface DocumentProblem {
  file: string;
  line?: number;
  reason: string;
}

/** In file order: documents, problems (something was not read) and notes (something was read, in a way worth saying). */
export type DocumentItem = { kind: 'document'; doc: Document } | { kind: 'problem'; problem: DocumentProblem } | { kind: 'note'; note: DocumentProblem };

/** `file:line: reason`, or `file: reason`: the one-line form of a problem or a note. */
export function describeProblem(p: DocumentProblem): string {
  return `${p.line === undefined ? p.file : `${p.file}:${p.line}`}: ${p.reason}`;
}

/** The documents of one file, with what could not be read and how the rest was. */
export function readDocumentFile(file: DocumentFile, content: Uint8Array | string, options: ReadFileOptions = {}): DocumentItem[] {
  const kind = file.kind ?? documentKind(file.name);
  const id = file.id ?? file.name;
  const problem = (reason: string, line?: number): DocumentItem => ({ kind: 'problem', problem: { file: file.name, ...(line !== undefined ? { line } : {}), reason } });
  if (kind === undefined) return [problem(`unsupported file type; expected ${SUPPORTED_DOCUMENTS}`)];
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  if (kind === 'jsonl' || kind === 'jsonl.gz') return readJsonl(file.name, id, bytes);
  if (bytes.length === 0) return [problem('empty file')];
  const decoded = decodeBytes(bytes, options.partial === true);
  if (!decoded.ok) return [problem(decoded.reason)];
  const notes: string[] = decoded.note ? [decoded.note] : [];
  let text = decoded.text;
  let title: string | undefined;
  if (kind === 'html') {
    if (!options.html) return [problem('no HTML parser given to read it with')];
    const html = htmlToText(text, options.html);
    ({ text, title } = html);
    if (html.note) notes.push(html.note);
  } else if (kind === 'markdown') {
    ({ text, title } = markdownToText(text));
  }
  if (text.trim().length === 0) return [problem('no text in it')];
  const doc: Document = { id, text, title: title ?? baseName(file.name), ...(file.source !== undefined ? { source: file.source } : {}) };
  return [...notes.map((reason): DocumentItem => ({ kind: 'note', note: { file: file.name, reason } })), { kind: 'document', doc }];
}

function readJsonl(name: string, id: string, bytes: Uint8Array): DocumentItem[] {
  const items: DocumentItem[] = [];
  for (const line of jsonlLines(bytes)) {
    const read = readJsonlLine(line, id);
    if (read.kind === 'blank') continue;
    if (read.kind === 'problem') {
      // A UTF-16 file fails as a whole, on its first line.
      items.push({ kind: 'problem', problem: read.stop ? { file: name, reason: read.reason } : { file: name, line: line.lineNo, reason: read.reason } });
      if (read.stop) break;
      continue;
    }
    for (const reason of read.notes) items.push({ kind: 'note', note: { file: name, line: line.lineNo, reason } });
    items.push({ kind: 'document', doc: read.doc });
  }
  return items;
}

/** As POSIX `path.basename`: what the CLI has always titled a file by. */
function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

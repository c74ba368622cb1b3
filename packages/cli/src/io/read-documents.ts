/**
 * Reading documents from the command line's inputs: files (.txt, .md, .html, .jsonl, .jsonl.gz), folders (recursively)
 * and `-` (a JSONL stream on stdin). Documents stream out one at a time, so a large corpus is never held in memory.
 * A file that cannot be used (unreadable, binary, empty, unsupported, a bad JSONL line) is reported as a warning
 * naming it and why, and the rest goes on; a file read in a way worth knowing (decoded as windows-1252, HTML read
 * without Readability, only its first part read) comes with a note.
 *
 * Bounds: a text file is read up to what the document-length cap can use (3 bytes per character: the rest would be
 * cut anyway, and core says so), an HTML file up to MAX_HTML_BYTES, a JSONL line up to MAX_LINE_BYTES.
 */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Document } from '@entente/core';
import { decodeBytes, decodeLine, toWellFormed, wellFormed } from './decode-text.js';
import { htmlToText } from './html-text.js';
import { inputKind, SUPPORTED, type InputFile } from './input-files.js';
import { chunksOf, MAX_LINE_BYTES, splitLines } from './jsonl-lines.js';

export { isStreamInput, isSupportedFile, listInputFiles, MissingInputError, type InputFile } from './input-files.js';

export interface InputWarning {
  source: string;
  reason: string;
}

/** A document, a warning (something was not read) or a note (something was read, in a way worth saying). */
export type InputItem = { kind: 'document'; doc: Document } | { kind: 'warning'; warning: InputWarning } | { kind: 'note'; note: InputWarning };

export interface ReadOptions {
  /** The document-length cap of the build (core's maxChars): text beyond it is not read from disk. */
  maxChars?: number;
}

/** HTML is markup around the text: far more bytes than the characters it gives, but not without end. */
export const MAX_HTML_BYTES = 32 * 1024 * 1024;
const DEFAULT_MAX_CHARS = 2_000_000;

/** Documents (and warnings) from the given files, in order. */
export async function* readInputs(files: InputFile[], stdin: NodeJS.ReadableStream = process.stdin, options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const file of files) {
    if (file.problem) {
      yield warn(file.path, file.problem);
      continue;
    }
    if (file.path === '-') {
      yield* readJsonl(chunksOf(stdin), '<stdin>', file.id);
      continue;
    }
    const kind = inputKind(file.path);
    // A file named directly is only read if it is a kind this reads: a PDF or a JSON array read as text makes noise.
    if (kind === undefined) yield warn(file.path, `unsupported file type; expected ${SUPPORTED}`);
    else if (kind === 'jsonl' || kind === 'jsonl.gz') yield* readJsonlFile(file, kind === 'jsonl.gz');
    else yield* readTextFile(file, kind, options.maxChars ?? DEFAULT_MAX_CHARS);
  }
}

async function* readTextFile(file: InputFile, kind: 'text' | 'html', maxChars: number): AsyncGenerator<InputItem> {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit; a few more so that a longer file still reads as longer than the cap.
  const limit = kind === 'html' ? MAX_HTML_BYTES : 3 * maxChars + 4;
  let bytes: Buffer;
  let size: number;
  try {
    ({ bytes, size } = await readPrefix(file.path, limit));
  } catch (error) {
    yield warn(file.path, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  if (size === 0) {
    yield warn(file.path, 'empty file');
    return;
  }
  const partial = bytes.length < size;
  const decoded = decodeBytes(bytes, partial);
  if (!decoded.ok) {
    yield warn(file.path, decoded.reason);
    return;
  }
  const notes: string[] = decoded.note ? [decoded.note] : [];
  let text = decoded.text;
  let title: string | undefined;
  if (kind === 'html') {
    if (partial) notes.push(`HTML of ${megabytes(size)}: only its first ${megabytes(limit)} read`);
    const html = htmlToText(text);
    ({ text, title } = html);
    if (html.note) notes.push(html.note);
  }
  if (text.trim().length === 0) {
    yield warn(file.path, 'no text in it');
    return;
  }
  for (const note of notes) yield { kind: 'note', note: { source: file.path, reason: note } };
  yield { kind: 'document', doc: { id: file.id, text, title: title ?? path.basename(file.path), source: file.path } };
}

/** The first `limit` bytes of a file, and its size: a 50 MB file whose text is cut at 2 M characters is not read whole. */
async function readPrefix(file: string, limit: number): Promise<{ bytes: Buffer; size: number }> {
  const handle = await fs.open(file, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const want = Math.min(stat.size, limit);
    const bytes = Buffer.alloc(want);
    let got = 0;
    while (got < want) {
      const { bytesRead } = await handle.read(bytes, got, want - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { bytes: bytes.subarray(0, got), size: stat.size };
  } finally {
    await handle.close();
  }
}

async function* readJsonlFile(file: InputFile, gzip: boolean): AsyncGenerator<InputItem> {
  try {
    await fs.access(file.path);
  } catch (error) {
    yield warn(file.path, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  const raw = createReadStream(file.path);
  const stream = gzip ? raw.pipe(createGunzip()) : raw;
  // A read error of the file must reach the gunzip's consumer: pipe does not forward it.
  raw.on('error', (error) => stream.destroy(error));
  const counts = { documents: 0 };
  try {
    yield* readJsonl(chunksOf(stream), file.path, file.id, counts);
  } catch (error) {
    const message = (error as Error).message;
    const truncated = gzip && /unexpected end of file/i.test(message);
    const reason = truncated
      ? `the gzip data ends early (a truncated file); the ${counts.documents} document(s) before the break were read`
      : gzip
        ? `not a valid gzip file (${message}); the ${counts.documents} document(s) before the fault were read`
        : `cannot read (${(error as NodeJS.ErrnoException).code ?? message})`;
    yield warn(file.path, reason);
  } finally {
    // Reached also when the reader stops early (a failed build leaves the loop); a gunzip destroyed on bad data
    // does not close the file piped into it, so both are closed here.
    raw.destroy();
    stream.destroy();
  }
}

/** One document per line: `{"id", "text", ...}`; other fields become metadata (title, date, source kept as such). */
async function* readJsonl(stream: AsyncIterable<Buffer | string>, name: string, idPrefix: string, counts = { documents: 0 }): AsyncGenerator<InputItem> {
  for await (const line of splitLines(stream)) {
    const where = `${name}:${line.lineNo}`;
    if ('tooLong' in line) {
      yield warn(where, `line of ${megabytes(line.tooLong)}, longer than the ${megabytes(MAX_LINE_BYTES)} a JSONL line may be, skipped`);
      continue;
    }
    // A UTF-8 byte-order mark before the first line.
    const bytes = line.lineNo === 1 && line.bytes[0] === 0xef && line.bytes[1] === 0xbb && line.bytes[2] === 0xbf ? line.bytes.subarray(3) : line.bytes;
    if (line.lineNo === 1 && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      yield warn(name, 'UTF-16 JSONL is not read; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)');
      return;
    }
    const decoded = decodeLine(bytes);
    if (!decoded.ok) continue; // never: decodeLine falls back to windows-1252
    if (decoded.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch {
      yield warn(where, 'not valid JSON, line skipped');
      continue;
    }
    const doc = toDocument(value, `${idPrefix}:${line.lineNo}`);
    if (typeof doc === 'string') {
      yield warn(where, doc);
      continue;
    }
    const clean = wellFormed(doc.text);
    for (const note of [decoded.note, clean.note]) if (note) yield { kind: 'note', note: { source: where, reason: note } };
    counts.documents++;
    yield { kind: 'document', doc: { ...doc, id: toWellFormed(doc.id), text: clean.text, ...(doc.title !== undefined ? { title: toWellFormed(doc.title) } : {}) } };
  }
}

function toDocument(value: unknown, fallbackId: string): Document | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object with "text", line skipped';
  const { id, text, title, date, source, ...meta } = value as Record<string, unknown>;
  if (typeof text !== 'string') return `expected a string "text", got ${text === undefined ? 'none' : text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}, line skipped`;
  const docId = typeof id === 'string' && id.length > 0 ? id : typeof id === 'number' ? String(id) : fallbackId;
  return {
    id: docId,
    text,
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof date === 'string' || typeof date === 'number' ? { date: String(date) } : {}),
    ...(typeof source === 'string' ? { source } : {}),
    ...(Object.keys(meta).length ? { meta } : {}),
  };
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function warn(source: string, reason: string): InputItem {
  return { kind: 'warning', warning: { source, reason } };
}

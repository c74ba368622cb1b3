/**
 * Reading documents from the command line's inputs: files (.txt, .md, .html, .jsonl, .jsonl.gz), folders (recursively)
 * and `-` (a JSONL stream on stdin). Documents stream out one at a time, so a large corpus is never held in memory.
 * Only the file system is here (opening, reading a prefix, streaming and gunzipping): what the bytes become is core's
 * one reader (`@entente/core/documents`), the explorer's too, so a file gives the same documents in both.
 * A file that cannot be used (unreadable, binary, empty, unsupported, a bad JSONL line) is reported as a warning
 * naming it and why, and the rest goes on; a file read in a way worth knowing (decoded as windows-1252, HTML read
 * without Readability, only its first part read) comes with a note.
 *
 * Bounds: a text file is read up to what the document-length cap can use (3 bytes per character: the rest would be
 * cut anyway, and core says so), an HTML file up to MAX_HTML_BYTES, a JSONL line up to MAX_LINE_BYTES.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { DOMParser } from 'linkedom';
import type { Document } from '@entente/core';
import { documentKind, megabytes, readDocumentFile, readJsonlLine, type DocumentItem, type HtmlParser } from '@entente/core/documents';
import type { InputFile } from './input-files.js';
import { chunksOf, splitLines } from './jsonl-lines.js';

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
    const kind = documentKind(file.path);
    // A file named directly is only read if it is a kind core reads: a PDF or a JSON array read as text makes noise.
    if (kind === undefined) yield* readDocumentFile({ name: file.path }, new Uint8Array()).map(fromCore);
    else if (kind === 'jsonl' || kind === 'jsonl.gz') yield* readJsonlFile(file, kind === 'jsonl.gz');
    else yield* readWholeFile(file, kind === 'html', options.maxChars ?? DEFAULT_MAX_CHARS);
  }
}

/** linkedom's DOMParser: a DOM for core's HTML reader, without a browser. */
const HTML_PARSER = new DOMParser() as unknown as HtmlParser;

async function* readWholeFile(file: InputFile, html: boolean, maxChars: number): AsyncGenerator<InputItem> {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit; a few more so that a longer file still reads as longer than the cap.
  const limit = html ? MAX_HTML_BYTES : 3 * maxChars + 4;
  let bytes: Buffer;
  let size: number;
  try {
    ({ bytes, size } = await readPrefix(file.path, limit));
  } catch (error) {
    yield warn(file.path, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  const partial = bytes.length < size;
  const items = readDocumentFile({ name: file.path, id: file.id, source: file.path }, bytes, { partial, html: HTML_PARSER });
  const failed = items.some((item) => item.kind === 'problem');
  if (html && partial && !failed) yield { kind: 'note', note: { source: file.path, reason: `HTML of ${megabytes(size)}: only its first ${megabytes(limit)} read` } };
  for (const item of items) yield fromCore(item);
}

/** Core's item, in the words this reader has always used: a problem is a warning, its place `file` or `file:line`. */
function fromCore(item: DocumentItem): InputItem {
  if (item.kind === 'document') return item;
  const p = item.kind === 'problem' ? item.problem : item.note;
  const source = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return item.kind === 'problem' ? warn(source, p.reason) : { kind: 'note', note: { source, reason: p.reason } };
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

/** One document per line, read by core (`readJsonlLine`): the same documents as the explorer gets from the file. */
async function* readJsonl(stream: AsyncIterable<Buffer | string>, name: string, idPrefix: string, counts = { documents: 0 }): AsyncGenerator<InputItem> {
  for await (const line of splitLines(stream)) {
    const read = readJsonlLine(line, idPrefix);
    if (read.kind === 'blank') continue;
    if (read.kind === 'problem') {
      // A UTF-16 file fails as a whole, on its first line.
      yield warn(read.stop ? name : `${name}:${line.lineNo}`, read.reason);
      if (read.stop) return;
      continue;
    }
    for (const reason of read.notes) yield { kind: 'note', note: { source: `${name}:${line.lineNo}`, reason } };
    counts.documents++;
    yield { kind: 'document', doc: read.doc };
  }
}

function warn(source: string, reason: string): InputItem {
  return { kind: 'warning', warning: { source, reason } };
}

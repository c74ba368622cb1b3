/**
 * Reading documents from the command line's inputs: files (.txt, .md, .html, .jsonl, .jsonl.gz), folders (recursively)
 * and `-` (a JSONL stream on stdin). Documents stream out one at a time, so a large corpus is never held in memory.
 * A file that cannot be used (unreadable, binary, empty, undecodable, unsupported, a bad JSONL line) is reported as a
 * warning naming it and why, and the rest goes on.
 */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Document } from '@entente/core';
import { UsageError } from '../errors.js';
import { htmlToText } from './html-text.js';

export interface InputWarning {
  source: string;
  reason: string;
}

export type InputItem = { kind: 'document'; doc: Document } | { kind: 'warning'; warning: InputWarning };

/** A file to read: where it is, and the document id it gives. */
export interface InputFile {
  /** The path to open, as the user spelled it (joined onto the folder they named); `-` is stdin. */
  path: string;
  /**
   * The document id, which must not depend on how the path was spelled (`data`, `./data`, `/abs/data` give the same
   * graph) nor leak the machine's folders into a shared graph: the POSIX path relative to the folder named, or the
   * base name of a file named directly.
   */
  id: string;
}

type InputKind = 'text' | 'html' | 'jsonl' | 'jsonl.gz';

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const SUPPORTED = '.txt, .md, .html, .jsonl, .jsonl.gz';

function inputKind(file: string): InputKind | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.jsonl.gz') || lower.endsWith('.ndjson.gz')) return 'jsonl.gz';
  const ext = path.extname(lower);
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  return undefined;
}

/** Whether a path names something `readInputs` reads. */
export function isSupportedFile(file: string): boolean {
  return inputKind(file) !== undefined;
}

/** Whether an input holds many documents, streamed (JSONL, gzipped or not, and stdin): worth worker threads. */
export function isStreamInput(file: InputFile): boolean {
  const kind = file.path === '-' ? 'jsonl' : inputKind(file.path);
  return kind === 'jsonl' || kind === 'jsonl.gz';
}

/**
 * Expand inputs into the files to read (folders recursively, in sorted order). A missing input, or a folder without
 * one file this reads, is the user's mistake: it throws a one-line error naming it.
 */
export async function listInputFiles(inputs: string[], who = 'entente'): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push({ path: '-', id: '<stdin>' });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      throw new MissingInputError(input);
    }
    if (!stat.isDirectory()) {
      out.push({ path: input, id: path.basename(input) });
      continue;
    }
    const found = await walk(input, input);
    if (found.length === 0) throw new UsageError(`${who}: no .txt, .md, .html, .jsonl or .jsonl.gz files in ${input}`);
    out.push(...found);
  }
  return out;
}

export class MissingInputError extends Error {
  override name = 'MissingInputError';
  constructor(readonly input: string) {
    super(`entente: no such file or folder: ${input}`);
  }
}

async function walk(root: string, dir: string): Promise<InputFile[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: InputFile[] = [];
  for (const e of entries) {
    // Hidden files, and a folder's own README/LICENSE notes, are not documents of the corpus.
    if (e.name.startsWith('.') || /^(readme|license|licence|changelog|notice)(\.|$)/i.test(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(root, full)));
    else if (e.isFile() && isSupportedFile(e.name)) out.push({ path: full, id: path.relative(root, full).split(path.sep).join('/') });
  }
  return out;
}

/** Documents (and warnings) from the given files, in order. */
export async function* readInputs(files: InputFile[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<InputItem> {
  for (const file of files) {
    if (file.path === '-') {
      yield* readJsonl(stdin, '<stdin>', file.id);
      continue;
    }
    const kind = inputKind(file.path);
    // A file named directly is only read if it is a kind this reads: a PDF or a JSON array read as text makes noise.
    if (kind === undefined) yield warn(file.path, `unsupported file type; expected ${SUPPORTED}`);
    else if (kind === 'jsonl' || kind === 'jsonl.gz') yield* readJsonlFile(file, kind === 'jsonl.gz');
    else yield await readTextFile(file, kind);
  }
}

async function readTextFile(file: InputFile, kind: 'text' | 'html'): Promise<InputItem> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file.path);
  } catch (error) {
    return warn(file.path, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0) return warn(file.path, 'empty file');
  if (looksBinary(bytes)) return warn(file.path, 'binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return warn(file.path, 'not valid UTF-8 text');
  }
  let title: string | undefined;
  if (kind === 'html') ({ text, title } = htmlToText(text));
  if (text.trim().length === 0) return warn(file.path, 'no text in it');
  return { kind: 'document', doc: { id: file.id, text, title: title ?? path.basename(file.path), source: file.path } };
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
  const failed: { reason?: string } = {};
  const onError = (error: Error) => {
    failed.reason = gzip ? `not a valid gzip file (${error.message})` : error.message;
    stream.destroy();
  };
  raw.on('error', onError);
  stream.on('error', onError);
  try {
    try {
      yield* readJsonl(stream, file.path, file.id);
    } catch (error) {
      failed.reason ??= (error as Error).message;
    }
    if (failed.reason) yield warn(file.path, failed.reason);
  } finally {
    // Reached also when the reader stops early (a failed build leaves the loop): readline closes without closing its
    // input, and a gunzip destroyed on bad data does not close the file piped into it, so both are closed here.
    raw.destroy();
    stream.destroy();
  }
}

/** One document per line: `{"id", "text", ...}`; other fields become metadata (title, date, source kept as such). */
async function* readJsonl(stream: NodeJS.ReadableStream, name: string, idPrefix: string): AsyncGenerator<InputItem> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield warn(`${name}:${lineNo}`, 'not valid JSON, line skipped');
      continue;
    }
    const doc = toDocument(value, `${idPrefix}:${lineNo}`);
    if (typeof doc === 'string') yield warn(`${name}:${lineNo}`, doc);
    else yield { kind: 'document', doc };
  }
}

function toDocument(value: unknown, fallbackId: string): Document | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object with "text", line skipped';
  const { id, text, title, date, source, ...meta } = value as Record<string, unknown>;
  if (typeof text !== 'string') return `expected a string "text", got ${text === undefined ? 'none' : typeof text}, line skipped`;
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

/** NUL bytes in the first 8 KB: binary (also catches UTF-16, which this tool does not read). */
function looksBinary(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function warn(source: string, reason: string): InputItem {
  return { kind: 'warning', warning: { source, reason } };
}

/**
 * Reading documents from the command line's inputs: files (.txt, .md, .html, .jsonl, .jsonl.gz), folders (recursively)
 * and `-` (a JSONL stream on stdin). Documents stream out one at a time, so a large corpus is never held in memory.
 * A file that cannot be used (unreadable, binary, empty, undecodable, a bad JSONL line) is reported as a warning
 * naming it and why, and the rest goes on.
 */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Document } from '@entente/core';
import { htmlToText } from './html-text.js';

export interface InputWarning {
  source: string;
  reason: string;
}

export type InputItem = { kind: 'document'; doc: Document } | { kind: 'warning'; warning: InputWarning };

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Whether a path names something `readInputs` reads. */
export function isSupportedFile(file: string): boolean {
  const lower = file.toLowerCase();
  const ext = path.extname(lower);
  return TEXT_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext) || lower.endsWith('.jsonl') || lower.endsWith('.jsonl.gz') || lower.endsWith('.ndjson');
}

/** Expand inputs into the files to read (folders recursively, in sorted order). Missing inputs throw with their name. */
export async function listInputFiles(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push('-');
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      throw new MissingInputError(input);
    }
    if (stat.isDirectory()) out.push(...(await walk(input)));
    else out.push(input);
  }
  return out;
}

export class MissingInputError extends Error {
  override name = 'MissingInputError';
  constructor(readonly input: string) {
    super(`entente: no such file or folder: ${input}`);
  }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    // Hidden files, and a folder's own README/LICENSE notes, are not documents of the corpus.
    if (e.name.startsWith('.') || /^(readme|license|licence|changelog|notice)(\.|$)/i.test(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && isSupportedFile(e.name)) out.push(full);
  }
  return out;
}

/** Documents (and warnings) from the given files, in order. */
export async function* readInputs(files: string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<InputItem> {
  for (const file of files) {
    const lower = file.toLowerCase();
    if (file === '-') yield* readJsonl(stdin, '<stdin>');
    else if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) yield* readJsonlFile(file, false);
    else if (lower.endsWith('.jsonl.gz')) yield* readJsonlFile(file, true);
    else yield await readTextFile(file);
  }
}

async function readTextFile(file: string): Promise<InputItem> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return warn(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0) return warn(file, 'empty file');
  if (looksBinary(bytes)) return warn(file, 'binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return warn(file, 'not valid UTF-8 text');
  }
  const ext = path.extname(file).toLowerCase();
  let title: string | undefined;
  if (HTML_EXTENSIONS.has(ext)) ({ text, title } = htmlToText(text));
  if (text.trim().length === 0) return warn(file, 'no text in it');
  const id = file.split(path.sep).join('/');
  return { kind: 'document', doc: { id, text, ...(title ? { title } : { title: path.basename(file) }), source: file } };
}

async function* readJsonlFile(file: string, gzip: boolean): AsyncGenerator<InputItem> {
  try {
    await fs.access(file);
  } catch (error) {
    yield warn(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  const raw = createReadStream(file);
  const stream = gzip ? raw.pipe(createGunzip()) : raw;
  const failed: { reason?: string } = {};
  const onError = (error: Error) => {
    failed.reason = gzip ? `not a valid gzip file (${error.message})` : error.message;
    stream.destroy();
  };
  raw.on('error', onError);
  stream.on('error', onError);
  try {
    yield* readJsonl(stream, file);
  } catch (error) {
    failed.reason ??= (error as Error).message;
  }
  if (failed.reason) yield warn(file, failed.reason);
}

/** One document per line: `{"id", "text", ...}`; other fields become metadata (title, date, source kept as such). */
async function* readJsonl(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<InputItem> {
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
    const doc = toDocument(value, name, lineNo);
    if (typeof doc === 'string') yield warn(`${name}:${lineNo}`, doc);
    else yield { kind: 'document', doc };
  }
}

function toDocument(value: unknown, name: string, lineNo: number): Document | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object with "text", line skipped';
  const { id, text, title, date, source, ...meta } = value as Record<string, unknown>;
  if (typeof text !== 'string') return `expected a string "text", got ${text === undefined ? 'none' : typeof text}, line skipped`;
  const docId = typeof id === 'string' && id.length > 0 ? id : typeof id === 'number' ? String(id) : `${name}:${lineNo}`;
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

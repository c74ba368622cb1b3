/**
 * The documents file beside a graph: `graph.json` → `graph.docs.jsonl`. JSON Lines, so any tool reads it (jq, Python,
 * a text editor): a header line, then one document record per line (core's DocumentRecord: id, title, date, source,
 * meta, sentences, entities, mentions, text last), in document-id order, so the same build writes the same bytes.
 *
 * Why JSONL and not SQLite: one file written and renamed atomically like the graph, no native module to build, and
 * a byte-offset index is all a reader needs. The index is not stored: `entente serve` builds it in one pass when it
 * starts (offsets and mention postings; see serve/documents-store.ts), so it can never be out of step with the file.
 */
import { createReadStream, readSync } from 'node:fs';
import { parseRecord, type DocumentRecord, type WindowKind } from '@entente/core';
import { UsageError } from '../errors.js';

export const DOCUMENTS_FORMAT = 'entente-documents';
export const DOCUMENTS_VERSION = 1;
/** Far above a document at the length cap (2 M characters, ≤ 12 MB as JSON escapes) with its mentions. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface DocumentsHeader {
  format: typeof DOCUMENTS_FORMAT;
  version: number;
  window: WindowKind;
  documents: number;
}

/** The documents file that goes with a graph file: its name with `.json` (or nothing) replaced by `.docs.jsonl`. */
export function documentsFileFor(graphFile: string): string {
  return graphFile.endsWith('.json') ? `${graphFile.slice(0, -'.json'.length)}.docs.jsonl` : `${graphFile}.docs.jsonl`;
}

export function headerLine(window: WindowKind, documents: number): string {
  const header: DocumentsHeader = { format: DOCUMENTS_FORMAT, version: DOCUMENTS_VERSION, window, documents };
  return `${JSON.stringify(header)}\n`;
}

export function parseHeader(line: Buffer, file: string, who: string): DocumentsHeader {
  let value: unknown;
  try {
    value = JSON.parse(line.toString('utf8'));
  } catch {
    value = undefined;
  }
  const h = value as Partial<DocumentsHeader> | undefined;
  if (!h || h.format !== DOCUMENTS_FORMAT) throw new UsageError(`${who}: "${file}" is not an Entente documents file (its first line is not the header entente build writes)`);
  if (h.version !== DOCUMENTS_VERSION) throw new UsageError(`${who}: "${file}" is a documents file of version ${String(h.version)}; this entente reads version ${DOCUMENTS_VERSION} (rebuild the graph)`);
  if (!['sentence', 'paragraph', 'document'].includes(String(h.window)) || !Number.isInteger(h.documents)) throw new UsageError(`${who}: "${file}" has a malformed header`);
  return h as DocumentsHeader;
}

/** One line of a file, where it starts and how long it is (without its newline). */
export interface LineAt {
  lineNo: number;
  offset: number;
  bytes: Buffer;
}

/** The lines of a file with their byte offsets, streamed. A line over MAX_RECORD_BYTES is an error naming it. */
export async function* linesWithOffsets(file: string, who: string): AsyncGenerator<LineAt> {
  let parts: Buffer[] = [];
  let length = 0;
  let lineStart = 0;
  let position = 0;
  let lineNo = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      const bytes = parts.length ? Buffer.concat([...parts, piece]) : Buffer.from(piece);
      yield { lineNo: ++lineNo, offset: lineStart, bytes };
      parts = [];
      length = 0;
      lineStart = position + nl + 1;
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    length += rest.length;
    if (length > MAX_RECORD_BYTES) throw new UsageError(`${who}: "${file}" line ${lineNo + 1} is longer than ${MAX_RECORD_BYTES / 1024 / 1024} MB`);
    if (rest.length) parts.push(Buffer.from(rest));
    position += chunk.length;
  }
  if (length > 0) yield { lineNo: ++lineNo, offset: lineStart, bytes: Buffer.concat(parts) };
}

/** The bytes of one line, read from an open file at a known offset. */
export function readLineAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buffer, got, length - got, offset + got);
    if (n === 0) break;
    got += n;
  }
  return buffer.subarray(0, got);
}

/** A record line, parsed and checked (offsets inside its text); `where` names the file and line for the error. */
export function parseRecordLine(bytes: Buffer, who: string, where: string): DocumentRecord {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new UsageError(`${who}: ${where}: not valid JSON (${(error as Error).message})`);
  }
  return parseRecord(value, who, where);
}

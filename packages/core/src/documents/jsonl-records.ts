/**
 * JSONL documents: one JSON object per line, `{"id", "text", ...}`; `title`, `date` and `source` are kept as such and
 * the other fields become metadata. A line is read from its bytes (UTF-8, or windows-1252 with a note), so a file gives
 * the same documents whether the CLI streams it from disk or the explorer reads it from a dropped File.
 */
import type { Document } from '../types.js';
import { decodeLine, toWellFormed, wellFormed } from './decode-text.js';

/** The largest JSONL line read: a document's text is cut at 2 M characters anyway (≤ 12 MB even as \u escapes). */
export const MAX_LINE_BYTES = 32 * 1024 * 1024;

/** What one line gives: a document (with notes on how it was read), a problem, or nothing (a blank line). */
export type JsonlLine =
  | { kind: 'document'; doc: Document; notes: string[] }
  /** `stop`: the rest of the file cannot be read either (it is UTF-16). */
  | { kind: 'problem'; reason: string; stop?: true }
  | { kind: 'blank' };

/** A line of the file: its bytes without the line break, or the length of one too long to keep. */
export type RawLine = { lineNo: number; bytes: Uint8Array } | { lineNo: number; tooLong: number };

/**
 * One line of a JSONL file. `lineNo` counts from 1; `idPrefix` names the file in the id of a line without one
 * (`${idPrefix}:${lineNo}`).
 */
export function readJsonlLine(line: RawLine, idPrefix: string): JsonlLine {
  if ('tooLong' in line) return { kind: 'problem', reason: `line of ${megabytes(line.tooLong)}, longer than the ${megabytes(MAX_LINE_BYTES)} a JSONL line may be, skipped` };
  // A UTF-8 byte-order mark before the first line.
  const raw = line.bytes;
  const bytes = line.lineNo === 1 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.subarray(3) : raw;
  if (line.lineNo === 1 && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { kind: 'problem', reason: 'UTF-16 JSONL is not read; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)', stop: true };
  }
  const decoded = decodeLine(bytes);
  if (!decoded.ok) return { kind: 'blank' }; // never: decodeLine falls back to windows-1252
  if (decoded.text.trim() === '') return { kind: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch {
    return { kind: 'problem', reason: 'not valid JSON, line skipped' };
  }
  const doc = toDocument(value, `${idPrefix}:${line.lineNo}`);
  if (typeof doc === 'string') return { kind: 'problem', reason: doc };
  const clean = wellFormed(doc.text);
  const notes = [decoded.note, clean.note].filter((n): n is string => n !== undefined);
  return { kind: 'document', doc: { ...doc, id: toWellFormed(doc.id), text: clean.text, ...(doc.title !== undefined ? { title: toWellFormed(doc.title) } : {}) }, notes };
}

/**
 * The lines of a whole JSONL file in memory, as the CLI's streaming reader cuts them: at LF, a CR before it dropped, no
 * empty last line after a final newline, a line longer than `maxBytes` reported by its length.
 */
export function* jsonlLines(bytes: Uint8Array, maxBytes = MAX_LINE_BYTES): Generator<RawLine> {
  let lineNo = 0;
  let from = 0;
  while (from < bytes.length) {
    let nl = bytes.indexOf(10, from);
    if (nl < 0) nl = bytes.length;
    lineNo++;
    const length = nl - from;
    if (length > maxBytes) yield { lineNo, tooLong: length };
    else yield { lineNo, bytes: length > 0 && bytes[nl - 1] === 13 ? bytes.subarray(from, nl - 1) : bytes.subarray(from, nl) };
    from = nl + 1;
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

/** A size for a message: KB below a megabyte, MB with one decimal below ten. */
export function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

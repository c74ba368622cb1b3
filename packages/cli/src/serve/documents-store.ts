/**
 * The documents file, opened for `entente serve`: one pass when the server starts records where each line is and
 * every mention (core's MentionIndex), and keeps each document's title; texts stay on disk and are read back by byte
 * offset when asked for, a few recent ones cached. Records are checked (offsets inside their texts) as they are read.
 */
import { closeSync, openSync } from 'node:fs';
import { MentionIndex, type DocumentRecord, type RecordSource, type WindowKind } from '@entente/core';
import { UsageError } from '../errors.js';
import { linesWithOffsets, parseHeader, parseRecordLine, readLineAt } from '../io/documents-file.js';

const WHO = 'entente serve';
/** Records kept parsed: a page of mentions mostly reads a few documents again and again. */
const CACHE = 32;

export class DocumentsStore implements RecordSource {
  private readonly cache = new Map<number, DocumentRecord>();
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly fd: number,
    readonly window: WindowKind,
    readonly ids: string[],
    private readonly lines: Array<{ offset: number; length: number; lineNo: number }>,
    readonly byId: Map<string, number>,
    readonly index: MentionIndex,
  ) {}

  /** Read the file once: its header, where each record is, every mention. Throws a one-line UsageError. */
  static async open(file: string): Promise<DocumentsStore> {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`${WHO}: cannot read documents file "${file}": ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`);
    }
    try {
      let window: WindowKind | undefined;
      let index: MentionIndex | undefined;
      const ids: string[] = [];
      const lines: Array<{ offset: number; length: number; lineNo: number }> = [];
      const byId = new Map<string, number>();
      for await (const line of linesWithOffsets(file, WHO)) {
        if (line.lineNo === 1) {
          window = parseHeader(line.bytes, file, WHO).window;
          index = new MentionIndex(window);
          continue;
        }
        if (line.bytes.length === 0) continue;
        const record = parseRecordLine(line.bytes, WHO, `${file} line ${line.lineNo}`);
        if (byId.has(record.id)) throw new UsageError(`${WHO}: ${file} line ${line.lineNo}: document "${record.id}" appears twice`);
        const n = ids.push(record.id) - 1;
        byId.set(record.id, n);
        lines.push({ offset: line.offset, length: line.bytes.length, lineNo: line.lineNo });
        index!.add(n, record);
      }
      if (!window || !index) throw new UsageError(`${WHO}: "${file}" is empty, not a documents file`);
      return new DocumentsStore(file, fd, window, ids, lines, byId, index);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  /** The record of document number `doc` (its line in the file), read from disk unless cached. */
  record(doc: number): DocumentRecord {
    const cached = this.cache.get(doc);
    if (cached) {
      // Most recently used last, so the first key is the one to drop.
      this.cache.delete(doc);
      this.cache.set(doc, cached);
      return cached;
    }
    const at = this.lines[doc];
    if (!at) throw new RangeError(`${WHO}: no document number ${doc}`);
    const record = parseRecordLine(readLineAt(this.fd, at.offset, at.length), WHO, `${this.file} line ${at.lineNo}`);
    this.cache.set(doc, record);
    if (this.cache.size > CACHE) this.cache.delete(this.cache.keys().next().value!);
    return record;
  }

  /** Release the file. Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    this.cache.clear();
  }
}

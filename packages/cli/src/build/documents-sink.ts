/**
 * Writing the documents file during `entente build` (io/documents-file.ts has the format). Memory holds no corpus:
 * a document's text waits only until its result comes back (the extractor bounds what is in flight), then its record
 * goes to a spool file and only its offset, length and entity ids stay in memory. When the graph is final the file
 * is written in document-id order — the spool's records, and with --update the previous documents file's records —
 * with entity ids sent through the merges of finalisation, so mentions name the nodes of the graph written beside.
 */
import { closeSync, existsSync, openSync, rmSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings, documentRecord, redirectRecord, serializeRecord, type Document, type DocumentResult, type EntenteGraph, type WindowKind } from '@entente/core';
import { OutputError } from '../errors.js';
import { openAtomicStream } from '../io/atomic-stream.js';
import { removeStaleTemps, tempName } from '../io/atomic-write.js';
import { documentsFileFor, headerLine, linesWithOffsets, parseHeader, parseRecordLine, readLineAt } from '../io/documents-file.js';

const WHO = 'entente build';

interface Entry {
  offset: number;
  length: number;
  /** The record's entity ids, to know without reading it back whether finalisation renamed any. */
  entities: string[];
}

export interface DocumentsSinkResult {
  file: string;
  bytes: number;
  documents: number;
  /** Documents of the graph without a record (an --update whose previous documents file lacked them). */
  missing: number;
}

export class DocumentsSink {
  private readonly pending = new Map<string, string>();
  private readonly spooled = new Map<string, Entry>();
  private spoolBytes = 0;
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly spoolFile: string,
    private readonly spool: number,
    private readonly previous: { fd: number; entries: Map<string, Entry>; file: string } | undefined,
  ) {}

  /**
   * Open the sink for graph file `output`. With --update, `update` is the graph updated and `known` its document ids:
   * their records come from its documents file. Returns a note instead when there is none to keep in step with.
   */
  static async open(output: string, update: string | undefined, known: ReadonlySet<string>): Promise<DocumentsSink | { note: string }> {
    const file = documentsFileFor(output);
    let previous: DocumentsSink['previous'];
    if (update !== undefined && known.size > 0) {
      const old = documentsFileFor(update);
      if (!existsSync(old)) return { note: `no ${old} beside ${update} (built with --no-texts or by an older entente): the documents file is not written; rebuild to have one` };
      previous = { fd: openSync(old, 'r'), entries: new Map(), file: old };
      try {
        for await (const line of linesWithOffsets(old, WHO)) {
          if (line.lineNo === 1) {
            parseHeader(line.bytes, old, WHO);
            continue;
          }
          if (line.bytes.length === 0) continue;
          // Only the id and the entity table are needed now; the checks on offsets come when the record is copied.
          const record = parseRecordLine(line.bytes, WHO, `${old} line ${line.lineNo}`);
          if (known.has(record.id)) previous.entries.set(record.id, { offset: line.offset, length: line.bytes.length, entities: record.entities });
        }
      } catch (error) {
        closeSync(previous.fd);
        throw error;
      }
    }
    const spoolFile = path.join(path.dirname(path.resolve(file)), tempName(`${path.basename(file)}.spool`, process.pid));
    let spool: number;
    try {
      // -o may name folders that do not exist yet: the graph's writer creates them at the end, the spool needs them now.
      await mkdir(path.dirname(spoolFile), { recursive: true });
      // The spool of a build killed with SIGKILL (its pid is in the name) is removed by the next build.
      await removeStaleTemps(path.dirname(spoolFile), `${path.basename(file)}.spool`);
      spool = openSync(spoolFile, 'wx+');
    } catch (error) {
      if (previous) closeSync(previous.fd);
      throw new OutputError(file, error);
    }
    return new DocumentsSink(file, spoolFile, spool, previous);
  }

  /** A document on its way to extraction: its text waits here for its result. */
  hold(doc: Document): void {
    this.pending.set(doc.id, doc.text);
  }

  /** A document that could not be extracted: it has no record. */
  drop(id: string): void {
    this.pending.delete(id);
  }

  add(result: DocumentResult): void {
    const text = this.pending.get(result.docId);
    if (text === undefined) return;
    this.pending.delete(result.docId);
    const record = documentRecord({ text }, result);
    const line = Buffer.from(`${serializeRecord(record)}\n`);
    try {
      let at = 0;
      while (at < line.length) at += writeSync(this.spool, line, at, line.length - at, this.spoolBytes + at);
    } catch (error) {
      throw new OutputError(this.file, error);
    }
    this.spooled.set(result.docId, { offset: this.spoolBytes, length: line.length - 1, entities: record.entities });
    this.spoolBytes += line.length;
  }

  /** Write the documents file for the finished graph, atomically; ids merged away go through `redirects`. */
  async finish(graph: EntenteGraph, window: WindowKind, redirects: ReadonlyMap<string, string>): Promise<DocumentsSinkResult> {
    const ids = graph.getAttribute('documents').map((d) => d.id).sort(compareStrings);
    const out = await openAtomicStream(this.file);
    let documents = 0;
    try {
      const present = ids.filter((id) => this.spooled.has(id) || this.previous?.entries.has(id));
      out.write(headerLine(window, present.length));
      for (const id of present) {
        const fromSpool = this.spooled.get(id);
        const entry = fromSpool ?? this.previous!.entries.get(id)!;
        const fd = fromSpool ? this.spool : this.previous!.fd;
        const bytes = readLineAt(fd, entry.offset, entry.length);
        if (entry.entities.some((e) => redirects.has(e))) {
          const record = parseRecordLine(bytes, WHO, fromSpool ? `${this.file} (spool)` : `${this.previous!.file}`);
          out.write(`${serializeRecord(redirectRecord(record, redirects))}\n`);
        } else {
          out.write(bytes);
          out.write('\n');
        }
        documents++;
      }
      out.commit();
    } catch (error) {
      out.abort();
      throw error;
    } finally {
      this.close();
    }
    return { file: this.file, bytes: out.bytes, documents, missing: ids.length - documents };
  }

  /** Release the spool and the previous file. Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.spool);
    rmSync(this.spoolFile, { force: true });
    if (this.previous) closeSync(this.previous.fd);
    this.pending.clear();
  }
}

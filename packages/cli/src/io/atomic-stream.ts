/**
 * A file written piece by piece and replaced atomically, for outputs too large to hold as one string (the documents
 * file of a whole corpus is hundreds of megabytes): the pieces go to a temporary file beside the target, which is
 * flushed and renamed on `commit`; `abort` removes it. Same temporary names and cleanup as `writeFileAtomic`.
 * Writes are synchronous: the pieces are small and the build's main thread has nothing else to do meanwhile.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { OutputError } from '../errors.js';
import { removeStaleTemps, tempName } from './atomic-write.js';

export interface AtomicStream {
  write(piece: string | Uint8Array): void;
  /** Bytes written so far. */
  readonly bytes: number;
  commit(): void;
  abort(): void;
}

let sequence = 0;

export async function openAtomicStream(file: string): Promise<AtomicStream> {
  const dir = path.dirname(path.resolve(file));
  const base = path.basename(file);
  await removeStaleTemps(dir, base);
  // Two streams of one process may open in the same millisecond (the spool and the file itself): a counter apart.
  const tmp = path.join(dir, tempName(base, process.pid).replace(/\.tmp$/, `${sequence++}.tmp`));
  let fd: number | undefined;
  let bytes = 0;
  const fail = (error: unknown): never => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(tmp, { force: true });
    throw new OutputError(file, error);
  };
  try {
    fd = openSync(tmp, 'wx');
  } catch (error) {
    fail(error);
  }
  return {
    write(piece) {
      if (fd === undefined) throw new OutputError(file, new Error('written after commit or abort'));
      try {
        const buffer = typeof piece === 'string' ? Buffer.from(piece) : piece;
        let at = 0;
        while (at < buffer.length) at += writeSync(fd, buffer, at, buffer.length - at);
        bytes += buffer.length;
      } catch (error) {
        fail(error);
      }
    },
    get bytes() {
      return bytes;
    },
    commit() {
      if (fd === undefined) return;
      try {
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(tmp, file);
      } catch (error) {
        fail(error);
      }
    },
    abort() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      rmSync(tmp, { force: true });
    },
  };
}

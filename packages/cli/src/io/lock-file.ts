/**
 * An exclusive lock on a graph file for the length of a build, so that two builds never write one graph at once.
 * Two `build --update` of one graph each read the old graph, add their documents and rename their result over it:
 * the later rename silently dropped the earlier build's documents (140 of 300 in the issue). The lock is a file
 * beside the graph (`.graph.json.lock`) holding the owner's pid. It is written under a name of its own, then
 * hard-linked to the lock's name: link, like O_EXCL, fails when the name exists, so only one process gets it, and a
 * lock is never seen empty. A lock whose pid is no longer running (a build killed with SIGKILL) is stale and taken
 * over; it is read again just before removal, which leaves only a tiny window for two takeovers to race.
 */
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { isRunning } from './atomic-write.js';

export interface Lock {
  file: string;
  release(): void;
}

export function lockPath(file: string): string {
  const resolved = path.resolve(file);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.lock`);
}

/**
 * Take the lock of `file`, or refuse in one line naming the process that holds it. `who` and `what` phrase the
 * message ("entente build", "--update graph").
 */
export function acquireLock(who: string, what: string, file: string): Lock {
  const lock = lockPath(file);
  const mine = `${lock}.${process.pid}`;
  try {
    writeFileSync(mine, `${process.pid}\n`, { flag: 'w' });
  } catch (error) {
    unlinkSilently(mine); // created, then the disk was full
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file: lock, release() {} }; // its folder does not exist yet: created later (mkdir -p)
    // No lock can be made where the file would go: the write would fail too, so say it now, before the build.
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EROFS' ? 'the file system is read-only' : code === 'EACCES' ? 'permission denied' : 'error';
    throw new UsageError(`${who}: ${what} "${file}" cannot be written: ${why} (${code ?? String(error)}, creating its lock ${lock}); nothing was built`);
  }
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkOrCreate(mine, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw error;
      }
      const owner = readOwner(lock);
      if (owner !== undefined && owner !== process.pid && isRunning(owner)) {
        throw new UsageError(`${who}: ${what} "${file}" is being written by another entente build (pid ${owner}, lock ${lock}); wait for it to finish`);
      }
      if (readOwner(lock) === owner) unlinkSilently(lock);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${who}: ${what} "${file}" is locked (${lock}) and the lock could not be taken (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  } finally {
    unlinkSilently(mine);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Only our own lock: never remove one a later process took over.
    if (readOwner(lock) === process.pid) unlinkSilently(lock);
  };
  // Also on an uncaught error or process.exit; SIGKILL leaves it behind, as stale.
  process.on('exit', release);
  return { file: lock, release };
}

/** A hard link; on a file system without them, an O_EXCL create (which can be seen empty for an instant). */
function linkOrCreate(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    writeFileSync(to, `${process.pid}\n`, { flag: 'wx' });
  }
}

function unlinkSilently(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

function readOwner(lock: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Replace a file atomically: write a temporary file beside it, flush it to disk, then rename. Readers see the old file
 * or the new one, never half of one, and a failed write (a full disk, a read-only folder) leaves the old file as it
 * was and says so in one line.
 *
 * A process killed with SIGKILL cannot remove its temporary file. Its name carries the writer's pid
 * (`.graph.json.<pid>.<time>.tmp`), so the next write to the same file removes those of processes no longer
 * running: a killed build costs one stale file until the next run, not forever.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { OutputError } from '../errors.js';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const base = path.basename(file);
  await removeStaleTemps(dir, base);
  const tmp = path.join(dir, tempName(base, process.pid));
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      // Without it a power cut after the rename can leave an empty file where the old graph was.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw new OutputError(file, error);
  }
}

export function tempName(base: string, pid: number): string {
  return `.${base}.${pid}.${Date.now()}.tmp`;
}

/** Remove the temporary files of `base` left by processes that are gone. Best effort: never fails a write. */
export async function removeStaleTemps(dir: string, base: string): Promise<string[]> {
  const prefix = `.${base}.`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const match = /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length));
    if (!match || isRunning(Number(match[1]))) continue;
    await fs.rm(path.join(dir, name), { force: true }).then(
      () => removed.push(name),
      () => {},
    );
  }
  return removed;
}

/** Whether a process of this pid exists (signal 0 tests without sending; EPERM: it exists, owned by another user). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

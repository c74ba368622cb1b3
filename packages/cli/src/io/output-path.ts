/**
 * Output files of the commands: checked before any work is done (a build can run for an hour before it writes), and
 * their folders created when written, as `mkdir -p` would.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from './atomic-write.js';

/**
 * Refuse an output path that can never be written as a file: an existing directory, or a path under something that
 * is a file. `flag` is how the user gave it (`-o`), for the message.
 */
export async function checkOutputFile(who: string, flag: string, file: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat?.isDirectory()) throw new UsageError(`${who}: ${flag} "${file}" is a directory; give a file path, e.g. ${path.join(file, 'graph.json')}`);
  if (stat) return probeFolder(who, flag, file, path.dirname(path.resolve(file)));
  // The nearest folder that exists must be a folder, or the missing ones cannot be created under it.
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    const above = await fs.stat(dir).catch(() => undefined);
    if (above) {
      if (!above.isDirectory()) throw new UsageError(`${who}: ${flag} "${file}" cannot be written: ${dir} is a file, not a folder`);
      return probeFolder(who, flag, file, dir);
    }
    if (path.dirname(dir) === dir) return;
  }
}

/**
 * Create and remove a file in the folder the output goes to (or the nearest one that exists): the one sure test that
 * it can be written. Permission bits say nothing to root, nor about a read-only mount.
 */
async function probeFolder(who: string, flag: string, file: string, dir: string): Promise<void> {
  const probe = path.join(dir, `.entente-probe.${process.pid}.${Date.now()}.tmp`);
  try {
    await (await fs.open(probe, 'wx')).close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EROFS' ? 'is on a read-only file system' : code === 'EACCES' || code === 'EPERM' ? 'is not writable' : code === 'ENOSPC' ? 'is on a full disk' : code ? 'cannot be written to' : `cannot be written to (${String(error)})`;
    throw new UsageError(`${who}: ${flag} "${file}" cannot be written: ${dir} ${why}${code ? ` (${code})` : ''}; nothing was built`);
  }
  await fs.rm(probe, { force: true });
}

/** Create the folders `file` goes in. */
export async function ensureParentDir(file: string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
}

/**
 * For commands that read one graph and write another (`layout`, `curate`): refuse `-o` naming the input (it would be
 * replaced before it is read whole) or a path that cannot be written. `output` undefined is stdout.
 */
export async function checkGraphOutput(who: string, input: string, output: string | undefined): Promise<void> {
  if (output === undefined) return;
  if (path.resolve(output) === path.resolve(input)) throw new UsageError(`${who}: -o "${output}" is the input file; choose another path`);
  await checkOutputFile(who, '-o', output);
}

/** Write a command's output: to stdout (undefined) with a final newline, else to `file` atomically, folders made. */
export async function writeOutput(file: string | undefined, text: string): Promise<void> {
  if (file === undefined) {
    await new Promise<void>((resolve, reject) => process.stdout.write(`${text}\n`, (error) => (error ? reject(error) : resolve())));
    return;
  }
  await ensureParentDir(file);
  await writeFileAtomic(file, text);
}

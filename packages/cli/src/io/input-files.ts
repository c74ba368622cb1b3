/**
 * Which files the command line's inputs name: files, folders (recursively, in sorted order) and `-` (stdin).
 * Symbolic links are followed, to files and to folders, with loops and second paths to one file or folder detected
 * (each is reported once and read once); a dangling link is reported. Nothing here reads a document.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { documentKind } from '@entente/core/documents';
import { UsageError } from '../errors.js';

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
  /** Why this entry of a folder is not read (a dangling link, a loop): reported in its place, in order. */
  problem?: string;
}

/** Whether a path names something `readInputs` reads: core's list of kinds (`@entente/core/documents`), the explorer's too. */
export function isSupportedFile(file: string): boolean {
  return documentKind(file) !== undefined;
}

/** Whether an input holds many documents, streamed (JSONL, gzipped or not, and stdin): worth worker threads. */
export function isStreamInput(file: InputFile): boolean {
  const kind = file.path === '-' ? 'jsonl' : documentKind(file.path);
  return kind === 'jsonl' || kind === 'jsonl.gz';
}

export class MissingInputError extends Error {
  override name = 'MissingInputError';
  constructor(readonly input: string) {
    super(`entente: no such file or folder: ${input}`);
  }
}

/**
 * Expand inputs into the files to read. A missing input, or a folder without one file this reads, is the user's
 * mistake: it throws a one-line error naming it.
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
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UsageError(`${who}: ${input} is a symbolic link loop`);
      throw new MissingInputError(input);
    }
    if (!stat.isDirectory()) {
      out.push({ path: input, id: path.basename(input) });
      continue;
    }
    const walker = { root: input, seenDirs: new Map<string, string>(), seenFiles: new Map<string, string>(), out: [] as InputFile[] };
    await walk(walker, input, await fs.realpath(input), []);
    if (!walker.out.some((f) => !f.problem)) {
      const problems = walker.out.filter((f) => f.problem);
      throw new UsageError(`${who}: no .txt, .md, .html, .jsonl or .jsonl.gz files in ${input}${problems.length ? ` (${problems[0]!.path}: ${problems[0]!.problem})` : ''}`);
    }
    out.push(...walker.out);
  }
  return out;
}

interface Walker {
  root: string;
  /** Real path of each folder walked → the path it was walked as; real path of each file listed → its path. */
  seenDirs: Map<string, string>;
  seenFiles: Map<string, string>;
  out: InputFile[];
}

/** `ancestors`: the real paths of the folders above, so a link back up is a loop rather than a second path. */
async function walk(w: Walker, dir: string, realDir: string, ancestors: string[]): Promise<void> {
  w.seenDirs.set(realDir, dir);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    w.out.push({ path: dir, id: idOf(w, dir), problem: `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const chain = [...ancestors, realDir];
  for (const e of entries) {
    // Hidden files, and a folder's own README/LICENSE notes, are not documents of the corpus.
    if (e.name.startsWith('.') || /^(readme|license|licence|changelog|notice)(\.|$)/i.test(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      await walk(w, full, path.join(realDir, e.name), chain);
      continue;
    }
    if (e.isFile()) {
      if (isSupportedFile(e.name)) addFile(w, full, path.join(realDir, e.name));
      continue;
    }
    if (!e.isSymbolicLink()) continue; // sockets, FIFOs, devices: never documents
    let real: string;
    let isDir: boolean | undefined;
    try {
      real = await fs.realpath(full);
      isDir = (await fs.stat(real)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (isDir === undefined && (isSupportedFile(e.name) || code === 'ELOOP')) {
        w.out.push({ path: full, id: idOf(w, full), problem: code === 'ELOOP' ? 'symbolic link loop, not followed' : `symbolic link to nothing (${code ?? 'error'})` });
      }
      continue;
    }
    if (isDir) {
      if (chain.includes(real)) w.out.push({ path: full, id: idOf(w, full), problem: `symbolic link loop (back to ${w.seenDirs.get(real) ?? real}), not followed` });
      else if (w.seenDirs.has(real)) w.out.push({ path: full, id: idOf(w, full), problem: `the same folder as ${w.seenDirs.get(real)}, already read` });
      else await walk(w, full, real, chain);
    } else if (isSupportedFile(e.name)) addFile(w, full, real);
  }
}

function addFile(w: Walker, full: string, real: string): void {
  const first = w.seenFiles.get(real);
  if (first !== undefined) {
    w.out.push({ path: full, id: idOf(w, full), problem: `the same file as ${first}, already read` });
    return;
  }
  w.seenFiles.set(real, full);
  w.out.push({ path: full, id: idOf(w, full) });
}

function idOf(w: Walker, full: string): string {
  return path.relative(w.root, full).split(path.sep).join('/');
}

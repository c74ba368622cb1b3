/** Errors of the command-line face: a usage error prints one line and exits 2; a failed output one line, exit 1. */
import { EntenteError } from '@entente/core';

export class UsageError extends EntenteError {
  override name = 'UsageError';
}

/** Plain words for the errors a write meets in practice. */
const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  EISDIR: 'it is a directory',
  EIO: 'input/output error',
};

/** An output file could not be written; the old file, if any, is untouched. */
export class OutputError extends EntenteError {
  override name = 'OutputError';
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException | null)?.code;
    const reason = (code && WRITE_REASONS[code]) ?? String((cause as Error)?.message ?? cause).split('\n')[0];
    super(`entente: cannot write ${file}: ${reason}${code ? ` (${code})` : ''}; any previous ${file} is unchanged`);
  }
}

/**
 * One line for an Entente error. Core's errors say who complains: a command ("entente build: …", "entente/readJson: …")
 * is kept, a bare function name ("addDocumentResult: …") gets "entente:" first, so every line says it is ours. A face
 * error without parts (a usage line) is already worded for the user.
 */
export function formatEntenteError(error: EntenteError): string {
  const line = error.message.split('\n')[0]!;
  if (!error.who) return line;
  return error.who === 'entente' || error.who.startsWith('entente ') || error.who.startsWith('entente/') ? line : `entente: ${line}`;
}

/** Exit codes: 0 ok, 1 the work failed (nothing could be read, an output could not be written), 2 the command line or an input file is wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

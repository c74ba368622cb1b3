/** Errors of the command-line face: a usage error prints one line and exits 2. */
import { EntenteError } from '@entente/core';

export class UsageError extends EntenteError {
  override name = 'UsageError';
}

/** Exit codes: 0 ok, 1 the work failed (nothing could be read), 2 the command line or an input file is wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

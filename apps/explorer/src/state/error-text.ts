/**
 * An error as the explorer's status line words it. Core's errors carry their parts: who complains is a function name
 * (entente/readGexf), which means nothing to someone who dropped a file, so the line says what is wrong with what.
 * Anything else is said by its message.
 */
import { EntenteError, InvalidInputError } from '@entente/core';

export function errorText(error: unknown): string {
  if (error instanceof InvalidInputError) return `${error.what} ${error.reason}`;
  if (error instanceof EntenteError) return error.detail;
  return error instanceof Error ? error.message : String(error);
}

/** Small argument helpers shared by the commands. */
import { InvalidOptionError, checkInteger } from '@entente/core';
import { UsageError } from '../errors.js';

/**
 * Parse an integer option; undefined when not given. The rule is core's (`checkInteger`), worded for the command line:
 * the flag as typed and the text received.
 */
export function parseIntOption(who: string, name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  try {
    return checkInteger(who, name, n, { min, safe: true });
  } catch (error) {
    if (!(error instanceof InvalidOptionError)) throw error;
    throw new UsageError(`${who}: ${name} expects ${error.expected}, received "${value}"`);
  }
}

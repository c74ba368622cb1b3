/** Small argument helpers shared by the commands. */
import { UsageError } from '../errors.js';

/** Parse an integer option; undefined when not given. */
export function parseIntOption(who: string, name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new UsageError(`${who}: ${name} expects an integer ≥ ${min}, received "${value}"`);
  return n;
}

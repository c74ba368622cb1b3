/**
 * The one validation module of core: each check returns the value or throws an InvalidOptionError that names who
 * complains, the option, what it takes and what was received. Build options (through their schema), query options and
 * export options all use it, so one constraint is checked, and worded, one way.
 */
import { InvalidOptionError } from '../errors.js';

export interface IntegerRule {
  /** Smallest value allowed. */
  min?: number;
  /** Accept +Infinity ("no limit"). */
  allowInfinity?: boolean;
  /** Only safe integers (seeds): 2^53 and beyond lose their last digits. */
  safe?: boolean;
  /** How the message words what is expected; default "an integer ≥ min" (or "an integer"). */
  expected?: string;
}

export function checkInteger(who: string, name: string, value: unknown, rule: IntegerRule = {}): number {
  const { min, allowInfinity = false, safe = false } = rule;
  const isInt = typeof value === 'number' && (safe ? Number.isSafeInteger(value) : Number.isInteger(value));
  const ok = typeof value === 'number' && ((isInt && (min === undefined || value >= min)) || (allowInfinity && value === Number.POSITIVE_INFINITY));
  if (!ok) throw new InvalidOptionError(who, name, rule.expected ?? (min === undefined ? 'an integer' : `an integer ≥ ${min}`), value);
  return value;
}

export interface NumberRule {
  /** Smallest value allowed. */
  min?: number;
  /** Largest value allowed. */
  max?: number;
  /** Values must be greater than this. */
  above?: number;
}

/** A finite number within the rule. */
export function checkNumber(who: string, name: string, value: unknown, rule: NumberRule = {}): number {
  const { min, max, above } = rule;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (min === undefined || value >= min) &&
    (max === undefined || value <= max) &&
    (above === undefined || value > above);
  if (!ok) throw new InvalidOptionError(who, name, numberWording(rule), value);
  return value;
}

function numberWording({ min, max, above }: NumberRule): string {
  if (min !== undefined && max !== undefined) return `a number from ${min} to ${max}`;
  if (above !== undefined) return `a number > ${above}`;
  if (min !== undefined) return `a number ≥ ${min}`;
  if (max !== undefined) return `a number ≤ ${max}`;
  return 'a number';
}

export function checkBoolean(who: string, name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new InvalidOptionError(who, name, 'a boolean', value);
  return value;
}

/** One of a few strings; `expected` rewords the list ('"neo4j" or "memgraph"'). */
export function checkOneOf<T extends string>(who: string, name: string, value: unknown, allowed: readonly T[], expected = `one of ${allowed.join(', ')}`): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new InvalidOptionError(who, name, expected, value);
  return value as T;
}

/** Undefined, or a plain object (an options bag). */
export function checkOptionsObject(who: string, value: unknown): void {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw new InvalidOptionError(who, 'options', 'an object', value);
  }
}

/** A list of distinct strings, each one of `allowed`; the message names the first value that is not. */
export function checkList<T extends string>(who: string, name: string, value: unknown, allowed: readonly T[]): readonly T[] {
  const expected = `a list of distinct values among ${allowed.join(', ')}`;
  if (!Array.isArray(value)) throw new InvalidOptionError(who, name, expected, value);
  const seen = new Set<unknown>();
  for (const v of value as unknown[]) {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v) || seen.has(v)) throw new InvalidOptionError(who, name, expected, v);
    seen.add(v);
  }
  return value as readonly T[];
}

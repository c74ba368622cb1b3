/**
 * Validation of query options at the entry of each query. Errors name the query, the option and what was received,
 * so the CLI can print them as one line.
 */
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { InvalidInputError, InvalidOptionError, describe } from '../errors.js';
import { checkBoolean, checkInteger, checkNumber, checkOneOf, checkOptionsObject } from '../util/check.js';
import type { QueryGraph } from './entity-ref.js';

/** Throws unless `graph` looks like a graphology instance (the duck test keeps core free of `instanceof` across copies). */
export function checkGraph(who: string, graph: unknown): asserts graph is QueryGraph {
  const g = graph as Partial<QueryGraph> | null;
  if (!g || typeof g !== 'object' || typeof g.forEachNode !== 'function' || typeof g.nullCopy !== 'function') {
    throw new InvalidInputError(who, 'graph', `expects a graphology graph, received ${describe(graph)}`);
  }
}

/** Throws unless `options` is undefined or a plain object. */
export function checkOptions(who: string, options: unknown): void {
  checkOptionsObject(who, options);
}

// Each query option is optional: undefined takes the fallback (QUERY_DEFAULTS), anything else must pass the check.

export function positiveInteger(who: string, name: string, value: unknown, fallback: number, allowInfinity = false): number {
  return value === undefined ? fallback : checkInteger(who, name, value, { min: 1, allowInfinity, expected: 'a positive integer' });
}

export function nonNegativeNumber(who: string, name: string, value: unknown, fallback: number): number {
  return value === undefined ? fallback : checkNumber(who, name, value, { min: 0 });
}

export function positiveNumber(who: string, name: string, value: unknown, fallback: number): number {
  return value === undefined ? fallback : checkNumber(who, name, value, { above: 0 });
}

export function integer(who: string, name: string, value: unknown, fallback: number): number {
  return value === undefined ? fallback : checkInteger(who, name, value, { safe: true });
}

export function boolean(who: string, name: string, value: unknown, fallback: boolean): boolean {
  return value === undefined ? fallback : checkBoolean(who, name, value);
}

export function oneOf<T extends string>(who: string, name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  return value === undefined ? fallback : checkOneOf(who, name, value, allowed);
}

/** One entity type or a list of them; `undefined` means every type. */
export function entityTypes(who: string, name: string, value: unknown): ReadonlySet<EntityType> | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  for (const item of list) {
    if (typeof item !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(item)) {
      throw new InvalidOptionError(who, name, `an entity type (${ENTITY_TYPES.join(', ')}) or a list of them`, item);
    }
  }
  return new Set(list as EntityType[]);
}

/** A name or id argument: a non-empty string. */
export function entityArgument(who: string, name: string, value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new InvalidOptionError(who, name, 'an entity name or id', value);
}

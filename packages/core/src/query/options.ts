/**
 * Validation of query options at the entry of each query. Errors name the query, the option and what was received,
 * so the CLI can print them as one line.
 */
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { InvalidInputError, InvalidOptionError, describe } from '../errors.js';
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
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new InvalidOptionError(who, 'options', 'an object', options);
  }
}

export function positiveInteger(who: string, name: string, value: unknown, fallback: number, allowInfinity = false): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && ((Number.isInteger(value) && value >= 1) || (allowInfinity && value === Number.POSITIVE_INFINITY))) {
    return value;
  }
  throw new InvalidOptionError(who, name, 'a positive integer', value);
}

export function nonNegativeNumber(who: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw new InvalidOptionError(who, name, 'a number ≥ 0', value);
}

export function positiveNumber(who: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw new InvalidOptionError(who, name, 'a number > 0', value);
}

export function integer(who: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw new InvalidOptionError(who, name, 'an integer', value);
}

export function boolean(who: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new InvalidOptionError(who, name, 'a boolean', value);
}

export function oneOf<T extends string>(who: string, name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InvalidOptionError(who, name, `one of ${allowed.join(', ')}`, value);
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

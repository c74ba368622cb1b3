/**
 * Typed errors. Each says who complains, about what, and what was received, in the style of
 * `wink-nlp: expecting a valid Javascript string, instead found "number"`, so a face (CLI, explorer) can print it
 * as one line without a stack trace.
 */

/** Base class: every error Entente throws on purpose. */
export class EntenteError extends Error {
  override name = 'EntenteError';
}

/** An option or argument has the wrong type or value. */
export class InvalidOptionError extends EntenteError {
  override name = 'InvalidOptionError';
  constructor(who: string, option: string, expected: string, received: unknown) {
    super(`${who}: option "${option}" expects ${expected}, received ${describe(received)}`);
  }
}

/** A document, graph or file content cannot be used. */
export class InvalidInputError extends EntenteError {
  override name = 'InvalidInputError';
  constructor(who: string, what: string, reason: string) {
    super(`${who}: ${what}: ${reason}`);
  }
}

/** A name or id that the graph does not hold. */
export class NotFoundError extends EntenteError {
  override name = 'NotFoundError';
  constructor(who: string, what: string, suggestions: string[] = []) {
    super(`${who}: ${what} not found${suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : ''}`);
  }
}

/** A short, safe description of a received value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

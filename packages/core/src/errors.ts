/**
 * Typed errors. Each says who complains, about what, and what was received, in the style of
 * `wink-nlp: expecting a valid Javascript string, instead found "number"`. The parts are fields as well as one
 * message, so that a face (CLI, explorer) formats them in its own words (a flag name for an option, a file name for a
 * graph) instead of taking the message text apart.
 */

/** The parts of an error: `message` is `${who}: ${detail}`. */
export interface ErrorFields {
  /** Who complains: the function or command ("entente/readJson", "entente build", "addDocumentResult"). */
  who: string;
  /** What it is about: an option, an argument, a document, a part of a file ('option "window"', 'node "a"'). */
  what: string;
  /** The whole sentence after `who: `, naming `what` ('option "window" expects one of …, received "x"'). */
  detail: string;
  /** The value received, described for a message (see `describe`), when the complaint is about a value. */
  received?: string;
}

/**
 * Base class: every error Entente throws on purpose. A face error with no parts of its own (a usage line) may be
 * made from its message alone: `who` and `what` are then empty and `detail` is the message.
 */
export class EntenteError extends Error {
  override name = 'EntenteError';
  readonly who: string;
  readonly what: string;
  readonly detail: string;
  readonly received: string | undefined;

  constructor(fields: ErrorFields | string) {
    const f: ErrorFields = typeof fields === 'string' ? { who: '', what: '', detail: fields } : fields;
    super(f.who ? `${f.who}: ${f.detail}` : f.detail);
    this.who = f.who;
    this.what = f.what;
    this.detail = f.detail;
    this.received = f.received;
  }
}

/** An option or argument has the wrong type or value. */
export class InvalidOptionError extends EntenteError {
  override name = 'InvalidOptionError';
  /** The option's name as the API spells it ("minWeight"): a face can show its own spelling (--min-weight). */
  readonly option: string;
  /** What the option takes ("an integer ≥ 1"). */
  readonly expected: string;
  declare readonly received: string;

  constructor(who: string, option: string, expected: string, received: unknown) {
    const what = `option "${option}"`;
    const got = describe(received);
    super({ who, what, detail: `${what} expects ${expected}, received ${got}`, received: got });
    this.option = option;
    this.expected = expected;
  }
}

/** A document, graph or file content cannot be used. */
export class InvalidInputError extends EntenteError {
  override name = 'InvalidInputError';
  /** Why `what` cannot be used ("is not well-formed XML: …"). */
  readonly reason: string;

  constructor(who: string, what: string, reason: string) {
    super({ who, what, detail: `${what}: ${reason}` });
    this.reason = reason;
  }
}

/** A name or id that the graph does not hold. */
export class NotFoundError extends EntenteError {
  override name = 'NotFoundError';
  /** Close names the graph does hold, best first. */
  readonly suggestions: readonly string[];

  constructor(who: string, what: string, suggestions: string[] = []) {
    super({ who, what, detail: `${what} not found${suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : ''}` });
    this.suggestions = suggestions;
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

/**
 * The one skeleton of every command's command line: its flags declared once as data (type, value name, help), from
 * which come both node:util's parseArgs configuration and the `--help` text, so the two cannot drift apart. `-h/--help`
 * is every command's; a mistake (an unknown flag, a missing value, a stray argument) is a UsageError of one line naming
 * the command, which main.ts prints without a stack and exits 2 on.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

/** One flag: what parseArgs needs, and what the help says of it. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean;
  /** The value's name in the help (FILE, N, <path>); none for a switch. */
  value?: string;
  /** What it does; each '\n' starts a line of its own under the first. */
  help: string;
}

export type Flags = Readonly<Record<string, FlagSpec>>;

export interface CommandSpec<F extends Flags> {
  /** Who complains in messages: "entente build". */
  who: string;
  /** What comes before the options: the usage line(s), a blank line and what the command does. */
  usage: string;
  /** The flags, in the order the help lists them; -h/--help is added last. */
  flags: F;
  /** The column where each flag's help starts (default 27). */
  column?: number;
  /** Indent flags without a short form under the long forms of those with one (`-o, --output` / `    --indent`). */
  alignLong?: boolean;
  /** What follows the options (notes, exit codes). */
  after?: string;
}

type Value<S extends FlagSpec> = S['type'] extends 'boolean' ? (S['multiple'] extends true ? boolean[] : boolean) : S['multiple'] extends true ? string[] : string;
/** What parseArgs gives for each flag: undefined when not given, unless it has a default. */
export type FlagValues<F extends Flags> = { -readonly [K in keyof F]: F[K] extends { default: string | boolean } ? Value<F[K]> : Value<F[K]> | undefined };

export interface ParsedCommand<F extends Flags> {
  values: FlagValues<F>;
  positionals: string[];
}

const HELP_FLAG: FlagSpec = { type: 'boolean', short: 'h', default: false, help: 'show this help' };

/** The `--help` text of a command, from its flags. */
export function commandHelp<F extends Flags>(spec: CommandSpec<F>): string {
  const flags: Array<[string, FlagSpec]> = [...Object.entries(spec.flags), ['help', HELP_FLAG]];
  const column = spec.column ?? 27;
  const indent = spec.alignLong && flags.some(([, f]) => f.short) ? '    ' : '';
  const lines: string[] = [];
  for (const [name, flag] of flags) {
    const left = `${flag.short ? `-${flag.short}, ` : indent}--${name}${flag.value ? ` ${flag.value}` : ''}`;
    const [first, ...rest] = flag.help.split('\n');
    lines.push(`  ${left.padEnd(column - 3)} ${first}`.trimEnd());
    for (const line of rest) lines.push(`${' '.repeat(column)}${line}`);
  }
  return `${spec.usage}\n\nOptions:\n${lines.join('\n')}${spec.after ? `\n\n${spec.after}` : ''}`;
}

/**
 * Parse a command's arguments. With -h/--help the help is printed and undefined returned: the command then exits 0.
 */
export function parseCommand<F extends Flags>(spec: CommandSpec<F>, argv: string[], out: NodeJS.WritableStream = process.stdout): ParsedCommand<F> | undefined {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: string | boolean }> = {};
  for (const [name, f] of [...Object.entries(spec.flags), ['help', HELP_FLAG] as const]) {
    options[name] = { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.multiple ? { multiple: true } : {}), ...(f.default !== undefined ? { default: f.default } : {}) };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    // node:util's errors (unknown option, missing value) do not say which command.
    if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw error;
    throw new UsageError(`${spec.who}: ${(error as Error).message.split('\n')[0]} (see ${spec.who} --help)`);
  }
  if (parsed.values.help) {
    out.write(`${commandHelp(spec)}\n`);
    return undefined;
  }
  return { values: parsed.values as FlagValues<F>, positionals: parsed.positionals };
}

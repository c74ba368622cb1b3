/**
 * The build options as command-line flags, from core's OPTION_SCHEMA: each option the schema marks `cli` is a flag
 * (`--kebab-case`, or `--no-kebab-case` for a switch on by default), its value's name, its default in the help, and
 * its check, all from its schema entry. An option added to the schema is a flag of `entente build` (and, if it is a
 * switch of extraction, of `entente extract`) with nothing to add here; the flag's words may be bettered in FLAG_WORDS.
 */
import { OPTION_SCHEMA, type BuildOptions, type OptionSpec } from '@entente/core';
import { UsageError } from '../errors.js';
import { parseIntOption } from './args.js';
import type { FlagSpec } from './command-line.js';

/**
 * The help of a flag, in the words of the command line where they say more than the schema's one line; `{default}`
 * is the schema's default, so the help cannot drift from it. An option without words here shows the schema's help
 * and its default.
 */
const FLAG_WORDS: { readonly [name: string]: string } = {
  minWeight: 'drop edges seen in fewer than N windows (default {default}; counted first, so weights are exact)',
  maxEvidence: 'evidence sentences kept per node and edge (default {default})',
  minConfidence: "drop entities whose confidence (0–1) is below X (default {default}: keep all); a\nsingle document's guess by the model scores 0.3, the KB's entities 1",
  keepWeak: 'keep the entities withheld for weak evidence: lone surnames no full name completes,\norganisations only the model found whose name has no organisation word, and the like',
  demonyms: '"Russian Foreign Minister" does not also mention Russia',
  capitals: '"Moscow maintains" does not mention Russia',
};

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A switch on by default is turned off by its flag. */
const negated = (spec: OptionSpec): boolean => spec.rule.kind === 'boolean' && spec.default === true;

/** The flag of an option, without dashes: `min-weight`, `no-demonyms`. */
export function flagName(spec: OptionSpec): string {
  return `${negated(spec) ? 'no-' : ''}${kebab(spec.name)}`;
}

function valueName(spec: OptionSpec): string | undefined {
  const kind = spec.rule.kind as string;
  return kind === 'boolean' ? undefined : kind === 'oneOf' ? 'KIND' : kind === 'number' ? 'X' : kind === 'integer' ? 'N' : 'LIST';
}

/** "a, b or c" */
function orList(values: readonly string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` : (values[0] ?? '');
}

function flagHelp(spec: OptionSpec): string {
  const words = FLAG_WORDS[spec.name];
  if (words !== undefined) return words.replaceAll('{default}', String(spec.default));
  const r = spec.rule;
  if (r.kind === 'oneOf') return orList(r.values.map((v) => (v === spec.default ? `${v} (default)` : v)));
  if (r.kind === 'boolean') return negated(spec) ? `turn off: ${spec.help}` : spec.help;
  return `${spec.help} (default ${String(spec.default)})`;
}

/** The option's flag for a command's flag table. */
export function optionFlag(spec: OptionSpec): FlagSpec {
  const value = valueName(spec);
  return spec.rule.kind === 'boolean' ? { type: 'boolean', default: false, help: flagHelp(spec) } : { type: 'string', ...(value ? { value } : {}), help: flagHelp(spec) };
}

/** The schema's entries of the named options (in the order given), or of every `cli` option that `keep` keeps. */
export function cliOptions(keep: (spec: OptionSpec) => boolean): OptionSpec[] {
  return OPTION_SCHEMA.filter((spec) => spec.cli && keep(spec));
}

/** Flags for options, keyed by flag name, in order. */
export function optionFlags(specs: readonly OptionSpec[]): Record<string, FlagSpec> {
  return Object.fromEntries(specs.map((spec) => [flagName(spec), optionFlag(spec)]));
}

/** Named options of the schema, in the order given (a name the schema lacks is a bug of the caller). */
export function optionsNamed(names: readonly string[]): OptionSpec[] {
  return names.map((name) => {
    const spec = OPTION_SCHEMA.find((s) => s.name === name);
    if (!spec) throw new Error(`option-flags: no option "${name}" in OPTION_SCHEMA`);
    return spec;
  });
}

/**
 * The options given on the command line, checked: only those whose flag was given are set, so a caller can fill the
 * rest (from a graph being updated, or core's defaults). A bad value is a one-line UsageError naming the flag.
 */
export function readOptionFlags(who: string, specs: readonly OptionSpec[], values: Readonly<Record<string, unknown>>): Partial<BuildOptions> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const flag = flagName(spec);
    const raw = values[flag];
    if (raw === undefined || raw === false) continue;
    out[spec.name] = raw === true ? !negated(spec) : readValue(who, spec, `--${flag}`, String(raw));
  }
  return out as Partial<BuildOptions>;
}

function readValue(who: string, spec: OptionSpec, flag: string, text: string): unknown {
  const r = spec.rule;
  if (r.kind === 'oneOf') {
    if (!r.values.includes(text)) throw new UsageError(`${who}: ${flag} must be ${orList(r.values)}, received "${text}"`);
    return text;
  }
  if (r.kind === 'integer') return parseIntOption(who, flag, text, r.min);
  if (r.kind === 'number') {
    const x = Number(text);
    if (text.trim() === '' || !Number.isFinite(x) || x < r.min || x > r.max) throw new UsageError(`${who}: ${flag} must be a number from ${r.min} to ${r.max}, received "${text}"`);
    return x;
  }
  // A kind without a form of its own on the command line (a list): comma-separated, checked by core's resolveOptions.
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

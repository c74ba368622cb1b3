import { describe, expect, it } from 'vitest';
import type { OptionSpec } from '@entente/core';
import { UsageError } from '../errors.js';
import { commandHelp, parseCommand } from './command-line.js';
import { flagName, optionFlag, optionFlags, optionsNamed, readOptionFlags } from './option-flags.js';

/** Options the schema does not have (yet): what one added to it becomes on the command line, with nothing else written. */
const NEW: OptionSpec[] = [
  { name: 'maxHops' as OptionSpec['name'], default: 3, rule: { kind: 'integer', min: 1 }, stage: 'build', counts: false, manifest: true, cli: true, help: 'links followed from each entity' },
  { name: 'coreference' as OptionSpec['name'], default: true, rule: { kind: 'boolean' }, stage: 'extract', counts: true, manifest: true, cli: true, help: '"he" after "Lavrov" mentions Lavrov' },
  { name: 'dropRatio' as OptionSpec['name'], default: 0.5, rule: { kind: 'number', min: 0, max: 1 }, stage: 'build', counts: false, manifest: true, cli: true, help: 'share of weak entities dropped' },
];

describe('#optionFlag', () => {
  it('names a flag from the option: --kebab, --no-kebab for a switch on by default', () => {
    expect(NEW.map(flagName)).toEqual(['max-hops', 'no-coreference', 'drop-ratio']);
    expect(optionsNamed(['demonyms', 'minWeight']).map(flagName)).toEqual(['no-demonyms', 'min-weight']);
  });

  it("gives a new option a flag, a value name and the schema's help with its default", () => {
    expect(NEW.map(optionFlag)).toEqual([
      { type: 'string', value: 'N', help: 'links followed from each entity (default 3)' },
      { type: 'boolean', default: false, help: 'turn off: "he" after "Lavrov" mentions Lavrov' },
      { type: 'string', value: 'X', help: 'share of weak entities dropped (default 0.5)' },
    ]);
  });

  it("words a flag as the CLI always has, with the schema's default in it", () => {
    expect(optionFlag(optionsNamed(['minWeight'])[0]!).help).toBe('drop edges seen in fewer than N windows (default 1; counted first, so weights are exact)');
    expect(optionFlag(optionsNamed(['window'])[0]!)).toEqual({ type: 'string', value: 'KIND', help: 'sentence (default), paragraph or document' });
  });
});

describe('#readOptionFlags', () => {
  const spec = { who: 'entente demo', usage: 'Usage: entente demo', flags: optionFlags([...NEW, ...optionsNamed(['window'])]) };
  const read = (argv: string[]) => readOptionFlags('entente demo', [...NEW, ...optionsNamed(['window'])], parseCommand(spec, argv)!.values);

  it('sets only what was given, checked and typed; a switch flag turns its option off', () => {
    expect(read([])).toEqual({});
    expect(read(['--max-hops', '2', '--no-coreference', '--drop-ratio', '0.25', '--window', 'paragraph'])).toEqual({ maxHops: 2, coreference: false, dropRatio: 0.25, window: 'paragraph' });
  });

  it('refuses a bad value in one line naming the flag and what it expects', () => {
    expect(() => read(['--max-hops', '0'])).toThrow(new UsageError('entente demo: --max-hops expects an integer ≥ 1, received "0"'));
    expect(() => read(['--drop-ratio', 'half'])).toThrow(new UsageError('entente demo: --drop-ratio must be a number from 0 to 1, received "half"'));
    expect(() => read(['--window', 'page'])).toThrow(new UsageError('entente demo: --window must be sentence, paragraph or document, received "page"'));
  });

  it('lists the new options in the help', () => {
    expect(commandHelp(spec)).toContain('  --max-hops N             links followed from each entity (default 3)\n  --no-coreference         turn off:');
  });
});

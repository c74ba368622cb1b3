import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { commandHelp, parseCommand, type CommandSpec, type Flags } from './command-line.js';

const SPEC = {
  who: 'entente demo',
  usage: 'Usage: entente demo <file>\n\nDoes a demo.',
  flags: {
    output: { type: 'string', short: 'o', value: 'FILE', help: 'where to write\nsecond line' },
    'dry-run': { type: 'boolean', default: false, help: 'write nothing' },
    tag: { type: 'string', multiple: true, value: 'T', help: 'a tag (repeat)' },
  },
  after: 'Exit status: 0 ok.',
} as const satisfies CommandSpec<Flags>;

const sink = () => {
  let text = '';
  return { stream: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream, text: () => text };
};

describe('#commandHelp', () => {
  it('lists the flags in order, their values and help in one column, continuation lines under it, and -h last', () => {
    expect(commandHelp(SPEC)).toBe(
      [
        'Usage: entente demo <file>',
        '',
        'Does a demo.',
        '',
        'Options:',
        '  -o, --output FILE        where to write',
        '                           second line',
        '  --dry-run                write nothing',
        '  --tag T                  a tag (repeat)',
        '  -h, --help               show this help',
        '',
        'Exit status: 0 ok.',
      ].join('\n'),
    );
  });

  it('aligns long-only flags under the long forms when asked, at the column given', () => {
    const help = commandHelp({ ...SPEC, column: 20, alignLong: true, after: undefined });
    expect(help).toContain('\n  -o, --output FILE where to write\n                    second line\n      --dry-run     write nothing\n');
  });
});

describe('#parseCommand', () => {
  it('gives the values (defaults filled) and positionals', () => {
    const out = sink();
    const parsed = parseCommand(SPEC, ['a.txt', '-o', 'x', '--tag', 'p', '--tag', 'q'], out.stream);
    expect(parsed).toEqual({ values: { output: 'x', 'dry-run': false, tag: ['p', 'q'], help: false }, positionals: ['a.txt'] });
    expect(out.text()).toBe('');
  });

  it('prints the help for -h and --help and gives undefined', () => {
    for (const flag of ['-h', '--help']) {
      const out = sink();
      expect(parseCommand(SPEC, [flag], out.stream)).toBeUndefined();
      expect(out.text()).toBe(`${commandHelp(SPEC)}\n`);
    }
  });

  it('turns a parse error into one UsageError line naming the command', () => {
    expect(() => parseCommand(SPEC, ['--bogus'])).toThrow(UsageError);
    expect(() => parseCommand(SPEC, ['--bogus'])).toThrow(/^entente demo: Unknown option '--bogus'.* \(see entente demo --help\)$/);
    expect(() => parseCommand(SPEC, ['-o'])).toThrow(/^entente demo: Option '-o, --output <value>' argument missing \(see entente demo --help\)$/);
  });
});

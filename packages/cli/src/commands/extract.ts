/**
 * `entente extract <files|folders…>`: one JSON line per document, `{"id", "mentions": [{"start", "end", "text", "type",
 * "entity"}]}` — the exact shape evaluation tools read.
 */
import { extractMentions } from '@entente/core';
import { UsageError, EXIT_FAILED, EXIT_OK } from '../errors.js';
import { listInputFiles, readInputs } from '../io/read-documents.js';
import { commandHelp, parseCommand, type CommandSpec, type Flags } from '../io/command-line.js';
import { cliOptions, optionFlags, readOptionFlags } from '../io/option-flags.js';

/**
 * The switches of extraction (boolean options of the map, from core's schema: demonyms, capitals, and any added later)
 * change which mentions a document has, so extract takes them; windows and evidence do not, so it does not.
 */
const SWITCHES = cliOptions((spec) => spec.stage === 'extract' && spec.rule.kind === 'boolean');

export const EXTRACT_COMMAND = {
  who: 'entente extract',
  usage: `Usage: entente extract <files|folders|-…> [--format jsonl]

Reads .txt, .md, .html, .jsonl and .jsonl.gz files (folders recursively; - reads JSONL from stdin) and
prints one JSON line per document: {"id","mentions":[{"start","end","text","type","entity"}]}.
Offsets are UTF-16 code units into the document text (as JavaScript strings count).`,
  flags: {
    format: { type: 'string', default: 'jsonl', value: 'jsonl', help: 'the output format (only jsonl)' },
    ...optionFlags(SWITCHES),
  },
} as const satisfies CommandSpec<Flags>;

export const EXTRACT_HELP = commandHelp(EXTRACT_COMMAND);

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(EXTRACT_COMMAND, argv);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  const options = readOptionFlags('entente extract', SWITCHES, values);
  if (values.format !== 'jsonl') throw new UsageError(`entente extract: --format must be jsonl, received "${values.format}"`);
  if (positionals.length === 0) throw new UsageError('entente extract: no input given (files, folders, or - for stdin)');
  const files = await listInputFiles(positionals, 'entente extract');
  let read = 0;
  for await (const item of readInputs(files)) {
    if (item.kind === 'note') {
      process.stderr.write(`entente: ${item.note.source}: ${item.note.reason}\n`);
      continue;
    }
    if (item.kind === 'warning') {
      process.stderr.write(`entente: skipped ${item.warning.source}: ${item.warning.reason}\n`);
      continue;
    }
    try {
      const mentions = extractMentions(item.doc, options);
      process.stdout.write(`${JSON.stringify({ id: item.doc.id, mentions })}\n`);
      read++;
    } catch (error) {
      process.stderr.write(`entente: skipped ${item.doc.id}: ${(error as Error).message}\n`);
    }
  }
  return read > 0 ? EXIT_OK : EXIT_FAILED;
}

/**
 * `entente extract <files|folders…>`: one JSON line per document, `{"id", "mentions": [{"start", "end", "text", "type",
 * "entity"}]}` — the exact shape evaluation tools read.
 */
import { parseArgs } from 'node:util';
import { extractMentions } from '@entente/core';
import { UsageError, EXIT_FAILED, EXIT_OK } from '../errors.js';
import { listInputFiles, readInputs } from '../io/read-documents.js';

export const EXTRACT_HELP = `Usage: entente extract <files|folders|-…> [--format jsonl]

Reads .txt, .md, .html, .jsonl and .jsonl.gz files (folders recursively; - reads JSONL from stdin) and
prints one JSON line per document: {"id","mentions":[{"start","end","text","type","entity"}]}.
Offsets are UTF-16 code units into the document text (as JavaScript strings count).

Options:
  --format jsonl           the output format (only jsonl)
  --no-demonyms            "Russian Foreign Minister" does not also mention Russia
  --no-capitals            "Moscow maintains" does not mention Russia
  -h, --help               show this help`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'jsonl' },
      'no-demonyms': { type: 'boolean', default: false },
      'no-capitals': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${EXTRACT_HELP}\n`);
    return EXIT_OK;
  }
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
      const mentions = extractMentions(item.doc, { demonyms: !values['no-demonyms'], capitals: !values['no-capitals'] });
      process.stdout.write(`${JSON.stringify({ id: item.doc.id, mentions })}\n`);
      read++;
    } catch (error) {
      process.stderr.write(`entente: skipped ${item.doc.id}: ${(error as Error).message}\n`);
    }
  }
  return read > 0 ? EXIT_OK : EXIT_FAILED;
}

/**
 * `entente build <files|folders…> -o graph.json`: documents in, graph JSON out (written atomically), with a summary.
 */
import { parseArgs } from 'node:util';
import { addDocumentResult, createEntenteGraph, defaultKnowledgeBase, extractDocument, finalizeGraph, resolveOptions, ENTITY_TYPES, type EntenteGraph, type WindowKind } from '@entente/core';
import { UsageError, EXIT_FAILED, EXIT_OK } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { createProgress } from '../io/progress.js';
import { listInputFiles, readInputs } from '../io/read-documents.js';
import { parseIntOption } from '../io/args.js';

export const BUILD_HELP = `Usage: entente build <files|folders|-…> [-o graph.json] [options]

Reads .txt, .md, .html, .jsonl and .jsonl.gz files (folders recursively; - reads JSONL from stdin)
and writes the co-mention graph as graphology JSON.

Options:
  -o, --output FILE        where to write the graph (default graph.json)
  --window KIND            sentence (default), paragraph or document
  --min-weight N           drop edges seen in fewer than N windows (default 1)
  --max-evidence N         evidence sentences kept per node and edge (default 5)
  --prune-isolated         drop nodes left without edges
  --no-demonyms            "Russian Foreign Minister" does not also mention Russia
  --no-capitals            "Moscow maintains" does not mention Russia
  -q, --quiet              no progress or summary`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o', default: 'graph.json' },
      window: { type: 'string', default: 'sentence' },
      'min-weight': { type: 'string' },
      'max-evidence': { type: 'string' },
      'prune-isolated': { type: 'boolean', default: false },
      'no-demonyms': { type: 'boolean', default: false },
      'no-capitals': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${BUILD_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('entente build: no input given (files, folders, or - for stdin)');
  if (!['sentence', 'paragraph', 'document'].includes(values.window)) {
    throw new UsageError(`entente build: --window must be sentence, paragraph or document, received "${values.window}"`);
  }
  const options = resolveOptions('entente build', {
    window: values.window as WindowKind,
    minWeight: parseIntOption('entente build', '--min-weight', values['min-weight'], 1),
    maxEvidence: parseIntOption('entente build', '--max-evidence', values['max-evidence'], 0),
    pruneIsolated: values['prune-isolated'],
    demonyms: !values['no-demonyms'],
    capitals: !values['no-capitals'],
  });
  const files = await listInputFiles(positionals);
  const kb = defaultKnowledgeBase();
  const graph: EntenteGraph = createEntenteGraph();
  const progress = values.quiet ? undefined : createProgress(files.every((f) => !/\.jsonl(\.gz)?$|^-$/.test(f)) ? files.length : undefined);
  let read = 0;
  let skipped = 0;
  let duplicates = 0;
  let tokens = 0;
  for await (const item of readInputs(files)) {
    if (item.kind === 'warning') {
      skipped++;
      process.stderr.write(`entente: skipped ${item.warning.source}: ${item.warning.reason}\n`);
      continue;
    }
    try {
      const result = extractDocument(item.doc, { ...options, kb });
      if (result.truncated) process.stderr.write(`entente: ${item.doc.id}: longer than ${options.maxChars} characters, the rest was not read\n`);
      if (addDocumentResult(graph, result, options.maxEvidence)) read++;
      else duplicates++;
      tokens += result.tokens;
    } catch (error) {
      skipped++;
      process.stderr.write(`entente: skipped ${item.doc.id}: ${(error as Error).message}\n`);
    }
    progress?.update(read + skipped, tokens);
  }
  progress?.done();
  if (duplicates) process.stderr.write(`entente: ${duplicates} document(s) with an id already read were skipped\n`);
  if (read === 0) {
    process.stderr.write(`entente build: no document could be read (${skipped} skipped); ${values.output} was not written\n`);
    return EXIT_FAILED;
  }
  const final = finalizeGraph(graph, options, kb);
  await writeFileAtomic(values.output, JSON.stringify(final.export()));
  if (!values.quiet) process.stdout.write(summary(final, read, skipped, tokens, values.output));
  return EXIT_OK;
}

export function summary(graph: EntenteGraph, read: number, skipped: number, tokens: number, output: string): string {
  const perType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<string, number>;
  graph.forEachNode((_, a) => {
    perType[a.type] = (perType[a.type] ?? 0) + 1;
  });
  return [
    `Wrote ${output}`,
    `  documents: ${read} read, ${skipped} skipped (${tokens.toLocaleString('en')} tokens)`,
    `  nodes:     ${graph.order} (${ENTITY_TYPES.map((t) => `${perType[t]} ${plural(t, perType[t]!)}`).join(', ')})`,
    `  edges:     ${graph.size}`,
    '',
  ].join('\n');
}

function plural(type: string, n: number): string {
  if (n === 1) return type;
  return type === 'treaty' ? 'treaties' : `${type}s`;
}

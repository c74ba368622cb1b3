/**
 * The `entente` command: parse the command name, run it, and turn errors into one line and an exit code. A user's
 * mistake (unknown option, missing file, bad value) prints one line and exits 2, never a stack trace.
 */
import { EntenteError } from '@entente/core';
import { EXIT_FAILED, EXIT_USAGE, OutputError, UsageError, formatEntenteError } from './errors.js';
import { MissingInputError } from './io/read-documents.js';
import { QueueError } from './distributed/connection.js';

type Command = { run(argv: string[]): Promise<number>; summary: string };

const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => ({ ...(await import('./commands/build.js')), summary: 'documents → graph JSON' }),
  extract: async () => ({ ...(await import('./commands/extract.js')), summary: 'documents → mentions, one JSON line each' }),
  stats: async () => ({ ...(await import('./commands/stats.js')), summary: 'counts and top entities of a graph' }),
  export: async () => ({ ...(await import('./commands/export.js')), summary: 'graph → GEXF, GraphML, CSV, Cypher, SVG, JSON' }),
  query: async () => ({ ...(await import('./commands/query.js')), summary: 'find, neighbours, path, top, communities, scripts' }),
  eval: async () => ({ ...(await import('./commands/eval.js')), summary: 'score extraction against a gold corpus' }),
  worker: async () => ({ ...(await import('./commands/worker.js')), summary: 'extract batches from a build queue in Redis' }),
  curate: async () => ({ ...(await import('./commands/curate.js')), summary: 'apply curation rules to a graph' }),
  layout: async () => ({ ...(await import('./commands/layout.js')), summary: 'store a ForceAtlas2 layout in a graph' }),
  serve: async () => ({ ...(await import('./commands/serve.js')), summary: 'the explorer, the graph and its documents on localhost' }),
};

const HELP = `Usage: entente <command> [options]

Commands:
  build     documents → graph JSON
  extract   documents → mentions, one JSON line each
  stats     counts and top entities of a graph
  export    graph → GEXF, GraphML, CSV, Cypher, SVG, JSON
  query     find, neighbours, path, top, communities, and scripts
  eval      score extraction against a gold corpus (precision, recall, F1)
  worker    extract batches for "entente build --queue" from Redis, on this or another machine
  curate    apply curation rules (hide, merge, rename, retype) to a graph
  layout    store a ForceAtlas2 layout (x, y) in a graph, for the explorer and Gephi
  serve     the explorer, the graph and its documents (a read-only API) on http://127.0.0.1

Run "entente <command> --help" for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return name ? 0 : EXIT_USAGE;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`entente: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})\n`);
    return EXIT_USAGE;
  }
  try {
    return await (await load()).run(rest);
  } catch (error) {
    if (error instanceof OutputError || error instanceof QueueError) {
      // The command line was right but the disk or the queue said no. Exit 1, as a failed run.
      process.stderr.write(`${error.message}\n`);
      return EXIT_FAILED;
    }
    const message = userErrorMessage(error, name);
    if (message === undefined) throw error;
    process.stderr.write(`${message}\n`);
    return EXIT_USAGE;
  }
}

/** The one-line message for errors caused by the user's input; undefined for bugs, which keep their stack. */
function userErrorMessage(error: unknown, command: string): string | undefined {
  if (error instanceof UsageError || error instanceof MissingInputError) return error.message;
  if (error instanceof EntenteError) return formatEntenteError(error);
  const code = (error as { code?: string } | null)?.code;
  const firstLine = String((error as Error).message).split('\n')[0];
  // node:util parseArgs errors (unknown option, missing value, unexpected positional) do not say which command.
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return `entente ${command}: ${firstLine} (see entente ${command} --help)`;
  if (code === 'EACCES' || code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENOSPC' || code === 'EROFS') {
    return `entente: ${firstLine}`;
  }
  return undefined;
}

/**
 * `entente serve graph.json`: the explorer, the graph and the documents beside it on http://127.0.0.1:PORT/, until
 * Ctrl+C. The graph is read once to know its nodes and links; the documents file once to index its mentions.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_OK, UsageError } from '../errors.js';
import { commandHelp, parseCommand, type CommandSpec, type Flags } from '../io/command-line.js';
import { parseIntOption } from '../io/args.js';
import { documentsFileFor } from '../io/documents-file.js';
import { readGraphFile } from '../io/graph-file.js';
import { DocumentsStore } from '../serve/documents-store.js';
import { startServer, type RunningServer } from '../serve/server.js';

export const SERVE_COMMAND = {
  who: 'entente serve',
  usage: `Usage: entente serve graph.json [options]

Serves the explorer with this graph on http://127.0.0.1:PORT/ (this machine only), and a read-only JSON API
for the reader: documents whole, an entity's mentions and a link's sentences, paged. The texts come from
the documents file entente build wrote beside the graph (graph.docs.jsonl); without it the graph is served
and the reader says the texts are not available.`,
  column: 18,
  flags: {
    port: { type: 'string', value: 'N', help: 'port to listen on (default 5173, or the next free one; 0 = any free port)' },
    docs: { type: 'string', value: 'FILE', help: 'the documents file (default: beside the graph, graph.docs.jsonl)' },
    app: { type: 'string', value: 'DIR', help: 'the built explorer (default: apps/explorer/dist of this checkout; build it with\n"pnpm --filter @entente/explorer build", or run "pnpm start")' },
    quiet: { type: 'boolean', short: 'q', default: false, help: 'print only the URL' },
  },
} as const satisfies CommandSpec<Flags>;

export const SERVE_HELP = commandHelp(SERVE_COMMAND);

const DEFAULT_PORT = 5173;
const DEFAULT_APP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../apps/explorer/dist');

export interface ServeSetup {
  graphFile: string;
  docsFile?: string;
  appDir?: string | null;
  port?: number;
  quiet?: boolean;
}

/** Open the graph and its documents and start listening; the caller stops it with `close()`. */
export async function serve(setup: ServeSetup, log: (line: string) => void = () => {}): Promise<RunningServer & { store?: DocumentsStore }> {
  const who = 'entente serve';
  const graph = await readGraphFile(setup.graphFile);
  let appDir: string | undefined;
  if (setup.appDir !== null) {
    const dir = path.resolve(setup.appDir ?? DEFAULT_APP);
    if (!existsSync(path.join(dir, 'index.html'))) {
      throw new UsageError(`${who}: no built explorer in "${dir}" (no index.html): run "pnpm --filter @entente/explorer build" or pass --app DIR`);
    }
    appDir = realpathSync(dir);
  }
  const docsFile = setup.docsFile ?? documentsFileFor(setup.graphFile);
  let store: DocumentsStore | undefined;
  if (setup.docsFile !== undefined || existsSync(docsFile)) {
    store = await DocumentsStore.open(docsFile);
    const documents = (graph.getAttribute('documents') ?? []).map((d: { id: string }) => d.id);
    const missing = documents.filter((id: string) => !store!.byId.has(id)).length;
    if (missing > 0) log(`entente serve: warning: ${missing} of the graph's ${documents.length} documents are not in ${docsFile} (out of step: rebuild the graph)`);
  } else {
    log(`entente serve: no documents file ${docsFile}: the graph is served, its texts are not available (entente build writes one unless --no-texts)`);
  }
  try {
    const server = await startServer({
      appDir,
      graphFile: path.resolve(setup.graphFile),
      port: setup.port ?? DEFAULT_PORT,
      tryNextPorts: setup.port === undefined,
      api: { store, hasNode: (id) => graph.hasNode(id), hasEdge: (a, b) => graph.hasNode(a) && graph.hasNode(b) && graph.hasEdge(a, b) },
    });
    return {
      ...server,
      store,
      close: async () => {
        await server.close();
        store?.close();
      },
    };
  } catch (error) {
    store?.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') throw new UsageError(`${who}: cannot listen on 127.0.0.1:${setup.port}: ${code === 'EADDRINUSE' ? 'the port is in use' : 'permission denied'} (try --port 0)`);
    throw error;
  }
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(SERVE_COMMAND, argv);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`entente serve: expected one graph file, received ${positionals.length} (see entente serve --help)`);
  const port = parseIntOption('entente serve', '--port', values.port, 0);
  if (port !== undefined && port > 65535) throw new UsageError(`entente serve: --port expects an integer from 0 to 65535, received "${values.port}"`);
  const started = performance.now();
  const server = await serve({ graphFile: positionals[0]!, docsFile: values.docs, appDir: values.app, port }, (line) => process.stderr.write(`${line}\n`));
  if (!values.quiet && server.store) {
    process.stdout.write(`Indexed ${server.store.ids.length} document(s) of ${server.store.file} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(`Entente explorer: ${server.url} (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return EXIT_OK;
}

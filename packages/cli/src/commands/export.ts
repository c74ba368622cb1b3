/**
 * `entente export graph.json --format gexf -o graph.gexf`: a thin face on core's format registry. Reads a graph
 * (JSON, GEXF or GraphML), writes it in any registered format, atomically, and says what it wrote on stderr.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, detectFormat, isExportFormatId, writeGraph, type ExportFormatId } from '@entente/core/export';
import { EXIT_OK, UsageError } from '../errors.js';
import { parseIntOption } from '../io/args.js';
import { commandHelp, parseCommand, type CommandSpec, type FlagValues, type Flags } from '../io/command-line.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readGraphFile } from '../io/graph-file.js';
import { checkOutputFile } from '../io/output-path.js';

const WHO = 'entente export';

export const EXPORT_COMMAND = {
  who: WHO,
  usage: `Usage: entente export <graph.json|.gexf|.graphml> --format <format> [-o <output>] [options]

Formats:
${EXPORT_FORMAT_IDS.map((id) => `  ${id.padEnd(8)} ${EXPORT_FORMATS[id].description}`).join('\n')}`,
  column: 26,
  alignLong: true,
  flags: {
    format: { type: 'string', short: 'f', value: '<format>', help: 'output format (default: from the extension of -o)' },
    output: {
      type: 'string',
      short: 'o',
      value: '<path>',
      help: 'output file; "-" or none writes to stdout.\ncsv writes two files: -o a directory (out/) gives out/nodes.csv and out/edges.csv,\n-o a prefix (out/graph) gives out/graph-nodes.csv and out/graph-edges.csv',
    },
    indent: { type: 'string', value: '<n>', help: 'json: indent by n spaces (default: one line)' },
    labels: { type: 'string', value: '<n>', help: 'svg: label the n most-mentioned entities (default 25)' },
    width: { type: 'string', value: '<px>', help: 'svg: picture width (default 1200)' },
    height: { type: 'string', value: '<px>', help: 'svg: picture height (default 800)' },
    'batch-size': { type: 'string', value: '<n>', help: 'cypher: rows per UNWIND statement (default 500)' },
    dialect: { type: 'string', value: '<name>', help: 'cypher: neo4j (default) or memgraph' },
  },
} as const satisfies CommandSpec<Flags>;

/** Which format each format-specific option belongs to, so a misplaced one is an error rather than silently ignored. */
const OPTION_FORMAT: Record<string, ExportFormatId> = { indent: 'json', labels: 'svg', width: 'svg', height: 'svg', 'batch-size': 'cypher', dialect: 'cypher' };

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(EXPORT_COMMAND, argv);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(`${WHO}: expects one graph file, received ${positionals.length} (e.g. entente export graph.json --format gexf -o graph.gexf)`);
  }
  const input = positionals[0]!;
  const output = values.output === '-' ? undefined : values.output;
  const format = resolveFormat(values.format, output);
  for (const [option, owner] of Object.entries(OPTION_FORMAT)) {
    if (values[option as keyof typeof values] !== undefined && owner !== format) {
      throw new UsageError(`${WHO}: --${option} applies to --format ${owner} only, received --format ${format}`);
    }
  }
  if (output !== undefined && path.resolve(output) === path.resolve(input)) {
    throw new UsageError(`${WHO}: -o "${output}" is the input file; choose another path`);
  }

  if (output !== undefined && !EXPORT_FORMATS[format].multiFile) await checkOutputFile(WHO, '-o', output);

  const graph = await readGraphFile(input);
  const written = writeGraph(graph, format, writerOptions(format, values));
  const summary = `${WHO}: ${format}, ${graph.order} nodes, ${graph.size} edges →`;

  if (typeof written !== 'string') {
    if (output === undefined) throw new UsageError(`${WHO}: --format ${format} writes two files: give -o a directory (out/) or a prefix (out/graph)`);
    const files = await multiFilePaths(output, Object.keys(written));
    for (const [name, file] of files) {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await writeFileAtomic(file, written[name]!);
    }
    process.stderr.write(`${summary} ${[...files.values()].join(', ')}\n`);
    return EXIT_OK;
  }
  const text = written.endsWith('\n') ? written : `${written}\n`;
  if (output === undefined) {
    process.stdout.write(text);
    process.stderr.write(`${summary} stdout\n`);
    return EXIT_OK;
  }
  await mkdir(path.dirname(path.resolve(output)), { recursive: true });
  await writeFileAtomic(output, text);
  process.stderr.write(`${summary} ${output}\n`);
  return EXIT_OK;
}

function resolveFormat(given: string | undefined, output: string | undefined): ExportFormatId {
  if (given !== undefined) {
    if (!isExportFormatId(given)) throw new UsageError(`${WHO}: --format expects one of ${EXPORT_FORMAT_IDS.join(', ')}, received "${given}"`);
    return given;
  }
  const fromExtension = output === undefined ? undefined : detectFormat(output);
  if (fromExtension === undefined) {
    throw new UsageError(`${WHO}: --format is required (one of ${EXPORT_FORMAT_IDS.join(', ')}) when -o has no known extension`);
  }
  return fromExtension;
}

type Values = FlagValues<(typeof EXPORT_COMMAND)['flags']>;

function writerOptions(format: ExportFormatId, values: Values): object {
  const int = (name: 'indent' | 'labels' | 'width' | 'height' | 'batch-size', min: number) => parseIntOption(WHO, `--${name}`, values[name], min);
  const defined = (options: Record<string, unknown>) => Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  switch (format) {
    case 'json':
      return defined({ indent: int('indent', 0) });
    case 'svg':
      return defined({ labels: int('labels', 0), width: int('width', 1), height: int('height', 1) });
    case 'cypher':
      if (values.dialect !== undefined && values.dialect !== 'neo4j' && values.dialect !== 'memgraph') {
        throw new UsageError(`${WHO}: --dialect expects neo4j or memgraph, received "${values.dialect}"`);
      }
      return defined({ batchSize: int('batch-size', 1), dialect: values.dialect });
    default:
      return {};
  }
}

/**
 * Where each file of a multi-file format goes. A directory (existing, or written with a trailing slash) holds the
 * files under their own names; anything else is a prefix: `out/graph` → `out/graph-nodes.csv`.
 */
async function multiFilePaths(output: string, names: string[]): Promise<Map<string, string>> {
  const isDirectory = /[\\/]$/.test(output) || (await stat(output).then((s) => s.isDirectory(), () => false));
  const prefix = output.replace(/\.csv$/i, '');
  const separator = /[-_.]$/.test(prefix) ? '' : '-';
  return new Map(names.map((name) => [name, isDirectory ? path.join(output, name) : `${prefix}${separator}${name}`]));
}

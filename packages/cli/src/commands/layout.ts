/**
 * `entente layout graph.json -o laid-out.json`: store a ForceAtlas2 layout in a graph already built, the same one
 * `entente build --layout` computes (core's layout/forceatlas2.ts), without reading the documents again. With
 * `--keep`, nodes that have a position keep it and only the others are placed and laid out.
 */
import path from 'node:path';
import { writeJson } from '@entente/core/export';
import { UsageError, EXIT_OK } from '../errors.js';
import { commandHelp, parseCommand, type CommandSpec, type Flags } from '../io/command-line.js';
import { readGraphFile } from '../io/graph-file.js';
import { checkGraphOutput, writeOutput } from '../io/output-path.js';
import { LAYOUT_ITERATIONS_FLAG, LAYOUT_SEED_FLAG, describeLayout, layOut, readLayoutFlags } from '../io/layout-flags.js';

const WHO = 'entente layout';

export const LAYOUT_COMMAND = {
  who: WHO,
  usage: `Usage: entente layout <graph.json|.gexf|.graphml> [-o laid-out.json] [options]

Lays the graph out with ForceAtlas2 (seeded: the same graph and options give the same positions) and writes it as
graph JSON with x, y on every entity and the layout in the manifest. The explorer opens such a graph placed.`,
  flags: {
    output: { type: 'string', short: 'o', value: 'FILE', help: 'where to write the graph (default: stdout; never the input file)' },
    iterations: LAYOUT_ITERATIONS_FLAG,
    seed: LAYOUT_SEED_FLAG,
    keep: { type: 'boolean', default: false, help: 'keep the positions entities have; place and lay out only those without one' },
    quiet: { type: 'boolean', short: 'q', default: false, help: 'no summary' },
  },
} as const satisfies CommandSpec<Flags>;

export const LAYOUT_HELP = commandHelp(LAYOUT_COMMAND);

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(LAYOUT_COMMAND, argv);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`${WHO}: expects one graph file, e.g. entente layout graph.json -o laid-out.json`);
  const input = positionals[0]!;
  const output = values.output === '-' ? undefined : values.output;
  await checkGraphOutput(WHO, input, output);
  const options = readLayoutFlags(WHO, values, { iterations: '--iterations', seed: '--seed' });
  const graph = await readGraphFile(input);
  const layout = layOut(graph, { ...options, keepPositions: values.keep });
  await writeOutput(output, writeJson(graph));
  if (!values.quiet) process.stderr.write(`${WHO}: ${describeLayout(layout)} → ${output ?? 'stdout'}\n`);
  return EXIT_OK;
}

/**
 * `entente curate graph.json --rules rules.json -o curated.json`: apply curation rules to a graph already built, with
 * the same core function `entente build --rules` and the explorer use, so the three give the same graph.
 */
import path from 'node:path';
import { writeJson } from '@entente/core/export';
import { UsageError, EXIT_OK } from '../errors.js';
import { commandHelp, parseCommand, type CommandSpec, type Flags } from '../io/command-line.js';
import { readGraphFile } from '../io/graph-file.js';
import { checkGraphOutput, writeOutput } from '../io/output-path.js';
import { applyRulesFile, describeReport, readRulesFile } from '../curation/rules-file.js';

const WHO = 'entente curate';

export const CURATE_COMMAND = {
  who: WHO,
  usage: `Usage: entente curate <graph.json|.gexf|.graphml> --rules rules.json [-o curated.json]

Applies curation rules (hide, merge, rename, retype; the format is in the README) to a graph and writes the
result as graph JSON. Rules whose entities are not in the graph are reported as unused and change nothing.`,
  flags: {
    rules: { type: 'string', value: 'FILE', help: 'the rules file (required)' },
    output: { type: 'string', short: 'o', value: 'FILE', help: 'where to write the graph (default: stdout; never the input file)' },
    quiet: { type: 'boolean', short: 'q', default: false, help: 'no summary' },
  },
} as const satisfies CommandSpec<Flags>;

export const CURATE_HELP = commandHelp(CURATE_COMMAND);

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(CURATE_COMMAND, argv);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`${WHO}: expects one graph file, e.g. entente curate graph.json --rules rules.json -o curated.json`);
  if (values.rules === undefined) throw new UsageError(`${WHO}: --rules FILE is required`);
  const input = positionals[0]!;
  const output = values.output === '-' ? undefined : values.output;
  await checkGraphOutput(WHO, input, output);
  const rules = await readRulesFile(WHO, values.rules);
  const { graph, report } = applyRulesFile(await readGraphFile(input), rules);
  const told = describeReport(report, rules.file);
  for (const line of told.unused) process.stderr.write(`${line}\n`);
  await writeOutput(output, writeJson(graph));
  if (!values.quiet) process.stderr.write(`${WHO}: ${graph.order} nodes, ${graph.size} edges → ${output ?? 'stdout'}\n${told.summary}\n`);
  return EXIT_OK;
}

/** `entente stats graph.json`: nodes per type, edges, documents, and the top entities by degree and by mentions. */
import { compareStrings, ENTITY_TYPES } from '@entente/core';
import { UsageError, EXIT_OK } from '../errors.js';
import { commandHelp, parseCommand, type CommandSpec, type Flags } from '../io/command-line.js';
import { readGraphFile } from '../io/graph-file.js';
import { parseIntOption } from '../io/args.js';

export const STATS_COMMAND = {
  who: 'entente stats',
  usage: `Usage: entente stats <graph.json|.gexf|.graphml> [--limit N] [--json]

Prints the nodes per type, edges and documents of a graph, and its top entities by degree and by mentions.`,
  flags: {
    limit: { type: 'string', value: 'N', help: 'entities in each top list (default 10)' },
    json: { type: 'boolean', default: false, help: 'print the counts and lists as JSON' },
  },
} as const satisfies CommandSpec<Flags>;

export const STATS_HELP = commandHelp(STATS_COMMAND);

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(STATS_COMMAND, argv);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('entente stats: expects one graph file, e.g. entente stats graph.json');
  const limit = parseIntOption('entente stats', '--limit', values.limit, 1) ?? 10;
  const graph = await readGraphFile(positionals[0]!);
  const perType: Record<string, number> = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0]));
  const rows: Array<{ id: string; label: string; type: string; degree: number; mentions: number }> = [];
  graph.forEachNode((id, a) => {
    const type = String(a.type ?? 'unknown');
    perType[type] = (perType[type] ?? 0) + 1;
    rows.push({ id, label: String(a.label ?? id), type, degree: graph.degree(id), mentions: Number(a.mentions ?? 0) });
  });
  const byDegree = [...rows].sort((x, y) => y.degree - x.degree || compareStrings(x.label, y.label)).slice(0, limit);
  const byMentions = [...rows].sort((x, y) => y.mentions - x.mentions || compareStrings(x.label, y.label)).slice(0, limit);
  const manifest = graph.getAttribute('manifest') as { documentCount?: number; version?: string } | undefined;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ nodes: graph.order, edges: graph.size, documents: manifest?.documentCount, perType, byDegree, byMentions }, null, 2)}\n`);
    return EXIT_OK;
  }
  const lines = [
    `${graph.order} nodes, ${graph.size} edges${manifest?.documentCount !== undefined ? `, ${manifest.documentCount} documents` : ''}`,
    `  ${Object.entries(perType).map(([t, n]) => `${t}: ${n}`).join(', ')}`,
    '',
    'Top by degree:',
    ...byDegree.map((r) => `  ${String(r.degree).padStart(5)}  ${r.label} (${r.type})`),
    '',
    'Top by mentions:',
    ...byMentions.map((r) => `  ${String(r.mentions).padStart(5)}  ${r.label} (${r.type})`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

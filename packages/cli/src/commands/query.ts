/**
 * `entente query`: ask a graph file questions from the shell. The verbs and the options they take come from core's
 * QUERY_VERBS registry (the explorer uses the same); this file only parses the command line, loads the graph, runs
 * the verb or the user's script, and prints an aligned table (or JSON with --json).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EntenteError, InvalidOptionError, type EntityType } from '@entente/core';
import {
  QUERY_DEFAULTS,
  QUERY_VERB_NAMES,
  QUERY_VERBS,
  TOP_METRICS,
  find,
  isQueryVerb,
  queryApi,
  resolveEntity,
  summarize,
  type QueryGraph,
  type QueryInput,
  type QueryOptionName,
  type QueryVerbName,
} from '@entente/core/query';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readGraphFile } from '../io/graph-file.js';
import { checkOutputFile, ensureParentDir } from '../io/output-path.js';
import * as show from './query-output.js';
import { commandHelp, parseCommand, type CommandSpec, type FlagValues, type Flags } from '../io/command-line.js';


/** Command-line flag → registry option. Numbers are parsed here; their ranges are checked once, in core. */
const FLAGS: Record<QueryOptionName, { flag: string; kind: 'number' | 'boolean' | 'types' | 'string' }> = {
  type: { flag: 'type', kind: 'types' },
  minWeight: { flag: 'min-weight', kind: 'number' },
  minMentions: { flag: 'min-mentions', kind: 'number' },
  limit: { flag: 'limit', kind: 'number' },
  depth: { flag: 'depth', kind: 'number' },
  by: { flag: 'by', kind: 'string' },
  strongest: { flag: 'strongest', kind: 'boolean' },
  resolution: { flag: 'resolution', kind: 'number' },
  seed: { flag: 'seed', kind: 'number' },
  hideIsolated: { flag: 'hide-isolated', kind: 'boolean' },
};

/** Flags a verb takes for its presentation rather than its query: path --limit caps the sentences shown per link. */
const PRESENTATION_FLAGS: Partial<Record<QueryVerbName, string[]>> = { path: ['limit'] };

/** Familiar spellings that mean a verb. */
const VERB_ALIASES: Record<string, QueryVerbName> = { neighbors: 'neighbours', stats: 'summary' };

const DEFAULT_EVIDENCE_PER_HOP = 3;

export const QUERY_COMMAND = {
  who: 'entente query',
  usage: `Usage: entente query <graph.json> <verb> [args…] [options]
       entente query <graph.json> --script <file.ts|.js|.mjs>

Verbs:
${QUERY_VERB_NAMES.map((name) => {
  const verb = QUERY_VERBS[name];
  const usage = [name, ...verb.args.map((a) => `<${a.name}>`)].join(' ');
  const flags = [
    ...verb.options.map((o) => `--${FLAGS[o].flag}`),
    ...(PRESENTATION_FLAGS[name] ?? []).map((f) => `--${f}`),
    ...(verb.result === 'graph' ? ['-o FILE'] : []),
  ];
  return `  ${usage.padEnd(24)} ${verb.summary}${flags.length ? `\n  ${''.padEnd(24)} options: ${flags.join(' ')}` : ''}`;
}).join('\n')}`,
  flags: {
    json: { type: 'boolean', help: 'print the result as JSON' },
    type: { type: 'string', multiple: true, value: 'T', help: 'entity type: person, state, organisation, treaty (repeat, or T1,T2)' },
    'min-weight': { type: 'string', value: 'N', help: 'only links seen in at least N windows' },
    'min-mentions': { type: 'string', value: 'N', help: 'only entities mentioned at least N times' },
    limit: { type: 'string', value: 'N', help: `at most N results (top: default ${QUERY_DEFAULTS.top.limit}; path: sentences per link, default ${DEFAULT_EVIDENCE_PER_HOP})` },
    depth: { type: 'string', value: 'N', help: `ego: links out from the entity (default ${QUERY_DEFAULTS.egoNetwork.depth})` },
    by: { type: 'string', value: 'M', help: `top: ${TOP_METRICS.join(', ')} (default ${QUERY_DEFAULTS.top.by})` },
    strongest: { type: 'boolean', help: 'path: strongest links rather than fewest' },
    resolution: { type: 'string', value: 'R', help: `communities: Louvain resolution (default ${QUERY_DEFAULTS.communities.resolution})` },
    seed: { type: 'string', value: 'S', help: `communities: Louvain seed (default ${QUERY_DEFAULTS.communities.seed})` },
    'hide-isolated': { type: 'boolean', help: 'filter: drop entities left without links' },
    output: { type: 'string', short: 'o', value: 'FILE', help: 'ego, filter: write the subgraph as graph JSON (- for stdout)' },
    script: { type: 'string', value: 'FILE', help: 'run FILE\'s default export (or export "query"): (graph, api) => result' },
  },
  after: `Entity names forgive case, accents and punctuation; a close, unambiguous name is accepted too.
Exit status: 0 ok; 1 nothing found (find: no match, path: no path); 2 usage error.`,
} as const satisfies CommandSpec<Flags>;

export const QUERY_USAGE = commandHelp(QUERY_COMMAND);

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(QUERY_COMMAND, argv);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  const [graphFile, verbName, ...args] = positionals;
  if (!graphFile) throw new UsageError('entente query: missing <graph.json> (see entente query --help)');

  if (values.script !== undefined) {
    if (verbName !== undefined) throw new UsageError(`entente query: --script takes no verb, received "${verbName}"`);
    return runScript(graphFile, values.script);
  }
  if (!verbName) throw new UsageError(`entente query: missing <verb>: one of ${QUERY_VERB_NAMES.join(', ')}`);
  const name = isQueryVerb(verbName) ? verbName : VERB_ALIASES[verbName];
  if (!name) throw new UsageError(`entente query: unknown verb "${verbName}" (expected one of ${QUERY_VERB_NAMES.join(', ')})`);
  const verb = QUERY_VERBS[name];
  const input = toInput(name, values, args);
  if (values.output !== undefined && verb.result !== 'graph') {
    throw new UsageError(`entente query ${name}: -o/--output applies to ego and filter only`);
  }
  if (values.output !== undefined && values.output !== '-') await checkOutputFile(`entente query ${name}`, '-o', values.output);

  const graph = await readGraphFile(graphFile);
  const result = asUsage(name, () => verb.run(graph, input));
  return present(name, graph, input, result, values);
}

type Values = FlagValues<(typeof QUERY_COMMAND)['flags']>;

/** The registry input from the command line, refusing flags the verb does not take. */
function toInput(name: QueryVerbName, values: Values, args: string[]): QueryInput {
  const verb = QUERY_VERBS[name];
  const takes = new Set<string>([...verb.options.map((o) => FLAGS[o].flag), ...(PRESENTATION_FLAGS[name] ?? [])]);
  for (const option of Object.values(FLAGS)) {
    if (values[option.flag as keyof Values] !== undefined && !takes.has(option.flag)) {
      const accepted = [...takes].map((f) => `--${f}`).join(', ') || 'no options';
      throw new UsageError(`entente query ${name}: --${option.flag} does not apply (${name} takes ${accepted})`);
    }
  }
  const input: { -readonly [K in keyof QueryInput]: QueryInput[K] } = { args };
  for (const key of verb.options) {
    const { flag, kind } = FLAGS[key];
    const raw = values[flag as keyof Values];
    if (raw === undefined) continue;
    if (kind === 'number') (input as Record<string, unknown>)[key] = toNumber(name, flag, raw as string);
    else if (kind === 'types') input.type = (raw as string[]).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean) as EntityType[];
    else (input as Record<string, unknown>)[key] = raw;
  }
  return input;
}

function toNumber(verb: string, flag: string, raw: string): number {
  const n = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n)) throw new UsageError(`entente query ${verb}: --${flag} expects a number, received "${raw}"`);
  return n;
}

/** Runs a query, turning core's errors (entity not found, bad option) into one-line usage errors that use flag names. */
function asUsage<T>(verb: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof EntenteError) || error instanceof UsageError) throw error;
    // Core names the function that complained ("entente/egoNetwork"); the user typed the verb, and a flag.
    const flag = error instanceof InvalidOptionError ? FLAGS[error.option as keyof typeof FLAGS]?.flag : undefined;
    const detail = flag && error instanceof InvalidOptionError ? `option --${flag} expects ${error.expected}, received ${error.received}` : error.detail;
    throw new UsageError(`entente query ${verb}: ${detail}`);
  }
}

async function present(name: QueryVerbName, graph: QueryGraph, input: QueryInput, result: unknown, values: Values): Promise<number> {
  const json = values.json === true;
  switch (name) {
    case 'find': {
      const found = result as ReturnType<typeof QUERY_VERBS.find.run>;
      print(json ? toJson(found) : show.formatFind(input.args.join(' '), found));
      return found.matches.length > 0 ? EXIT_OK : EXIT_FAILED;
    }
    case 'neighbours': {
      const list = result as ReturnType<typeof QUERY_VERBS.neighbours.run>;
      if (json) return print(toJson(list));
      return print(show.formatNeighbours(entityOf(graph, input.args.join(' ')), list));
    }
    case 'path': {
      const found = result as ReturnType<typeof QUERY_VERBS.path.run>;
      if (json) print(toJson(found));
      else if (!found) print(`No path between ${labelOf(graph, input.args[0]!)} and ${labelOf(graph, input.args[1]!)}.`);
      else {
        const perHop = values.limit === undefined ? DEFAULT_EVIDENCE_PER_HOP : toNumber(name, 'limit', values.limit);
        print(show.formatPath(found, input.strongest === true, Math.max(0, perHop)));
      }
      return found ? EXIT_OK : EXIT_FAILED;
    }
    case 'top': {
      const list = result as ReturnType<typeof QUERY_VERBS.top.run>;
      const types = input.type === undefined ? undefined : ([] as string[]).concat(input.type);
      return print(json ? toJson(list) : show.formatTop(list, input.by ?? 'mentions', types));
    }
    case 'communities': {
      const list = result as ReturnType<typeof QUERY_VERBS.communities.run>;
      return print(json ? toJson(list) : show.formatCommunities(list));
    }
    case 'summary': {
      const summary = result as ReturnType<typeof QUERY_VERBS.summary.run>;
      return print(json ? toJson(summary) : show.formatSummary(summary));
    }
    case 'ego':
    case 'filter': {
      const sub = result as QueryGraph;
      const title = name === 'ego' ? `Ego network of ${labelOf(graph, input.args.join(' '))} (depth ${input.depth ?? 1}):` : 'Filtered graph:';
      const output = values.output;
      if (output === '-') return print(JSON.stringify(sub.export()));
      if (output !== undefined) await writeOutput(output, `${JSON.stringify(sub.export())}\n`);
      print(json ? toJson(summarize(sub)) : show.formatSubgraph(title, sub));
      if (output !== undefined && !json) print(`Wrote ${output}`);
      return EXIT_OK;
    }
  }
}

/** Loads a user's query script and prints what its function returns. */
async function runScript(graphFile: string, script: string): Promise<number> {
  const file = path.resolve(script);
  if (!existsSync(file)) throw new UsageError(`entente query: --script file "${script}" not found`);
  if (!/\.(m?[jt]s|c?js|cts)$/.test(file)) throw new UsageError(`entente query: --script expects a .ts, .js or .mjs file, received "${script}"`);
  const graph = await readGraphFile(graphFile);
  let result: unknown;
  try {
    const mod = await importScript(file);
    const fn = typeof mod.default === 'function' ? mod.default : mod.query;
    if (typeof fn !== 'function') {
      throw new UsageError(`entente query: --script "${script}" must export a function (default, or "query"): (graph, api) => result`);
    }
    result = await (fn as (graph: QueryGraph, api: typeof queryApi) => unknown)(graph, queryApi);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // The script is the user's code: its syntax error or exception is its own failure, reported in one line (exit 1),
    // not a bug of entente's with a stack.
    process.stderr.write(`entente query: script "${script}" failed: ${oneLine(error)}\n`);
    return EXIT_FAILED;
  }
  const output = show.formatScriptResult(result);
  if (output !== null) print(output);
  return EXIT_OK;
}

/** An error's message on one line (a TypeScript syntax error is several: "Transform failed with 1 error:", then where). */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((line) => line.trim()).filter(Boolean).join(' ') || String(error);
}

/**
 * Under tsx (how the CLI runs: `tsx packages/cli/src/main.ts`) a plain dynamic import loads TypeScript. When the CLI
 * runs on plain Node instead, Node refuses .ts files: fall back to tsx's loader API for that one import.
 */
async function importScript(file: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(file).href;
  try {
    return (await import(url)) as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    const { tsImport } = await import('tsx/esm/api');
    return (await tsImport(url, import.meta.url)) as Record<string, unknown>;
  }
}

/** The entity a name denotes; only called after the verb resolved the same name, so it cannot fail. */
function entityOf(graph: QueryGraph, name: string) {
  return find(graph, resolveEntity(graph, name)).entity!;
}

function labelOf(graph: QueryGraph, name: string): string {
  return entityOf(graph, name).label;
}

async function writeOutput(file: string, data: string): Promise<void> {
  try {
    await ensureParentDir(file);
    await writeFileAtomic(file, data);
  } catch (error) {
    throw new UsageError(`entente query: cannot write "${file}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return EXIT_OK;
}

/**
 * `entente build <files|folders…> -o graph.json`: documents in, graph JSON out (written atomically), with a summary.
 * Documents stream in, are extracted in parallel worker threads, and are folded into the graph as results arrive.
 * `--update graph.json` adds documents to an existing graph without re-reading the old ones.
 */
import {
  addDocumentResult,
  createEntenteGraph,
  defaultKnowledgeBase,
  finalizeGraph,
  mergedEntities,
  resolveOptions,
  workerOptions,
  ENTITY_TYPES,
  OPTION_SCHEMA,
  type BuildOptions,
  type EntenteGraph,
} from '@entente/core';
import { UsageError, EXIT_FAILED, EXIT_OK } from '../errors.js';
import { createProgress } from '../io/progress.js';
import { isStreamInput, listInputFiles, readInputs } from '../io/read-documents.js';
import { parseIntOption } from '../io/args.js';
import { commandHelp, parseCommand, type CommandSpec, type Flags } from '../io/command-line.js';
import { cliOptions, optionFlags, optionsNamed, readOptionFlags } from '../io/option-flags.js';
import { checkOutputFile, writeOutput } from '../io/output-path.js';
import { acquireLock } from '../io/lock-file.js';
import { createExtractor, defaultWorkers } from '../build/extract-pool.js';
import type { BatchItem } from '../build/extract-task.js';
import { checkUpdatePipeline, readUpdateGraph, updateOptions } from '../build/update-graph.js';
import { parseRedisUrl } from '../distributed/connection.js';
import { createQueueExtractor } from '../distributed/coordinator.js';
import { applyRulesFile, describeReport, readRulesFile } from '../curation/rules-file.js';
import { DocumentsSink } from '../build/documents-sink.js';
import { LAYOUT_ITERATIONS_FLAG, LAYOUT_SEED_FLAG, describeLayout, layOut, readLayoutFlags, type TimedLayout } from '../io/layout-flags.js';

/**
 * The build options the flags below place (in this order in the help); every other option the schema gives the command
 * line comes after them, so an option added to OPTION_SCHEMA is a flag here with nothing to add.
 */
const GRAPH_OPTIONS = optionsNamed(['window', 'minWeight', 'maxEvidence', 'minConfidence', 'pruneIsolated', 'keepWeak']);
const SWITCH_OPTIONS = optionsNamed(['demonyms', 'capitals']);
const OTHER_OPTIONS = cliOptions((spec) => !GRAPH_OPTIONS.includes(spec) && !SWITCH_OPTIONS.includes(spec));
const SCHEMA_OPTIONS = [...GRAPH_OPTIONS, ...SWITCH_OPTIONS, ...OTHER_OPTIONS];

export const BUILD_COMMAND = {
  who: 'entente build',
  usage: `Usage: entente build <files|folders|-…> [-o graph.json] [options]

Reads .txt, .md, .html, .jsonl and .jsonl.gz files (folders recursively; - reads JSONL from stdin)
and writes the co-mention graph as graphology JSON. A document's id is its path relative to the folder
given (news/a.txt for "entente build data"), or its file name for a file given directly.`,
  flags: {
    output: { type: 'string', short: 'o', value: 'FILE', help: 'where to write the graph (default graph.json; with --update, the updated graph;\n- writes it to stdout and the summary to stderr)' },
    update: { type: 'string', value: 'FILE', help: "add the documents to this existing graph (documents already in it are skipped);\nit keeps the graph's --window, --no-demonyms and --no-capitals, which must not change" },
    ...optionFlags(GRAPH_OPTIONS),
    rules: { type: 'string', value: 'FILE', help: "apply curation rules (hide, merge, rename, retype; see the README) to the graph\nwritten, on every build and update; the file's SHA-256 goes into the manifest" },
    layout: { type: 'boolean', default: false, help: "store a ForceAtlas2 layout (x, y on every entity; the explorer opens it placed,\nwithout laying it out); an update of a laid-out graph keeps its positions and\nplaces only the new entities, near their neighbours" },
    'layout-iterations': LAYOUT_ITERATIONS_FLAG,
    'layout-seed': LAYOUT_SEED_FLAG,
    workers: { type: 'string', value: 'N', help: 'extraction threads (default: the number of cores; 0 = in this thread)' },
    ...optionFlags(SWITCH_OPTIONS),
    ...optionFlags(OTHER_OPTIONS),
    'no-texts': { type: 'boolean', default: false, help: 'do not write the documents file beside the graph (graph.docs.jsonl: every text,\nsentence and mention, which "entente serve" reads); with --update, it is kept in step' },
    queue: { type: 'string', value: 'URL', help: 'extract on "entente worker" processes through Redis (redis://host:port, rediss://)\ninstead of here; the graph is the same, byte for byte' },
    resume: { type: 'boolean', default: false, help: 'with --queue: reuse the results of batches an earlier build left in Redis' },
    'keep-queue': { type: 'boolean', default: false, help: "with --queue: leave this build's batches and results in Redis" },
    'allow-remote': { type: 'boolean', default: false, help: 'with --queue: accept a Redis host that is not this machine' },
    timing: { type: 'boolean', default: false, help: 'print wall time, tokens/s and peak memory at the end' },
    quiet: { type: 'boolean', short: 'q', default: false, help: 'no progress or summary' },
  },
} as const satisfies CommandSpec<Flags>;

export const BUILD_HELP = commandHelp(BUILD_COMMAND);

/** Below this many documents, worker start-up costs more than it saves. */
const SMALL_INPUT = 16;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(BUILD_COMMAND, argv);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('entente build: no input given (files, folders, or - for stdin)');
  // The build options given as flags, checked against the schema; the rest come from --update's graph or the defaults.
  const given = readOptionFlags('entente build', SCHEMA_OPTIONS, values);
  if (values.queue === undefined && (values.resume || values['keep-queue'] || values['allow-remote'])) {
    throw new UsageError('entente build: --resume, --keep-queue and --allow-remote go with --queue URL');
  }
  const target = values.queue === undefined ? undefined : parseRedisUrl('entente build --queue', values.queue, values['allow-remote']);
  const layoutGiven = readLayoutFlags('entente build', { iterations: values['layout-iterations'], seed: values['layout-seed'] }, { iterations: '--layout-iterations', seed: '--layout-seed' });
  if (!values.layout && values.update === undefined && Object.keys(layoutGiven).length > 0) {
    throw new UsageError('entente build: --layout-iterations and --layout-seed go with --layout');
  }
  const output = values.output ?? values.update ?? 'graph.json';
  const toStdout = output === '-';
  if (!toStdout) await checkOutputFile('entente build', values.output === undefined && values.update !== undefined ? '--update' : '-o', output);
  // One build per graph file at a time: two updates of one graph would each drop the other's documents.
  const locks = [...new Set([toStdout ? undefined : output, values.update].filter((f): f is string => f !== undefined))];
  // Read before any work: a bad rules file costs one line, not a build.
  const rules = values.rules === undefined ? undefined : await readRulesFile('entente build', values.rules);
  const held = locks.map((file) => acquireLock('entente build', file === values.update ? '--update graph' : '-o', file));
  let texts: DocumentsSink | undefined;
  try {
    const existing = values.update ? await readUpdateGraph(values.update) : undefined;
    const previous = existing ? updateOptions(existing, values.update!, given) : {};
    // An update keeps the options the graph was built with (those its manifest records), unless told otherwise.
    const options = resolveOptions('entente build', { ...pickOptions(previous), ...given });
    if (existing) checkUpdatePipeline(existing, values.update!, options);
    if (existing && (options.minWeight > 1 || options.pruneIsolated)) {
      process.stderr.write('entente: warning: this graph was pruned (--min-weight/--prune-isolated), so edges dropped before are not counted in the update\n');
    }
    if (existing?.getAttribute('manifest')?.curation && !rules) {
      process.stderr.write('entente: warning: this graph was curated with rules; without --rules the update does not apply them to what new documents bring\n');
    }
    const files = await listInputFiles(positionals, 'entente build');
    const streaming = files.some(isStreamInput);
    const workers = parseIntOption('entente build', '--workers', values.workers, 0) ?? (streaming || files.length >= SMALL_INPUT ? defaultWorkers() : 0);

    const started = performance.now();
    const kb = defaultKnowledgeBase();
    const graph: EntenteGraph = existing ?? createEntenteGraph();
    const known = new Set((graph.getAttribute('documents') ?? []).map((d) => d.id));
    const seen = new Set<string>();
    const progress = values.quiet ? undefined : createProgress(streaming ? undefined : files.length);
    const stats = { read: 0, skipped: 0, already: 0, repeated: 0, tokens: 0 };
    let firstRepeat = '';
    // The texts, sentences and mentions go beside the graph (build/documents-sink.ts), unless asked not to.
    const opened = toStdout || values['no-texts'] ? undefined : await DocumentsSink.open(output, values.update, known);
    if (opened && 'note' in opened) process.stderr.write(`entente: ${opened.note}\n`);
    texts = opened && !('note' in opened) ? opened : undefined;

    const extractorOptions = {
      // Every extraction option, from the schema: an option added there reaches the workers too.
      options: workerOptions(options),
      onItem(item: BatchItem) {
        if (!item.ok) {
          stats.skipped++;
          process.stderr.write(`entente: skipped ${item.id}: ${item.error}\n`);
          texts?.drop(item.id);
        } else {
          if (item.result.truncated) process.stderr.write(`entente: ${item.result.docId}: longer than ${options.maxChars} characters, the rest was not read\n`);
          if (item.result.cappedWindows) process.stderr.write(`entente: ${item.result.docId}: ${item.result.cappedWindows} window(s) name more than 256 entities; only the first 256 of each were paired\n`);
          addDocumentResult(graph, item.result, options.maxEvidence);
          texts?.add(item.result);
          stats.read++;
          stats.tokens += item.result.tokens;
        }
        progress?.update(stats.read + stats.skipped, stats.tokens);
      },
    };
    // With --queue, extraction happens in `entente worker` processes; everything else here is the same.
    const extractor = target
      ? await createQueueExtractor({ ...extractorOptions, target, resume: values.resume, keepQueue: values['keep-queue'] })
      : createExtractor({ workers, ...extractorOptions });
    try {
      for await (const item of readInputs(files, process.stdin, { maxChars: options.maxChars })) {
        if (item.kind === 'note') {
          process.stderr.write(`entente: ${item.note.source}: ${item.note.reason}\n`);
          continue;
        }
        if (item.kind === 'warning') {
          stats.skipped++;
          process.stderr.write(`entente: skipped ${item.warning.source}: ${item.warning.reason}\n`);
          continue;
        }
        // Duplicates are settled here, in input order, so the result does not depend on which worker finishes first.
        if (known.has(item.doc.id)) {
          stats.already++;
          continue;
        }
        if (seen.has(item.doc.id)) {
          // Files named directly are known by their base name: a/x.txt and b/x.txt are one id. Say which.
          if (stats.repeated++ === 0) firstRepeat = `"${item.doc.id}"${item.doc.source ? ` from ${item.doc.source}` : ''}`;
          continue;
        }
        seen.add(item.doc.id);
        texts?.hold(item.doc);
        await extractor.push(item.doc);
      }
      await extractor.flush();
    } finally {
      await extractor.close();
    }
    progress?.done();
    if (stats.already) process.stderr.write(`entente: ${stats.already} document(s) already in ${values.update} were skipped\n`);
    if (stats.repeated) process.stderr.write(`entente: ${stats.repeated} document(s) with an id already read were skipped, e.g. ${firstRepeat}\n`);
    if (stats.read === 0 && !existing) {
      process.stderr.write(`entente build: no document could be read (${stats.skipped} skipped); ${toStdout ? 'the graph' : output} was not written\n`);
      return EXIT_FAILED;
    }
    const built = finalizeGraph(graph, options, kb);
    const curated = rules ? applyRulesFile(built, rules) : undefined;
    const final = curated?.graph ?? built;
    const told = curated && rules ? describeReport(curated.report, rules.file) : undefined;
    for (const line of told?.unused ?? []) process.stderr.write(`${line}\n`);
    // A laid-out graph stays laid out through updates, with the iterations and seed it was laid out with.
    const laidOut = existing?.getAttribute('manifest')?.layout;
    let layout: TimedLayout | undefined;
    if (values.layout || laidOut) {
      // Kept positions: an update's old entities stay where they were, only newcomers are placed (a fresh build has none).
      layout = layOut(final, { ...(laidOut ? { iterations: laidOut.iterations, seed: laidOut.seed } : {}), ...layoutGiven, keepPositions: true });
    } else if (Object.keys(layoutGiven).length > 0) {
      process.stderr.write('entente: warning: --layout-iterations/--layout-seed ignored: the --update graph has no layout (add --layout)\n');
    }
    const json = JSON.stringify(final.export());
    // Before the graph: a build killed between the two renames leaves a documents file that covers the old graph too.
    const written = await texts?.finish(final, options.window, mergedEntities(final));
    // As export and query do with -o -: the graph is the output, so anything said about it goes to stderr.
    await writeOutput(toStdout ? undefined : output, json);
    if (!values.quiet) (toStdout ? process.stderr : process.stdout).write(summary(final, stats.read, stats.skipped, stats.tokens, toStdout ? 'the graph to stdout' : output, layout) + (told ? `${told.summary}\n` : ''));
    if (written && !values.quiet) process.stdout.write(`Wrote ${written.file} (${written.documents} document(s), ${(written.bytes / 1024 / 1024).toFixed(1)} MB)\n`);
    if (written?.missing) process.stderr.write(`entente: ${written.missing} document(s) of the graph have no text in ${written.file} (the previous documents file lacked them)\n`);
    if (values.timing) {
      const secs = (performance.now() - started) / 1000;
      // maxRSS covers the whole process, worker threads included (kilobytes).
      const rssMb = process.resourceUsage().maxRSS / 1024;
      process.stderr.write(`entente: timing: ${secs.toFixed(1)} s wall, ${Math.round(stats.tokens / secs).toLocaleString('en')} tokens/s, peak RSS ${Math.round(rssMb)} MB, ${target ? `queue ${target.display}` : `${workers} worker(s)`}\n`);
    }
    return stats.read === 0 && stats.skipped > 0 ? EXIT_FAILED : EXIT_OK;
  } finally {
    texts?.close();
    for (const lock of held) lock.release();
  }
}

export function summary(graph: EntenteGraph, read: number, skipped: number, tokens: number, output: string, layout?: TimedLayout): string {
  const perType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<string, number>;
  graph.forEachNode((_, a) => {
    perType[a.type] = (perType[a.type] ?? 0) + 1;
  });
  return [
    `Wrote ${output}`,
    `  documents: ${read} read, ${skipped} skipped (${tokens.toLocaleString('en')} tokens); ${graph.getAttribute('manifest').documentCount} in the graph`,
    `  nodes:     ${graph.order} (${ENTITY_TYPES.map((t) => `${perType[t]} ${plural(t, perType[t]!)}`).join(', ')})`,
    `  edges:     ${graph.size}`,
    ...withheldLine(graph),
    ...(layout ? [`  layout:    ${describeLayout(layout)}`] : []),
    '',
  ].join('\n');
}

/** What graph/admission.ts left out, so that nothing disappears without a word. */
function withheldLine(graph: EntenteGraph): string[] {
  const withheld = graph.getAttribute('manifest').withheld;
  if (!withheld) return [];
  const parts = Object.entries(withheld).map(([reason, c]) => `${c.entities} ${reason.replace(/-/g, ' ')} (${c.mentions} mentions)`);
  return parts.length ? [`  withheld:  ${parts.join(', ')}; --keep-weak keeps them`] : [];
}

function plural(type: string, n: number): string {
  if (n === 1) return type;
  return type === 'treaty' ? 'treaties' : `${type}s`;
}

/** The value options of a manifest's record: what an update carries over (not the model, which is no option). */
function pickOptions(recorded: Partial<BuildOptions>): Partial<BuildOptions> {
  const out: Record<string, unknown> = {};
  for (const spec of OPTION_SCHEMA) if (recorded[spec.name] !== undefined) out[spec.name] = recorded[spec.name];
  return out as Partial<BuildOptions>;
}

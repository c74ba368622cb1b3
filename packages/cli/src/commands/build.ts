/**
 * `entente build <files|folders…> -o graph.json`: documents in, graph JSON out (written atomically), with a summary.
 * Documents stream in, are extracted in parallel worker threads, and are folded into the graph as results arrive.
 * `--update graph.json` adds documents to an existing graph without re-reading the old ones.
 */
import { parseArgs } from 'node:util';
import {
  addDocumentResult,
  createEntenteGraph,
  defaultKnowledgeBase,
  finalizeGraph,
  mergedEntities,
  resolveOptions,
  workerOptions,
  ENTITY_TYPES,
  type EntenteGraph,
  type WindowKind,
} from '@entente/core';
import { UsageError, EXIT_FAILED, EXIT_OK } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { createProgress } from '../io/progress.js';
import { isStreamInput, listInputFiles, readInputs } from '../io/read-documents.js';
import { parseIntOption } from '../io/args.js';
import { checkOutputFile, ensureParentDir } from '../io/output-path.js';
import { acquireLock } from '../io/lock-file.js';
import { createExtractor, defaultWorkers } from '../build/extract-pool.js';
import type { BatchItem } from '../build/extract-task.js';
import { checkUpdatePipeline, readUpdateGraph, updateOptions } from '../build/update-graph.js';
import { parseRedisUrl } from '../distributed/connection.js';
import { createQueueExtractor } from '../distributed/coordinator.js';
import { applyRulesFile, describeReport, readRulesFile } from '../curation/rules-file.js';
import { DocumentsSink } from '../build/documents-sink.js';

export const BUILD_HELP = `Usage: entente build <files|folders|-…> [-o graph.json] [options]

Reads .txt, .md, .html, .jsonl and .jsonl.gz files (folders recursively; - reads JSONL from stdin)
and writes the co-mention graph as graphology JSON. A document's id is its path relative to the folder
given (news/a.txt for "entente build data"), or its file name for a file given directly.

Options:
  -o, --output FILE        where to write the graph (default graph.json; with --update, the updated graph;
                           - writes it to stdout and the summary to stderr)
  --update FILE            add the documents to this existing graph (documents already in it are skipped);
                           it keeps the graph's --window, --no-demonyms and --no-capitals, which must not change
  --window KIND            sentence (default), paragraph or document
  --min-weight N           drop edges seen in fewer than N windows (default 1; counted first, so weights are exact)
  --max-evidence N         evidence sentences kept per node and edge (default 5)
  --min-confidence X       drop entities whose confidence (0–1) is below X (default 0: keep all); a
                           single document's guess by the model scores 0.3, the KB's entities 1
  --prune-isolated         drop nodes left without edges
  --keep-weak              keep the entities withheld for weak evidence: lone surnames no full name completes,
                           organisations only the model found whose name has no organisation word, and the like
  --rules FILE             apply curation rules (hide, merge, rename, retype; see the README) to the graph
                           written, on every build and update; the file's SHA-256 goes into the manifest
  --workers N              extraction threads (default: the number of cores; 0 = in this thread)
  --no-demonyms            "Russian Foreign Minister" does not also mention Russia
  --no-capitals            "Moscow maintains" does not mention Russia
  --no-texts               do not write the documents file beside the graph (graph.docs.jsonl: every text,
                           sentence and mention, which "entente serve" reads); with --update, it is kept in step
  --queue URL              extract on "entente worker" processes through Redis (redis://host:port, rediss://)
                           instead of here; the graph is the same, byte for byte
  --resume                 with --queue: reuse the results of batches an earlier build left in Redis
  --keep-queue             with --queue: leave this build's batches and results in Redis
  --allow-remote           with --queue: accept a Redis host that is not this machine
  --timing                 print wall time, tokens/s and peak memory at the end
  -q, --quiet              no progress or summary
  -h, --help               show this help`;

/** Below this many documents, worker start-up costs more than it saves. */
const SMALL_INPUT = 16;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      update: { type: 'string' },
      window: { type: 'string' },
      'min-weight': { type: 'string' },
      'min-confidence': { type: 'string' },
      'max-evidence': { type: 'string' },
      'prune-isolated': { type: 'boolean', default: false },
      'keep-weak': { type: 'boolean', default: false },
      workers: { type: 'string' },
      'no-demonyms': { type: 'boolean', default: false },
      'no-capitals': { type: 'boolean', default: false },
      'no-texts': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      timing: { type: 'boolean', default: false },
      queue: { type: 'string' },
      resume: { type: 'boolean', default: false },
      'keep-queue': { type: 'boolean', default: false },
      'allow-remote': { type: 'boolean', default: false },
      rules: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${BUILD_HELP}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('entente build: no input given (files, folders, or - for stdin)');
  if (values.window !== undefined && !['sentence', 'paragraph', 'document'].includes(values.window)) {
    throw new UsageError(`entente build: --window must be sentence, paragraph or document, received "${values.window}"`);
  }
  if (values.queue === undefined && (values.resume || values['keep-queue'] || values['allow-remote'])) {
    throw new UsageError('entente build: --resume, --keep-queue and --allow-remote go with --queue URL');
  }
  const target = values.queue === undefined ? undefined : parseRedisUrl('entente build --queue', values.queue, values['allow-remote']);
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
    const previous = existing
      ? updateOptions(existing, values.update!, {
          window: values.window as WindowKind | undefined,
          demonyms: values['no-demonyms'] ? false : undefined,
          capitals: values['no-capitals'] ? false : undefined,
        })
      : {};
    const options = resolveOptions('entente build', {
      // An update keeps the options the graph was built with, unless told otherwise.
      window: (values.window as WindowKind | undefined) ?? previous.window,
      minWeight: parseIntOption('entente build', '--min-weight', values['min-weight'], 1) ?? previous.minWeight,
      maxEvidence: parseIntOption('entente build', '--max-evidence', values['max-evidence'], 0) ?? previous.maxEvidence,
      maxChars: previous.maxChars,
      pruneIsolated: values['prune-isolated'] || previous.pruneIsolated === true,
      keepWeak: values['keep-weak'] || previous.keepWeak === true,
      minConfidence: parseConfidence(values['min-confidence']),
      demonyms: values['no-demonyms'] ? false : previous.demonyms,
      capitals: values['no-capitals'] ? false : previous.capitals,
    });
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
    const json = JSON.stringify(final.export());
    // Before the graph: a build killed between the two renames leaves a documents file that covers the old graph too.
    const written = await texts?.finish(final, options.window, mergedEntities(final));
    if (toStdout) {
      // As export and query do with -o -: the graph is the output, so anything said about it goes to stderr.
      await new Promise<void>((resolve, reject) => process.stdout.write(`${json}\n`, (error) => (error ? reject(error) : resolve())));
    } else {
      await ensureParentDir(output);
      await writeFileAtomic(output, json);
    }
    if (!values.quiet) (toStdout ? process.stderr : process.stdout).write(summary(final, stats.read, stats.skipped, stats.tokens, toStdout ? 'the graph to stdout' : output) + (told ? `${told.summary}\n` : ''));
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

export function summary(graph: EntenteGraph, read: number, skipped: number, tokens: number, output: string): string {
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

function parseConfidence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new UsageError(`entente build: --min-confidence must be a number from 0 to 1, received "${value}"`);
  return x;
}

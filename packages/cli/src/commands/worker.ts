/**
 * `entente worker <redis-url>`: take batches of documents from the build queue in Redis, extract them, and return
 * their results as the jobs' return values. Any number of workers, on any machines, can serve one coordinator
 * (`entente build --queue`). SIGTERM or SIGINT stops taking jobs, finishes the running ones and exits 0.
 */
import { hostname } from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { UsageError, EXIT_OK } from '../errors.js';
import { commandHelp, parseCommand, type CommandSpec, type Flags } from '../io/command-line.js';
import { parseIntOption } from '../io/args.js';
import { createBatchRunner, defaultWorkers } from '../build/extract-pool.js';
import { extractBatch } from '../build/extract-task.js';
import { checkRedis, parseRedisUrl, reason } from '../distributed/connection.js';
import { QUEUE_NAME, lockTimings, pipelineId, type JobData, type JobResult } from '../distributed/protocol.js';

export const WORKER_COMMAND = {
  who: 'entente worker',
  usage: `Usage: entente worker <redis-url> [options]

Takes batches of documents from the queue that "entente build --queue <redis-url>" fills, extracts them and
returns their results. Start one per machine (it uses every core); stop it with Ctrl-C or SIGTERM.`,
  flags: {
    concurrency: { type: 'string', value: 'N', help: 'extraction threads (default: the number of cores; 1 = in this thread)' },
    'allow-remote': { type: 'boolean', default: false, help: 'accept a Redis host that is not this machine' },
    quiet: { type: 'boolean', short: 'q', default: false, help: 'no line per batch' },
  },
} as const satisfies CommandSpec<Flags>;

export const WORKER_HELP = commandHelp(WORKER_COMMAND);

const WHO = 'entente worker';

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(WORKER_COMMAND, argv);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`${WHO}: expects one Redis URL (redis://host:port), received ${positionals.length} argument(s)`);
  const target = parseRedisUrl(WHO, positionals[0]!, values['allow-remote']);
  const concurrency = parseIntOption(WHO, '--concurrency', values.concurrency, 1) ?? defaultWorkers();
  const client = await checkRedis(WHO, target);
  client.disconnect();

  const pipeline = pipelineId();
  const me = `${hostname()}:${process.pid}`;
  // One thread gains nothing from a pool: extract here. The model and KB are loaded before the first job is taken,
  // so that loading them does not hold the event loop while a job's lock needs renewing.
  const pool = concurrency > 1 ? createBatchRunner(concurrency) : undefined;
  const warmUp = [{ id: 'warm-up', text: 'The United Nations met in New York.' }];
  if (pool) await Promise.all(Array.from({ length: concurrency }, () => pool.run(warmUp, {})));
  else extractBatch({ docs: warmUp, options: {} });
  const log = (line: string): void => {
    if (!values.quiet) process.stderr.write(`${line}\n`);
  };

  const process_ = async (job: Job<JobData, JobResult>): Promise<JobResult> => {
    if (job.data.pipeline !== pipeline) {
      const message = `${WHO} ${me} refuses batch ${job.id}: it was queued for ${job.data.pipeline}, this worker runs ${pipeline}; start workers of the coordinator's version`;
      process.stderr.write(`${message}\n`);
      throw new UnrecoverableError(message);
    }
    const items = pool ? await pool.run(job.data.docs, job.data.options) : extractBatch({ docs: job.data.docs, options: job.data.options });
    log(`${WHO}: batch ${job.id}: ${items.length} document(s)`);
    return items;
  };

  const { lockDuration, stalledInterval } = lockTimings();
  const worker = new Worker<JobData, JobResult>(QUEUE_NAME, process_, {
    connection: { ...target.options, maxRetriesPerRequest: null },
    concurrency,
    lockDuration,
    stalledInterval,
    // A batch whose worker died is given to another worker; only a batch that kills several in turn fails the build.
    maxStalledCount: 3,
  });
  let lastError = '';
  worker.on('error', (error) => {
    // ioredis reconnects by itself; say so once per kind of error rather than once per retry.
    const line = reason(error);
    if (line !== lastError) process.stderr.write(`${WHO}: Redis at ${target.display}: ${line} (retrying)\n`);
    lastError = line;
  });
  worker.on('ready', () => (lastError = ''));
  await worker.waitUntilReady();
  log(`${WHO} ${me}: waiting for batches on ${target.display} (${pipeline}, ${concurrency} thread(s))`);

  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      log(`${WHO} ${me}: ${signal}: finishing running batches, then exiting`);
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  await worker.close();
  await pool?.close();
  return EXIT_OK;
}

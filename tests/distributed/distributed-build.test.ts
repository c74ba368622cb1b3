/**
 * Distributed builds (`entente build --queue` + `entente worker`) against a real redis-server of the tests' own:
 * the graph equals a local build byte for byte with two workers, when a worker is SIGKILLed mid-build, when batches
 * are delivered twice, and when a build resumes from Redis; a worker of another version refuses; a stopped Redis
 * gives one line and exit 1. Skipped when redis-server is not installed (`.ci/run` installs it).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { HAS_REDIS, TEST_ENV, freePort, startEntente, startRedis, startWorker, waitFor, type RedisServer, type Run } from './harness.js';

const SAMPLE = 'data/ungdc/ungdc-session-79-2024.jsonl';
const dir = mkdtempSync(path.join(tmpdir(), 'entente-distributed-'));
const out = (name: string) => path.join(dir, name);

async function buildOnQueue(url: string, name: string, extra: string[] = [], env: Record<string, string> = {}) {
  const r = await startEntente(['build', SAMPLE, '-o', out(name), '--queue', url, '-q', ...extra], env).done;
  return { ...r, graph: r.code === 0 ? digest(out(name)) : '' };
}

/** The file's bytes, as a hash: a failing comparison then prints two lines rather than two graphs. */
function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Stop workers as a user would (SIGTERM) and check that they exit cleanly. */
async function stopWorkers(workers: Run[]): Promise<void> {
  for (const w of workers) w.child.kill('SIGTERM');
  const results = await Promise.all(workers.map((w) => w.done));
  for (const r of results) expect(r.code, r.stderr).toBe(0);
}

describe.skipIf(!HAS_REDIS)('distributed build on BullMQ and Redis', () => {
  let redis: RedisServer;
  let local: string;

  beforeAll(async () => {
    redis = await startRedis();
    const r = runCli(['build', SAMPLE, '-o', out('local.json'), '-q']);
    expect(r.code, r.stderr).toBe(0);
    local = digest(out('local.json'));
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('builds with 2 worker processes the same bytes as a local build, and leaves no job behind', async () => {
    const url = redis.url(1);
    const workers = await Promise.all([startWorker(url), startWorker(url)]);
    const r = await buildOnQueue(url, 'two.json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.graph).toBe(local);
    // Both took batches: 192 speeches in batches of 8 are 24 jobs.
    for (const w of workers) expect(w.stderr()).toMatch(/batch batch-[0-9a-f]+: 8 document/);
    await stopWorkers(workers);
    const keys = runRedisCli(redis.port, 1, ['--scan', '--pattern', 'bull:entente-extract:batch-*']);
    expect(keys.trim()).toBe('');
  });

  it('survives a worker killed (SIGKILL) mid-build: its batch goes to the other worker, same bytes', async () => {
    const url = redis.url(2);
    const [victim, survivor] = await Promise.all([startWorker(url), startWorker(url)]);
    const build = startEntente(['build', SAMPLE, '-o', out('killed.json'), '--queue', url, '-q']);
    // Once the victim has finished one batch it is at work on the next: kill it there.
    await waitFor(victim, /batch batch-[0-9a-f]+: 8 document/);
    victim.child.kill('SIGKILL');
    const r = await build.done;
    expect(r.code, r.stderr).toBe(0);
    expect(digest(out('killed.json'))).toBe(local);
    expect((await victim.done).signal).toBe('SIGKILL');
    await stopWorkers([survivor!]);
  });

  it('counts a batch delivered twice once (same bytes), and resumes from the results kept in Redis', async () => {
    const url = redis.url(3);
    const workers = await Promise.all([startWorker(url), startWorker(url)]);
    const twice = await buildOnQueue(url, 'twice.json', ['--keep-queue'], { ENTENTE_TEST_REDELIVER: '1' });
    expect(twice.code, twice.stderr).toBe(0);
    expect(twice.graph).toBe(local);
    await stopWorkers(workers);
    // No worker is left: every batch is the same job as before, already done, and read back from Redis.
    const resumed = await buildOnQueue(url, 'resumed.json', ['--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.graph).toBe(local);
  });

  it('a worker of another Entente version refuses the batch, and the build says so in one line', async () => {
    const url = redis.url(4);
    const stranger = await startWorker(url, { ENTENTE_PIPELINE_VERSION: '9.9.9-other' });
    const r = await buildOnQueue(url, 'refused.json');
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^entente build --queue: batch batch-[0-9a-f]+ failed: .*refuses .*queued for entente 0\.1\.0.*runs entente 9\.9\.9-other/);
    expect(stranger.stderr()).toMatch(/refuses batch/);
    await stopWorkers([stranger]);
  });

  it('a stopped Redis gives a one-line error and exit 1, not a hang', async () => {
    const port = await freePort(); // nothing listens there
    const r = await buildOnQueue(`redis://127.0.0.1:${port}`, 'none.json');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^entente build --queue: cannot use Redis at redis://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`))]);
    const w = await startEntente(['worker', `redis://127.0.0.1:${port}`]).done;
    expect(w.code).toBe(1);
    expect(w.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a Redis that stops mid-build gives a one-line error and exit 1, not a hang', async () => {
    const own = await startRedis();
    // No worker: the build waits on its batches when Redis goes away (or, on a slow machine, meets no Redis at all).
    const build = startEntente(['build', SAMPLE, '-o', out('lost.json'), '--queue', own.url(), '-q']);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await own.stop();
    const r = await build.done;
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^entente build --queue: (lost|cannot use) Redis at redis:\/\/127\.0\.0\.1:\d+\/0: /)]);
  });

  it('refuses a Redis on another host unless --allow-remote, and keeps passwords out of messages', () => {
    const remote = runCli(['build', SAMPLE, '-o', out('x.json'), '--queue', 'redis://10.255.0.1:6379']);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toMatch(/--allow-remote/);
    const secret = runCli(['build', SAMPLE, '-o', out('x.json'), '--queue', `redis://user:s3cret@127.0.0.1:${redis.port}/5`], { env: { ...TEST_ENV } });
    // Wrong credentials on a Redis without users: refused in one line, the password not echoed.
    expect(secret.code).toBe(1);
    expect(secret.stderr).not.toContain('s3cret');
    expect(secret.stderr.trim().split('\n')).toHaveLength(1);
    expect(runCli(['build', SAMPLE, '--resume']).code).toBe(2);
  });
});

/** redis-cli ships with redis-server in Debian's package. */
function runRedisCli(port: number, db: number, args: string[]): string {
  return execFileSync('redis-cli', ['-p', String(port), '-n', String(db), ...args], { encoding: 'utf8' });
}

/**
 * A Redis of the tests' own (redis-server on a free loopback port, no persistence, killed after) and helpers to run
 * `entente worker` and `entente build --queue` as child processes, as a user would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from '../cli/run-cli.js';

const BIN = path.join(ROOT, 'packages/cli/bin/entente.js');

export const HAS_REDIS = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;

/** A short lock so a killed worker's batch is taken over within seconds, not BullMQ's 30 s. */
export const TEST_ENV = { ENTENTE_QUEUE_LOCK_MS: '1500' };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  port: number;
  url(db?: number): string;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready: ${out.slice(-500)}`)));
  });
  return {
    port,
    url: (db = 0) => `redis://127.0.0.1:${port}/${db}`,
    stop: () => stopChild(child, 'SIGTERM'),
  };
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export interface Run {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr(): string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

export function startEntente(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...TEST_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, stderr: () => stderr, done };
}

/** Start a worker and wait until it says it is waiting for batches. */
export async function startWorker(url: string, env: Record<string, string> = {}, concurrency = 1): Promise<Run> {
  const run = startEntente(['worker', url, '--concurrency', String(concurrency)], env);
  await waitFor(run, /waiting for batches/);
  return run;
}

/** Resolve once the process's stderr matches; reject if it exits first. */
export function waitFor(run: Run, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (pattern.test(run.stderr())) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(check, 50);
    void run.done.then((r) => {
      clearInterval(timer);
      if (pattern.test(r.stderr)) resolve();
      else reject(new Error(`entente exited (${r.code ?? r.signal}) before printing ${pattern}: ${r.stderr.slice(-800)}`));
    });
  });
}

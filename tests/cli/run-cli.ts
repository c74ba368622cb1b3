/** Run the real `entente` command in a child process, as a user would. */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'packages/cli/bin/entente.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `timeoutMs`: how long the command may run before it is killed (2 minutes; big builds on a shared machine need more). */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string>; timeoutMs?: number } = {}): CliResult {
  const env = options.env ? { ...process.env, ...options.env } : process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input, env, encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 1 << 29 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start the real `entente` command without waiting: for concurrent runs and for killing one midway. */
/** `stdin: true` keeps the child's stdin open as a pipe (write to `child.stdin`, end it to let the command finish). */
export function startCli(args: string[], options: { cwd?: string; stdin?: boolean } = {}): { child: import('node:child_process').ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : null), stdout, stderr })));
  return { child, done };
}

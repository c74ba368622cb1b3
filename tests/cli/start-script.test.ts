/** `pnpm start` (scripts/start.mjs) refuses a bad --port in one line, before building anything. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const start = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('scripts/start.mjs --port', () => {
  it.each([['0'], ['65536'], ['80.5'], ['http'], [], ['--no-serve']])('--port %s is a one-line error, exit 2', (...value) => {
    const r = start('--port', ...value, ...(value.length ? ['--no-serve'] : []));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^start: --port expects an integer from 1 to 65535, received/);
    expect(r.stdout).not.toContain('Building'); // refused before any work
  });

  it('--port=abc too', () => {
    expect(start('--port=abc', '--no-serve').status).toBe(2);
  });
});

/** A user's mistake is one line and the right exit code, never a stack: help, failing query scripts, stats ties, -o. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-mistakes-'));
// Two entities tied on degree and mentions, whose order differs between code units ("B" < "a") and locales.
const tied = path.join(dir, 'tied.json');
writeFileSync(
  tied,
  JSON.stringify({
    attributes: {},
    nodes: [
      { key: 'a', attributes: { label: 'alpha', type: 'state', mentions: 2 } },
      { key: 'b', attributes: { label: 'Beta', type: 'state', mentions: 2 } },
      { key: 'c', attributes: { label: 'Ceres', type: 'state', mentions: 1 } },
    ],
    edges: [
      { source: 'a', target: 'c', attributes: { weight: 1 } },
      { source: 'b', target: 'c', attributes: { weight: 1 } },
    ],
  }),
);

function oneLine(stderr: string): void {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('--help', () => {
  it.each(['build', 'extract', 'stats', 'export', 'query'])('entente %s -h and --help print its usage and exit 0', (command) => {
    for (const flag of ['-h', '--help']) {
      const r = runCli([command, flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: entente ${command} `));
      expect(r.stderr).toBe('');
    }
  });
});

describe('entente query --script', () => {
  it.each([
    ['throws.mjs', 'export default () => { throw new Error("no such treaty"); };', 'no such treaty'],
    ['syntax.mjs', 'export default ( => 1;', "Unexpected token '=>'"],
    ['syntax.ts', 'const x: number = ;\nexport default () => x;', 'Missing initializer'],
  ])('%s failing is one line naming the script, exit 1', (name, source, reason) => {
    writeFileSync(path.join(dir, name), source);
    const r = runCli(['query', tied, '--script', name], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`entente query: script "${name}" failed: `);
    expect(r.stderr).toContain(reason);
    oneLine(r.stderr);
  });
});

describe('entente stats', () => {
  it('breaks ties by code units, whatever the locale', () => {
    for (const LANG of ['C', 'en_US.UTF-8']) {
      const r = runCli(['stats', tied, '--json'], { env: { LANG, LC_ALL: LANG } });
      expect(r.code).toBe(0);
      const stats = JSON.parse(r.stdout);
      expect(stats.byMentions.map((row: { label: string }) => row.label)).toEqual(['Beta', 'alpha', 'Ceres']);
      expect(stats.byDegree.map((row: { label: string }) => row.label)).toEqual(['Ceres', 'Beta', 'alpha']);
    }
  });
});

describe('entente query -o', () => {
  it('creates missing folders, and refuses a directory in one line', () => {
    const out = path.join(dir, 'sub', 'dir', 'ego.json');
    expect(runCli(['query', tied, 'ego', 'Ceres', '-o', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes).toHaveLength(3);
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder);
    const r = runCli(['query', tied, 'ego', 'Ceres', '-o', folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`-o "${folder}" is a directory`);
    oneLine(r.stderr);
  });
});

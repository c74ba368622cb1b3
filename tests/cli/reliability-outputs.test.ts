/**
 * Outputs are replaced whole or not at all: a killed build leaves the old graph and no lasting debris, two builds
 * of one graph cannot both write it, an unwritable -o fails before the build, a full disk is one line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-reliable-out-'));
const corpus = path.join(dir, 'corpus.jsonl');
const people = ['Sergey Lavrov', 'Antonio Guterres', 'Emmanuel Macron', 'Olaf Scholz', 'Vladimir Putin', 'Rishi Sunak'];
const line = (i: number) => JSON.stringify({ id: `doc-${i}`, text: `${people[i % 6]} met ${people[(i + 1) % 6]} in Geneva on day ${i}. They spoke about the UN Security Council.` });
writeFileSync(corpus, `${Array.from({ length: 300 }, (_, i) => line(i)).join('\n')}\n`);
const small = path.join(dir, 'small.txt');
writeFileSync(small, 'Sergey Lavrov met Antonio Guterres.\n');

const docCount = (file: string): number => JSON.parse(readFileSync(file, 'utf8')).attributes.manifest.documentCount;
const debris = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.'));

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
  return lines[0]!;
}

/** Mount a small tmpfs (root only); undefined when this machine does not allow it. */
function tmpfs(options: string): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const mount = mkdtempSync(path.join(tmpdir(), 'entente-mount-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', mount], { stdio: 'ignore' });
    mounts.push(mount);
    return mount;
  } catch {
    return undefined;
  }
}
const mounts: string[] = [];
afterAll(() => {
  for (const mount of mounts) execFileSync('umount', [mount], { stdio: 'ignore' });
});

describe('killed builds (case 6)', () => {
  it('kill -9 during build -o existing.json leaves the old graph whole, and the next build cleans up after it', async () => {
    const out = path.join(dir, 'existing.json');
    expect(runCli(['build', small, '-o', out, '-q']).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    // A temporary file of a process that is gone, as a build killed while writing leaves it.
    const stale = path.join(dir, '.existing.json.999999999.1700000000000.tmp');
    writeFileSync(stale, '{"half": ');
    const { child, done } = startCli(['build', corpus, '-o', out, '-q', '--workers', '1']);
    // Killed once it holds the lock, i.e. in the middle of its build.
    for (let i = 0; i < 600 && !existsSync(path.join(dir, '.existing.json.lock')); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await done;
    expect(readFileSync(out, 'utf8')).toBe(before);
    // Its lock is left behind, stale: the next build takes it over, and removes dead processes' temporary files.
    const next = runCli(['build', corpus, '-o', out, '-q']);
    expect(next.code).toBe(0);
    expect(next.stderr).toBe('');
    expect(docCount(out)).toBe(300);
    // The documents file's spool and temporary file included (.existing.docs.jsonl.spool.<pid>….tmp).
    expect(debris(dir).filter((name) => name.startsWith('.existing.'))).toEqual([]);
  }, 120_000);
});

describe('concurrent builds (case 6)', () => {
  it('two build --update of one graph: the second is refused in one line, and no document is lost', async () => {
    const graph = path.join(dir, 'shared.json');
    expect(runCli(['build', small, '-o', graph, '-q']).code).toBe(0);
    const first = path.join(dir, 'first.jsonl');
    const second = path.join(dir, 'second.jsonl');
    writeFileSync(first, `${Array.from({ length: 150 }, (_, i) => line(i)).join('\n')}\n`);
    writeFileSync(second, `${Array.from({ length: 150 }, (_, i) => line(150 + i)).join('\n')}\n`);
    // The first build reads its documents from stdin, which stays open: it holds the lock for as long as the test
    // wants, whatever the machine's speed, so the second build meets it for sure.
    const a = startCli(['build', '--update', graph, '-', '-q'], { stdin: true });
    for (let i = 0; i < 600 && !existsSync(path.join(dir, '.shared.json.lock')); i++) await new Promise((r) => setTimeout(r, 20));
    const b = runCli(['build', '--update', graph, second, '-q']);
    a.child.stdin!.end(readFileSync(first));
    const ra = await a.done;
    expect(ra.code).toBe(0);
    expect(b.code).toBe(2);
    expect(oneLine(b.stderr)).toMatch(/^entente build: --update graph ".*shared\.json" is being written by another entente build \(pid \d+, lock .*\); wait for it to finish$/);
    expect(docCount(graph)).toBe(151);
    // Run again once the first is done: everything arrives.
    expect(runCli(['build', '--update', graph, second, '-q']).code).toBe(0);
    expect(docCount(graph)).toBe(301);
    expect(debris(dir).filter((name) => name.startsWith('.shared.json'))).toEqual([]);
  }, 120_000);

  it('two builds writing one -o: the second is refused, the file is the first build whole', async () => {
    const out = path.join(dir, 'same-o.json');
    const a = startCli(['build', '-', '-o', out, '-q'], { stdin: true });
    for (let i = 0; i < 600 && !existsSync(path.join(dir, '.same-o.json.lock')); i++) await new Promise((r) => setTimeout(r, 20));
    const b = runCli(['build', small, '-o', out, '-q']);
    a.child.stdin!.end(readFileSync(corpus));
    expect((await a.done).code).toBe(0);
    expect(b.code).toBe(2);
    expect(oneLine(b.stderr)).toMatch(/-o ".*same-o\.json" is being written by another entente build/);
    expect(docCount(out)).toBe(300);
  }, 120_000);
});

describe('unwritable outputs (case 6)', () => {
  it('-o into a read-only folder fails before the build, in one line', () => {
    const ro = tmpfs('ro,size=1m');
    const folder = ro ?? path.join(dir, 'read-only');
    if (!ro) {
      mkdirSync(folder);
      execFileSync('chmod', ['555', folder]);
      // root ignores permission bits: without a read-only mount there is nothing to test.
      if (process.getuid?.() === 0) return;
    }
    const r = runCli(['build', corpus, '-o', path.join(folder, 'g.json'), '--timing']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^entente build: -o ".*g\.json" cannot be written: .* (is on a read-only file system \(EROFS\)|is not writable \(EACCES\)); nothing was built$/);
    // --timing prints at the end of a build: the refusal came first.
    expect(r.stderr).not.toContain('timing');
  });

  it.skipIf(process.getuid?.() !== 0)('a full disk is one line, exit 1, and the old file stays, with no temporary file left', () => {
    const full = tmpfs('size=256k');
    if (!full) return;
    const out = path.join(full, 'g.json');
    expect(runCli(['build', small, '-o', out, '-q']).code).toBe(0);
    const docs = path.join(full, 'g.docs.jsonl');
    const before = readFileSync(out, 'utf8');
    const docsBefore = readFileSync(docs, 'utf8');
    // Leave 16 KB: room for the lock and the probe, not for the graph of 300 documents.
    const { bavail, bsize } = statfsSync(full);
    writeFileSync(path.join(full, 'pad'), Buffer.alloc(Math.max(0, bavail * bsize - 16 * 1024)));
    const r = runCli(['build', corpus, '-o', out, '-q']);
    expect(r.code).toBe(1);
    // The documents file is written first (its spool as the build goes): it is the one the disk refuses.
    expect(oneLine(r.stderr)).toBe(`entente: cannot write ${docs}: no space left on the device (ENOSPC); any previous ${docs} is unchanged`);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(readFileSync(docs, 'utf8')).toBe(docsBefore);
    expect(debris(full)).toEqual([]);
    expect(readdirSync(full).sort()).toEqual(['g.docs.jsonl', 'g.json', 'pad']);
  });
});

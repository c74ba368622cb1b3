/**
 * Scale benchmark (not a test): the UN General Debate corpus into one graph with the real CLI.
 * Prints (1) raw single-thread wink readDoc tokens/s on a 500-speech sample, (2) the build of that sample with 1 and 2
 * workers (speedup, and the ratio of build tokens/s to raw wink), (3) wall time and peak RSS for 1k, 2k, 5k and all
 * speeches. Reads ../shared/corpora/ungdc; exits 0 with a message when it is not there.
 *
 *   pnpm bench:scale [--quick]     (--quick: skip the 5k and full-corpus runs)
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createGunzip, gzipSync } from 'node:zlib';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const root = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(root, '../shared/corpora/ungdc/ungdc-1946-2024.jsonl.gz');
if (!existsSync(corpus)) {
  console.log(`bench:scale: ${corpus} not found (it lives in ../shared); nothing to measure.`);
  process.exit(0);
}
const quick = process.argv.includes('--quick');
const tmp = mkdtempSync(path.join(tmpdir(), 'entente-scale-'));

async function readLines(limit = Infinity): Promise<string[]> {
  const out: string[] = [];
  const rl = readline.createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line) out.push(line);
    if (out.length >= limit) break;
  }
  rl.close();
  return out;
}

/** An evenly spread sample of n speeches (every k-th), written as .jsonl.gz. */
function sample(lines: string[], n: number): string {
  const step = lines.length / n;
  const picked = Array.from({ length: Math.min(n, lines.length) }, (_, i) => lines[Math.floor(i * step)]!);
  const file = path.join(tmp, `sample-${picked.length}.jsonl.gz`);
  writeFileSync(file, gzipSync(`${picked.join('\n')}\n`));
  return file;
}

interface Run {
  wall: number;
  tokensPerSec: number;
  rssMb: number;
}

function build(input: string, workers: number): Run {
  const out = path.join(tmp, 'graph.json');
  const r = spawnSync(process.execPath, [path.join(root, 'packages/cli/bin/entente.js'), 'build', input, '-o', out, '--workers', String(workers), '--timing', '-q'], { encoding: 'utf8' });
  const m = /timing: ([\d.]+) s wall, ([\d,]+) tokens\/s, peak RSS (\d+) MB/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`build failed (${r.status}): ${r.stderr.slice(-500)}`);
  return { wall: Number(m[1]), tokensPerSec: Number(m[2]!.replace(/,/g, '')), rssMb: Number(m[3]) };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const all = await readLines();
console.log(`UNGDC: ${all.length} speeches; this machine: ${availableParallelism()} cores`);

// 1. Raw single-thread wink on the 500-speech sample, in this process.
const s500 = sample(all, 500);
const texts500 = (await (async () => {
  const step = all.length / 500;
  return Array.from({ length: 500 }, (_, i) => JSON.parse(all[Math.floor(i * step)]!).text as string);
})());
const nlp = winkNLP(model, ['sbd', 'pos']);
let tokens = 0;
const t0 = performance.now();
for (const t of texts500) tokens += nlp.readDoc(t).tokens().out(nlp.its.pos).length;
const winkRate = (tokens / (performance.now() - t0)) * 1000;
console.log(`\nraw wink readDoc (one thread), 500 speeches: ${fmt(winkRate)} tokens/s`);

// 2. Workers on the same sample.
console.log('\n500-speech sample, full build (CLI, gz input):');
console.log('  workers   wall s   tokens/s   speedup   ratio to raw wink');
const one = build(s500, 1);
for (const w of [1, 2]) {
  const r = w === 1 ? one : build(s500, w);
  console.log(`  ${String(w).padStart(7)}   ${r.wall.toFixed(1).padStart(6)}   ${fmt(r.tokensPerSec).padStart(8)}   ${(one.wall / r.wall).toFixed(2).padStart(7)}   ${(r.tokensPerSec / winkRate).toFixed(2).padStart(6)}`);
}

// 3. Cost growth with corpus size (default workers).
console.log('\nCost growth (default workers):');
console.log('  speeches   wall s   peak RSS MB   tokens/s');
const sizes = quick ? [1000, 2000] : [1000, 2000, 5000, all.length];
for (const n of sizes) {
  const input = n >= all.length ? corpus : sample(all, n);
  const r = build(input, availableParallelism());
  console.log(`  ${String(n).padStart(8)}   ${r.wall.toFixed(1).padStart(6)}   ${String(r.rssMb).padStart(11)}   ${fmt(r.tokensPerSec).padStart(8)}`);
}
if (!quick) console.log('\nTargets: full corpus ≤ 180 s wall, ≤ 3,072 MB peak RSS; build/raw-wink ratio ≥ 1.0 on 2 cores.');
rmSync(tmp, { recursive: true, force: true });

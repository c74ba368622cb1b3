// The main job: build the sample graph from data/, build the explorer, and serve both with `entente serve` on
// localhost (the explorer, the graph, and the documents API the reader uses).
//   pnpm start [-- --port 5173] [--no-serve]
// The graph is written to apps/explorer/public/graph.json (its documents beside it, graph.docs.jsonl), which
// `pnpm dev` in apps/explorer also loads (without the reader's texts: the dev server has no API).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const port = parsePort(args);
const serve = !args.includes('--no-serve');
const cli = path.join(root, 'packages/cli/bin/entente.js');

/** --port N or --port=N: an integer 1–65535 (default 5173); anything else is a one-line error, exit 2. */
function parsePort(argv) {
  const index = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (index < 0) return undefined;
  const raw = argv[index].startsWith('--port=') ? argv[index].slice('--port='.length) : argv[index + 1];
  const n = Number(raw);
  if (raw === undefined || !/^\d+$/.test(raw) || n < 1 || n > 65535) {
    process.stderr.write(`start: --port expects an integer from 1 to 65535, received ${raw === undefined ? 'nothing' : `"${raw}"`}\n`);
    process.exit(2);
  }
  return n;
}

const explorer = path.join(root, 'apps/explorer');
const outDir = path.join(explorer, 'public');
mkdirSync(outDir, { recursive: true });
const graphFile = path.join(outDir, 'graph.json');

console.log('Building the sample graph from data/ …');
// From the repository root with the relative "data": document ids are then relative to data/ and sources start with
// data/, so the graph the explorer serves holds no path of this machine. --layout stores a ForceAtlas2 layout, so the
// explorer opens the sample placed (its Layout button runs one again).
const build = spawnSync(process.execPath, [cli, 'build', 'data', '-o', path.relative(root, graphFile), '--layout'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

if (!serve) process.exit(0);
if (!existsSync(path.join(explorer, 'index.html'))) {
  console.log('The explorer app is not in this checkout yet; the graph is at', path.relative(root, graphFile));
  process.exit(0);
}
console.log('Building the explorer …');
const { build: viteBuild } = await import('vite');
const dist = path.join(explorer, 'dist');
// public/ holds the graph for `pnpm dev`; the served graph comes from `entente serve`, so it is not copied into dist.
await viteBuild({ root: explorer, configFile: path.join(explorer, 'vite.config.ts'), logLevel: 'warn', publicDir: false, build: { outDir: dist, emptyOutDir: true } });
// The server runs in this process's place: Ctrl+C stops it.
const server = spawnSync(process.execPath, [cli, 'serve', path.relative(root, graphFile), '--app', path.relative(root, dist), ...(port ? ['--port', String(port)] : [])], { cwd: root, stdio: 'inherit' });
process.exit(server.status ?? 0);

// The main job: build the sample graph from data/ and serve the explorer on localhost.
//   pnpm start [-- --port 5173] [--no-serve]
// The graph is written to apps/explorer/public/graph.json, which the explorer loads by default.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const port = parsePort(args);
const serve = !args.includes('--no-serve');

/** --port N or --port=N: an integer 1–65535 (default 5173); anything else is a one-line error, exit 2. */
function parsePort(argv) {
  const index = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (index < 0) return 5173;
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
// data/, so the graph the explorer serves holds no path of this machine.
const build = spawnSync(process.execPath, [path.join(root, 'packages/cli/bin/entente.js'), 'build', 'data', '-o', path.relative(root, graphFile)], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

if (!serve) process.exit(0);
if (!existsSync(path.join(explorer, 'index.html'))) {
  console.log('The explorer app is not in this checkout yet; the graph is at', path.relative(root, graphFile));
  process.exit(0);
}
const { createServer } = await import('vite');
const server = await createServer({ root: explorer, configFile: path.join(explorer, 'vite.config.ts'), server: { port, host: '127.0.0.1', strictPort: false } });
await server.listen();
console.log('\nEntente explorer is running (Ctrl+C to stop):');
server.printUrls();

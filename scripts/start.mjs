// The main job: build the sample graph from data/ and serve the explorer on localhost.
//   pnpm start [-- --port 5173] [--no-serve]
// The graph is written to apps/explorer/public/graph.json, which the explorer loads by default.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 5173;
const serve = !args.includes('--no-serve');

const explorer = path.join(root, 'apps/explorer');
const outDir = path.join(explorer, 'public');
mkdirSync(outDir, { recursive: true });
const graphFile = path.join(outDir, 'graph.json');

console.log('Building the sample graph from data/ …');
const build = spawnSync(process.execPath, [path.join(root, 'packages/cli/bin/entente.js'), 'build', path.join(root, 'data'), '-o', graphFile], {
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

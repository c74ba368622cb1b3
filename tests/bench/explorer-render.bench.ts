/**
 * Explorer rendering benchmark (a script, not a test): builds the app, serves it with generated graphs of
 * 1k nodes / 5k edges and 10k nodes / 100k edges, and measures in Debian's Chromium (SwiftShader WebGL, no GPU):
 *   - time to first render: navigation start → graph loaded and two animation frames drawn;
 *   - camera frames: 60 steps of a mouse drag (pan), each step's time until the next frame;
 *   - hover frames: 60 steps of the mouse sweeping across the graph (hit tests; most steps cross empty space);
 *   - node hover frames: the mouse moved straight onto 40 nodes in turn, the 20 best-connected (the most links to
 *     emphasise) interleaved with 20 ordinary ones, each step's time until the next frame;
 *   - search: typing three letters until the first suggestion shows, then Enter until the selection is drawn.
 * ForceAtlas2 is switched off (`?layout=off`) so it does not compete for the 2 cores. Exits 0; without
 * /usr/bin/chromium it says so and skips.
 *
 * With `--graph FILE` (an Entente graph, e.g. the whole UNGDC corpus) it instead opens that file with the layout on
 * and prints big-graph-timing.ts's figures: first frame, layout done, long tasks, frames during the layout, and a
 * correction. `--graph generated:NODES:EDGES` does the same on a generated graph without positions.
 *
 *   pnpm bench:explorer      (root script: tsx tests/bench/explorer-render.bench.ts)
 *   pnpm bench:explorer -- --graph /tmp/big/full.json [--app ../other-checkout/apps/explorer] [--runs N]
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateGraph } from '../../apps/explorer/src/dev/generate-graph.js';
import { REPO, buildExplorer, chromiumPath, launchChromium, serveStatic } from '../e2e/explorer-harness.js';
import { timeBigGraph } from './big-graph-timing.js';

const CASES = [
  { name: '1k nodes / 5k edges', nodes: 1_000, edges: 5_000 },
  { name: '10k nodes / 100k edges', nodes: 10_000, edges: 100_000 },
];
const STEPS = 60;
const NODE_STEPS = 40;

function stats(values: number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise<number>((ok) => requestAnimationFrame(() => ok(performance.now()))));

async function stepTimes(page: Page, step: (i: number) => Promise<void>, steps = STEPS): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now();
    await step(i);
    await nextFrame(page);
    times.push(performance.now() - t0);
  }
  return times;
}

async function main(): Promise<void> {
  if (!chromiumPath()) {
    console.log('bench:explorer: SKIPPED — /usr/bin/chromium is absent (apt-get install chromium).');
    return;
  }
  const at = process.argv.indexOf('--graph');
  if (at > 0) return bigGraph(process.argv[at + 1] ?? '');
  console.log('bench:explorer: building the explorer…');
  const app = process.argv.indexOf('--app');
  const dist = await buildExplorer(app > 0 ? process.argv[app + 1] : undefined);
  const server = await serveStatic(dist);
  const browser = await launchChromium({ width: 1280, height: 720 });
  const rows: Array<Record<string, string | number>> = [];
  try {
    for (const c of CASES) {
      const file = `bench-${c.nodes}.json`;
      const t = performance.now();
      const graph = generateGraph({ nodes: c.nodes, edges: c.edges, seed: 7 });
      const json = JSON.stringify(graph.export());
      writeFileSync(join(dist, file), json);
      const genMs = performance.now() - t;

      const page = await browser.context.newPage();
      await page.goto(`${server.url}?graph=${file}&layout=off`);
      await page.waitForFunction(() => ((window as unknown as { __entente?: { loads: number } }).__entente?.loads ?? 0) >= 1, undefined, { timeout: 300_000 });
      await nextFrame(page);
      const ttfr = await nextFrame(page);
      const measures = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name.replace('entente:', ''), Math.round(m.duration)])),
      );
      console.log(`  ${c.name}: in-page ms`, JSON.stringify(measures));

      const box = (await page.locator('#canvas').boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      const pan = await stepTimes(page, (i) => page.mouse.move(cx + Math.sin(i / 6) * 200, cy + Math.cos(i / 6) * 120));
      await page.mouse.up();
      const hover = await stepTimes(page, (i) => page.mouse.move(box.x + 20 + ((box.width - 40) * i) / STEPS, cy + Math.sin(i / 3) * 60));

      // Straight onto nodes: hubs (worst case for highlighting) interleaved with ordinary nodes.
      const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
      const hubs = byDegree.slice(0, NODE_STEPS / 2);
      const stride = Math.floor(byDegree.length / (NODE_STEPS / 2));
      const ordinary = Array.from({ length: NODE_STEPS / 2 }, (_, i) => byDegree[NODE_STEPS / 2 + i * stride]!).filter(Boolean);
      const targets = hubs.flatMap((hub, i) => [hub, ordinary[i]!]).filter(Boolean);
      const positions = await page.evaluate(
        (ids) => ids.map((id) => (window as unknown as { __entente: { nodeScreenPosition(id: string): { x: number; y: number } | null } }).__entente.nodeScreenPosition(id)),
        targets,
      );
      const onScreen = positions.filter((q): q is { x: number; y: number } => q !== null && q.x >= 0 && q.y >= 0 && q.x <= box.width && q.y <= box.height);
      const nodeHover = await stepTimes(page, (i) => {
        const q = onScreen[i % onScreen.length]!;
        return page.mouse.move(box.x + q.x, box.y + q.y);
      }, Math.min(NODE_STEPS, onScreen.length));
      await page.mouse.move(box.x + 2, box.y + 2);
      await nextFrame(page);

      // Search: three letters of a hub's label until the first suggestion, then Enter until the selection is drawn.
      await page.locator('#search').click();
      const t0 = performance.now();
      await page.keyboard.type(graph.getNodeAttribute(hubs[0]!, 'label').slice(0, 3));
      await page.locator('#search-suggestions li[role="option"]').first().waitFor();
      const searchMs = performance.now() - t0;
      const t1 = performance.now();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as unknown as { __entente: { selected: string | null } }).__entente.selected !== null);
      await nextFrame(page);
      await nextFrame(page);
      const selectMs = performance.now() - t1;

      const p = stats(pan);
      const h = stats(hover);
      const n = stats(nodeHover);
      rows.push({
        graph: c.name,
        'file MB': +(json.length / 1e6).toFixed(1),
        'generate ms': Math.round(genMs),
        'first render ms': Math.round(ttfr),
        'pan median ms': +p.median.toFixed(1),
        'pan p95 ms': +p.p95.toFixed(1),
        'hover median ms': +h.median.toFixed(1),
        'hover p95 ms': +h.p95.toFixed(1),
        'node hover median ms': +n.median.toFixed(1),
        'node hover p95 ms': +n.p95.toFixed(1),
        'search ms': Math.round(searchMs),
        'select ms': Math.round(selectMs),
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
  console.table(rows);
  const [small, big] = rows;
  if (small && big) {
    console.log(
      `bench:explorer: 10k/100k vs 1k/5k — first render ×${(Number(big['first render ms']) / Number(small['first render ms'])).toFixed(1)}, ` +
        `pan median ×${(Number(big['pan median ms']) / Number(small['pan median ms'])).toFixed(1)}, hover median ×${(Number(big['hover median ms']) / Number(small['hover median ms'])).toFixed(1)}`,
    );
  }
  console.log('Frame time = one input step until the next animation frame (includes ~1–2 ms of CDP round trip); 16.7 ms is one 60 Hz frame.');
}

/** One big graph with the layout on: the figures of big-graph-timing.ts, three runs of the load, one correction each. */
async function bigGraph(spec: string): Promise<void> {
  console.log(`bench:explorer: building the explorer, then opening ${spec}…`);
  // --app DIR: another checkout's explorer (apps/explorer), to measure before and after in the same conditions.
  const app = process.argv.indexOf('--app');
  const dist = await buildExplorer(app > 0 ? process.argv[app + 1] : undefined);
  let nodes: Array<{ key: string; attributes: { label: string; mentions?: number } }>;
  const generated = /^generated:(\d+):(\d+)$/.exec(spec);
  if (generated) {
    const graph = generateGraph({ nodes: Number(generated[1]), edges: Number(generated[2]), seed: 7 });
    const data = graph.export();
    writeFileSync(join(dist, 'big.json'), JSON.stringify(data));
    nodes = data.nodes as typeof nodes;
  } else {
    copyFileSync(spec, join(dist, 'big.json'));
    nodes = JSON.parse(readFileSync(spec, 'utf8')).nodes;
  }
  // The entity hidden: a well-known one (the 50th most mentioned), whose links are many but not most of the graph.
  const ranked = [...nodes].sort((a, b) => (b.attributes.mentions ?? 0) - (a.attributes.mentions ?? 0) || (a.key < b.key ? -1 : 1));
  const hide = ranked[Math.min(49, ranked.length - 1)]!.attributes.label;
  mkdirSync(join(REPO, 'test-results'), { recursive: true });
  const server = await serveStatic(dist);
  const browser = await launchChromium({ width: 1280, height: 720 });
  const rows: Array<Record<string, string | number>> = [];
  try {
    const runsAt = process.argv.indexOf('--runs');
    const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
    for (let run = 1; run <= runs; run++) {
      const t = await timeBigGraph(browser.context, `${server.url}?graph=big.json`, hide, { screenshot: run === 1 ? join(REPO, 'test-results', 'bench-big-graph.png') : undefined });
      rows.push({
        run,
        'first frame ms': t.firstFrameMs,
        'layout done ms': t.layoutDoneMs,
        'long tasks': t.longTasks.count,
        'longest ms': t.longTasks.maxMs,
        'long total ms': t.longTasks.totalMs,
        '>200 ms': t.longTasks.over200,
        'fps in layout': t.layoutFps,
        'hide ms': t.correctionMs,
        'hide longest ms': t.correctionMaxTaskMs,
        'undo ms': t.undoMs,
        'undo longest ms': t.undoMaxTaskMs,
      });
      console.log(`  run ${run}:`, JSON.stringify(t));
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
  console.log(`bench:explorer: ${spec}: ${nodes.length} entities; hid "${hide}"`);
  console.table(rows);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench:explorer failed:', error);
    process.exit(1);
  },
);

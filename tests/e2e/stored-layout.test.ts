/**
 * A graph with a stored layout (core's assignForceAtlas2Layout, what `entente build --layout` writes) opens placed:
 * the explorer runs no layout of its own and starts no community placement (every entity is where the file put it),
 * says it opened with the stored layout, keeps "Run layout" to lay it out again, and lets the curation worker read the
 * graph without waiting for a layout that never runs. A big graph (big-graph mode) and a small one. Same harness as
 * explorer.test.ts; skipped without /usr/bin/chromium.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { assignForceAtlas2Layout } from '@entente/core';
import { generateGraph } from '../../apps/explorer/src/dev/generate-graph.js';
import { buildExplorer, chromiumPath, launchChromium, serveStatic, type StaticServer } from './explorer-harness.js';

const chromium = chromiumPath();
if (!chromium) console.warn('stored-layout e2e: SKIPPED — /usr/bin/chromium is absent.');

type Hook = { loads: number; layoutState: string; layoutIterations: number; curationWorker: string };

function laidOut(nodes: number, edges: number) {
  const graph = generateGraph({ nodes, edges, seed: 5, evidence: 0 });
  graph.setAttribute('manifest', { ...graph.getAttribute('manifest'), generator: 'entente' });
  const record = assignForceAtlas2Layout(graph as never, { iterations: 5, seed: 3 });
  return { graph, record };
}

describe.skipIf(!chromium)('a graph with a stored layout in Chromium', () => {
  const big = laidOut(4000, 12_000);
  const small = laidOut(60, 150);
  let dist: string;
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];

  const hook = <T>(expr: string): Promise<T> => page.evaluate(`(() => { const h = window.__entente; return ${expr}; })()`) as Promise<T>;
  const open = async (file: string) => {
    await page.goto(`${server.url}?graph=${file}`);
    await page.waitForFunction(() => ((window as unknown as { __entente?: Hook }).__entente?.loads ?? 0) >= 1, undefined, { timeout: 120_000, polling: 100 });
  };

  beforeAll(async () => {
    dist = await buildExplorer();
    writeFileSync(join(dist, 'big.json'), JSON.stringify(big.graph.export()));
    writeFileSync(join(dist, 'small.json'), JSON.stringify(small.graph.export()));
    server = await serveStatic(dist);
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  for (const [name, file, fixture] of [['big', 'big.json', big], ['small', 'small.json', small]] as const) {
    it(`opens the ${name} graph where its layout put it, without laying it out`, async () => {
      await open(file);
      // Long enough for a layout to have started and written positions, had one been started.
      await page.waitForTimeout(1500);
      expect(await hook<string>('h.layoutState')).toBe('idle');
      expect(await hook<number>('h.layoutIterations')).toBe(0);
      const keys = fixture.graph.nodes().filter((_, i) => i % Math.ceil(fixture.graph.order / 40) === 0);
      const positions = await page.evaluate((ids) => ids.map((id) => (window as unknown as { __entente: { nodePosition(id: string): unknown } }).__entente.nodePosition(id)), keys);
      expect(positions).toEqual(keys.map((k) => ({ x: fixture.graph.getNodeAttribute(k, 'x'), y: fixture.graph.getNodeAttribute(k, 'y') })));
      expect(await page.locator('#status').textContent()).toContain(`Opened with its stored ForceAtlas2 layout (5 iterations, seed 3); Run layout lays it out again here.`);
      // The curation worker is not left waiting for the end of a layout that never runs.
      await page.waitForFunction(() => (window as unknown as { __entente: Hook }).__entente.curationWorker === 'ready', undefined, { timeout: 60_000, polling: 200 });
      expect(pageErrors).toEqual([]);
    });
  }

  it('keeps "Run layout" to lay the graph out again', async () => {
    await open('big.json');
    const button = page.getByRole('button', { name: 'Run layout' });
    await button.click();
    await page.waitForFunction(() => (window as unknown as { __entente: Hook }).__entente.layoutIterations > 0, undefined, { timeout: 60_000, polling: 100 });
    // Running, or already stopped by itself (it starts from a laid-out picture): either way it ran here.
    expect(['running', 'converged', 'budget']).toContain(await hook<string>('h.layoutState'));
    expect(pageErrors).toEqual([]);
  });
});

/**
 * Big-graph mode in Chromium, on a generated graph of 4,000 entities and 16,000 links without positions (bigger than
 * BIG_GRAPH_NODES, so the mode is on; small enough to stay quick): the page opens on the most mentioned entities and
 * the heavier links, says so, and lowering the thresholds shows the rest; ForceAtlas2 runs in its worker from the
 * community placement, can be paused and resumed, and stops by itself; a correction changes the graph on screen in
 * place (no new renderer, no new load). Same harness as explorer.test.ts; skipped without /usr/bin/chromium.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateGraph } from '../../apps/explorer/src/dev/generate-graph.js';
import { EDGE_BUDGET, TOP_NODES } from '../../apps/explorer/src/state/big-graph.js';
import { TYPE_COLORS } from '@entente/core/export';
import { decodePng } from './png.js';
import { REPO, buildExplorer, chromiumPath, launchChromium, serveStatic, type StaticServer } from './explorer-harness.js';

const chromium = chromiumPath();
if (!chromium) console.warn('big-graph e2e: SKIPPED — /usr/bin/chromium is absent.');

type Hook = { loads: number; layoutState: string; curationRules: number; selected: string | null };

describe.skipIf(!chromium)('big-graph mode in Chromium', () => {
  const graph = generateGraph({ nodes: 4000, edges: 16_000, seed: 11, evidence: 0 });
  // The least mentioned entity (ties by id): below the top-1,000 cut.
  const ranked = graph.nodes().sort((a, b) => graph.getNodeAttribute(a, 'mentions') - graph.getNodeAttribute(b, 'mentions') || (a < b ? -1 : 1));
  const least = ranked[0]!;
  let dist: string;
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];
  const shots = join(REPO, 'test-results');

  const hook = <T>(expr: string): Promise<T> => page.evaluate(`(() => { const h = window.__entente; return ${expr}; })()`) as Promise<T>;
  const waitForLayout = (states: string[], timeout = 60_000) =>
    page.waitForFunction((want: string[]) => want.includes((window as unknown as { __entente: Hook }).__entente.layoutState), states, { timeout, polling: 100 });

  beforeAll(async () => {
    dist = await buildExplorer();
    writeFileSync(join(dist, 'graph.json'), JSON.stringify(graph.export()));
    server = await serveStatic(dist);
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    mkdirSync(shots, { recursive: true });
    await page.goto(server.url);
    await page.waitForFunction(() => ((window as unknown as { __entente?: Hook }).__entente?.loads ?? 0) >= 1, undefined, { timeout: 120_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('opens on the most mentioned entities and heavier links, says so, and keeps it in the URL', async () => {
    expect(await hook<number>('h.nodeCount')).toBe(4000);
    expect(await hook<number>('h.topNodes')).toBe(TOP_NODES);
    // The weight threshold: the lowest that keeps the links among those entities under the budget (1 here).
    expect(await hook<number>('h.minWeight')).toBeGreaterThanOrEqual(1);
    // At most the top 1,000, fewer because those left without a link over the threshold are hidden too.
    const shown = await hook<number>('h.visibleNodeCount');
    expect(shown).toBeLessThanOrEqual(TOP_NODES);
    expect(shown).toBeGreaterThan(100);
    expect(await hook<number>('h.visibleEdgeCount')).toBeLessThanOrEqual(EDGE_BUDGET);
    expect(await hook<number>('h.displayedNodeCount')).toBe(shown);
    expect(await page.locator('#hide-isolated').isChecked()).toBe(true);
    expect(await page.locator('#status').textContent()).toContain('Big graph: showing the 1,000 most mentioned of 4,000 entities');
    expect(new URL(page.url()).searchParams.get('top')).toBe(String(TOP_NODES));
    expect(await page.locator('#top-nodes').inputValue()).toBe(String(TOP_NODES));
    // Loaded through the load worker, which is gone once the graph is in.
    expect(await hook<Record<string, number>>('h.resources')).toMatchObject({ 'load-worker': 0, 'layout-worker': 1, sigma: 1 });
  });

  it('shows the entities below the threshold when the user lowers it, and hides them again on reset', async () => {
    expect(await hook<unknown>(`h.nodeScreenPosition(${JSON.stringify(least)})`)).toBeNull();
    await page.locator('#top-nodes').selectOption('0');
    await page.locator('#hide-isolated').uncheck();
    await page.waitForFunction(() => (window as unknown as { __entente: { visibleNodeCount: number } }).__entente.visibleNodeCount === 4000);
    expect(await hook<number>('h.displayedNodeCount')).toBe(4000);
    expect(new URL(page.url()).searchParams.has('top')).toBe(false);
    expect(await hook<unknown>(`h.nodeScreenPosition(${JSON.stringify(least)})`)).not.toBeNull();
    // Links: every one at minimum weight 1.
    await page.locator('#min-weight-value').fill('1');
    await page.locator('#min-weight-value').dispatchEvent('change');
    await page.waitForFunction(() => (window as unknown as { __entente: { visibleEdgeCount: number; edgeCount: number } }).__entente.visibleEdgeCount === (window as unknown as { __entente: { edgeCount: number } }).__entente.edgeCount);
    await page.locator('#reset-filters').click();
    await page.waitForFunction((top: number) => (window as unknown as { __entente: { topNodes: number } }).__entente.topNodes === top, TOP_NODES);
    expect(await hook<number>('h.visibleNodeCount')).toBeLessThanOrEqual(TOP_NODES);
    expect(await hook<unknown>(`h.nodeScreenPosition(${JSON.stringify(least)})`)).toBeNull();
  });

  it('runs ForceAtlas2 in its worker: pause keeps the picture still, resume goes on, and it stops by itself', async () => {
    // The automatic run after the load has stopped by itself (it may have settled before this test began).
    await waitForLayout(['converged', 'budget']);
    // On everything (4,000 entities, 16,000 links), so a run lasts long enough to pause it.
    await page.locator('#top-nodes').selectOption('0');
    await page.locator('#hide-isolated').uncheck();
    await page.waitForFunction(() => (window as unknown as { __entente: { visibleNodeCount: number } }).__entente.visibleNodeCount === 4000);
    await page.locator('#layout-toggle').click();
    await waitForLayout(['running'], 10_000);
    expect(await page.locator('#layout-toggle').textContent()).toBe('Pause layout');
    await page.locator('#layout-toggle').click();
    await waitForLayout(['paused']);
    expect(await page.locator('#layout-toggle').textContent()).toBe('Resume layout');
    const node = JSON.stringify(ranked[ranked.length - 1]);
    const still = await hook<{ x: number; y: number }>(`h.nodePosition(${node})`);
    await page.waitForTimeout(600);
    expect(await hook<{ x: number; y: number }>(`h.nodePosition(${node})`)).toEqual(still);
    const iterations = await hook<number>('h.layoutIterations');
    await page.locator('#layout-toggle').click();
    await waitForLayout(['converged', 'budget'], 90_000);
    expect(await hook<number>('h.layoutIterations')).toBeGreaterThan(iterations);
    expect(await hook<{ x: number; y: number }>(`h.nodePosition(${node})`)).not.toEqual(still);
    await page.locator('#reset-filters').click();
    await page.waitForFunction((top: number) => (window as unknown as { __entente: { topNodes: number } }).__entente.topNodes === top, TOP_NODES);
    await page.screenshot({ path: join(shots, 'big-graph-mode.png') });
  });

  it('exports a PNG with a legend: the title and one swatch per type shown', async () => {
    await page.locator('#export-format').selectOption('png');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-button').click()]);
    const png = decodePng(readFileSync((await download.path())!));
    const canvas = (await page.locator('#canvas').boundingBox())!;
    expect(png.width).toBe(Math.round(canvas.width));
    // The legend sits at the bottom left: within it, a swatch of each type's colour.
    const near = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let y = png.height - 130; y < png.height; y++) {
        for (let x = 0; x < 60; x++) {
          const i = (y * png.width + x) * 4;
          if (Math.abs(png.data[i]! - r!) < 12 && Math.abs(png.data[i + 1]! - g!) < 12 && Math.abs(png.data[i + 2]! - b!) < 12) n += 1;
        }
      }
      return n;
    };
    writeFileSync(join(shots, 'big-graph-export.png'), readFileSync((await download.path())!));
    for (const type of ['person', 'state', 'organisation', 'treaty'] as const) expect(near(TYPE_COLORS[type]), type).toBeGreaterThan(20);
  });

  it('applies a correction in place: the renderer, the layout worker and the positions stay', async () => {
    const loads = await hook<number>('h.loads');
    const before = await hook<Record<string, number>>('h.resources');
    const top = ranked[ranked.length - 1]!;
    const second = ranked[ranked.length - 2]!;
    const placeOfTop = await hook<{ x: number; y: number }>(`h.nodePosition(${JSON.stringify(top)})`);
    expect(placeOfTop).not.toBeNull();
    // Hide the second most mentioned entity from the panel.
    await page.locator('#search').click();
    await page.keyboard.type(graph.getNodeAttribute(second, 'label'));
    await page.locator('#search-suggestions li[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __entente: Hook }).__entente.selected !== null);
    const hidden = (await hook<string>('h.selected'))!;
    await page.locator('#curate > summary').click();
    await page.locator('#curate-hide').click();
    await page.waitForFunction(() => (window as unknown as { __entente: Hook }).__entente.curationRules === 1);
    expect(await hook<string[]>('h.nodes')).not.toContain(hidden);
    expect(await hook<number>('h.nodeCount')).toBe(3999);
    expect(await hook<number>('h.correctionCount')).toBe(1);
    // Computed by the curation worker (the graph came from a URL), applied here as a diff.
    expect(await hook<string>('h.curationWorker')).toBe('ready');
    expect(await hook<number>('h.loads')).toBe(loads);
    expect(await hook<Record<string, number>>('h.resources')).toEqual(before);
    // Untouched entities keep their places (the camera follows the selection; the graph's positions do not move).
    expect(await hook<{ x: number; y: number }>(`h.nodePosition(${JSON.stringify(top)})`)).toEqual(placeOfTop);
    await page.locator('#curation-undo').click();
    await page.waitForFunction(() => (window as unknown as { __entente: Hook }).__entente.curationRules === 0);
    expect(await hook<number>('h.nodeCount')).toBe(4000);
    expect(await hook<number>('h.loads')).toBe(loads);
    expect(await hook<{ x: number; y: number }>(`h.nodePosition(${JSON.stringify(top)})`)).toEqual(placeOfTop);
    expect(pageErrors).toEqual([]);
  });
});

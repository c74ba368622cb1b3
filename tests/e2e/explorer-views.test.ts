/**
 * Views that hold, in Chromium: a shared link with ?node= or ?edge= reopens the panel with the selection on screen
 * after the layout; the year range and the country facet count the graph within the chosen documents and live in the
 * URL; zoom and fit buttons move the camera; "also show linked entities" keeps a treaty's states. Same harness as
 * explorer.test.ts (Vite build, static server, Debian's Chromium); skipped when /usr/bin/chromium is absent.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildGraph } from '@entente/core';
import { REPO, buildExplorer, chromiumPath, launchChromium, serveStatic, type StaticServer } from './explorer-harness.js';
import { SPEECHES } from '../fixtures/ungdc-decades.js';

const LAVROV = 'Q58217';
const NPT = 'Q186444';
const chromium = chromiumPath();
if (!chromium) console.warn('explorer views e2e: SKIPPED — /usr/bin/chromium is absent.');

type Hook = Record<string, unknown> & { nodeScreenPosition(id: string): { x: number; y: number } | null };

describe.skipIf(!chromium)('explorer views in Chromium', () => {
  let dist: string;
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];
  const shots = join(REPO, 'test-results');

  const hook = <T>(expr: string): Promise<T> => page.evaluate(`(() => { const h = window.__entente; return ${expr}; })()`) as Promise<T>;
  async function open(query: string): Promise<void> {
    await page.goto(`${server.url}${query}`);
    await page.waitForFunction(() => ((window as unknown as { __entente?: { loads: number } }).__entente?.loads ?? 0) >= 1, undefined, { timeout: 60_000 });
  }
  async function settle(): Promise<void> {
    await page.waitForFunction(() => !(window as unknown as { __entente: { layoutRunning: boolean } }).__entente.layoutRunning, undefined, { timeout: 30_000 });
    // The camera move after the layout takes 450 ms.
    await page.waitForTimeout(800);
  }
  async function setRange(id: string, value: number): Promise<void> {
    await page.locator(`#${id}`).evaluate((el, v) => {
      const input = el as HTMLInputElement;
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
  const positionOf = (id: string) => page.evaluate((node) => ((window as unknown as { __entente: Hook }).__entente).nodeScreenPosition(node), id);

  beforeAll(async () => {
    dist = await buildExplorer();
    writeFileSync(join(dist, 'graph.json'), JSON.stringify(buildGraph(SPEECHES).export()));
    server = await serveStatic(dist);
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    mkdirSync(shots, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('reopens ?node= with the panel filled and the entity near the centre once the layout has stopped', async () => {
    await open(`?node=${LAVROV}`);
    expect(await hook<string>('h.panelTitle')).toBe('Sergey Lavrov');
    expect(await page.locator('#details .evidence li').count()).toBeGreaterThan(0);
    await settle();
    const box = (await page.locator('#canvas').boundingBox())!;
    const at = await positionOf(LAVROV);
    expect(at).not.toBeNull();
    expect(Math.abs(at!.x - box.width / 2)).toBeLessThan(box.width * 0.1);
    expect(Math.abs(at!.y - box.height / 2)).toBeLessThan(box.height * 0.1);
    // Its neighbours are in view too.
    for (const n of ['USA', 'RUS', NPT]) {
      const p = await positionOf(n);
      expect(p && p.x > 0 && p.x < box.width && p.y > 0 && p.y < box.height, n).toBe(true);
    }
    await page.screenshot({ path: join(shots, 'views-node-link.png') });
  });

  it('reopens ?edge= with the sentences of the link in the panel', async () => {
    await open(`?edge=${encodeURIComponent(JSON.stringify([LAVROV, NPT]))}`);
    expect(await hook<string>('h.selected')).toBe(`${NPT}|${LAVROV}`);
    const quotes = page.locator('#details .evidence blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    expect(await quotes.first().locator('mark').count()).toBeGreaterThanOrEqual(2);
  });

  it('counts the graph within the 1980s speeches, in the URL, and a reload restores it', async () => {
    await open('');
    const all = { nodes: await hook<number>('h.nodeCount'), docs: await hook<number>('h.documentCount') };
    expect(all.docs).toBe(SPEECHES.length);
    // The sliders run over the years the documents have: 1985–2007.
    await setRange('year-from', 1980);
    await setRange('year-to', 1989);
    await page.waitForFunction(() => (window as unknown as { __entente: { documentCount: number } }).__entente.documentCount === 3);
    expect(page.url()).toContain('years=1985-1989');
    const nodes = await hook<string[]>('h.nodes');
    expect(nodes).toContain(LAVROV);
    expect(nodes).not.toContain('CAN');
    expect(nodes.length).toBeLessThan(all.nodes);
    expect(await page.locator('#docs-summary').textContent()).toMatch(/3 of 6 documents/);
    // Weights follow the documents: USA–NATO is co-mentioned 3 times in all, once in the 1980s.
    await page.goto(`${page.url()}&edge=${encodeURIComponent(JSON.stringify(['Q7184', 'USA']))}`);
    await page.waitForFunction(() => ((window as unknown as { __entente?: { loads: number } }).__entente?.loads ?? 0) >= 1);
    expect(await hook<number>('h.documentCount')).toBe(3);
    expect(await page.locator('#details').textContent()).toMatch(/Co-mentioned 1 time in 1 document/);
    expect(await page.locator('#year-range-value').textContent()).toBe('1985–1989');
  });

  it('counts mentions within the chosen documents exactly (the graph file\'s per-document counts, not an estimate)', async () => {
    // The United States: 8 mentions in 5 speeches, 3 of them in Russia's 1985 speech (an even split would say 2).
    await open('?facet.country=RUS&node=USA');
    expect(await hook<number>('h.documentCount')).toBe(1);
    expect(await page.locator('#details .facts').textContent()).toMatch(/Mentions\s*3(?!\d)/);
  });

  it('picks a decade in one choice', async () => {
    await open('');
    await page.locator('#year-decade').selectOption('2000');
    await page.waitForFunction(() => (window as unknown as { __entente: { documentCount: number } }).__entente.documentCount === 3);
    expect(page.url()).toContain('years=2000-2009');
    expect(await hook<string[]>('h.nodes')).toContain('CAN');
    expect(await hook<string[]>('h.nodes')).not.toContain(LAVROV);
  });

  it('narrows to a country with the facet, and back to every document', async () => {
    await open('');
    await page.locator('#facet-country > summary').click();
    await page.locator('#facet-country input[data-value="CAN"]').check();
    await page.waitForFunction(() => (window as unknown as { __entente: { documentCount: number } }).__entente.documentCount === 2);
    expect(page.url()).toContain('facet.country=CAN');
    expect(await hook<string[]>('h.nodes')).not.toContain(LAVROV);
    await page.screenshot({ path: join(shots, 'views-facet-country.png') });
    await page.locator('#reset-documents').click();
    await page.waitForFunction((n) => (window as unknown as { __entente: { documentCount: number } }).__entente.documentCount === n, SPEECHES.length);
    expect(page.url()).not.toContain('facet.');
  });

  it('zooms with the buttons and fits what is shown after a filter', async () => {
    await open('?layout=off');
    await page.waitForTimeout(300);
    const start = await hook<number>('h.cameraRatio');
    await page.locator('#zoom-in').click();
    await page.waitForTimeout(400);
    expect(await hook<number>('h.cameraRatio')).toBeLessThan(start);
    await page.locator('#zoom-out').click();
    await page.locator('#zoom-out').click();
    await page.waitForTimeout(400);
    expect(await hook<number>('h.cameraRatio')).toBeGreaterThan(start);
    // Only treaties and what links to them: the camera comes back in to fit them.
    const wide = await hook<number>('h.cameraRatio');
    for (const type of ['person', 'state', 'organisation']) await page.locator(`#type-${type}`).uncheck();
    await page.waitForTimeout(700);
    expect(await hook<number>('h.cameraRatio')).toBeLessThan(wide);
    const box = (await page.locator('#canvas').boundingBox())!;
    const at = await positionOf(NPT);
    expect(at!.x).toBeGreaterThan(0);
    expect(at!.x).toBeLessThan(box.width);
  });

  it('keeps the states that mention a treaty with "also show entities linked to the ticked types"', async () => {
    // Continues from the treaties-only view above.
    expect(await hook<number>('h.visibleByType.state')).toBe(0);
    await page.locator('#show-neighbours').check();
    expect(await hook<number>('h.visibleByType.state')).toBe(3);
    expect(await hook<number>('h.visibleByType.person')).toBe(1);
    expect(await hook<number>('h.visibleByType.organisation')).toBe(0);
    expect(page.url()).toContain('neighbours=show');
    // Links among the neighbours are not shown: only the treaty's own (RUS, USA, FRA and Lavrov).
    expect(await hook<number>('h.visibleEdgeCount')).toBe(4);
    // The camera fits the treaty and its neighbours (a 450 ms move).
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(shots, 'views-treaty-neighbours.png') });
    await page.locator('#min-weight-value').fill('2');
    await page.locator('#min-weight-value').press('Enter');
    expect(await hook<number>('h.visibleEdgeCount')).toBe(2);
    expect(page.url()).toContain('minWeight=2');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

/**
 * The explorer in a real browser: Vite builds the app, a static server serves it with a graph that core's buildGraph
 * makes from a small news text, and Debian's Chromium (playwright-core) drives it like a user: search, filters, file
 * drop, export, hostile documents, ten loads in a row, a narrow screen. Skipped only when /usr/bin/chromium is absent.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildGraph } from '@entente/core';
import { readGraph } from '@entente/core/export';
import { APP_DIR, REPO, buildExplorer, chromiumPath, launchChromium, serveStatic, type StaticServer } from './explorer-harness.js';
import { colourCount, decodePng, inkedPixels } from './png.js';

// @xmldom/xmldom is the explorer's dev dependency; resolve it from there (the workspace root does not list it).
const { DOMParser } = createRequire(join(APP_DIR, 'package.json'))('@xmldom/xmldom') as { DOMParser: new () => unknown };

const NEWS = [
  {
    id: 'geneva',
    title: 'Lavrov and Blinken meet in Geneva',
    text:
      'Russian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken in Geneva on Friday. ' +
      'Lavrov said NATO must not expand to Ukraine. The United States and Russia agreed to keep talking about the New START treaty. ' +
      'UN Secretary-General António Guterres welcomed the talks between Lavrov and Blinken.',
  },
  {
    id: 'vienna',
    title: 'OSCE ministers gather in Vienna',
    text: 'Antony Blinken told the OSCE in Vienna that Ukraine must choose its own alliances. Sergey Lavrov did not attend. Chinese Foreign Minister Wang Yi called for restraint.',
  },
];
const EXTRA = 'French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris. Macron and Scholz discussed the European Union and NATO.';
const HOSTILE =
  'Estonian Prime Minister Kaja Kallas met Sergey Lavrov. <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> Kallas said <b>nothing</b> more.';

const chromium = chromiumPath();
if (!chromium) console.warn('explorer e2e: SKIPPED — /usr/bin/chromium is absent (CI installs it with apt-get install chromium).');

describe.skipIf(!chromium)('explorer in Chromium', () => {
  let dist: string;
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  let dialogs = 0;
  let graphNodes: number;
  let parserErrorViolations = 0;

  const hook = <T>(fn: string): Promise<T> => page.evaluate(`(() => { const h = window.__entente; return ${fn}; })()`) as Promise<T>;
  const loads = () => hook<number>('h.loads');
  async function waitForLoads(n: number): Promise<void> {
    await page.waitForFunction((want) => ((window as unknown as { __entente?: { loads: number } }).__entente?.loads ?? 0) >= want, n, { timeout: 60_000 });
  }

  beforeAll(async () => {
    dist = await buildExplorer();
    const graph = buildGraph(NEWS);
    graphNodes = graph.order;
    writeFileSync(join(dist, 'graph.json'), JSON.stringify(graph.export()));
    server = await serveStatic(dist);
    browser = await launchChromium();
    context = browser.context;
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(server.url);
    await waitForLoads(1);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('loads graph.json and draws the sigma canvas', async () => {
    expect(await hook<number>('h.nodeCount')).toBe(graphNodes);
    expect(graphNodes).toBeGreaterThan(2);
    await page.waitForTimeout(1500);
    const shot = decodePng(await page.locator('#canvas').screenshot());
    expect(inkedPixels(shot)).toBeGreaterThan(500);
    expect(colourCount(shot)).toBeGreaterThan(4);
    expect(await hook<number>('h.resources.webglCanvases')).toBe(3);
  });

  it('emphasises a hovered node\'s neighbourhood on the overlay, and clears it on leaving', async () => {
    const inked = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-entente-hover')!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n += 1;
        return n;
      });
    const box = (await page.locator('#canvas').boundingBox())!;
    const ids = await hook<string[]>('h.nodes');
    // The layout may still be moving nodes: aim again until sigma reports the node under the pointer.
    let hovered = false;
    for (let attempt = 0; attempt < 20 && !hovered; attempt++) {
      const id = ids[attempt % ids.length]!;
      const at = await page.evaluate((node) => (window as unknown as { __entente: { nodeScreenPosition(id: string): { x: number; y: number } | null } }).__entente.nodeScreenPosition(node), id);
      if (!at) continue;
      await page.mouse.move(box.x + at.x, box.y + at.y);
      await page.waitForTimeout(50);
      hovered = (await page.locator('#canvas').evaluate((el) => (el as HTMLElement).style.cursor)) === 'pointer';
    }
    expect(hovered, 'a node under the pointer').toBe(true);
    // The veil covers the stage: most of the overlay is inked.
    expect(await inked()).toBeGreaterThan(box.width * box.height * 0.5);
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await page.waitForTimeout(50);
    expect(await page.locator('#canvas').evaluate((el) => (el as HTMLElement).style.cursor)).toBe('');
    expect(await inked()).toBe(0);
  });

  it('finds Sergey Lavrov by typing "Lavrov" and shows an evidence sentence', async () => {
    await page.locator('#search').click();
    await page.keyboard.type('Lavrov');
    await page.locator('#search-suggestions li[role="option"]').first().waitFor();
    expect(await page.locator('#search-suggestions li').first().textContent()).toContain('Sergey Lavrov');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __entente: { selected: string | null } }).__entente.selected !== null);
    expect(await hook<string>('h.panelTitle')).toBe('Sergey Lavrov');
    const sentence = page.locator('#details .evidence li blockquote').first();
    expect(await sentence.textContent()).toMatch(/Lavrov/);
    expect(await sentence.locator('mark').first().textContent()).toMatch(/Lavrov/);
    expect(page.url()).toContain('node=');
    // The camera flies to the selected entity: it is on screen, and the canvas still shows the graph.
    await page.waitForTimeout(900);
    const box = (await page.locator('#canvas').boundingBox())!;
    const at = await page.evaluate(() => (window as unknown as { __entente: { nodeScreenPosition(id: string): { x: number; y: number } | null } }).__entente.nodeScreenPosition((window as unknown as { __entente: { selected: string } }).__entente.selected));
    expect(at).not.toBeNull();
    expect(at!.x).toBeGreaterThan(0);
    expect(at!.x).toBeLessThan(box.width);
    expect(at!.y).toBeGreaterThan(0);
    expect(at!.y).toBeLessThan(box.height);
    const shot = decodePng(await page.locator('#canvas').screenshot());
    expect(colourCount(shot)).toBeGreaterThan(2);
  });

  it('shows co-mention sentences for a neighbour chosen in the panel', async () => {
    await page.locator('#details .neighbours button').first().click();
    expect(await hook<string>('h.selected')).toContain('|');
    expect(await page.locator('#details .evidence li').count()).toBeGreaterThan(0);
    expect(await page.locator('#details .evidence mark').count()).toBeGreaterThanOrEqual(2);
  });

  it('hides the nodes of an unticked type', async () => {
    const people = await hook<number>('h.visibleByType.person');
    expect(people).toBeGreaterThan(0);
    await page.locator('#type-person').uncheck();
    expect(await hook<number>('h.visibleByType.person')).toBe(0);
    expect(await hook<number>('h.displayedNodeCount')).toBe(graphNodes - people);
    expect(page.url()).toContain('types=');
    await page.locator('#reset-filters').click();
    expect(await hook<number>('h.displayedNodeCount')).toBe(graphNodes);
  });

  it('exports GEXF that reads back with the same node count', async () => {
    await page.locator('#export-format').selectOption('gexf');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-button').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const back = readGraph(text, 'gexf', { DOMParser: DOMParser as never });
    expect(back.order).toBe(await hook<number>('h.visibleNodeCount'));
    back.forEachNode((_n, a) => expect(Number.isFinite(Number(a.x))).toBe(true));
  });

  it('adds the entities of a picked document to the graph', async () => {
    const before = await hook<string[]>('h.nodes');
    const expected = buildGraph([{ id: 'extra.txt', text: EXTRA }]).nodes();
    const n = await loads();
    await page.locator('#file-input').setInputFiles({ name: 'extra.txt', mimeType: 'text/plain', buffer: Buffer.from(EXTRA) });
    await waitForLoads(n + 1);
    const after = new Set(await hook<string[]>('h.nodes'));
    for (const n of [...before, ...expected]) expect(after.has(n), n).toBe(true);
    // The new entities are marked on the canvas, and only they; the status line counts them.
    const fresh = [...after].filter((id) => !before.includes(id)).sort();
    expect(fresh.length).toBeGreaterThan(0);
    expect([...(await hook<string[]>('h.markedNodes'))].sort()).toEqual(fresh);
    expect(await page.locator('#info').textContent()).toContain(`${fresh.length} new entities`);
  });

  it('shows a dropped hostile document as text and runs none of it', async () => {
    // Which entity carries the markup in its evidence, as core sees the text.
    const local = buildGraph([{ id: 'hostile.txt', text: HOSTILE }]);
    const carrier = local.findNode((_n, a) => (a.evidence as Array<{ text: string }>).some((e) => e.text.includes('<')));
    expect(carrier, 'an entity whose evidence holds markup').toBeDefined();
    const label = local.getNodeAttribute(carrier!, 'label') as string;
    const n = await loads();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'hostile.txt', { type: 'text/plain' }));
      data.items.add(new File([`<html><body><article><p>${text}</p><img src=y onerror="window.__xss=3"></article></body></html>`], 'hostile.html', { type: 'text/html' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, HOSTILE);
    await waitForLoads(n + 1);
    await page.locator('#search').fill(label);
    await page.locator('#search-suggestions li[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    expect(await hook<string>('h.panelTitle')).toBe(label);
    const quotes = await page.locator('#details .evidence blockquote').allTextContents();
    expect(quotes.some((q) => /<\/?(script|b|img)/.test(q)), quotes.join(' | ')).toBe(true);
    expect(await page.locator('#details img, #details script, #details b').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(await hook<string[]>('h.cspViolations')).toEqual([]);
  });

  it('says clearly when a file is malformed, and keeps the graph', async () => {
    const nodes = await hook<number>('h.nodeCount');
    const violations = (await hook<string[]>('h.cspViolations')).length;
    await page.locator('#file-input').setInputFiles({ name: 'broken.gexf', mimeType: 'application/xml', buffer: Buffer.from('<gexf><graph><nodes><node id=') });
    await page.locator('#message').waitFor({ state: 'visible' });
    expect(await page.locator('#message-text').textContent()).toMatch(/broken\.gexf/);
    expect(await hook<number>('h.nodeCount')).toBe(nodes);
    // Chromium's XML parser-error document carries an inline style attribute, which the CSP blocks and reports:
    // expected, and the only violation the page may show.
    parserErrorViolations = (await hook<string[]>('h.cspViolations')).length - violations;
  });

  it('loads ten graphs in a row without leaking renderers, workers or listeners', async () => {
    const graph = buildGraph(NEWS);
    const text = JSON.stringify(graph.export());
    const first = await loads();
    await page.locator('#file-input').setInputFiles({ name: 'g0.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await waitForLoads(first + 1);
    const baseline = await hook<Record<string, number>>('h.resources');
    for (let i = 1; i <= 10; i++) {
      const n = await loads();
      await page.locator('#file-input').setInputFiles({ name: `g${i}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
      await waitForLoads(n + 1);
    }
    const after = await hook<Record<string, number>>('h.resources');
    expect(after).toEqual(baseline);
    expect(after).toMatchObject({ sigma: 1, 'build-worker': 0, webglCanvases: 3 });
    expect(after['layout-worker']).toBe(1);
  }, 120_000);

  it('works at 1280×720 and as a bottom sheet at 400 px, without CSP violations or page errors', async () => {
    await page.locator('#search').fill('Lavrov');
    await page.locator('#search-suggestions li[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    mkdirSync(join(REPO, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(REPO, 'test-results', 'explorer.png') });
    await page.setViewportSize({ width: 400, height: 780 });
    await page.waitForTimeout(300);
    const box = (await page.locator('#details').boundingBox())!;
    expect(box.width).toBeGreaterThan(380);
    expect(box.y).toBeGreaterThan(780 / 2);
    expect(box.y + box.height).toBeGreaterThan(780 - 60);
    // The graph keeps a visible stage above the sheet.
    expect((await page.locator('#canvas').boundingBox())!.height).toBeGreaterThan(120);
    await page.screenshot({ path: join(REPO, 'test-results', 'explorer-narrow.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
    const violations = await hook<string[]>('h.cspViolations');
    expect(violations.filter((v) => !v.startsWith('style-src-attr'))).toEqual([]);
    expect(violations.length).toBe(parserErrorViolations);
    expect(pageErrors).toEqual([]);
  });

  it('shows an empty state with a clear message when the graph is missing', async () => {
    const other = await context.newPage();
    await other.goto(`${server.url}?graph=missing.json`);
    await other.locator('#empty-state').waitFor({ state: 'visible' });
    expect(await other.locator('#empty-reason').textContent()).toMatch(/missing\.json.*404/);
    await other.close();
  });
});

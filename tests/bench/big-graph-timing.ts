/**
 * Opening one big graph file in the explorer, timed in Chromium the way a user lives it: time to the first frame
 * drawn with the graph, time until the automatic layout stops, the main thread's long tasks (PerformanceObserver
 * 'longtask', > 50 ms) over that time, frames while the layout runs (how often the page could paint), and one
 * correction (hide an entity from the panel) until it is drawn. Used by `pnpm bench:explorer -- --graph FILE`.
 * Only the test hook's long-standing fields are read, so the same script measures older versions of the app.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface BigGraphTiming {
  /** Navigation start → the graph is loaded and two frames are drawn. */
  firstFrameMs: number;
  /** Navigation start → the automatic layout has stopped (NaN if it never ran). */
  layoutDoneMs: number;
  longTasks: { count: number; maxMs: number; totalMs: number; over200: number };
  /** Animation frames per second while the layout ran (a responsive page paints at up to 60). */
  layoutFps: number;
  /** Click on "Hide" → the rule is in and two frames are drawn; its long tasks. */
  correctionMs: number;
  correctionMaxTaskMs: number;
  /** Then "Undo" (a second correction, back to the graph as opened), the same way. */
  undoMs: number;
  undoMaxTaskMs: number;
}

type Hook = { loads: number; layoutRunning: boolean; curationRules: number; selected: string | null; curationWorker?: string };
declare global {
  interface Window {
    __longTasks?: Array<{ start: number; duration: number }>;
    __frames?: number[];
  }
}

/**
 * Installed before the page's scripts: every long task and every animation frame, with page-clock times. Strings, not
 * functions: tsx names inner arrow functions with a helper (`__name`) the page does not have.
 */
const OBSERVE = `
  window.__longTasks = [];
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  requestAnimationFrame(function tick(t) { window.__frames.push(t); requestAnimationFrame(tick); });
`;
const FRAMES = (n: number) => `new Promise((ok) => { let left = ${n}; requestAnimationFrame(function step() { if (--left <= 0) ok(performance.now()); else requestAnimationFrame(step); }); })`;

const field = <K extends keyof Hook>(page: Page, key: K) => page.evaluate((k) => (window as unknown as { __entente: Hook }).__entente[k], key) as Promise<Hook[K]>;
const now = (page: Page) => page.evaluate(() => performance.now());
const frames = (page: Page, n = 2) => page.evaluate(FRAMES(n)) as Promise<number>;

export async function timeBigGraph(context: BrowserContext, url: string, hideLabel: string, opts: { layoutTimeoutMs?: number; screenshot?: string } = {}): Promise<BigGraphTiming> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(url);
  await page.waitForFunction(() => ((window as unknown as { __entente?: Hook }).__entente?.loads ?? 0) >= 1, undefined, { timeout: 600_000, polling: 100 });
  const firstFrameMs = await frames(page);
  // The layout starts with the load; wait until it stops (or the timeout: then it is reported as still running).
  let layoutDoneMs = NaN;
  const deadline = Date.now() + (opts.layoutTimeoutMs ?? 180_000);
  let sawRunning = false;
  while (Date.now() < deadline) {
    const running = await field(page, 'layoutRunning');
    sawRunning ||= running;
    if (!running && sawRunning) {
      layoutDoneMs = await now(page);
      break;
    }
    if (!running && (await now(page)) > firstFrameMs + 3000) break;
    await page.waitForTimeout(100);
  }
  const to = Number.isFinite(layoutDoneMs) ? layoutDoneMs : firstFrameMs;
  const frameTimes = await page.evaluate(() => window.__frames ?? []);
  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  const fps = to > firstFrameMs ? (frameTimes.filter((t) => t >= firstFrameMs && t <= to).length * 1000) / (to - firstFrameMs) : NaN;
  const durations = tasks.map((t) => t.duration);
  if (opts.screenshot) await page.screenshot({ path: opts.screenshot });

  // A correction: select the entity by search, open "Correct this entity", hide it. Versions with a curation worker
  // read the graph again once the layout is done: wait for it, the correction is what is timed.
  // A version that begins the worker only when its layout stops never begins it for a graph opened laid out (no
  // layout runs): after 15 s idle the correction is timed anyway, and the worker begins with it.
  await page.waitForFunction(() => (window as unknown as { __entente: Hook }).__entente.curationWorker !== 'idle', undefined, { timeout: 15_000, polling: 200 }).catch(() => undefined);
  await page.waitForFunction(() => (window as unknown as { __entente: Hook }).__entente.curationWorker !== 'reading', undefined, { timeout: 120_000, polling: 200 });
  await page.locator('#search').click();
  await page.keyboard.type(hideLabel);
  await page.locator('#search-suggestions li[role="option"]').first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as unknown as { __entente: Hook }).__entente.selected !== null, undefined, { polling: 100 });
  await page.locator('#curate > summary').click();
  const rules = await field(page, 'curationRules');
  const before = await page.evaluate(() => window.__longTasks!.length);
  const t0 = await now(page);
  await page.locator('#curate-hide').click();
  await page.waitForFunction((n) => (window as unknown as { __entente: Hook }).__entente.curationRules > n, rules, { timeout: 120_000, polling: 50 });
  const t1 = await frames(page);
  const correctionTasks = await page.evaluate((from) => window.__longTasks!.slice(from).map((t) => t.duration), before);
  await page.waitForTimeout(500);
  const beforeUndo = await page.evaluate(() => window.__longTasks!.length);
  const t2 = await now(page);
  await page.locator('#curation-undo').click();
  await page.waitForFunction((n) => (window as unknown as { __entente: Hook }).__entente.curationRules === n, rules, { timeout: 120_000, polling: 50 });
  const t3 = await frames(page);
  const undoTasks = await page.evaluate((from) => window.__longTasks!.slice(from).map((t) => t.duration), beforeUndo);
  await page.close();
  return {
    firstFrameMs: Math.round(firstFrameMs),
    layoutDoneMs: Math.round(layoutDoneMs),
    longTasks: {
      count: durations.length,
      maxMs: Math.round(Math.max(0, ...durations)),
      totalMs: Math.round(durations.reduce((a, b) => a + b, 0)),
      over200: durations.filter((d) => d > 200).length,
    },
    layoutFps: Math.round(fps * 10) / 10,
    correctionMs: Math.round(t1 - t0),
    correctionMaxTaskMs: Math.round(Math.max(0, ...correctionTasks)),
    undoMs: Math.round(t3 - t2),
    undoMaxTaskMs: Math.round(Math.max(0, ...undoTasks)),
  };
}

/**
 * The same files through both faces give the same graph: the fixtures of every kind (text, Markdown, HTML, JSONL,
 * gzipped JSONL, windows-1252) are built by `entente build` and dropped on the explorer in Chromium, whose build worker
 * makes the graph with the browser's own DOMParser and DecompressionStream; the two graphs must be equal but for what
 * only the screen adds (positions, sizes, colours). tests/documents-both-faces.test.ts compares the documents
 * themselves, without a browser.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runCli } from '../cli/run-cli.js';
import { documentFixtures } from '../fixtures/document-fixtures.js';
import { buildExplorer, chromiumPath, launchChromium, serveStatic, type StaticServer } from './explorer-harness.js';

type Hook = { loads: number; problem: string; cspViolations: string[]; graphJson(): string };

/**
 * A graph file's content without what only the screen adds: positions, sizes, colours, and graphology's options (the
 * page holds its graph in an UndirectedGraph of its own, which allows self-loops; no edge of a build is one).
 */
function comparable(json: string): unknown {
  const g = JSON.parse(json);
  for (const n of g.nodes) for (const k of ['x', 'y', 'size', 'color']) delete n.attributes[k];
  delete g.options;
  return g;
}

const chromium = chromiumPath();
if (!chromium) console.warn('documents e2e: SKIPPED — /usr/bin/chromium is absent (CI installs it with apt-get install chromium).');

describe.skipIf(!chromium)('documents: explorer and CLI', () => {
  const { dir, names } = documentFixtures();
  let dist: string;
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];

  const hook = <T>(expr: string): Promise<T> => page.evaluate(`(() => { const h = window.__entente; return ${expr}; })()`) as Promise<T>;
  const waitForLoads = (n: number) => page.waitForFunction((want: number) => ((window as unknown as { __entente?: Hook }).__entente?.loads ?? 0) >= want, n, { timeout: 120_000 });

  beforeAll(async () => {
    dist = await buildExplorer();
    server = await serveStatic(dist);
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}?layout=off`);
    await page.waitForFunction(() => (window as unknown as { __entente?: Hook }).__entente !== undefined, undefined, { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds the same graph from the dropped files as entente build from the same files', async () => {
    // Named directly from their folder, the CLI's ids and sources are the file names, as a dropped file's are.
    const built = runCli(['build', ...names, '-o', 'cli.json', '-q', '--no-texts'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain('entente: skipped speeches.jsonl:4: not valid JSON, line skipped');

    const n = await hook<number>('h.loads');
    const files = names.map((name) => ({ name, bytes: [...readFileSync(join(dir, name))] }));
    await page.evaluate((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, files);
    await waitForLoads(n + 1);
    expect(await hook<string>('h.problem')).toContain('"speeches.jsonl" line 4: not valid JSON, line skipped');
    expect(comparable(await hook<string>('h.graphJson()'))).toEqual(comparable(readFileSync(join(dir, 'cli.json'), 'utf8')));
    // The page's script and onerror image ran nowhere.
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await hook<string[]>('h.cspViolations')).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});

/**
 * The document reader in a real browser, on a graph served by `entente serve`: Vite builds the explorer, the real
 * CLI builds a graph and its documents file, `serve()` serves both with its API, and Debian's Chromium (playwright-
 * core) selects an entity, pages through all its mentions, opens a document, finds its entities highlighted and
 * clickable, and a hostile text shown as text under the CSP. Skipped only when /usr/bin/chromium is absent.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serve } from '../../packages/cli/src/commands/serve.js';
import { REPO, buildExplorer, chromiumPath, launchChromium } from './explorer-harness.js';

const chromium = chromiumPath();
if (!chromium) console.warn('reader e2e: SKIPPED — /usr/bin/chromium is absent (CI installs it with apt-get install chromium).');

/** Twelve short reports that all mention NATO: more mentions than one page of the pager holds. */
const CAPITALS = ['Oslo', 'Riga', 'Tallinn', 'Vilnius', 'Warsaw', 'Prague', 'Vienna', 'Bern', 'Rome', 'Madrid', 'Lisbon', 'Dublin'];
const HOSTILE = 'Estonian Prime Minister Kaja Kallas met NATO officials. <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> Kallas said <b>nothing</b> more.';

describe.skipIf(!chromium)('reader in Chromium, served by entente serve', () => {
  let dir: string;
  let dist: string;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];
  const hook = <T>(fn: string): Promise<T> => page.evaluate(`(() => { const h = window.__entente; return ${fn}; })()`) as Promise<T>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-reader-e2e-'));
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    CAPITALS.forEach((city, i) => writeFileSync(join(corpus, `report-${String(i).padStart(2, '0')}.txt`), `NATO ministers met in ${city}. Antony Blinken told NATO that Ukraine must choose its own alliances.\n`));
    writeFileSync(join(corpus, 'hostile.txt'), `${HOSTILE}\n`);
    const graphFile = join(dir, 'graph.json');
    const built = spawnSync(process.execPath, [join(REPO, 'packages/cli/bin/entente.js'), 'build', corpus, '-o', graphFile, '-q'], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    dist = await buildExplorer();
    server = await serve({ graphFile, appDir: dist, port: 0 });
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}?layout=off`);
    await page.waitForFunction(() => ((window as unknown as { __entente?: { loads: number } }).__entente?.loads ?? 0) >= 1, undefined, { timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __entente: { textsFrom: string } }).__entente.textsFrom === 'api', undefined, { timeout: 10_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Select the first suggestion for `name`; resolves with the id selected. */
  async function selectByName(name: string): Promise<string> {
    const before = await hook<string | null>('h.selected');
    await page.locator('#search').fill('');
    await page.locator('#search').click();
    await page.keyboard.type(name);
    await page.locator('#search-suggestions li[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction((was) => {
      const now = (window as unknown as { __entente: { selected: string | null } }).__entente.selected;
      return now !== null && now !== was;
    }, before);
    return hook<string>('h.selected');
  }

  it('pages every mention of an entity, past the five the graph keeps', async () => {
    expect(await selectByName('NATO')).toBe('Q7184');
    const total = CAPITALS.length * 2 + 1;
    const pager = page.locator('#details details.pager');
    expect(await pager.locator('summary').textContent()).toBe(`All mentions (${total})`);
    await pager.locator('summary').click();
    await page.waitForFunction(() => /^1–10 of \d+$/.test(document.querySelector('#details .pager-status')?.textContent ?? ''));
    expect(await pager.locator('.pager-list li').count()).toBe(10);
    expect(await pager.locator('.pager-list li mark').first().textContent()).toBe('NATO');
    await pager.locator('.pager-next').click();
    await page.waitForFunction(() => (document.querySelector('#details .pager-status')?.textContent ?? '').startsWith('11–20'));
    await pager.locator('.pager-next').click();
    await page.waitForFunction((want) => document.querySelector('#details .pager-status')?.textContent === `21–${want} of ${want}`, total);
    expect(await pager.locator('.pager-list li').count()).toBe(total - 20);
    expect(await pager.locator('.pager-next').isDisabled()).toBe(true);
  });

  it('opens a document from the panel, entities highlighted and clickable, mentions listed', async () => {
    await page.locator('#details .docs .cite-button[data-doc="report-03.txt"]').click();
    await page.waitForFunction(() => document.querySelector('#reader .reader-text') !== null);
    expect(await hook<string>('h.readerDocument')).toBe('report-03.txt');
    expect(await page.locator('#reader .reader-title').textContent()).toBe('report-03.txt');
    expect(await page.locator('#reader .reader-text').textContent()).toBe('NATO ministers met in Vilnius. Antony Blinken told NATO that Ukraine must choose its own alliances.\n');
    const mentions = page.locator('#reader .reader-text button.mention');
    expect(await mentions.allTextContents()).toEqual(['NATO', 'Antony Blinken', 'NATO', 'Ukraine']);
    expect(await page.locator('#reader .reader-mentions li .link-button').first().textContent()).toBe('North Atlantic Treaty Organization2');
    await page.screenshot({ path: join(REPO, 'test-results', 'reader.png') });
    // Clicking a mention selects its entity; the reader stays open beside the panel.
    await page.locator('#reader .reader-text button.mention', { hasText: 'Antony Blinken' }).click();
    await page.waitForFunction(() => (window as unknown as { __entente: { panelTitle: string } }).__entente.panelTitle === 'Antony Blinken');
    expect(await hook<string>('h.readerDocument')).toBe('report-03.txt');
  });

  it('opens a document at an evidence sentence, and shows hostile text as text', async () => {
    await selectByName('Kallas');
    expect(await hook<string>('h.panelTitle')).toBe('Kaja Kallas');
    await page.locator('#details .evidence .cite-button').first().click();
    await page.waitForFunction(() => (window as unknown as { __entente: { readerDocument: string | null } }).__entente.readerDocument === 'hostile.txt');
    await page.waitForFunction(() => document.querySelector('#reader .reader-target') !== null);
    expect(await page.locator('#reader .reader-target').textContent()).toBe('Estonian Prime Minister Kaja Kallas met NATO officials.');
    expect(await page.locator('#reader .reader-text').textContent()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await page.locator('#reader img, #reader script, #reader b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (window as unknown as { __entente: { readerDocument: string | null } }).__entente.readerDocument === null);
  });

  it('reads documents added in the page from memory, over those the server has', async () => {
    const loads = await hook<number>('h.loads');
    await page.locator('#file-input').setInputFiles({ name: 'added.txt', mimeType: 'text/plain', buffer: Buffer.from('NATO ministers met in Sofia.\n') });
    await page.waitForFunction((n) => (window as unknown as { __entente: { loads: number } }).__entente.loads > n, loads, { timeout: 120_000 });
    expect(await selectByName('NATO')).toBe('Q7184');
    const total = CAPITALS.length * 2 + 2;
    const pager = page.locator('#details details.pager');
    expect(await pager.locator('summary').textContent()).toBe(`All mentions (${total})`);
    await pager.locator('summary').click();
    await page.waitForFunction((want) => document.querySelector('#details .pager-status')?.textContent === `1–10 of ${want}`, total);
    await page.locator('#details .docs .cite-button[data-doc="added.txt"]').click();
    await page.waitForFunction(() => document.querySelector('#reader .reader-text')?.textContent === 'NATO ministers met in Sofia.\n');
    await page.locator('#details .docs .cite-button[data-doc="report-00.txt"]').click();
    await page.waitForFunction(() => (document.querySelector('#reader .reader-text')?.textContent ?? '').includes('Oslo'));
  });

  it('says the texts are not available for a graph opened from a file', async () => {
    const graph = await page.evaluate(() => fetch('./graph.json').then((r) => r.text()));
    await page.locator('#file-input').setInputFiles({ name: 'opened.json', mimeType: 'application/json', buffer: Buffer.from(graph) });
    await page.waitForFunction(() => (window as unknown as { __entente: { textsFrom: string } }).__entente.textsFrom === 'none');
    await selectByName('Kallas');
    await page.locator('#details .docs .cite-button').first().click();
    await page.waitForFunction(() => /not available here/.test(document.querySelector('#reader .reader-problem')?.textContent ?? ''));
    expect(await hook<string[]>('h.cspViolations')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

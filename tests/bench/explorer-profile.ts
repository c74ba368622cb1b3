/**
 * Where the main thread's time goes while the explorer opens a graph (a script, not a test): builds the explorer
 * without minifying (so functions keep their names), opens FILE in headless Chromium, records a CPU profile through
 * CDP (`Profiler`) from navigation until a few seconds after the load, and prints the long tasks (> 50 ms, from the
 * page's PerformanceObserver), the app's own measures, and the functions that took the most time, inclusive — under
 * `--focus NAME` (a function name, e.g. show, GraphSession, commit) their callees two levels down instead. This is
 * how the big-graph costs in the README were found.
 *
 *   npx tsx tests/bench/explorer-profile.ts --graph /tmp/full.json [--focus show] [--after 6000]
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { APP_DIR, chromiumPath, launchChromium, serveStatic } from '../e2e/explorer-harness.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

async function main(): Promise<void> {
  const file = arg('--graph');
  if (!file) throw new Error('explorer-profile: --graph FILE is required');
  if (!chromiumPath()) return console.log('explorer-profile: SKIPPED — /usr/bin/chromium is absent.');
  const focus = arg('--focus');
  const after = Number(arg('--after') ?? 6000);
  const dist = mkdtempSync(join(tmpdir(), 'entente-explorer-profile-'));
  const { build } = await import('vite');
  await build({ root: APP_DIR, configFile: join(APP_DIR, 'vite.config.ts'), logLevel: 'warn', publicDir: false, build: { outDir: dist, emptyOutDir: true, minify: false } });
  copyFileSync(file, join(dist, basename(file)));
  const server = await serveStatic(dist);
  const browser = await launchChromium({ width: 1280, height: 720 });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(`window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });`);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}?graph=${basename(file)}`);
    await page.waitForFunction(() => ((window as unknown as { __entente?: { loads: number } }).__entente?.loads ?? 0) >= 1, undefined, { timeout: 300_000, polling: 100 });
    await page.waitForTimeout(after);
    console.log('long tasks [start ms, duration ms]:', JSON.stringify(await page.evaluate('window.__lt')));
    console.log('measures:', JSON.stringify(await page.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)]))));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    report(profile, focus);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

/** Inclusive time per function (or per callee chain under `focus`), from the samples' stacks. */
function report(profile: Profile, focus: string | undefined): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${basename(n.callFrame.url || '')}:${n.callFrame.lineNumber + 1}`;
  const time = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const chain: string[] = [];
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) chain.unshift(name(byId.get(x)!));
    if (chain.some((c) => c.startsWith('(idle)'))) return;
    if (focus) {
      const at = chain.findIndex((c) => c.startsWith(`${focus} `));
      if (at < 0) return;
      time.set(focus, (time.get(focus) ?? 0) + dt);
      for (const depth of [1, 2]) if (chain.length > at + depth) time.set(chain.slice(at + 1, at + 1 + depth).join(' > '), (time.get(chain.slice(at + 1, at + 1 + depth).join(' > ')) ?? 0) + dt);
    } else for (const c of new Set(chain.slice(1))) time.set(c, (time.get(c) ?? 0) + dt);
  });
  console.log(focus ? `under ${focus}:` : 'main thread, inclusive:');
  for (const [k, ms] of [...time].sort((a, b) => b[1] - a[1]).slice(0, 30)) if (ms >= 2) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('explorer-profile failed:', error);
    process.exit(1);
  },
);

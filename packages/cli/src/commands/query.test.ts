import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { smallGraphJson } from '../../../core/src/query/__fixtures__/small-graph.js';
import { UsageError } from '../errors.js';
import { run } from './query.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
let dir: string;
let graph: string;
let output: string[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'entente-query-'));
  graph = path.join(dir, 'graph.json');
  writeFileSync(graph, smallGraphJson());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  output = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const stdout = () => output.join('');

describe('#run (verbs)', () => {
  it('find prints the entity, or a table of close matches', async () => {
    expect(await run([graph, 'find', 'the', 'U.S.'])).toBe(0);
    expect(stdout()).toBe('United States  (state, id Q30, 7 mentions)\n');
    output.length = 0;
    expect(await run([graph, 'find', 'Lavrov'])).toBe(0);
    expect(stdout()).toContain('No exact match for "Lavrov"; closest:');
    expect(stdout()).toMatch(/0\.90 {2}Sergey Lavrov {2}person {9}9 {2}person:sergey-lavrov/);
  });

  it('find exits 1 when nothing matches', async () => {
    expect(await run([graph, 'find', 'xyzzy'])).toBe(1);
    expect(stdout()).toBe('No entity matches "xyzzy".\n');
  });

  it('neighbours prints an aligned table with evidence', async () => {
    expect(await run([graph, 'neighbours', 'Sergey Lavrov', '--type', 'state,organisation', '--limit', '3'])).toBe(0);
    const lines = stdout().trimEnd().split('\n');
    expect(lines[0]).toBe('Neighbours of Sergey Lavrov (person): 3');
    expect(lines[1]).toMatch(/^label +type +weight +docs +evidence$/);
    expect(lines.slice(3).map((l) => l.split(/ {2,}/)[0])).toEqual(['Russia', 'United States', 'OSCE']);
    expect(lines[3]).toContain('«Russia»');
    // Aligned: every row starts its weight column at the same place.
    const at = lines[1]!.indexOf('weight');
    for (const line of lines.slice(3)) expect(line.slice(at, at + 6).trim()).toMatch(/^\d+$/);
  });

  it('path prints the chain and the sentences, shortest or strongest', async () => {
    expect(await run([graph, 'path', 'Putin', 'UN Security Council'])).toBe(0);
    expect(stdout()).toMatch(/^Vladimir Putin → UN Security Council {2}\(1 link\)\n/);
    output.length = 0;
    expect(await run([graph, 'path', 'Putin', 'UN Security Council', '--strongest', '--limit', '1'])).toBe(0);
    expect(stdout()).toContain('Vladimir Putin → Russia → UN Security Council  (2 links, strongest)');
    expect(stdout()).toContain('1. Vladimir Putin — Russia  (weight 2)');
    expect(stdout()).toContain('RUS_76_2021#0: «Russia» will keep working in the «UN Security Council» on the basis of the Charter.');
    expect(stdout()).toContain('(2 more)');
  });

  it('path exits 1 when there is no path', async () => {
    expect(await run([graph, 'path', 'Guterres', 'Russia'])).toBe(1);
    expect(stdout()).toBe('No path between António Guterres and Russia.\n');
  });

  it('top, communities and summary print tables and lines', async () => {
    await run([graph, 'top', '--by', 'pagerank', '--type', 'person']);
    expect(stdout()).toContain('Top 3 by pagerank (person):');
    expect(stdout()).toMatch(/1 {2}Sergey Lavrov +person +0\.\d{4} +9/);
    output.length = 0;
    await run([graph, 'communities', '--seed', '7']);
    expect(stdout()).toMatch(/^4 communities:\n/);
    expect(stdout()).toContain('António Guterres');
    output.length = 0;
    await run([graph, 'summary']);
    expect(stdout()).toContain('11 entities: person 3 · state 3 · organisation 3 · treaty 2');
  });

  it('--json prints the core result', async () => {
    await run([graph, 'neighbours', 'Putin', '--json']);
    const parsed = JSON.parse(stdout()) as Array<{ label: string; weight: number; evidence: unknown[] }>;
    expect(parsed[0]).toMatchObject({ label: 'Russia', weight: 2 });
    expect(parsed[0]!.evidence).toHaveLength(2);
    output.length = 0;
    await run([graph, 'path', 'Guterres', 'Russia', '--json']);
    expect(stdout()).toBe('null\n');
  });

  it('ego and filter print a summary, or write the subgraph with -o', async () => {
    expect(await run([graph, 'ego', 'Putin'])).toBe(0);
    expect(stdout()).toContain('Ego network of Vladimir Putin (depth 1):\n5 entities');
    output.length = 0;
    const file = path.join(dir, 'sub.json');
    expect(await run([graph, 'filter', '--type', 'state', '--type', 'organisation', '--min-weight', '2', '--hide-isolated', '-o', file])).toBe(0);
    expect(stdout()).toContain(`Wrote ${file}`);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ key: string }>; attributes: { manifest: unknown } };
    expect(written.nodes.map((n) => n.key).sort()).toEqual(['Q159', 'Q30', 'Q37470', 'Q81299']);
    expect(written.attributes.manifest).toBeTruthy();
    output.length = 0;
    await run([graph, 'ego', 'NATO', '--depth', '1', '--json']);
    expect(JSON.parse(stdout())).toMatchObject({ nodes: 6 });
  });
});

describe('#run (usage errors)', () => {
  const usage = async (argv: string[], message: string | RegExp) => {
    const error = await run(argv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  };

  it('rejects unknown options and verbs, missing arguments and misplaced flags', async () => {
    await usage([graph, 'top', '--bogus'], /^entente query: Unknown option '--bogus'/);
    await usage([graph, 'nope'], 'entente query: unknown verb "nope" (expected one of find, neighbours, ego, path, top, communities, filter, summary)');
    await usage([graph], /^entente query: missing <verb>/);
    await usage([], /^entente query: missing <graph.json>/);
    await usage([graph, 'path', 'Putin'], 'entente query path: argument <to>: missing (where it ends: a name or id)');
    await usage([graph, 'top', '--depth', '2'], 'entente query top: --depth does not apply (top takes --by, --type, --limit)');
    await usage([graph, 'top', '-o', 'x.json'], 'entente query top: -o/--output applies to ego and filter only');
  });

  it('rejects bad option values in flag terms', async () => {
    await usage([graph, 'top', '--limit', 'ten'], 'entente query top: --limit expects a number, received "ten"');
    await usage([graph, 'top', '--limit', '0'], 'entente query top: option --limit expects a positive integer, received 0');
    await usage([graph, 'top', '--by', 'fame'], /option --by expects one of mentions, degree/);
    await usage([graph, 'neighbours', 'Putin', '--type', 'country'], /option --type expects an entity type/);
  });

  it('says which entity was not found, with suggestions', async () => {
    await usage([graph, 'neighbours', 'Putn'], 'entente query neighbours: entity "Putn" not found (did you mean "Vladimir Putin"?)');
    await usage([graph, 'path', 'Putin', 'Xyzzy'], /^entente query path: entity "Xyzzy" not found$/);
  });

  it('reports an unreadable graph file', async () => {
    await usage([path.join(dir, 'missing.json'), 'summary'], /cannot read graph file/);
  });

  it('prints help', async () => {
    expect(await run(['--help'])).toBe(0);
    expect(stdout()).toContain('Usage: entente query <graph.json> <verb>');
    expect(stdout()).toContain('path <from> <to>');
  });
});

describe('#run --script', () => {
  const script = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('runs a TypeScript default export with the graph and the query API, printing objects as JSON', async () => {
    const file = script(
      'people.ts',
      `interface Row { label: string; weight: number }
       export default function (graph: { order: number }, api: any): Row[] {
         return api.neighbours(graph, 'Putin', { limit: 2 }).map((n: Row) => ({ label: n.label, weight: n.weight }));
       }`,
    );
    expect(await run([graph, '--script', file])).toBe(0);
    expect(JSON.parse(stdout())).toEqual([
      { label: 'Russia', weight: 2 },
      { label: 'Sergey Lavrov', weight: 1 },
    ]);
  });

  it('runs an .mjs export named query, async, printing strings as they are', async () => {
    const file = script('count.mjs', `export async function query(graph, api) { return \`\${api.summarize(graph).nodes} entities\`; }`);
    expect(await run([graph, '--script', file])).toBe(0);
    expect(stdout()).toBe('11 entities\n');
  });

  it('refuses a missing file, a script without a function, and a verb with --script', async () => {
    await expect(run([graph, '--script', path.join(dir, 'none.ts')])).rejects.toThrow(/--script file ".*none.ts" not found/);
    const file = script('bad.mjs', 'export default 42;');
    await expect(run([graph, '--script', file])).rejects.toThrow(/must export a function \(default, or "query"\)/);
    await expect(run([graph, 'top', '--script', file])).rejects.toThrow('entente query: --script takes no verb, received "top"');
  });

  it('loads a TypeScript script under tsx, as the CLI runs', () => {
    const file = script('under-tsx.ts', `export default (graph: unknown, api: { top: Function }): string => 'top: ' + api.top(graph, { limit: 1 })[0].label;`);
    const driver = script(
      'driver.mts',
      `import { run } from ${JSON.stringify(path.join(here, 'query.ts'))};
       process.exitCode = await run([${JSON.stringify(graph)}, '--script', ${JSON.stringify(file)}]);`,
    );
    const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [driver], { encoding: 'utf8', cwd: root });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('top: Russia\n');
    expect(result.status).toBe(0);
  });
});

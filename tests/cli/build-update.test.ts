/**
 * `entente build --update` refuses, in one line and before reading a document, a graph it cannot soundly add to
 * (lists flattened or missing, a bad manifest), flags that would count differently from the graph, and a graph another
 * pipeline made (the manifest's stages differ from this build's).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-update-'));
const a = path.join(dir, 'a.txt');
const b = path.join(dir, 'b.txt');
writeFileSync(a, 'Russian Foreign Minister Sergey Lavrov said NATO ignored Moscow.\n');
writeFileSync(b, 'Canada and the United States signed the Paris Agreement.\n');
const base = path.join(dir, 'base.json');

/** A copy of the base graph, changed by `edit`. */
function variant(name: string, edit: (graph: any) => void): string {
  const graph = JSON.parse(readFileSync(base, 'utf8'));
  edit(graph);
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(graph));
  return file;
}

function expectRefused(r: CliResult, ...parts: string[]): void {
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  for (const part of parts) expect(r.stderr).toContain(part);
}

const update = (graph: string, ...flags: string[]) => runCli(['build', '--update', graph, b, '-o', path.join(dir, 'out.json'), '-q', ...flags]);

beforeAll(() => {
  expect(runCli(['build', a, '-o', base, '-q']).code).toBe(0);
});

describe('entente build --update (broken graphs)', () => {
  it('refuses a graph that went JSON → GEXF → JSON (its documents list is gone)', () => {
    const gexf = path.join(dir, 'base.gexf');
    const back = path.join(dir, 'round-trip.json');
    expect(runCli(['export', base, '-o', gexf]).code).toBe(0);
    expect(runCli(['export', gexf, '-o', back]).code).toBe(0);
    expectRefused(update(back), `--update graph "${back}"`, 'manifest counts 1 document(s), its "documents" list holds 0');
  });

  it('refuses nodes without aliases, docs as a count, and edges without evidence', () => {
    expectRefused(update(variant('no-aliases', (g) => delete g.nodes[0].attributes.aliases)), 'has no "aliases" list');
    expectRefused(update(variant('doc-count', (g) => (g.nodes[0].attributes.docs = 1))), '"docs" 1, not a list');
    expectRefused(update(variant('no-evidence', (g) => delete g.edges[0].attributes.evidence)), 'has no "evidence" list');
  });

  it('refuses what core\'s JSON reader refuses, and a file that is not an Entente build', () => {
    expectRefused(update(variant('bad-type', (g) => (g.nodes[0].attributes.type = 'planet'))), 'is not a valid Entente graph', 'attribute "type"');
    expectRefused(update(variant('no-manifest', (g) => delete g.attributes.manifest)), 'has no Entente build manifest');
  });

  it('says so when a bad option comes from the graph\'s manifest', () => {
    expectRefused(update(variant('bad-window', (g) => (g.attributes.manifest.options.window = 'page'))), 'records invalid build options in its manifest', '"page"');
  });
});

describe('entente build --update (counting options)', () => {
  it('refuses --window, --no-demonyms and --no-capitals that differ from the graph', () => {
    expectRefused(update(base, '--window', 'paragraph'), '--window paragraph differs', 'built with --window sentence');
    expectRefused(update(base, '--no-demonyms'), '--no-demonyms differs');
    expectRefused(update(base, '--no-capitals'), '--no-capitals differs');
  });

  it('accepts the same options, and inherits them when not given', () => {
    expect(update(base, '--window', 'sentence').code).toBe(0);
    const paragraph = path.join(dir, 'paragraph.json');
    expect(runCli(['build', a, '-o', paragraph, '-q', '--window', 'paragraph', '--no-capitals']).code).toBe(0);
    const out = path.join(dir, 'paragraph-updated.json');
    expect(runCli(['build', '--update', paragraph, b, '-o', out, '-q']).code).toBe(0);
    const manifest = JSON.parse(readFileSync(out, 'utf8')).attributes.manifest;
    expect(manifest.options).toMatchObject({ window: 'paragraph', capitals: false, demonyms: true });
    expect(manifest.documentCount).toBe(2);
  });
});

describe('entente build --update (pipeline)', () => {
  it('records the stages that ran, without the stage a switch turned off', () => {
    const stages: string[] = JSON.parse(readFileSync(base, 'utf8')).attributes.manifest.stages;
    expect(stages).toContain('capitals@1');
    expect(stages.at(-1)).toBe('co-mentions@1');
    const noCapitals = path.join(dir, 'no-capitals.json');
    expect(runCli(['build', a, '-o', noCapitals, '-q', '--no-capitals']).code).toBe(0);
    expect(JSON.parse(readFileSync(noCapitals, 'utf8')).attributes.manifest.stages).toEqual(stages.filter((s) => s !== 'capitals@1'));
  });

  it('refuses a graph another pipeline made: a stage of another version, a stage this build lacks, one it adds, another order', () => {
    const stages = (g: any): string[] => g.attributes.manifest.stages;
    expectRefused(
      update(variant('other-version', (g) => (g.attributes.manifest.stages = stages(g).map((s) => (s === 'coreference@1' ? 'coreference@2' : s))))),
      `--update graph "${path.join(dir, 'other-version.json')}" was made by another pipeline`,
      'it ran stage "coreference@2", this build runs "coreference@1"',
    );
    expectRefused(update(variant('extra-stage', (g) => stages(g).splice(3, 0, 'sentiment@1'))), 'it ran stage "sentiment@1", which this build does not run');
    expectRefused(update(variant('fewer-stages', (g) => stages(g).splice(stages(g).indexOf('coreference@1'), 1))), 'this build runs stage "coreference@1", which it did not');
    expectRefused(update(variant('reordered', (g) => stages(g).reverse())), 'it ran the same stages in another order');
    expectRefused(update(variant('bad-stages', (g) => (g.attributes.manifest.stages = 'all'))), 'records invalid stages in its manifest');
  });

  it('updates a graph written before stages were recorded, and records them from then on', () => {
    const old = variant('no-stages', (g) => delete g.attributes.manifest.stages);
    const out = path.join(dir, 'no-stages-updated.json');
    expect(runCli(['build', '--update', old, b, '-o', out, '-q']).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).attributes.manifest.stages).toEqual(JSON.parse(readFileSync(base, 'utf8')).attributes.manifest.stages);
  });
});

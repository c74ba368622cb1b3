import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../errors.js';
import { readGraphFile } from '../io/graph-file.js';
import { run } from './export.js';

const LABEL = 'Sergey "Q" <Lavrov> & co\\ \nline 🎉';

const GRAPH = {
  options: { type: 'undirected', multi: false, allowSelfLoops: false },
  attributes: {
    manifest: { generator: 'entente', version: '0.1.0', kbVersion: 'kb-1', options: { window: 'sentence' }, documentCount: 1 },
    documents: [{ id: 'd1' }],
  },
  nodes: [
    { key: 'person:lavrov', attributes: { label: LABEL, type: 'person', aliases: ['Lavrov'], mentions: 3, docs: ['d1'], evidence: [] } },
    { key: 'state:russia', attributes: { label: 'Russia', type: 'state', aliases: [], mentions: 5, docs: ['d1'], evidence: [] } },
    { key: 'treaty:npt', attributes: { label: 'NPT', type: 'treaty', aliases: [], mentions: 1, docs: ['d1'], evidence: [] } },
  ],
  edges: [
    { key: 'e1', source: 'person:lavrov', target: 'state:russia', attributes: { weight: 2, docs: ['d1'], evidence: [] } },
    { key: 'e2', source: 'state:russia', target: 'treaty:npt', attributes: { weight: 1, docs: ['d1'], evidence: [] } },
  ],
};

let dir: string;
let graph: string;
let stdout: string[];
let stderr: string[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'entente-export-'));
  graph = path.join(dir, 'graph.json');
  writeFileSync(graph, JSON.stringify(GRAPH));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  stdout = [];
  stderr = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const out = (name: string) => path.join(dir, name);

describe('#run', () => {
  it.each([
    ['gexf', 'graph.gexf', '<gexf xmlns="http://gexf.net/1.3"'],
    ['graphml', 'graph.graphml', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'],
    ['cypher', 'graph.cypher', 'CREATE CONSTRAINT entente_entity_id IF NOT EXISTS'],
    ['svg', 'graph.svg', '<svg xmlns="http://www.w3.org/2000/svg"'],
    ['json', 'copy.json', '"nodes":[{"key":"person:lavrov"'],
  ])('writes %s to -o and prints a one-line summary', async (format, name, expected) => {
    expect(await run([graph, '--format', format, '-o', out(name)])).toBe(0);
    expect(readFileSync(out(name), 'utf8')).toContain(expected);
    expect(stderr.join('')).toBe(`entente export: ${format}, 3 nodes, 2 edges → ${out(name)}\n`);
  });

  it('takes the format from the extension of -o', async () => {
    expect(await run([graph, '-o', out('by-extension.graphml')])).toBe(0);
    expect(readFileSync(out('by-extension.graphml'), 'utf8')).toContain('<graphml');
  });

  it('writes to stdout without -o (or with -o -)', async () => {
    expect(await run([graph, '-f', 'gexf', '-o', '-'])).toBe(0);
    expect(stdout.join('')).toMatch(/^<\?xml[^]*<\/gexf>\n$/);
    expect(stderr.join('')).toContain('→ stdout');
  });

  it('writes csv into a directory, or beside a prefix', async () => {
    expect(await run([graph, '-f', 'csv', '-o', `${out('neo4j')}/`])).toBe(0);
    expect(readFileSync(out('neo4j/nodes.csv'), 'utf8')).toMatch(/^id:ID,label,type,:LABEL/);
    expect(readFileSync(out('neo4j/edges.csv'), 'utf8')).toContain('person:lavrov,state:russia,CO_MENTIONED,2,1');
    mkdirSync(out('existing'));
    expect(await run([graph, '-f', 'csv', '-o', out('existing')])).toBe(0);
    expect(existsSync(out('existing/nodes.csv'))).toBe(true);
    expect(await run([graph, '-f', 'csv', '-o', out('graph')])).toBe(0);
    expect(existsSync(out('graph-nodes.csv')) && existsSync(out('graph-edges.csv'))).toBe(true);
  });

  it('passes format options through (svg --labels/--width, json --indent)', async () => {
    expect(await run([graph, '-f', 'svg', '--width', '640', '--labels', '1', '-o', out('small.svg')])).toBe(0);
    const svg = readFileSync(out('small.svg'), 'utf8');
    expect(svg).toContain('width="640"');
    expect(svg.match(/font-size="\d+">[^<]+<\/text>/g)).toHaveLength(1);
    expect(await run([graph, '--indent', '2', '-o', out('pretty.json')])).toBe(0);
    expect(readFileSync(out('pretty.json'), 'utf8')).toContain('\n  "options"');
  });

  it('reads GEXF and GraphML input as well as JSON', async () => {
    expect(await run([graph, '-o', out('in.gexf')])).toBe(0);
    expect(await run([out('in.gexf'), '-o', out('from-gexf.graphml')])).toBe(0);
    const back = await readGraphFile(out('from-gexf.graphml'));
    expect(back.order).toBe(3);
    expect(back.getNodeAttribute('person:lavrov', 'label')).toBe(LABEL);
    expect(back.getEdgeAttribute('e1', 'weight')).toBe(2);
  });

  it.each([
    [['--bogus'], /^entente export: Unknown option '--bogus'/],
    [[], /expects one graph file, received 0/],
    [['-f', 'dot'], /--format expects one of json, gexf, graphml, csv, cypher, svg, received "dot"/],
    [['-o', 'out.txt'], /--format is required/],
    [['-f', 'csv'], /--format csv writes two files/],
    [['-f', 'gexf', '--labels', '3'], /--labels applies to --format svg only, received --format gexf/],
    [['-f', 'svg', '--width', 'wide'], /--width expects an integer ≥ 1, received "wide"/],
    [['-f', 'cypher', '--dialect', 'oracle'], /--dialect expects neo4j or memgraph/],
  ])('rejects %j with one UsageError line', async (args, message) => {
    const argv = args.length === 0 || args[0] === '--bogus' ? args : [graph, ...args];
    const error = await run(argv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses to overwrite its input', async () => {
    await expect(run([graph, '-o', graph])).rejects.toThrow('-o "' + graph + '" is the input file');
  });
});

describe('#readGraphFile', () => {
  it.each([
    ['missing.json', null, /cannot read graph file ".*missing.json": no such file/],
    ['empty.json', '', /is not a graph file Entente reads \(json, gexf, graphml\): it is empty/],
    ['nodes.csv', 'id:ID,label\n', /is not a graph file Entente reads \(json, gexf, graphml\): it looks like csv/],
    ['broken.json', '{"nodes": [', /"[^"]*broken.json" is not a valid JSON graph: graph JSON: is not JSON/],
    ['typeless.json', '{"nodes":[{"key":"a"}]}', /is not a valid JSON graph: node "a": attribute "type" expects one of/],
    ['broken.gexf', '<gexf><graph>', /is not a valid GEXF graph: GEXF: is not well-formed XML/],
  ])('%s: one UsageError line', async (name, content, message) => {
    if (content !== null) writeFileSync(out(name), content);
    const error = await readGraphFile(out(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

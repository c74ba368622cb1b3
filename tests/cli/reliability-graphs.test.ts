/**
 * Graph files given to export, stats, query and build --update: hostile node keys, malformed evidence, XML entity
 * declarations (XXE, billion laughs) and files too big for a DOM are refused with one line naming the file, exit 2.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-reliable-graphs-'));
const docs = path.join(dir, 'doc.txt');
writeFileSync(docs, 'Germany and Poland met Russia.\n');

const evidence = { doc: 'a', sentence: 0, start: 0, end: 19, text: 'Germany and Poland.', marks: [[0, 7], [12, 18]] };
const manifest = { generator: 'entente', version: '0', kbVersion: '0', options: { window: 'sentence' }, documentCount: 1 };

function graph(keys: [string, string], edgeEvidence: unknown[] = [evidence], edgeKey = [...keys].sort().join('--')): string {
  const node = (key: string) => ({ key, attributes: { label: key, type: 'state', aliases: [key], mentions: 1, docs: ['a'], evidence: [evidence] } });
  return JSON.stringify({
    attributes: { manifest, documents: [{ id: 'a' }] },
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    nodes: [node(keys[0]), node(keys[1])],
    edges: [{ key: edgeKey, source: keys[0], target: keys[1], attributes: { weight: 1, docs: ['a'], evidence: edgeEvidence } }],
  });
}

/** Each command a graph file goes to, as a user types it. */
const COMMANDS = (file: string): string[][] => [
  ['stats', file],
  ['export', file, '--format', 'gexf', '-o', path.join(dir, 'out.gexf')],
  ['export', file, '--format', 'csv', '-o', path.join(dir, 'out-csv')],
  ['query', file, 'path', 'DEU', 'POL'],
  ['query', file, 'neighbours', 'DEU'],
  ['build', '--update', file, docs],
];

function refusedEverywhere(file: string, reason: RegExp): void {
  for (const args of COMMANDS(file)) {
    const r = runCli(args);
    const lines = r.stderr.trim().split('\n');
    expect({ args, code: r.code }).toEqual({ args, code: 2 });
    expect(lines).toHaveLength(1);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(reason);
  }
}

describe('hostile graph JSON (case 5)', () => {
  it.each(['toString', 'constructor', '__proto__'])('a node keyed "%s" is refused by every command, in one line', (key) => {
    const file = path.join(dir, `key-${key}.json`);
    writeFileSync(file, graph([key, 'POL']));
    refusedEverywhere(file, new RegExp(`node "${key}": has a key that names a built-in JavaScript object property`));
  }, 120_000);

  it.each([
    ['null', [null], /evidence #0 expects an object \{doc, text, marks\}, received null/],
    ['number', [5], /evidence #0 expects an object/],
    ['text-not-string', [{ ...evidence, text: 5 }], /evidence #0 expects a string "text", received 5/],
    ['marks-not-list', [{ ...evidence, marks: 'no' }], /evidence #0 expects a "marks" list/],
    ['mark-null', [{ ...evidence, marks: [null] }], /evidence #0 mark #0 expects \[start, end\] within its text/],
    ['mark-out-of-text', [{ ...evidence, marks: [[0, 99]] }], /mark #0 expects \[start, end\] within its text \(0–19\), received \[0,99\]/],
  ])('edge evidence that is %s is refused by every command, in one line (was a crash, exit 70)', (name, list, reason) => {
    const file = path.join(dir, `evidence-${name}.json`);
    writeFileSync(file, graph(['DEU', 'POL'], list));
    refusedEverywhere(file, reason);
  }, 120_000);

  it('an update refuses an edge keyed otherwise than entente build keys it (was a crash, exit 70)', () => {
    const file = path.join(dir, 'odd-key.json');
    writeFileSync(file, graph(['DEU', 'POL'], [evidence], 'e'));
    const r = runCli(['build', '--update', file, docs]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`--update graph "${file}" cannot be updated: edge "e" between DEU and POL is not keyed "DEU--POL"`);
  });

  it('a well-formed graph still works with every command', () => {
    const file = path.join(dir, 'fine.json');
    writeFileSync(file, graph(['DEU', 'POL']));
    for (const args of COMMANDS(file)) expect({ args, code: runCli(args).code }).toEqual({ args, code: 0 });
  }, 120_000);
});

describe('hostile GEXF and GraphML (case 5)', () => {
  const gexf = (doctype: string, label: string) =>
    `<?xml version="1.0"?>\n${doctype}\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><attributes class="node"><attribute id="type" title="type" type="string"/></attributes><nodes><node id="a" label="${label}"><attvalues><attvalue for="type" value="state"/></attvalues></node></nodes><edges/></graph></gexf>`;
  const laughs = `<!DOCTYPE gexf [<!ENTITY l0 "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>`;

  it.each([
    ['xxe.gexf', gexf('<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '&xxe;'), /declares XML entities in its DOCTYPE/],
    ['laughs.gexf', gexf(laughs, '&l9;'), /declares XML entities in its DOCTYPE/],
    ['laughs.graphml', gexf(laughs, '&l9;').replaceAll('gexf', 'graphml'), /declares XML entities in its DOCTYPE/],
    ['external.gexf', gexf('<!DOCTYPE gexf SYSTEM "http://evil.example/x.dtd">', 'a'), /names an external DTD/],
  ])('%s is refused before parsing, in one line', (name, text, reason) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const r = runCli(['stats', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
    expect(r.stdout).not.toContain('root:');
  });

  it('a GEXF over the size limit is refused before it is read, whatever its extension', () => {
    const body = gexf('', 'a');
    const padding = ' '.repeat(33 * 1024 * 1024);
    for (const name of ['big.gexf', 'big-gexf.json']) {
      const file = path.join(dir, name);
      writeFileSync(file, body.replace('<edges/>', `<edges/>${padding}`));
      const r = runCli(['stats', file]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/is 33 MB, over the 32 MB Entente reads as GEXF\/GraphML/);
    }
  });
});

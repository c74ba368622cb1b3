/**
 * `entente build --rules` and `entente curate`: rules applied on every build and update, the file's hash in the
 * manifest, unused rules reported and harmless, the same graph from both commands, and a bad file refused in one line.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-curation-'));
const at = (name: string) => path.join(dir, name);
writeFileSync(at('a.txt'), 'Russian Foreign Minister Sergey Lavrov said NATO ignored Moscow.\n');
writeFileSync(at('b.txt'), 'Canada and the United States signed the Paris Agreement. Lavrov met NATO and Canada.\n');
const RULES = JSON.stringify({
  'entente-rules': 1,
  rules: [
    { hide: { alias: 'nato' } },
    { merge: ['CAN'], into: 'USA', note: 'a test, not a claim' },
    { rename: 'RUS', label: 'Russian Federation' },
    { hide: 'person:nobody' },
  ],
});
writeFileSync(at('rules.json'), RULES);

const read = (name: string) => JSON.parse(readFileSync(at(name), 'utf8'));
const keys = (graph: { nodes: Array<{ key: string }> }) => graph.nodes.map((n) => n.key);

beforeAll(() => {
  expect(runCli(['build', at('a.txt'), at('b.txt'), '-o', at('plain.json'), '-q']).code).toBe(0);
});

describe('entente build --rules', () => {
  it('applies the rules, records the file hash, and says how many applied and which went unused', () => {
    const r = runCli(['build', at('a.txt'), at('b.txt'), '-o', at('curated.json'), '--rules', at('rules.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rules:     3 applied, 1 unused (rules.json)');
    expect(r.stderr).toBe('entente: rules.json: rules[3] (hide) unused: no entity "person:nobody"\n');
    const g = read('curated.json');
    expect(keys(g)).not.toContain('Q7184');
    expect(keys(g)).not.toContain('CAN');
    expect(g.nodes.find((n: { key: string }) => n.key === 'RUS').attributes.label).toBe('Russian Federation');
    const plain = read('plain.json');
    const mentions = (graph: any, id: string) => graph.nodes.find((n: { key: string }) => n.key === id).attributes.mentions;
    expect(mentions(g, 'USA')).toBe(mentions(plain, 'USA') + mentions(plain, 'CAN'));
    expect(g.attributes.manifest.curation).toEqual({ rules: 4, applied: 3, unused: 1, sha256: createHash('sha256').update(RULES).digest('hex') });
  });

  it('gives the bytes entente curate gives from the plain graph', () => {
    expect(runCli(['curate', at('plain.json'), '--rules', at('rules.json'), '-o', at('curate-out.json'), '-q']).code).toBe(0);
    expect(readFileSync(at('curate-out.json'), 'utf8')).toBe(readFileSync(at('curated.json'), 'utf8'));
  });

  it('applies them again on --update: what new documents bring back is hidden and merged again', () => {
    expect(runCli(['build', at('a.txt'), '-o', at('a.json'), '-q', '--rules', at('rules.json')]).code).toBe(0);
    expect(runCli(['build', '--update', at('a.json'), at('b.txt'), '-o', at('ab.json'), '-q', '--rules', at('rules.json')]).code).toBe(0);
    const g = read('ab.json');
    expect(keys(g)).not.toContain('Q7184');
    expect(keys(g)).not.toContain('CAN');
    expect(g.attributes.manifest.curation.applied).toBe(3);
    // Without --rules, the update says that the rules are not applied this time.
    const r = runCli(['build', '--update', at('a.json'), at('b.txt'), '-o', at('ab-plain.json'), '-q']);
    expect(r.stderr).toContain('entente: warning: this graph was curated with rules; without --rules the update does not apply them');
  });

  it.each([
    ['{"entente-rules": 1, "rules": [{"hide": "x", "into": "y"}]}', 'rules[0].into: unknown field for a hide rule'],
    ['{"entente-rules": 3, "rules": []}', 'entente-rules: version 3 is not one this Entente reads (1)'],
    ['{"entente-rules": 1, "rules": [', 'not JSON ('],
  ])('refuses a bad rules file in one line naming it, exit 2, before reading a document: %s', (text, reason) => {
    writeFileSync(at('bad.json'), text);
    const r = runCli(['build', at('a.txt'), '-o', at('never.json'), '--rules', at('bad.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`entente build: rules file "${at('bad.json')}": ${reason}`);
    expect(() => readFileSync(at('never.json'))).toThrow();
  });

  it('refuses a missing rules file', () => {
    const r = runCli(['curate', at('plain.json'), '--rules', at('missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`entente curate: cannot read rules file "${at('missing.json')}": no such file\n`);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../errors.js';
import { run } from './eval.js';

let dir: string;
let gold: string;
let output: string[];

// Two invented documents in our own types (identity mapping).
const DOCS = [
  { id: 'a', text: 'Canada and Russia signed.', entities: [{ start: 0, end: 6, type: 'state' }, { start: 11, end: 17, type: 'state' }] },
  { id: 'b', text: 'Nothing happened on Monday.', entities: [{ start: 20, end: 26, type: 'person' }] },
];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'entente-eval-'));
  gold = path.join(dir, 'gold.jsonl');
  writeFileSync(gold, DOCS.map((d) => JSON.stringify(d)).join('\n'));
  writeFileSync(path.join(dir, 'bad.jsonl'), '{"id":"x","text":"abc","entities":[]}\nnot json\n');
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

describe('#run', () => {
  it('prints the score table and the misses', async () => {
    expect(await run(['--gold', gold])).toBe(0);
    expect(stdout()).toContain('2 documents, mapping identity, strict (exact spans) scoring');
    expect(stdout()).toMatch(/state\s+1\.000\s+1\.000\s+1\.000/);
    expect(stdout()).toMatch(/Most frequent misses:\n\s+1\s+person\s+Monday/);
  });

  it('prints JSON with --json', async () => {
    expect(await run(['--gold', gold, '--json', '--limit', '3'])).toBe(0);
    const r = JSON.parse(stdout());
    expect(r.mapping).toBe('identity');
    expect(r.score.byType.state).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(r.errors.misses).toEqual([{ type: 'person', text: 'Monday', count: 1 }]);
  });

  it('rejects user mistakes with one-line usage errors', async () => {
    await expect(run([])).rejects.toThrow(UsageError);
    await expect(run(['--gold', gold, '--mapping', 'ontonotes'])).rejects.toThrow(/--mapping must be one of conll, crossner, re3d, identity/);
    await expect(run(['--gold', path.join(dir, 'missing.jsonl')])).rejects.toThrow(/cannot read --gold/);
    await expect(run(['--gold', path.join(dir, 'bad.jsonl')])).rejects.toThrow(/bad\.jsonl:2: not a JSON line/);
    await expect(run(['--gold', gold, '--limit', 'many'])).rejects.toThrow(UsageError);
  });
});

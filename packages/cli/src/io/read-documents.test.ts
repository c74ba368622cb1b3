import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listInputFiles, readInputs, type InputItem } from './read-documents.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-read-'));
// Big enough that the stream is still open when the reader stops after the first line.
const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Russia and NATO met, meeting ${i}.` })).join('\n');
writeFileSync(path.join(dir, 'big.jsonl'), lines);
writeFileSync(path.join(dir, 'big.ndjson.gz'), gzipSync(lines));

/** Open file descriptors of this process (Linux). */
const openFiles = () => readdirSync('/proc/self/fd').length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function first(files: Parameters<typeof readInputs>[0]): Promise<InputItem> {
  for await (const item of readInputs(files)) return item;
  throw new Error('no item');
}

describe('#readInputs', () => {
  it.skipIf(process.platform !== 'linux').each(['big.jsonl', 'big.ndjson.gz'])('closes %s when the reader stops early', async (name) => {
    const before = openFiles();
    const item = await first([{ path: path.join(dir, name), id: name }]);
    expect(item).toMatchObject({ kind: 'document', doc: { id: 'd0' } });
    await settle();
    expect(openFiles()).toBe(before);
  });

  it('closes a gzip file whose data is corrupt, after a warning naming it', async () => {
    const bad = path.join(dir, 'bad.jsonl.gz');
    writeFileSync(bad, Buffer.concat([gzipSync(lines).subarray(0, 2000), Buffer.alloc(200_000, 7)]));
    const before = openFiles();
    const items: InputItem[] = [];
    for await (const item of readInputs([{ path: bad, id: 'bad.jsonl.gz' }])) items.push(item);
    expect(items.at(-1)).toMatchObject({ kind: 'warning', warning: { source: bad } });
    await settle();
    if (process.platform === 'linux') expect(openFiles()).toBe(before);
  });

  it('gives JSONL lines without an id one from the file id and line number', async () => {
    const file = path.join(dir, 'no-ids.jsonl');
    writeFileSync(file, '{"text": "NATO met."}\n');
    const [input] = await listInputFiles([file]);
    expect(await first([input!])).toMatchObject({ doc: { id: 'no-ids.jsonl:1' } });
  });
});

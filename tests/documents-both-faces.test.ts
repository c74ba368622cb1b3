/**
 * One file, one set of documents, whichever face reads it: the CLI's reader (packages/cli/src/io/read-documents.ts:
 * files from disk, .gz through zlib) and the explorer's (apps/explorer/src/state/documents.ts: a dropped File, .gz
 * through DecompressionStream) over the fixtures of every kind. Both hand the bytes to core's reader; this checks that
 * nothing either face does around it (ids, titles, sources, decoding, problems) makes them differ. The explorer's
 * module runs here as in the page, with linkedom's DOMParser for the browser's; tests/e2e/documents.test.ts drops the
 * same files on the page in Chromium and compares the graph with the CLI's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildGraph, type Document } from '@entente/core';
import { listInputFiles, readInputs } from '../packages/cli/src/io/read-documents.js';
import { readDroppedFile, type HtmlParser } from '../apps/explorer/src/state/documents.js';
import { documentFixtures } from './fixtures/document-fixtures.js';

// linkedom is the explorer's dev dependency (its tests' DOM); resolve it from there (the workspace root does not list it).
const { DOMParser } = createRequire(path.join(import.meta.dirname, '../apps/explorer/package.json'))('linkedom') as { DOMParser: new () => unknown };

async function cliFace(dir: string, names: string[]): Promise<{ documents: Document[]; problems: string[] }> {
  const documents: Document[] = [];
  const problems: string[] = [];
  for await (const item of readInputs(await listInputFiles(names.map((n) => path.join(dir, n))))) {
    if (item.kind === 'document') documents.push(item.doc);
    else if (item.kind === 'warning') problems.push(`${path.basename(item.warning.source)}: ${item.warning.reason}`);
  }
  return { documents, problems };
}

async function explorerFace(dir: string, names: string[]): Promise<{ documents: Document[]; problems: string[] }> {
  const parser = new DOMParser() as unknown as HtmlParser;
  const documents: Document[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const read = await readDroppedFile(new File([readFileSync(path.join(dir, name))], name), parser);
    documents.push(...read.documents);
    // `"speeches.jsonl" line 4: …` → `speeches.jsonl:4: …`, the CLI's spelling.
    problems.push(...read.problems.map((p) => p.replace(/^"([^"]+)"(?: line (\d+))?: /, (_, file: string, line?: string) => `${file}${line ? `:${line}` : ''}: `)));
  }
  return { documents, problems };
}

describe('the CLI and the explorer read a file alike', () => {
  const { dir, names } = documentFixtures();

  it('gives the same documents, problems and graph for every kind of file', async () => {
    const cli = await cliFace(dir, names);
    const explorer = await explorerFace(dir, names);
    // The CLI's source is the path as typed (here the temp folder's); the explorer has only the file's name.
    const bySource = cli.documents.map((d) => (d.source?.startsWith(dir) ? { ...d, source: path.basename(d.source) } : d));
    expect(explorer.documents).toEqual(bySource);
    expect(explorer.problems).toEqual(cli.problems);
    expect(JSON.stringify(buildGraph(explorer.documents).export())).toBe(JSON.stringify(buildGraph(bySource).export()));
  });

  it('reads each kind as meant: Markdown and HTML as prose, Latin-1 decoded, metadata kept, bad lines named', async () => {
    const { documents, problems } = await explorerFace(dir, names);
    const byId = new Map(documents.map((d) => [d.id, d]));
    expect([...byId.keys()]).toEqual(['geneva.txt', 'IND_79_2024', 'ZAF_79_2024', 'paris-summit.html', 'sao-tome-latin1.txt', 'FRA_79_2024', 'speeches.jsonl:2', 'CHL_79_2024', 'vienna-talks.md']);
    const md = byId.get('vienna-talks.md')!;
    expect(md.title).toBe('OSCE ministers gather in Vienna');
    expect(md.text).toContain('Antony Blinken told the OSCE in Vienna that Ukraine must choose');
    expect(md.text).not.toMatch(/[*_`#>]|https?:|NATO code|author/);
    const html = byId.get('paris-summit.html')!;
    expect(html.text).toMatch(/^French President Emmanuel Macron met German Chancellor Olaf Scholz/);
    expect(html.text).not.toMatch(/__xss|Home|Contact us/);
    expect(byId.get('sao-tome-latin1.txt')!.text).toMatch(/^São Tomé and Príncipe/);
    expect(byId.get('FRA_79_2024')).toMatchObject({ title: 'France', date: '2024-09-25', meta: { country: 'FRA', session: 79, year: 2024 } });
    expect(problems).toEqual(['speeches.jsonl:4: not valid JSON, line skipped']);
  });
});

/**
 * Extraction is a function of the document alone, and a build a function of its inputs alone: what ran before in the
 * same process, the order documents arrive in and the number of workers must not change a byte. (Unpatched, wink-nlp
 * learnt token boundaries and the features of unknown words from earlier documents; patches/wink-nlp@2.4.0.patch
 * stops both.)
 *
 * "Alone" is measured honestly: the document is extracted by `entente extract` in a fresh process that reads nothing
 * else, then compared with the same document extracted here after a few hundred others.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildGraph, extractDocument, type Document } from '@entente/core';
import { runCli } from './cli/run-cli.js';

const sample = readFileSync(path.resolve(import.meta.dirname, '../data/ungdc/ungdc-session-79-2024.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Document);

const SHARED = path.resolve(import.meta.dirname, '../../shared/corpora/ungdc/ungdc-1946-2024.jsonl.gz');
const hasShared = existsSync(SHARED);
const dir = mkdtempSync(path.join(tmpdir(), 'entente-determinism-'));

/** Speeches with the most tokens wink's lexicon cannot know: document symbols, figures, codes. */
function oovHeavy(docs: Document[], count: number): Document[] {
  const score = (d: Document) => (d.text.match(/\b[A-Z]{1,3}\/[\w./-]+|\b\w*\d[\w.]*\b/g) ?? []).length;
  return [...docs].sort((a, b) => score(b) - score(a) || (a.id < b.id ? -1 : 1)).slice(0, count);
}

/** Each document's mentions, extracted by `entente extract` in a process that reads that document only. */
function mentionsAlone(doc: Document): string {
  const r = runCli(['extract', '-'], { input: `${JSON.stringify(doc)}\n` });
  expect(r.code, r.stderr).toBe(0);
  return JSON.stringify(JSON.parse(r.stdout.trim()).mentions);
}

/**
 * A history made to disturb a learning tokenizer: each figure of the text first seen inside a document symbol
 * ("A/C.3/L.513"), each capitalised word first seen in capitals and inside a hyphenated compound. Unpatched wink then
 * tags "513" PROPN rather than NUM, and 27 of the 192 speeches of the sample give other mentions.
 */
function adversary(text: string): Document {
  const figures = [...new Set(text.match(/\b\d+\b/g) ?? [])];
  const words = [...new Set(text.match(/\b[A-Z][a-z]{3,}\b/g) ?? [])];
  const symbols = figures.map((n) => `A/C.3/L.${n}`).join(' ');
  const odd = words.map((w) => `${w.toUpperCase()} ${w.toLowerCase()}-${w.toLowerCase()}`).join(' ');
  return { id: 'adversary', text: `${symbols}\n\n${odd}` };
}

function checkAloneEqualsAfterOthers(targets: Document[], others: Document[]): void {
  const alone = targets.map(mentionsAlone);
  for (const d of targets) extractDocument(adversary(d.text));
  for (const d of others) extractDocument(d);
  const after = targets.map((d) => JSON.stringify(extractDocument(d).mentions));
  const differing = targets.filter((_, i) => alone[i] !== after[i]).map((d) => d.id);
  expect(differing).toEqual([]);
  expect(alone.every((m) => m.length > 2)).toBe(true);
}

function writeJsonl(name: string, docs: Document[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
  return file;
}

function buildBytes(input: string, workers: number): string {
  const out = path.join(dir, `g-${workers}-${Math.random().toString(36).slice(2)}.json`);
  // A build of 2,000 speeches takes about a minute alone and several when the machine is shared: the test's own
  // timeout bounds the three builds, not the command's default.
  const r = runCli(['build', input, '-o', out, '--workers', String(workers), '-q'], { timeoutMs: 300_000 });
  expect(r.code, r.stderr).toBe(0);
  // The documents file beside the graph must hold to the same bytes too.
  return `${readFileSync(out, 'utf8')}\n${readFileSync(out.replace(/\.json$/, '.docs.jsonl'), 'utf8')}`;
}

describe('extraction determinism (shipped sample)', () => {
  it('extracts a document alone and after the rest of the sample and a hostile history to the same mentions', () => {
    const targets = oovHeavy(sample, 4);
    checkAloneEqualsAfterOthers(targets, sample.filter((d) => !targets.includes(d)));
  });

  it('builds the same graph bytes from real speeches in any order', () => {
    const docs = sample.slice(0, 30);
    const forward = JSON.stringify(buildGraph(docs).export());
    const backward = JSON.stringify(buildGraph([...docs].reverse()).export());
    expect(backward).toBe(forward);
  });

  it('builds the whole sample to the same bytes twice with 2 workers and once with 1', () => {
    const input = writeJsonl('sample.jsonl', sample);
    const first = buildBytes(input, 2);
    expect(JSON.parse(first.slice(0, first.indexOf('\n'))).nodes.length).toBeGreaterThan(100);
    expect(buildBytes(input, 2)).toBe(first);
    expect(buildBytes(input, 1)).toBe(first);
    // Three builds of the whole sample: about 55 s alone on this 2-core machine, over a minute when it is shared.
  }, 180_000);

  it('keeps offsets true on form feeds and unusual spaces', () => {
    const text = 'Page one.\fRussian Foreign Minister Sergey Lavrov met\u3000NATO officials\u2028in\u00a0Brussels.\ufeff';
    const mentions = extractDocument({ id: 'ws', text }).mentions;
    expect(mentions.map((m) => m.text)).toEqual(['Russian', 'Sergey Lavrov', 'NATO']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe.skipIf(!hasShared)('extraction determinism (UNGDC corpus from ../shared)', () => {
  const corpus = hasShared
    ? gunzipSync(readFileSync(SHARED))
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .slice(0, 2000)
        .map((line) => {
          const j = JSON.parse(line) as { id: string; text: string };
          return { id: j.id, text: j.text };
        })
    : [];

  it('extracts 330 speeches to the same mentions read forwards and backwards, each order in a fresh process', () => {
    const docs = corpus.filter((_, i) => i % 6 === 0);
    const mentionsById = (file: string) => {
      const r = runCli(['extract', file]);
      expect(r.code, r.stderr).toBe(0);
      return new Map(r.stdout.trim().split('\n').map((line) => {
        const j = JSON.parse(line) as { id: string; mentions: unknown[] };
        return [j.id, JSON.stringify(j.mentions)] as const;
      }));
    };
    const forward = mentionsById(writeJsonl('forward.jsonl', docs));
    const backward = mentionsById(writeJsonl('backward.jsonl', [...docs].reverse()));
    expect(forward.size).toBe(docs.length);
    expect(docs.filter((d) => forward.get(d.id) !== backward.get(d.id)).map((d) => d.id)).toEqual([]);
  }, 300_000);

  it('builds 2,000 speeches to the same bytes twice with 2 workers and once with 1', () => {
    const input = writeJsonl('ungdc-2000.jsonl', corpus);
    const first = buildBytes(input, 2);
    expect(JSON.parse(first.slice(0, first.indexOf('\n'))).attributes.manifest.documentCount).toBe(2000);
    expect(buildBytes(input, 2)).toBe(first);
    expect(buildBytes(input, 1)).toBe(first);
  }, 600_000);
});

/** The scripted queries in examples/ answer their questions on the small fixture graph, directly and through the CLI. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../packages/cli/src/commands/query.js';
import { buildSmallGraph, smallGraphJson } from '../packages/core/src/query/__fixtures__/small-graph.js';
import { queryApi } from '@entente/core/query';
import mostCentralPeople from '../examples/most-central-people.js';
import treatiesByState from '../examples/treaties-by-state.js';
import whoLinksRussiaAndNato from '../examples/who-links-russia-and-nato.js';
import linksByDecade from '../examples/links-by-decade.js';
import { buildGraph } from '@entente/core';
import { SPEECHES } from './fixtures/ungdc-decades.js';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../examples');

describe('examples/who-links-russia-and-nato', () => {
  it('reports the direct link, the go-betweens and a chain around the direct link, with sentences', () => {
    const report = whoLinksRussiaAndNato(buildSmallGraph(), queryApi);
    expect(report).toContain('Russia and NATO are co-mentioned in 1 window(s)');
    expect(report).toContain('Co-mentioned with both (4):');
    expect(report).toMatch(/- OSCE \(organisation\): 2× with Russia, 1× with NATO/);
    expect(report).toContain('Strongest chain besides the direct link: Russia → Sergey Lavrov → NATO');
    expect(report).toContain('«NATO»');
  });

  it('leaves the graph it was given untouched', () => {
    const graph = buildSmallGraph();
    const before = JSON.stringify(graph.export());
    whoLinksRussiaAndNato(graph, queryApi);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('examples/treaties-by-state', () => {
  it('lists the treaties each state is co-mentioned with, with an example sentence', () => {
    const result = treatiesByState(buildSmallGraph(), queryApi);
    expect(result).toEqual({
      Russia: [
        {
          treaty: 'Charter for European Security',
          windows: 1,
          documents: 1,
          example: 'Russia recalls the commitments of the Charter for European Security.',
        },
      ],
    });
  });
});

describe('examples/most-central-people', () => {
  it('ranks people by PageRank with betweenness and strongest links', () => {
    const result = mostCentralPeople(buildSmallGraph(), queryApi);
    expect(result.map((p) => p.person)).toEqual(['Sergey Lavrov', 'Vladimir Putin', 'António Guterres']);
    expect(result[0]).toMatchObject({ rank: 1, mentions: 9, mostLinkedTo: ['Russia (3)', 'United States (3)', 'OSCE (2)'] });
    expect(result[0]!.pagerank).toBeGreaterThan(result[1]!.pagerank);
    expect(result[0]!.betweenness).toBeGreaterThan(0);
  });
});

describe('examples/links-by-decade', () => {
  it('lists the strongest links of each decade, counted within that decade\'s speeches', () => {
    const result = linksByDecade(buildGraph(SPEECHES), queryApi);
    expect(Object.keys(result)).toEqual(['1980s', '2000s']);
    expect(result['1980s']!.documents).toBe(3);
    expect(result['1980s']!.links[0]).toEqual({ a: 'Russia', b: 'United States', windows: 3, documents: 2 });
    // Russia–United States: 3 windows, all in the 1980s; NATO–United States (3 in all) is not among the 1980s' top five.
    expect(result['1980s']!.links.some((l) => l.a === 'North Atlantic Treaty Organization' && l.b === 'United States')).toBe(false);
    expect(result['2000s']!.links[0]).toEqual({ a: 'Canada', b: 'France', windows: 3, documents: 2 });
    expect(JSON.stringify(result['1980s'])).not.toContain('Canada');
  });
});

describe('examples through `entente query --script`', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'entente-examples-'));
    writeFileSync(path.join(dir, 'graph.json'), smallGraphJson());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['who-links-russia-and-nato.ts', 'treaties-by-state.ts', 'most-central-people.ts', 'links-by-decade.ts'])('%s prints a non-empty answer', async (name) => {
    const chunks: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    try {
      expect(await run([path.join(dir, 'graph.json'), '--script', path.join(examples, name)])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const text = chunks.join('');
    expect(text.trim().length).toBeGreaterThan(20);
    if (name !== 'who-links-russia-and-nato.ts') expect(() => JSON.parse(text)).not.toThrow();
  });
});

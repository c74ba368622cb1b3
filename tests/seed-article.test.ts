/**
 * End to end on the seed article (data/news/security-for-all-or-none.txt) with the shipped knowledge base: what a
 * reader of it would expect the graph to hold. Nothing here is special-cased in the extractor; unseen-texts.test.ts
 * checks the same mechanisms on texts written for the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, type EntenteGraph } from '@entente/core';
import { find } from '@entente/core/query';

const text = readFileSync(path.resolve(import.meta.dirname, '../data/news/security-for-all-or-none.txt'), 'utf8');
const graph: EntenteGraph = buildGraph([{ id: 'seed', text }]);

/** The node id for a label (exact), failing loudly with what the graph holds. */
function node(label: string): string {
  const ids = graph.filterNodes((_, a) => a.label === label);
  expect(ids, `no node labelled "${label}"; labels: ${graph.mapNodes((_, a) => a.label).join(', ')}`).toHaveLength(1);
  return ids[0]!;
}

function byAlias(alias: string): string {
  const ids = graph.filterNodes((_, a) => a.aliases.includes(alias));
  expect(ids, `no node with alias "${alias}"`).toHaveLength(1);
  return ids[0]!;
}

describe('the seed article', () => {
  it('has the people', () => {
    expect(graph.getNodeAttribute(node('Sergey Lavrov'), 'type')).toBe('person');
    expect(graph.getNodeAttribute(node('Vladimir Putin'), 'type')).toBe('person');
  });

  it('has the states', () => {
    for (const s of ['Russia', 'United States', 'Canada']) expect(graph.getNodeAttribute(node(s), 'type')).toBe('state');
  });

  it('has the organisations', () => {
    for (const alias of ['NATO', 'OSCE', 'UN Security Council', 'RT']) expect(graph.getNodeAttribute(byAlias(alias), 'type')).toBe('organisation');
    const ministry = byAlias('Russian foreign ministry');
    expect(graph.getNodeAttribute(ministry, 'type')).toBe('organisation');
  });

  it('has the treaties', () => {
    expect(graph.getNodeAttribute(node('Charter for European Security'), 'type')).toBe('treaty');
    expect(graph.getNodeAttribute(node('Charter of Paris for a New Europe'), 'type')).toBe('treaty');
  });

  it('has no node for days, regions, places, or headline words', () => {
    const labels = graph.mapNodes((_, a) => a.label.toLowerCase());
    const aliases = graph.mapNodes((_, a) => a.aliases.map((s) => s.toLowerCase())).flat();
    for (const word of ['tuesday', 'europe', 'istanbul', 'astana', 'security', 'description', 'none', 'all']) {
      expect(labels).not.toContain(word);
      expect(aliases).not.toContain(word);
    }
  });

  it('resolves the many names of each entity to one node', () => {
    expect(graph.getNodeAttribute(node('Sergey Lavrov'), 'aliases')).toEqual(expect.arrayContaining(['Lavrov', 'Sergey Lavrov']));
    expect(graph.getNodeAttribute(node('Russia'), 'aliases')).toContain('Moscow');
    expect(graph.getNodeAttribute(node('United States'), 'aliases')).toEqual(expect.arrayContaining(['US', 'Washington']));
    expect(graph.getNodeAttribute(node('Charter for European Security'), 'aliases')).toContain('Istanbul Charter');
    expect(find(graph, 'Lavrov').matches[0]?.label ?? find(graph, 'Lavrov').entity?.label).toBe('Sergey Lavrov');
  });

  it('links entities co-mentioned in a sentence', () => {
    expect(graph.hasEdge(node('Sergey Lavrov'), node('Vladimir Putin'))).toBe(true);
    expect(graph.hasEdge(byAlias('NATO'), byAlias('UN Security Council'))).toBe(true);
    expect(graph.hasEdge(node('Canada'), node('United States'))).toBe(true);
    const e = graph.getEdgeAttributes(graph.edge(node('Canada'), node('United States'))!);
    expect(e.evidence[0]!.text).toMatch(/^The Russian foreign ministry sent letters to the top diplomats of the US, Canada/);
  });
});

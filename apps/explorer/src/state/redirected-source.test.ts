import { describe, expect, it } from 'vitest';
import type { ReaderHit, ReaderPage } from '@entente/core';
import type { DocumentSource } from './reader.js';
import { redirectedSource } from './redirected-source.js';

const hit = (doc: string): ReaderHit => ({ doc, sentence: 0, start: 0, end: 1, text: doc, marks: [], title: doc });
const page = (all: string[], offset: number, limit: number): ReaderPage => ({ total: all.length, offset, limit, items: all.slice(offset, offset + limit).map(hit) });

/** A server that knows A (3 mentions) and B (2), and the A–C and B–C links. */
const server: DocumentSource = {
  kind: 'api',
  document: async (id) => ({ id, title: id, text: 'A and B', sentences: [], mentions: [{ start: 0, end: 1, text: 'A', entity: 'A' }, { start: 6, end: 7, text: 'B', entity: 'B' }] }) as never,
  mentions: async (entity, offset, limit) => page(entity === 'A' ? ['a1', 'a2', 'a3'] : entity === 'B' ? ['b1', 'b2'] : [], offset, limit),
  link: async (x, y, offset, limit) => page([x, y].sort().join() === 'A,C' ? ['ac1'] : [x, y].sort().join() === 'B,C' ? ['bc1', 'bc2'] : [], offset, limit),
};

describe('#redirectedSource', () => {
  const merged = redirectedSource(server, new Map([['A', 'B']]));

  it('pages the mentions of a merged entity across both, in order', async () => {
    const first = await merged.mentions('B', 0, 2);
    expect(first.total).toBe(5);
    expect(first.items.map((h) => h.doc)).toEqual(['b1', 'b2']);
    const second = await merged.mentions('B', 2, 2);
    expect(second.items.map((h) => h.doc)).toEqual(['a1', 'a2']);
    expect((await merged.mentions('B', 4, 2)).items.map((h) => h.doc)).toEqual(['a3']);
  });

  it('counts a link to the merged entity with the windows of both', async () => {
    const p = await merged.link('B', 'C', 0, 10);
    expect(p.total).toBe(3);
    expect(p.items.map((h) => h.doc)).toEqual(['bc1', 'bc2', 'ac1']);
  });

  it('marks a document\'s mentions of the merged entity as the entity it became', async () => {
    const doc = await merged.document('d');
    expect(doc.mentions.map((m) => m.entity)).toEqual(['B', 'B']);
  });

  it('is the source itself without corrections', () => {
    expect(redirectedSource(server, new Map())).toBe(server);
  });
});

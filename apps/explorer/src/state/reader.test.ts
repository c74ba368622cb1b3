import { describe, expect, it } from 'vitest';
import { buildGraph, documentRecord, extractDocument, mergedEntities, type Document } from '@entente/core';
import { MemorySource, NO_TEXTS, TextsUnavailable, layeredSource, mentionGroups, probeApi, readerSegments } from './reader.js';

const DOCS: Document[] = [
  { id: 'a', title: 'A', text: 'Swedish Foreign Minister Johan Ekdahl met NATO officials. Ekdahl said NATO must not expand.' },
  { id: 'b', text: 'NATO and Russia spoke again. Ekdahl left.' },
];

function memory(): MemorySource {
  const graph = buildGraph(DOCS);
  return new MemorySource(DOCS.map((d) => documentRecord(d, extractDocument(d), mergedEntities(graph))));
}

describe('#MemorySource', () => {
  it('answers documents and pages from records kept in the page', async () => {
    const source = memory();
    const doc = await source.document('b');
    expect(doc.text).toBe(DOCS[1]!.text);
    const page = await source.mentions('Q7184', 1, 2);
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.doc)).toEqual(['a', 'b']);
    expect((await source.link('Q7184', 'person:johan-ekdahl', 0, 10)).total).toBe(2);
    await expect(source.document('zzz')).rejects.toThrow(/No text of document "zzz"/);
  });

  it('says the texts are not available when there are none', async () => {
    await expect(NO_TEXTS.document('a')).rejects.toBeInstanceOf(TextsUnavailable);
  });

  it('layers texts built in the page over another source, pages running on through both', async () => {
    const mem = new MemorySource([]).with([documentRecord(DOCS[1]!, extractDocument(DOCS[1]!))], new Map());
    const under = { ...NO_TEXTS, kind: 'api' as const, mentions: async (_e: string, offset: number, limit: number) => ({ total: 5, offset, limit, items: [] }) };
    const page = await layeredSource(mem, under).mentions('Q7184', 0, 10);
    expect(page.total).toBe(6);
    expect(page.items).toHaveLength(1);
  });
});

describe('#probeApi', () => {
  const reply = (status: number, body: unknown, type = 'application/json') =>
    async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
  it('finds the API only when it says it has texts', async () => {
    expect((await probeApi('http://127.0.0.1:1/', reply(200, { texts: true })))?.kind).toBe('api');
    expect(await probeApi('http://127.0.0.1:1/', reply(200, { texts: false }))).toBeUndefined();
    expect(await probeApi('http://127.0.0.1:1/', reply(200, '<html>', 'text/html'))).toBeUndefined();
    expect(await probeApi('http://127.0.0.1:1/', async () => { throw new TypeError('failed to fetch'); })).toBeUndefined();
  });
});

describe('#readerSegments', () => {
  it('cuts the text at mentions and the target, and leaves bad mentions as text', () => {
    const doc = {
      text: 'Alpha met Beta. Gamma too.',
      mentions: [
        { start: 0, end: 5, text: 'Alpha', entity: 'a' },
        { start: 3, end: 8, text: 'overlap', entity: 'x' },
        { start: 10, end: 14, text: 'Beta', entity: 'b' },
        { start: 20, end: 99, text: 'out', entity: 'y' },
      ],
    };
    const segments = readerSegments(doc, { start: 0, end: 15 });
    expect(segments.map((s) => s.text).join('')).toBe(doc.text);
    expect(segments.filter((s) => s.mention !== undefined).map((s) => [s.text, s.mention])).toEqual([['Alpha', 0], ['Beta', 2]]);
    expect(segments.filter((s) => s.target).map((s) => s.text).join('')).toBe('Alpha met Beta.');
  });

  it('groups mentions by entity, most mentioned first, marking those not in the graph', () => {
    const doc = { mentions: [{ start: 0, end: 1, text: 'B', entity: 'b' }, { start: 2, end: 3, text: 'A', entity: 'a' }, { start: 4, end: 5, text: 'A', entity: 'a' }] };
    const groups = mentionGroups(doc, (id) => (id === 'a' ? { label: 'Alpha', type: 'state' } : undefined));
    expect(groups.map((g) => [g.label, g.mentions, g.inGraph])).toEqual([['Alpha', [1, 2], true], ['B', [0], false]]);
  });
});

/** Records and the mention index: what the reader pages through must match what the graph counts. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract.js';
import { buildGraph } from '../graph/build-graph.js';
import { mergedEntities } from '../graph/merged-entities.js';
import { applyRules } from '../curation/apply-rules.js';
import type { Document } from '../types.js';
import { documentRecord, parseRecord, recordMentions, serializeRecord } from './document-record.js';
import { MentionIndex, linkEvidence, mentionEvidence } from './mention-index.js';

const DOCS: Document[] = [
  { id: 'a', title: 'Geneva', text: 'Swedish Foreign Minister Johan Ekdahl met NATO officials in Geneva. Ekdahl said NATO must not expand. NATO said nothing.' },
  // "Ekdahl" alone here is folded into Johan Ekdahl only when the graph is finalised.
  { id: 'b', text: 'NATO and Russia spoke again. Ekdahl left.' },
];

function recordsAndGraph() {
  const graph = buildGraph(DOCS);
  const redirects = mergedEntities(graph);
  const records = DOCS.map((d) => documentRecord(d, extractDocument(d), redirects));
  const index = new MentionIndex('sentence');
  records.forEach((r, i) => index.add(i, r));
  return { graph, records, index };
}

describe('#documentRecord', () => {
  it('keeps every mention with offsets into the text, ids as in the finished graph', () => {
    const { graph, records } = recordsAndGraph();
    for (const r of records) {
      for (const m of recordMentions(r)) {
        expect(r.text.slice(m.start, m.end)).toBe(m.text);
        expect(graph.hasNode(m.entity)).toBe(true);
      }
    }
    expect(mergedEntities(graph).get('person:ekdahl')).toBe('person:johan-ekdahl');
    expect(recordMentions(records[1]!).find((m) => m.text === 'Ekdahl')?.entity).toBe('person:johan-ekdahl');
  });

  it('follows curation rules too: a merge and a retype after finalisation', () => {
    const { graph } = recordsAndGraph();
    const { graph: curated } = applyRules(graph, [{ merge: ['RUS'], into: 'SWE' }, { retype: 'person:johan-ekdahl', type: 'organisation' }]);
    const moved = mergedEntities(curated);
    expect(moved.get('RUS')).toBe('SWE');
    // Finalisation's fold and the retype compose: the lone surname goes where its full name went.
    const ekdahl = moved.get('person:johan-ekdahl')!;
    expect(curated.hasNode(ekdahl)).toBe(true);
    expect(moved.get('person:ekdahl')).toBe(ekdahl);
    const record = documentRecord(DOCS[1]!, extractDocument(DOCS[1]!), moved);
    expect(recordMentions(record).map((m) => m.entity).every((id) => curated.hasNode(id))).toBe(true);
  });

  it('serialises to the same bytes and parses back', () => {
    const { records } = recordsAndGraph();
    const line = serializeRecord(records[0]!);
    expect(serializeRecord(parseRecord(JSON.parse(line), 'test', 'line 1'))).toBe(line);
  });

  it('refuses a record whose offsets leave its text', () => {
    const { records } = recordsAndGraph();
    const bad = { ...records[1]!, mentions: [[0, 10_000, 0]] };
    expect(() => parseRecord(bad, 'entente serve', 'line 3')).toThrow(/entente serve: line 3: document "b" has a mention outside/);
    expect(() => parseRecord({ ...records[1]!, entities: [] }, 'x', 'y')).toThrow(/entity table/);
    expect(() => parseRecord([], 'x', 'y')).toThrow(/expected a document record object/);
  });
});

describe('#MentionIndex', () => {
  it('pages every mention of an entity: the total is the graph’s mention count', () => {
    const { graph, records, index } = recordsAndGraph();
    const nato = 'Q7184';
    expect(index.mentionCount(nato)).toBe(graph.getNodeAttribute(nato, 'mentions'));
    const first = index.mentionsPage(nato, 0, 2);
    const rest = index.mentionsPage(nato, 2, 100);
    expect(first.hits).toHaveLength(2);
    expect(first.total).toBe(4);
    expect(rest.hits).toHaveLength(2);
    expect(index.mentionsPage(nato, 4, 10).hits).toEqual([]);
    const ev = mentionEvidence(records[rest.hits[1]!.doc]!, rest.hits[1]!);
    expect(ev.text).toBe('NATO and Russia spoke again.');
    expect(ev.marks.map(([s, e]) => ev.text.slice(s, e))).toEqual(['NATO']);
  });

  it('pages a link by window: the total is the edge weight', () => {
    const { graph, records, index } = recordsAndGraph();
    graph.forEachEdge((_, attrs, s, t) => {
      expect(index.linkPage(s, t, 0, 100).total).toBe(attrs.weight);
    });
    const ekdahl = 'person:johan-ekdahl';
    const nato = 'Q7184';
    const page = index.linkPage(ekdahl, nato, 1, 1);
    expect(page.total).toBe(2);
    const ev = linkEvidence(records[page.hits[0]!.doc]!, page.hits[0]!);
    expect(ev.text).toBe('Ekdahl said NATO must not expand.');
    expect(ev.marks.map(([s, e]) => ev.text.slice(s, e))).toEqual(['Ekdahl', 'NATO']);
  });

  it('refuses bad paging arguments at the entry', () => {
    const { index } = recordsAndGraph();
    expect(() => index.mentionsPage('x', -1, 10)).toThrow(/offset/);
    expect(() => index.mentionsPage('x', 0, 0)).toThrow(/limit/);
    expect(() => index.linkPage('x', 'y', 0, 101)).toThrow(/limit/);
    expect(() => index.add(0, { sentences: [], entities: [], mentions: [] })).toThrow(/doc/);
  });
});

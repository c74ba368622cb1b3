import { describe, expect, it } from 'vitest';
import { createEntenteGraph } from '@entente/core';
import { DEFAULT_TABLE_QUERY, queryRows, tableRows, visibleRange } from './entity-table.js';
import type { EntenteGraph } from './types.js';

function graph(): EntenteGraph {
  const g = createEntenteGraph() as EntenteGraph;
  g.addNode('RUS', { label: 'Russia', type: 'state', aliases: ['Russian Federation'], mentions: 9, docs: ['a', 'b'], evidence: [], confidence: 1 });
  g.addNode('person:lavrov', { label: 'Sergey Lavrov', type: 'person', aliases: ['Lavrov'], mentions: 4, docs: ['a'], evidence: [], confidence: 0.5 });
  g.addNode('person:blinken', { label: 'Antony Blinken', type: 'person', aliases: [], mentions: 4, docs: ['b'], evidence: [] });
  g.addUndirectedEdge('RUS', 'person:lavrov', { weight: 1, docs: ['a'], evidence: [] });
  return g;
}

describe('#queryRows', () => {
  const rows = tableRows(graph());
  const ids = (q: Partial<typeof DEFAULT_TABLE_QUERY>) => queryRows(rows, { ...DEFAULT_TABLE_QUERY, ...q }).map((r) => r.id);

  it('sorts by mentions (ties by label), and by any column either way', () => {
    expect(ids({})).toEqual(['RUS', 'person:blinken', 'person:lavrov']);
    expect(ids({ sort: 'label', descending: false })).toEqual(['person:blinken', 'RUS', 'person:lavrov']);
    expect(ids({ sort: 'degree', descending: true })).toEqual(['RUS', 'person:lavrov', 'person:blinken']);
    expect(ids({ sort: 'confidence', descending: false })).toEqual(['person:blinken', 'person:lavrov', 'RUS']);
    expect(ids({ sort: 'documents', descending: false })[2]).toBe('RUS');
  });

  it('filters by a name or alias (case and accents forgiven) and by type', () => {
    expect(ids({ text: 'LAVR' })).toEqual(['person:lavrov']);
    expect(ids({ text: 'federation' })).toEqual(['RUS']);
    expect(ids({ type: 'person' })).toEqual(['person:blinken', 'person:lavrov']);
  });

  it('counts documents and links', () => {
    expect(rows.find((r) => r.id === 'RUS')).toMatchObject({ documents: 2, degree: 1, confidence: 1 });
    expect(rows.find((r) => r.id === 'person:blinken')!.confidence).toBeUndefined();
  });
});

describe('#visibleRange', () => {
  it('draws the rows in sight and a margin, never past the ends', () => {
    expect(visibleRange(0, 300, 30, 30_000)).toEqual({ start: 0, end: 18 });
    expect(visibleRange(3000, 300, 30, 30_000)).toEqual({ start: 92, end: 118 });
    expect(visibleRange(0, 300, 30, 5)).toEqual({ start: 0, end: 5 });
  });
});

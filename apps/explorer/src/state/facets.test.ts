import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '@entente/core';
import { docFilterActive, docFilterKey, documentFacets, documentYear, liveCounts, parseDocFilter, selectDocuments, withFacet, writeDocFilter, NO_DOC_FILTER } from './facets.js';

const docs: DocumentInfo[] = [
  { id: 'USA_40_1985', meta: { country: 'USA', session: 40, year: 1985 } },
  { id: 'RUS_40_1985', meta: { country: 'RUS', session: 40, year: 1985 } },
  { id: 'USA_45_1990', meta: { country: 'USA', session: 45, year: 1990 } },
  { id: 'news', date: '2024-09-24', source: 'rt.com', title: 'A report' },
  { id: 'undated', source: 'tass.ru' },
];

describe('#documentYear', () => {
  it('reads meta.year, else the leading year of the date', () => {
    expect(docs.map(documentYear)).toEqual([1985, 1985, 1990, 2024, undefined]);
    expect(documentYear({ id: 'x', meta: { year: '1979' } })).toBe(1979);
    expect(documentYear({ id: 'x', date: 'sometime in 1979' })).toBeUndefined();
  });
});

describe('#documentFacets', () => {
  it('offers the year range and fields of few values; numbers in numeric order, text by count', () => {
    const f = documentFacets(docs);
    expect(f.years).toMatchObject({ min: 1985, max: 2024 });
    expect(f.years!.counts.get(1985)).toBe(2);
    expect(f.fields.map((x) => x.key)).toEqual(['country', 'session', 'source']);
    expect(f.fields[0]!.values).toEqual([{ value: 'USA', count: 2 }, { value: 'RUS', count: 1 }]);
    expect(f.fields[1]!.values.map((v) => v.value)).toEqual(['40', '45']);
  });

  it('leaves out fields with one value or too many, and fields that name a document', () => {
    const many = Array.from({ length: 300 }, (_, i): DocumentInfo => ({ id: `d${i}`, title: `T${i % 2}`, meta: { code: `c${i}`, lang: 'en', kind: i % 2 ? 'a' : 'b' } }));
    expect(documentFacets(many).fields.map((x) => x.key)).toEqual(['kind']);
    expect(documentFacets(many).years).toBeNull();
  });
});

describe('#selectDocuments', () => {
  it('keeps the documents in the year range and with one of the chosen values of each field', () => {
    expect([...selectDocuments(docs, { years: [1980, 1989], facets: {} })]).toEqual(['USA_40_1985', 'RUS_40_1985']);
    expect([...selectDocuments(docs, { years: [1980, 1995], facets: { country: ['USA'] } })]).toEqual(['USA_40_1985', 'USA_45_1990']);
    expect([...selectDocuments(docs, withFacet(NO_DOC_FILTER, 'source', ['rt.com', 'tass.ru']))]).toEqual(['news', 'undated']);
    expect(selectDocuments(docs, NO_DOC_FILTER).size).toBe(docs.length);
  });

  it('knows when a filter leaves nothing out, and keys filters by what they select', () => {
    expect(docFilterActive(NO_DOC_FILTER)).toBe(false);
    expect(docFilterActive(withFacet(NO_DOC_FILTER, 'country', []))).toBe(false);
    expect(docFilterKey({ years: null, facets: { a: ['y', 'x'], b: [] } })).toBe(docFilterKey({ years: null, facets: { a: ['x', 'y'] } }));
  });
});

describe('#liveCounts', () => {
  it('counts each choice under the other conditions: years under the facets, a field under the years and other fields', () => {
    const facets = documentFacets(docs);
    const live = liveCounts(docs, { years: [1980, 1989], facets: { country: ['USA'] } }, facets);
    expect([...live.years]).toEqual([[1985, 1], [1990, 1]]);
    expect(Object.fromEntries(live.fields.get('country')!)).toEqual({ USA: 1, RUS: 1 });
    expect(Object.fromEntries(live.fields.get('session')!)).toEqual({ 40: 1 });
    expect(live.fields.get('source')!.size).toBe(0);
  });

  it('counts everything without a filter', () => {
    const live = liveCounts(docs, NO_DOC_FILTER, documentFacets(docs));
    expect(Object.fromEntries(live.fields.get('country')!)).toEqual({ USA: 2, RUS: 1 });
    expect(live.years.get(2024)).toBe(1);
  });
});

describe('#parseDocFilter / #writeDocFilter', () => {
  it('round-trips years and facet values, including values with commas and ampersands', () => {
    const filter = { years: [1980, 1989] as [number, number], facets: { country: ['USA', 'A, B & C'], session: ['40'] } };
    const p = new URLSearchParams('graph=g.json&facet.old=x');
    writeDocFilter(p, filter);
    expect(p.get('graph')).toBe('g.json');
    expect(p.has('facet.old')).toBe(false);
    expect(parseDocFilter(new URLSearchParams(p.toString()))).toEqual(filter);
  });

  it('ignores malformed values', () => {
    expect(parseDocFilter(new URLSearchParams('years=1980&facet.=x&facet.country='))).toEqual({ years: null, facets: {} });
    expect(parseDocFilter(new URLSearchParams('years=1989-1980')).years).toEqual([1980, 1989]);
  });
});

/**
 * Facets of the graph's documents: a year range (the document's `date`, or `meta.year`) and filters on metadata
 * fields with few distinct values (`source`, and the JSONL's own fields such as `country` and `session`). Pure: it
 * turns the graph's document list and a `DocFilter` into the set of documents to count the graph within (core's
 * `subsetGraph` does the counting), and reads and writes the filter in the URL.
 */
import type { DocumentInfo } from '@entente/core';

/** Which documents are selected; `years` null and no facet values mean every document. */
export interface DocFilter {
  /** Inclusive year range. */
  years: [number, number] | null;
  /** Field → the values kept (a document matches when its value is one of them). Fields not listed keep all. */
  facets: Record<string, string[]>;
}

export const NO_DOC_FILTER: Readonly<DocFilter> = Object.freeze({ years: null, facets: Object.freeze({}) as Record<string, string[]> });

export interface FacetValue {
  value: string;
  count: number;
}

export interface FacetField {
  key: string;
  /** Distinct values, most documents first (numbers in numeric order). */
  values: FacetValue[];
}

export interface DocumentFacets {
  total: number;
  /** Documents per year; null when fewer than two distinct years are known. */
  years: { min: number; max: number; counts: Map<number, number> } | null;
  fields: FacetField[];
}

/** More distinct values than this and a field is not offered as a facet (a list of ~200 countries still is). */
export const MAX_FACET_VALUES = 250;
/** Fields that name or describe one document rather than group documents. */
const NOT_FACETS = new Set(['id', 'title', 'text', 'url', 'year', 'date', 'name', 'file', 'path']);

/** A document's year: `meta.year` when it is one, else the leading four digits of `date` ("1985", "1985-09-24"). */
export function documentYear(doc: DocumentInfo): number | undefined {
  const y = doc.meta?.year;
  if (typeof y === 'number' && Number.isInteger(y)) return y;
  if (typeof y === 'string' && /^-?\d{1,4}$/.test(y.trim())) return Number(y);
  const m = typeof doc.date === 'string' ? /^(\d{4})(?:\b|-)/.exec(doc.date.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

/** The value of a facet field on a document, as text; undefined when it has none. */
export function facetValue(doc: DocumentInfo, key: string): string | undefined {
  const v = key === 'source' ? doc.source : doc.meta?.[key];
  return v === undefined || v === null || v === '' ? undefined : String(v);
}

/** The year range and the facet fields the documents offer. */
export function documentFacets(docs: readonly DocumentInfo[]): DocumentFacets {
  const years = new Map<number, number>();
  const fields = new Map<string, Map<string, number>>();
  const numeric = new Map<string, boolean>();
  for (const d of docs) {
    const y = documentYear(d);
    if (y !== undefined) years.set(y, (years.get(y) ?? 0) + 1);
    const keys = [...(d.source !== undefined ? ['source'] : []), ...Object.keys(d.meta ?? {})];
    for (const key of keys) {
      if (NOT_FACETS.has(key)) continue;
      const raw = key === 'source' ? d.source : d.meta?.[key];
      const value = facetValue(d, key);
      if (value === undefined) continue;
      let counts = fields.get(key);
      if (!counts) fields.set(key, (counts = new Map()));
      // Stop counting a field once it has too many values: it is dropped below anyway.
      if (counts.size > MAX_FACET_VALUES) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      numeric.set(key, (numeric.get(key) ?? true) && typeof raw === 'number');
    }
  }
  const out: FacetField[] = [];
  for (const [key, counts] of [...fields].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (counts.size < 2 || counts.size > MAX_FACET_VALUES) continue;
    const values = [...counts].map(([value, count]) => ({ value, count }));
    values.sort(numeric.get(key) ? (a, b) => Number(a.value) - Number(b.value) : (a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    out.push({ key, values });
  }
  const known = [...years.keys()];
  return {
    total: docs.length,
    years: years.size >= 2 ? { min: Math.min(...known), max: Math.max(...known), counts: years } : null,
    fields: out,
  };
}

/** Whether the filter leaves out anything at all. */
export function docFilterActive(filter: DocFilter): boolean {
  return filter.years !== null || Object.values(filter.facets).some((v) => v.length > 0);
}

/** A string that changes exactly when the selection of documents may change. */
export function docFilterKey(filter: DocFilter): string {
  const facets = Object.entries(filter.facets).filter(([, v]) => v.length > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([filter.years, facets.map(([k, v]) => [k, [...v].sort()])]);
}

/** The ids of the documents the filter keeps. A document without a year is left out by a year range. */
export function selectDocuments(docs: readonly DocumentInfo[], filter: DocFilter): Set<string> {
  const wanted = Object.entries(filter.facets)
    .filter(([, v]) => v.length > 0)
    .map(([key, values]) => [key, new Set(values)] as const);
  const keep = new Set<string>();
  for (const d of docs) {
    if (filter.years) {
      const y = documentYear(d);
      if (y === undefined || y < filter.years[0] || y > filter.years[1]) continue;
    }
    if (wanted.every(([key, values]) => values.has(facetValue(d, key) ?? ''))) keep.add(d.id);
  }
  return keep;
}

/** Documents per year and per facet value, each counted under the filter's other conditions (not its own). */
export interface LiveCounts {
  years: Map<number, number>;
  fields: Map<string, Map<string, number>>;
}

/**
 * What each choice would give now: a year's bar counts the documents the facets keep, a country's count the documents
 * the years and the other facets keep. One pass over the documents.
 */
export function liveCounts(docs: readonly DocumentInfo[], filter: DocFilter, facets: DocumentFacets): LiveCounts {
  const active = Object.entries(filter.facets)
    .filter(([, v]) => v.length > 0)
    .map(([key, values]) => [key, new Set(values)] as const);
  const years = new Map<number, number>();
  const fields = new Map(facets.fields.map((f) => [f.key, new Map<string, number>()]));
  for (const d of docs) {
    const y = documentYear(d);
    const inYears = !filter.years || (y !== undefined && y >= filter.years[0] && y <= filter.years[1]);
    let failed = 0;
    let failedKey = '';
    for (const [key, values] of active) {
      if (!values.has(facetValue(d, key) ?? '')) {
        failed += 1;
        failedKey = key;
      }
    }
    if (failed === 0 && y !== undefined) years.set(y, (years.get(y) ?? 0) + 1);
    if (!inYears || failed > 1) continue;
    for (const [key, counts] of fields) {
      // A field's own condition does not count against its values; any other failed one does.
      if (failed === 1 && failedKey !== key) continue;
      const v = facetValue(d, key);
      if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return { years, fields };
}

/** A new filter with `values` kept for `key` (none: the field no longer filters). */
export function withFacet(filter: DocFilter, key: string, values: string[]): DocFilter {
  const facets = { ...filter.facets };
  if (values.length) facets[key] = values;
  else delete facets[key];
  return { ...filter, facets };
}

const YEARS = 'years';
const FACET = 'facet.';

/** The filter in the URL: `years=1980-1989` and one `facet.<field>=<value>` per value kept. Forgiving, like the rest. */
export function parseDocFilter(p: URLSearchParams): DocFilter {
  let years: DocFilter['years'] = null;
  const m = /^(-?\d{1,4})-(-?\d{1,4})$/.exec(p.get(YEARS)?.trim() ?? '');
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    years = a <= b ? [a, b] : [b, a];
  }
  const facets: Record<string, string[]> = {};
  for (const key of new Set([...p.keys()])) {
    if (!key.startsWith(FACET) || key.length === FACET.length) continue;
    const values = [...new Set(p.getAll(key).filter((v) => v !== ''))];
    if (values.length) facets[key.slice(FACET.length)] = values;
  }
  return { years, facets };
}

/** Write the filter into `p`, replacing what was there. */
export function writeDocFilter(p: URLSearchParams, filter: DocFilter): void {
  p.delete(YEARS);
  for (const key of [...p.keys()]) if (key.startsWith(FACET)) p.delete(key);
  if (filter.years) p.set(YEARS, `${filter.years[0]}-${filter.years[1]}`);
  for (const [key, values] of Object.entries(filter.facets).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const v of values) p.append(`${FACET}${key}`, v);
  }
}

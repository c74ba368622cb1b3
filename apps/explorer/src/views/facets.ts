/**
 * The document filters: a year range (two sliders) and one list of values per metadata field with few of them
 * (state/facets.ts), each with a box to narrow a long list (≈200 countries). The graph is counted again within the
 * chosen documents, so sliders report on release ('change'), not on every step. Hidden when the graph lists no
 * documents with metadata. Only reports; the app recounts.
 */
import type { DocumentInfo } from '@entente/core';
import { NO_DOC_FILTER, docFilterKey, liveCounts, withFacet, type DocFilter, type DocumentFacets, type FacetField } from '../state/facets.js';
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import { h, replaceChildren } from './dom.js';

const FIELD_NAMES: Record<string, string> = { country: 'Country', source: 'Source', session: 'Session' };

export class FacetsView {
  private facets: DocumentFacets | null = null;
  private filter: DocFilter = NO_DOC_FILTER;
  private from: HTMLInputElement | undefined;
  private to: HTMLInputElement | undefined;
  private yearsOut: HTMLOutputElement | undefined;
  private decade: HTMLSelectElement | undefined;
  private bars: Array<{ year: number; bar: HTMLElement }> = [];
  private readonly fields = new Map<string, { boxes: Map<string, HTMLInputElement>; counts: Map<string, HTMLElement>; chosen: HTMLElement }>();
  /** The filter the counts and bars were last drawn for. */
  private countedFor = '';
  private readonly summary: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly onChange: (filter: DocFilter) => void,
    private readonly bag: Disposables,
    private readonly registry: ResourceRegistry,
  ) {
    this.summary = h('p', { class: 'summary', id: 'docs-summary', 'aria-live': 'polite' });
    root.hidden = true;
  }

  update(facets: DocumentFacets | null, docs: readonly DocumentInfo[], filter: DocFilter, shownDocs: number): void {
    if (facets !== this.facets) this.render(facets);
    this.filter = filter;
    if (!facets) return;
    const key = docFilterKey(filter);
    if (key !== this.countedFor) {
      this.countedFor = key;
      this.drawCounts(liveCounts(docs, filter, facets));
    }
    const years = facets.years;
    if (years && this.from && this.to && this.yearsOut) {
      const [a, b] = filter.years ?? [years.min, years.max];
      this.from.value = String(Math.max(years.min, a));
      this.to.value = String(Math.min(years.max, b));
      this.yearsOut.textContent = a === b ? String(a) : `${a}–${b}`;
      for (const { year, bar } of this.bars) bar.classList.toggle('in', year >= a && year <= b);
      if (this.decade) this.decade.value = filter.years && filter.years[0] % 10 === 0 && filter.years[1] === filter.years[0] + 9 ? String(filter.years[0]) : '';
    }
    for (const [key, { boxes, chosen }] of this.fields) {
      const kept = new Set(filter.facets[key] ?? []);
      for (const [value, box] of boxes) box.checked = kept.has(value);
      chosen.textContent = kept.size ? ` (${kept.size})` : '';
    }
    this.summary.textContent = `Counting within ${shownDocs.toLocaleString('en')} of ${facets.total.toLocaleString('en')} documents.`;
  }

  private render(facets: DocumentFacets | null): void {
    this.facets = facets;
    this.fields.clear();
    this.from = this.to = this.yearsOut = this.decade = undefined;
    this.countedFor = '';
    this.bars = [];
    const usable = !!facets && (facets.years !== null || facets.fields.length > 0);
    this.root.hidden = !usable;
    if (!facets || !usable) {
      replaceChildren(this.root);
      return;
    }
    const parts: HTMLElement[] = [];
    if (facets.years) parts.push(this.yearRange(facets.years.min, facets.years.max, facets.years.counts));
    for (const field of facets.fields) parts.push(this.field(field));
    const reset = h('button', { type: 'button', id: 'reset-documents' }, 'All documents');
    this.bag.listen(this.registry, reset, 'click', () => this.onChange(NO_DOC_FILTER));
    replaceChildren(this.root, h('fieldset', {}, h('legend', {}, 'Documents'), ...parts, reset, this.summary));
  }

  private yearRange(min: number, max: number, counts: Map<number, number>): HTMLElement {
    const from = h('input', { type: 'range', id: 'year-from', min, max, step: 1, value: min, 'aria-label': 'From year' });
    const to = h('input', { type: 'range', id: 'year-to', min, max, step: 1, value: max, 'aria-label': 'To year' });
    const out = h('output', { id: 'year-range-value', for: 'year-from year-to' }, `${min}–${max}`);
    const current = (): [number, number] => {
      const a = Number(from.value);
      const b = Number(to.value);
      return a <= b ? [a, b] : [b, a];
    };
    const show = () => {
      const [a, b] = current();
      out.textContent = a === b ? String(a) : `${a}–${b}`;
    };
    const commit = () => {
      const [a, b] = current();
      this.onChange({ ...this.filter, years: a === min && b === max ? null : [a, b] });
    };
    for (const input of [from, to]) {
      this.bag.listen(this.registry, input, 'input', show);
      this.bag.listen(this.registry, input, 'change', commit);
    }
    this.from = from;
    this.to = to;
    this.yearsOut = out;
    // Documents per year, as bars over the sliders; heights are drawn by drawCounts.
    const histogram = h('div', { class: 'histogram', 'aria-hidden': 'true' });
    for (let year = min; year <= max; year++) {
      const bar = h('span', { class: 'in' });
      histogram.appendChild(bar);
      this.bars.push({ year, bar });
    }
    this.drawBars(counts);
    // A decade in one choice: "who was linked to whom in the 1980s".
    const decades: number[] = [];
    for (let d = Math.floor(min / 10) * 10; d <= max; d += 10) decades.push(d);
    const decade = h('select', { id: 'year-decade', 'aria-label': 'Decade' }, h('option', { value: '' }, 'Any decade'), ...decades.map((d) => h('option', { value: String(d) }, `${d}s`)));
    this.bag.listen(this.registry, decade, 'change', () => {
      const d = Number(decade.value);
      this.onChange({ ...this.filter, years: decade.value === '' ? null : [d, d + 9] });
    });
    this.decade = decade;
    return h(
      'div',
      { class: 'field years' },
      h('div', { class: 'years-head' }, h('span', { class: 'field-label' }, 'Years '), out, decades.length > 1 ? decade : null),
      histogram,
      h('label', { class: 'range-row' }, h('span', {}, 'from'), from),
      h('label', { class: 'range-row' }, h('span', {}, 'to'), to),
    );
  }

  /** Counts under the current filter: each value's documents, and the bars of the years. */
  private drawCounts(live: ReturnType<typeof liveCounts>): void {
    this.drawBars(live.years);
    for (const [key, { counts }] of this.fields) {
      const now = live.fields.get(key);
      for (const [value, span] of counts) span.textContent = String(now?.get(value) ?? 0);
    }
  }

  /** Bar heights relative to the busiest year shown, through the CSSOM (which the CSP allows). */
  private drawBars(counts: Map<number, number>): void {
    const peak = Math.max(1, ...counts.values());
    for (const { year, bar } of this.bars) {
      const n = counts.get(year) ?? 0;
      bar.style.setProperty('--h', `${Math.round((n / peak) * 100)}%`);
      bar.title = `${year}: ${n} document${n === 1 ? '' : 's'}`;
    }
  }

  private field(field: FacetField): HTMLElement {
    const boxes = new Map<string, HTMLInputElement>();
    const counts = new Map<string, HTMLElement>();
    const items = field.values.map(({ value, count }, i) => {
      const id = `facet-${field.key}-${i}`;
      const box = h('input', { type: 'checkbox', id, 'data-value': value });
      boxes.set(value, box);
      this.bag.listen(this.registry, box, 'change', () => {
        const kept = new Set(this.filter.facets[field.key] ?? []);
        if (box.checked) kept.add(value);
        else kept.delete(value);
        this.onChange(withFacet(this.filter, field.key, field.values.map((v) => v.value).filter((v) => kept.has(v))));
      });
      const span = h('span', { class: 'count', title: 'Documents with this value among those the other filters keep' }, String(count));
      counts.set(value, span);
      return h('li', { 'data-value': value.toLowerCase() }, h('label', { for: id }, box, value, span));
    });
    const list = h('ul', { class: 'legend facet-values' }, ...items);
    const chosen = h('span', { class: 'chosen' });
    this.fields.set(field.key, { boxes, counts, chosen });
    const name = FIELD_NAMES[field.key] ?? field.key;
    const parts: HTMLElement[] = [];
    if (field.values.length > 8) {
      const narrow = h('input', { type: 'search', class: 'facet-search', placeholder: `Find a ${name.toLowerCase()}`, 'aria-label': `Find a ${name.toLowerCase()} value` });
      this.bag.listen(this.registry, narrow, 'input', () => {
        const q = narrow.value.trim().toLowerCase();
        for (const li of items) li.hidden = q !== '' && !(li.dataset.value ?? '').includes(q);
      });
      parts.push(narrow);
    }
    const clear = h('button', { type: 'button', class: 'facet-clear' }, 'Any');
    this.bag.listen(this.registry, clear, 'click', () => this.onChange(withFacet(this.filter, field.key, [])));
    return h('details', { class: 'facet', id: `facet-${field.key}` }, h('summary', {}, name, chosen), ...parts, list, clear);
  }
}

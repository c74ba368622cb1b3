import { describe, expect, it } from 'vitest';
import { defaultFilters } from './filters.js';
import { DEFAULT_VIEW, edgeSelection, parseViewState, serializeViewState, type ViewState } from './url-state.js';

describe('#serializeViewState / #parseViewState', () => {
  it('round-trips every field', () => {
    const view: ViewState = {
      selection: { kind: 'node', id: 'person:sergey-lavrov' },
      filters: { types: ['person', 'treaty'], neighbours: true, minWeight: 3, egoDepth: 2, hideIsolated: true, hideDoubtful: true, topNodes: 500 },
      sizeMetric: 'pagerank',
      colorBy: 'community',
      docs: { years: [1980, 1989], facets: { country: ['USA', 'RUS'] } },
    };
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });

  it('round-trips an edge whose ids hold separators', () => {
    const view: ViewState = { ...DEFAULT_VIEW, filters: defaultFilters(), selection: edgeSelection('b,~|"x', 'a&b=c') };
    const parsed = parseViewState(serializeViewState(view));
    expect(parsed.selection).toEqual({ kind: 'edge', source: 'a&b=c', target: 'b,~|"x' });
  });

  it('writes nothing for the defaults and keeps foreign parameters', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, filters: defaultFilters() })).toBe('');
    const text = serializeViewState({ ...DEFAULT_VIEW, filters: defaultFilters(), sizeMetric: 'degree' }, '?graph=big.json&node=old');
    expect(new URLSearchParams(text).get('graph')).toBe('big.json');
    expect(new URLSearchParams(text).has('node')).toBe(false);
    expect(new URLSearchParams(text).get('size')).toBe('degree');
  });

  it('drops the parameters of filters switched off (doubtful, neighbours, years)', () => {
    const text = serializeViewState({ ...DEFAULT_VIEW, filters: defaultFilters() }, '?doubtful=hide&neighbours=show&years=1980-1989&facet.country=USA');
    expect(text).toBe('');
  });

  it('falls back to defaults on malformed values', () => {
    const v = parseViewState('?types=person,alien&minWeight=-4&ego=7&size=huge&color=red&edge=notjson');
    expect(v.filters.types).toEqual(['person']);
    expect(v.filters.minWeight).toBe(1);
    expect(v.filters.egoDepth).toBe(0);
    expect(v.sizeMetric).toBe('mentions');
    expect(v.colorBy).toBe('type');
    expect(v.selection).toBeNull();
  });

  it('keeps an empty type list (everything unticked) distinct from the default', () => {
    const view: ViewState = { ...DEFAULT_VIEW, filters: { ...defaultFilters(), types: [] } };
    expect(parseViewState(serializeViewState(view)).filters.types).toEqual([]);
  });
});

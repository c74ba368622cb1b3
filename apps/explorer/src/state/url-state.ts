/**
 * The view state that lives in the URL (selection, filters, size metric, colouring), so a link reopens the same view.
 * Parsing is forgiving — an unknown or malformed value falls back to the default — because URLs are user input.
 * Parameters the explorer does not own (e.g. `graph`) are kept as they are.
 */
import { ENTITY_TYPES, type EntityType } from '@entente/core';
import { DEFAULT_FILTERS } from './filters.js';
import { NO_DOC_FILTER, parseDocFilter, writeDocFilter, type DocFilter } from './facets.js';
import { COLOR_BY_IDS, SIZE_METRIC_IDS, type ColorBy, type EgoDepth, type FilterState, type Selection, type SizeMetric } from './types.js';

export interface ViewState {
  selection: Selection;
  filters: FilterState;
  sizeMetric: SizeMetric;
  colorBy: ColorBy;
  /** Which documents the graph is counted within (state/facets.ts). */
  docs: DocFilter;
}

export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
  selection: null,
  filters: DEFAULT_FILTERS,
  sizeMetric: 'mentions' as SizeMetric,
  colorBy: 'type' as ColorBy,
  docs: NO_DOC_FILTER,
});

/** The parameters this module owns; everything else in the query string is left alone. */
const OWN = ['node', 'edge', 'types', 'neighbours', 'minWeight', 'ego', 'isolated', 'doubtful', 'top', 'size', 'color'] as const;

export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const filters: FilterState = { ...DEFAULT_FILTERS, types: [...DEFAULT_FILTERS.types] };

  const types = p.get('types');
  if (types !== null) {
    const wanted = new Set(types.split(',').map((t) => t.trim()));
    filters.types = ENTITY_TYPES.filter((t) => wanted.has(t));
  }
  if (p.get('neighbours') === 'show') filters.neighbours = true;
  const minWeight = Number(p.get('minWeight'));
  if (p.has('minWeight') && Number.isFinite(minWeight) && minWeight >= 1) filters.minWeight = Math.floor(minWeight);
  const ego = p.get('ego');
  if (ego === '1' || ego === '2') filters.egoDepth = Number(ego) as EgoDepth;
  if (p.get('isolated') === 'hide') filters.hideIsolated = true;
  if (p.get('doubtful') === 'hide') filters.hideDoubtful = true;
  const top = Number(p.get('top'));
  if (p.has('top') && Number.isFinite(top) && top >= 1) filters.topNodes = Math.floor(top);

  let selection: Selection = null;
  const node = p.get('node');
  const edge = p.get('edge');
  if (node) selection = { kind: 'node', id: node };
  else if (edge) {
    // Ids may contain any character, including "~", so the two ids travel as a JSON pair.
    const pair = safeJson(edge);
    if (Array.isArray(pair) && pair.length === 2 && pair.every((x) => typeof x === 'string')) {
      selection = edgeSelection(pair[0] as string, pair[1] as string);
    }
  }

  const size = p.get('size') as SizeMetric | null;
  const color = p.get('color') as ColorBy | null;
  return {
    selection,
    filters,
    sizeMetric: size && SIZE_METRIC_IDS.includes(size) ? size : DEFAULT_VIEW.sizeMetric,
    colorBy: color && COLOR_BY_IDS.includes(color) ? color : DEFAULT_VIEW.colorBy,
    docs: parseDocFilter(p),
  };
}

/** The query string for `view`, keeping foreign parameters of `search`; defaults are left out to keep links short. */
export function serializeViewState(view: ViewState, search = ''): string {
  const p = new URLSearchParams(search);
  for (const key of OWN) p.delete(key);
  const sel = view.selection;
  if (sel?.kind === 'node') p.set('node', sel.id);
  if (sel?.kind === 'edge') p.set('edge', JSON.stringify([sel.source, sel.target]));
  const f = view.filters;
  if (!sameTypes(f.types, ENTITY_TYPES)) p.set('types', f.types.join(','));
  if (f.neighbours) p.set('neighbours', 'show');
  if (f.minWeight > 1) p.set('minWeight', String(f.minWeight));
  if (f.egoDepth > 0) p.set('ego', String(f.egoDepth));
  if (f.hideIsolated) p.set('isolated', 'hide');
  if (f.hideDoubtful) p.set('doubtful', 'hide');
  if (f.topNodes > 0) p.set('top', String(f.topNodes));
  if (view.sizeMetric !== DEFAULT_VIEW.sizeMetric) p.set('size', view.sizeMetric);
  if (view.colorBy !== DEFAULT_VIEW.colorBy) p.set('color', view.colorBy);
  writeDocFilter(p, view.docs);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether the URL chose the thresholds a big graph would otherwise open with (`top`, `minWeight`): then they are the
 * user's, and no default replaces them.
 */
export function choosesThresholds(search: string): boolean {
  const p = new URLSearchParams(search);
  return p.has('top') || p.has('minWeight');
}

/** An edge selection with its endpoints in canonical (sorted) order. */
export function edgeSelection(a: string, b: string): Selection {
  return a <= b ? { kind: 'edge', source: a, target: b } : { kind: 'edge', source: b, target: a };
}

function sameTypes(a: readonly EntityType[], b: readonly EntityType[]): boolean {
  return a.length === b.length && a.every((t, i) => b[i] === t);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

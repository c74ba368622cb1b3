/**
 * The entity table: every entity with its type, mentions, documents, links and confidence; filter by name and type,
 * sort by any column, select a row to select the entity in the graph (and the other way round), and hide or merge
 * from a row. Virtualised: only the rows in sight (plus a margin) are in the DOM, so 30k entities scroll smoothly.
 */
import { ENTITY_TYPES, type EntityType } from '@entente/core';
import { DEFAULT_TABLE_QUERY, SORT_COLUMNS, queryRows, tableRows, visibleRange, type EntityRow, type SortColumn, type TableQuery } from '../state/entity-table.js';
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import type { EntenteGraph } from '../state/types.js';
import { h, replaceChildren } from './dom.js';

export interface TableActions {
  select(id: string): void;
  hide(id: string): void;
  mergeIntoSelected(id: string): void;
  close(): void;
}

/** Pixels per row; fixed, so the scroll position alone says which rows are in sight. */
const ROW_HEIGHT = 30;
const HEADINGS: Record<SortColumn, string> = { label: 'Entity', type: 'Type', mentions: 'Mentions', documents: 'Docs', degree: 'Links', confidence: 'Conf.' };
const TITLES: Record<SortColumn, string> = { label: 'Sort by label', type: 'Sort by type', mentions: 'Sort by mentions', documents: 'Sort by the number of documents', degree: 'Sort by the number of links', confidence: 'Sort by confidence (0–1)' };

export class EntityTableView {
  private rows: EntityRow[] = [];
  private shown: EntityRow[] = [];
  private query: TableQuery = { ...DEFAULT_TABLE_QUERY };
  private selected: string | null = null;
  private readonly filter: HTMLInputElement;
  private readonly typeSelect: HTMLSelectElement;
  private readonly count: HTMLElement;
  private readonly head: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly body: HTMLElement;
  private readonly grid: HTMLElement;

  constructor(private readonly root: HTMLElement, private readonly actions: TableActions, bag: Disposables, registry: ResourceRegistry) {
    this.filter = h('input', { type: 'search', id: 'table-filter', placeholder: 'Filter by name or alias', 'aria-label': 'Filter entities by name or alias', autocomplete: 'off', spellcheck: 'false' });
    this.typeSelect = h('select', { id: 'table-type', 'aria-label': 'Filter entities by type' }, h('option', { value: '' }, 'All types'), ...ENTITY_TYPES.map((t) => h('option', { value: t }, t)));
    this.count = h('span', { class: 'table-count', 'aria-live': 'polite' });
    const close = h('button', { type: 'button', class: 'panel-close', 'aria-label': 'Close the entity table' }, '×');
    this.head = h('div', { class: 'table-row table-head', role: 'row' });
    this.body = h('div', { class: 'table-rows', role: 'rowgroup' });
    this.spacer = h('div', { class: 'table-spacer' }, this.body);
    this.scroller = h('div', { class: 'table-scroll', tabindex: '-1' }, this.spacer);
    bag.listen(registry, this.filter, 'input', () => this.setQuery({ text: this.filter.value }));
    bag.listen(registry, this.typeSelect, 'change', () => this.setQuery({ type: this.typeSelect.value as EntityType | '' }));
    bag.listen(registry, this.scroller, 'scroll', () => this.renderRows());
    bag.listen(registry, close, 'click', () => actions.close());
    bag.listen<KeyboardEvent>(registry, root, 'keydown', (e) => {
      if (e.key === 'Escape') actions.close();
    });
    bag.listen<MouseEvent>(registry, this.head, 'click', (e) => {
      const column = (e.target as Element).closest('[data-sort]')?.getAttribute('data-sort') as SortColumn | null;
      if (!column) return;
      // A second click on the sorted column turns the order round; a new column starts with its natural order.
      this.setQuery(column === this.query.sort ? { descending: !this.query.descending } : { sort: column, descending: column !== 'label' && column !== 'type' });
    });
    bag.listen<MouseEvent>(registry, this.body, 'click', (e) => {
      const target = e.target as Element;
      const row = target.closest('[data-id]');
      const id = row?.getAttribute('data-id');
      if (!id) return;
      const action = target.closest('[data-action]')?.getAttribute('data-action');
      if (action === 'hide') actions.hide(id);
      else if (action === 'merge') actions.mergeIntoSelected(id);
      else actions.select(id);
    });
    this.grid = h('div', { class: 'table', role: 'table', 'aria-label': 'Entities', id: 'entity-table-grid' }, h('div', { role: 'rowgroup' }, this.head), this.scroller);
    root.setAttribute('role', 'region');
    root.setAttribute('aria-label', 'Entity table');
    replaceChildren(
      root,
      h('div', { class: 'table-tools' }, h('h2', {}, 'Entities'), this.filter, this.typeSelect, this.count, close),
      this.grid,
    );
    this.renderHead();
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  setOpen(open: boolean): void {
    this.root.hidden = !open;
    if (open) {
      if (this.pending) this.setGraph(this.pending.graph);
      this.renderRows();
      this.filter.focus({ preventScroll: true });
    }
  }

  /**
   * The rows of `graph`. While the table is closed they wait until it opens: on the full UNGDC graph they take a
   * quarter of a second, which every correction would otherwise pay.
   */
  setGraph(graph: EntenteGraph | undefined): void {
    if (!this.isOpen && graph) {
      this.pending = { graph };
      return;
    }
    this.pending = undefined;
    this.rows = graph ? tableRows(graph) : [];
    this.refresh();
  }
  private pending: { graph: EntenteGraph } | undefined;

  /** The graph's selection: highlighted, and scrolled into sight when it is among the rows. */
  setSelection(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    const at = id === null ? -1 : this.shown.findIndex((r) => r.id === id);
    if (at >= 0 && this.isOpen) {
      const top = at * ROW_HEIGHT;
      if (top < this.scroller.scrollTop || top + ROW_HEIGHT > this.scroller.scrollTop + this.scroller.clientHeight) this.scroller.scrollTop = Math.max(0, top - this.scroller.clientHeight / 2);
    }
    this.renderRows();
  }

  private setQuery(change: Partial<TableQuery>): void {
    this.query = { ...this.query, ...change };
    this.renderHead();
    this.refresh();
    this.scroller.scrollTop = 0;
  }

  private refresh(): void {
    this.shown = queryRows(this.rows, this.query);
    this.count.textContent = `${this.shown.length.toLocaleString('en')} of ${this.rows.length.toLocaleString('en')}`;
    this.spacer.style.height = `${this.shown.length * ROW_HEIGHT}px`;
    this.grid.setAttribute('aria-rowcount', String(this.shown.length + 1));
    this.renderRows();
  }

  private renderHead(): void {
    replaceChildren(
      this.head,
      ...SORT_COLUMNS.map((c) => {
        const sorted = this.query.sort === c;
        return h(
          'div',
          { role: 'columnheader', class: `cell cell-${c}`, 'aria-sort': sorted ? (this.query.descending ? 'descending' : 'ascending') : 'none' },
          h('button', { type: 'button', class: 'sort', 'data-sort': c, id: `table-sort-${c}`, title: TITLES[c] }, HEADINGS[c], sorted ? (this.query.descending ? ' ▾' : ' ▴') : ''),
        );
      }),
      h('div', { role: 'columnheader', class: 'cell cell-actions' }, h('span', { class: 'visually-hidden' }, 'Actions')),
    );
  }

  private renderRows(): void {
    if (!this.isOpen) return;
    const { start, end } = visibleRange(this.scroller.scrollTop, this.scroller.clientHeight || 400, ROW_HEIGHT, this.shown.length);
    this.body.style.transform = `translateY(${start * ROW_HEIGHT}px)`;
    const canMerge = this.selected !== null;
    replaceChildren(this.body, ...this.shown.slice(start, end).map((r, i) => this.row(r, start + i, canMerge)));
  }

  private row(r: EntityRow, index: number, canMerge: boolean): HTMLElement {
    const isSelected = r.id === this.selected;
    return h(
      'div',
      { class: `table-row${isSelected ? ' selected' : ''}`, role: 'row', 'data-id': r.id, 'aria-rowindex': index + 2, 'aria-selected': isSelected ? 'true' : 'false' },
      h('div', { role: 'cell', class: 'cell cell-label' }, h('button', { type: 'button', class: 'link-button', title: r.id }, h('span', { class: `swatch type-${r.type}`, 'aria-hidden': 'true' }), r.label)),
      h('div', { role: 'cell', class: 'cell cell-type' }, r.type),
      h('div', { role: 'cell', class: 'cell cell-mentions num' }, String(r.mentions)),
      h('div', { role: 'cell', class: 'cell cell-documents num' }, String(r.documents)),
      h('div', { role: 'cell', class: 'cell cell-degree num' }, String(r.degree)),
      h('div', { role: 'cell', class: 'cell cell-confidence num' }, r.confidence === undefined ? '–' : r.confidence.toFixed(2)),
      h(
        'div',
        { role: 'cell', class: 'cell cell-actions' },
        h('button', { type: 'button', class: 'row-action', 'data-action': 'hide', 'aria-label': `Hide ${r.label}` }, 'Hide'),
        canMerge && !isSelected ? h('button', { type: 'button', class: 'row-action', 'data-action': 'merge', 'aria-label': `Merge ${r.label} into the selected entity`, title: 'Merge into the selected entity' }, 'Merge') : null,
      ),
    );
  }
}

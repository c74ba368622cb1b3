/**
 * The search box: an ARIA combobox over labels and aliases. Suggestions update as you type; ↑/↓ move through them,
 * Enter chooses, Escape closes. Choosing focuses the camera on the entity and selects it (the app does both).
 */
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import { searchEntities, type SearchHit, type SearchIndex } from '../state/search.js';
import { h, replaceChildren } from './dom.js';

export class SearchView {
  private index: SearchIndex | (() => SearchIndex) = { entries: [] };
  private hits: SearchHit[] = [];
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly choose: (id: string) => void,
    bag: Disposables,
    registry: ResourceRegistry,
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    list.setAttribute('role', 'listbox');
    bag.listen(registry, input, 'input', () => this.update());
    bag.listen<KeyboardEvent>(registry, input, 'keydown', (e) => this.onKey(e));
    bag.listen(registry, input, 'blur', () => setTimeout(() => this.close(), 150));
    bag.listen(registry, input, 'focus', () => this.update());
    // mousedown would blur the input before the click lands: keep focus, choose on click.
    bag.listen<MouseEvent>(registry, list, 'mousedown', (e) => e.preventDefault());
    bag.listen<MouseEvent>(registry, list, 'click', (e) => {
      const li = (e.target as Element).closest('li[data-index]');
      if (li) this.pick(Number(li.getAttribute('data-index')));
    });
  }

  /** The index, or how to get it when the user first types (it is built lazily). */
  setIndex(index: SearchIndex | (() => SearchIndex)): void {
    this.index = index;
    if (document.activeElement === this.input) this.update();
  }

  private update(): void {
    if (typeof this.index === 'function') this.index = this.index();
    this.hits = searchEntities(this.index, this.input.value, 8);
    this.active = this.hits.length > 0 ? 0 : -1;
    this.render();
  }

  private render(): void {
    const open = this.hits.length > 0 || this.input.value.trim() !== '';
    const items = this.hits.map((hit, i) =>
      h(
        'li',
        { id: `${this.list.id}-${i}`, role: 'option', 'data-index': i, 'aria-selected': i === this.active ? 'true' : 'false', class: 'suggestion' },
        h('span', { class: `swatch type-${hit.type}`, 'aria-hidden': 'true' }),
        h('span', { class: 'suggestion-label' }, hit.label),
        hit.alias ? h('span', { class: 'suggestion-alias' }, ` (${hit.alias})`) : null,
        h('span', { class: 'suggestion-type' }, hit.type),
      ),
    );
    if (open && items.length === 0) items.push(h('li', { class: 'suggestion empty', role: 'option', 'aria-disabled': 'true' }, 'No match'));
    replaceChildren(this.list, ...items);
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.hits.length === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.render();
      this.list.querySelector(`[data-index="${this.active}"]`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.hits.length === 0) this.update();
      if (this.active >= 0) this.pick(this.active);
    } else if (e.key === 'Escape') {
      if (this.list.hidden) this.input.value = '';
      this.close();
    }
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.input.value = hit.label;
    this.close();
    this.choose(hit.id);
  }

  private close(): void {
    this.hits = [];
    this.active = -1;
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

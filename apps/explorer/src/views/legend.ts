/**
 * The legend, which is also the type filter: one checkbox per type with its colour and how many of its entities are
 * shown out of how many (following every filter). When colouring by community, the largest communities are listed.
 */
import { ENTITY_TYPES, type EntityType } from '@entente/core';
import { TYPE_NAMES } from '@entente/core/export';
import type { Visibility } from '../state/filters.js';
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import type { ColorBy, FilterState } from '../state/types.js';
import { h, replaceChildren } from './dom.js';

export interface CommunityLegendItem {
  color: string;
  label: string;
  size: number;
}

export class LegendView {
  private readonly boxes = new Map<EntityType, HTMLInputElement>();
  private readonly counts = new Map<EntityType, HTMLElement>();
  private readonly communities: HTMLElement;

  constructor(root: HTMLElement, onToggle: (type: EntityType, shown: boolean) => void, bag: Disposables, registry: ResourceRegistry) {
    const rows = ENTITY_TYPES.map((type) => {
      const box = h('input', { type: 'checkbox', id: `type-${type}`, checked: true, 'data-type': type });
      const count = h('span', { class: 'count' });
      bag.listen(registry, box, 'change', () => onToggle(type, box.checked));
      this.boxes.set(type, box);
      this.counts.set(type, count);
      return h('li', {}, h('label', { for: `type-${type}` }, box, h('span', { class: `swatch type-${type}`, 'aria-hidden': 'true' }), TYPE_NAMES[type] ?? type, count));
    });
    this.communities = h('div', { class: 'communities', hidden: true });
    replaceChildren(root, h('fieldset', {}, h('legend', {}, 'Types'), h('ul', { class: 'legend' }, ...rows)), this.communities);
  }

  update(filters: FilterState, visibility: Visibility, colorBy: ColorBy, communities: CommunityLegendItem[]): void {
    for (const type of ENTITY_TYPES) {
      this.boxes.get(type)!.checked = filters.types.includes(type);
      const shown = visibility.visibleByType[type];
      const total = visibility.totalByType[type];
      const count = this.counts.get(type)!;
      count.textContent = shown === total ? String(total) : `${shown} / ${total}`;
      count.title = `${shown} of ${total} shown`;
    }
    this.communities.hidden = colorBy !== 'community';
    if (colorBy === 'community') {
      const list = h('ul', { class: 'legend' });
      for (const c of communities) {
        const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = c.color;
        list.appendChild(h('li', {}, swatch, c.label, h('span', { class: 'count' }, String(c.size))));
      }
      replaceChildren(this.communities, h('h3', {}, 'Communities'), list);
    }
  }
}

/**
 * "Correct this entity" in the details panel: hide, rename, retype, and merge into another entity picked by search.
 * Built with the panel (its listeners go with it). Each control only reports the user's choice; the curation
 * controller turns it into a rule.
 */
import { ENTITY_TYPES, type EntityType } from '@entente/core';
import type { NodeDetails } from '../state/details.js';
import type { SearchHit } from '../state/search.js';
import { h, replaceChildren } from './dom.js';

export interface CurateActions {
  hide(id: string): void;
  merge(from: string, into: string): void;
  rename(id: string, label: string): void;
  retype(id: string, type: EntityType): void;
  /** Search over the graph's labels and aliases, for the merge target. */
  suggest(query: string): SearchHit[];
}

export function curateSection(d: NodeDetails, actions: CurateActions): HTMLElement {
  const hide = h('button', { type: 'button', id: 'curate-hide', title: 'Hide this entity and its links (a rule you can undo and download)' }, 'Hide');
  hide.addEventListener('click', () => actions.hide(d.id));

  const name = h('input', { type: 'text', id: 'curate-rename-input', value: d.label, 'aria-label': `New label for ${d.label}`, spellcheck: 'false' });
  const rename = h('button', { type: 'button', id: 'curate-rename' }, 'Rename');
  const doRename = () => {
    const label = name.value.trim();
    if (label && label !== d.label) actions.rename(d.id, label);
  };
  rename.addEventListener('click', doRename);
  name.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') doRename();
  });

  const type = h('select', { id: 'curate-retype-select', 'aria-label': `New type for ${d.label}` }, ...ENTITY_TYPES.map((t) => h('option', { value: t, selected: t === d.type }, t)));
  const retype = h('button', { type: 'button', id: 'curate-retype' }, 'Retype');
  retype.addEventListener('click', () => {
    if (type.value !== d.type) actions.retype(d.id, type.value as EntityType);
  });

  const target = h('input', { type: 'search', id: 'curate-merge-input', placeholder: 'Merge into… (type a name)', 'aria-label': `Merge ${d.label} into another entity`, autocomplete: 'off', spellcheck: 'false' });
  const hits = h('ul', { class: 'merge-suggestions', id: 'curate-merge-suggestions' });
  target.addEventListener('input', () => {
    const found = actions.suggest(target.value).filter((hit) => hit.id !== d.id).slice(0, 6);
    replaceChildren(
      hits,
      ...found.map((hit) => {
        const b = h('button', { type: 'button', class: 'link-button', 'data-id': hit.id, 'aria-label': `Merge ${d.label} into ${hit.label} (${hit.type})` }, h('span', { class: `swatch type-${hit.type}`, 'aria-hidden': 'true' }), hit.label, h('span', { class: 'suggestion-type' }, ` ${hit.type}`));
        b.addEventListener('click', () => actions.merge(d.id, hit.id));
        return h('li', {}, b);
      }),
    );
  });

  // Folded by default: the panel is for reading first; corrections are one click away.
  return h(
    'details',
    { class: 'curate', id: 'curate' },
    h('summary', {}, 'Correct this entity'),
    h('div', { class: 'curate-row' }, hide),
    h('div', { class: 'curate-row' }, name, rename),
    h('div', { class: 'curate-row' }, type, retype),
    h('div', { class: 'curate-row curate-merge' }, target),
    hits,
  );
}

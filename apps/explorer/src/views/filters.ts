/**
 * Filter controls beyond types: whether to show the neighbours of the shown types, minimum link weight (a stepped
 * slider, state/weight-steps.ts, with a number box), the ego network of the selection (depth 1–2) and hiding isolated
 * entities, and how many entities to show (the most mentioned first: big graphs open with a limit). Each change hands
 * a new FilterState to the app; nothing here touches the graph. "Reset filters" asks the app for this graph's defaults.
 */
import { TOP_NODE_CHOICES } from '../state/big-graph.js';
import { DOUBTFUL, defaultFilters } from '../state/filters.js';
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import type { EgoDepth, FilterState } from '../state/types.js';
import { stepIndex, weightSteps } from '../state/weight-steps.js';
import { h, replaceChildren } from './dom.js';

export class FiltersView {
  private filters: FilterState = defaultFilters();
  private readonly weight: HTMLInputElement;
  private readonly weightBox: HTMLInputElement;
  private readonly neighbours: HTMLInputElement;
  private steps: number[] = [1];
  private readonly ego: HTMLSelectElement;
  private readonly egoHint: HTMLElement;
  private readonly isolated: HTMLInputElement;
  private readonly doubtful: HTMLInputElement;
  private readonly summary: HTMLElement;
  private readonly top: HTMLSelectElement;

  constructor(root: HTMLElement, onChange: (filters: FilterState) => void, bag: Disposables, registry: ResourceRegistry, defaults: () => FilterState = defaultFilters) {
    this.top = h('select', { id: 'top-nodes', 'aria-describedby': 'top-nodes-hint' });
    this.weight = h('input', { type: 'range', id: 'min-weight', min: 0, max: 0, step: 1, value: 0, 'aria-label': 'Minimum co-mentions per link' });
    this.weightBox = h('input', { type: 'number', id: 'min-weight-value', min: 1, step: 1, value: 1, class: 'number', 'aria-label': 'Minimum co-mentions per link (number)' });
    this.neighbours = h('input', { type: 'checkbox', id: 'show-neighbours' });
    this.ego = h(
      'select',
      { id: 'ego-depth', 'aria-describedby': 'ego-hint' },
      h('option', { value: '0' }, 'Whole graph'),
      h('option', { value: '1' }, 'Neighbours of selection'),
      h('option', { value: '2' }, 'Neighbours within 2 steps'),
    );
    this.egoHint = h('p', { class: 'hint', id: 'ego-hint' }, 'Applies when an entity is selected.');
    this.isolated = h('input', { type: 'checkbox', id: 'hide-isolated' });
    this.doubtful = h('input', { type: 'checkbox', id: 'hide-doubtful' });
    this.summary = h('p', { class: 'summary', 'aria-live': 'polite' });
    const reset = h('button', { type: 'button', id: 'reset-filters' }, 'Reset filters');
    bag.listen(registry, this.top, 'change', () => onChange({ ...this.filters, topNodes: Number(this.top.value) }));

    bag.listen(registry, this.weight, 'input', () => {
      const minWeight = this.steps[Number(this.weight.value)] ?? 1;
      this.weightBox.value = String(minWeight);
      onChange({ ...this.filters, minWeight });
    });
    bag.listen(registry, this.weightBox, 'change', () => {
      const n = Math.floor(Number(this.weightBox.value));
      onChange({ ...this.filters, minWeight: Number.isFinite(n) && n >= 1 ? n : 1 });
    });
    bag.listen(registry, this.neighbours, 'change', () => onChange({ ...this.filters, neighbours: this.neighbours.checked }));
    bag.listen(registry, this.ego, 'change', () => onChange({ ...this.filters, egoDepth: Number(this.ego.value) as EgoDepth }));
    bag.listen(registry, this.isolated, 'change', () => onChange({ ...this.filters, hideIsolated: this.isolated.checked }));
    bag.listen(registry, this.doubtful, 'change', () => onChange({ ...this.filters, hideDoubtful: this.doubtful.checked }));
    bag.listen(registry, reset, 'click', () => onChange(defaults()));

    replaceChildren(
      root,
      h(
        'fieldset',
        {},
        h('legend', {}, 'Filters'),
        h('div', { class: 'field' }, h('label', { for: 'top-nodes' }, 'Entities shown'), this.top, h('p', { class: 'hint', id: 'top-nodes-hint' }, 'The most mentioned first.')),
        h('div', { class: 'field' }, h('label', { for: 'show-neighbours', title: 'Entities of the unticked types linked to a ticked one, with those links' }, this.neighbours, 'Also show entities linked to the ticked types')),
        h('div', { class: 'field' }, h('label', { for: 'min-weight-value' }, 'Minimum co-mentions per link'), this.weightBox, this.weight),
        h('div', { class: 'field' }, h('label', { for: 'ego-depth' }, 'Show'), this.ego, this.egoHint),
        h('div', { class: 'field' }, h('label', { for: 'hide-isolated' }, this.isolated, 'Hide entities without links')),
        h('div', { class: 'field' }, h('label', { for: 'hide-doubtful', title: `Entities only the model found, in one or two documents (confidence under ${DOUBTFUL})` }, this.doubtful, 'Hide doubtful entities')),
        reset,
        this.summary,
      ),
    );
  }

  update(filters: FilterState, maxWeight: number, hasSelection: boolean, shown: { nodes: number; edges: number; totalNodes: number; totalEdges: number }): void {
    this.filters = filters;
    this.steps = weightSteps(maxWeight);
    this.weight.max = String(this.steps.length - 1);
    this.weight.value = String(stepIndex(this.steps, filters.minWeight));
    this.weight.disabled = maxWeight <= 1;
    this.weight.setAttribute('aria-valuetext', String(filters.minWeight));
    this.weightBox.max = String(Math.max(1, maxWeight));
    // Not while the user is typing in it.
    if (document.activeElement !== this.weightBox) this.weightBox.value = String(filters.minWeight);
    this.neighbours.checked = filters.neighbours;
    this.setTopChoices(filters.topNodes, shown.totalNodes);
    this.ego.value = String(filters.egoDepth);
    this.egoHint.hidden = hasSelection || filters.egoDepth === 0;
    this.isolated.checked = filters.hideIsolated;
    this.doubtful.checked = filters.hideDoubtful;
    this.summary.textContent = `Showing ${shown.nodes} of ${shown.totalNodes} entities and ${shown.edges} of ${shown.totalEdges} links.`;
  }

  /** The limits worth offering for a graph of `total` entities, with the one in force even if it is not a preset. */
  private setTopChoices(current: number, total: number): void {
    const values = TOP_NODE_CHOICES.filter((n) => n === 0 || n < total);
    if (current > 0 && !values.includes(current)) values.splice(values.findIndex((n) => n === 0 || n > current), 0, current);
    const key = values.join(',');
    if (this.top.dataset.choices !== key) {
      replaceChildren(this.top, ...values.map((n) => h('option', { value: String(n) }, n === 0 ? `All ${total.toLocaleString('en')}` : `Top ${n.toLocaleString('en')}`)));
      this.top.dataset.choices = key;
    }
    this.top.value = String(current);
  }
}

/**
 * The corrections bar in the top bar: the entity table's switch, how many corrections (rules) are in effect, Undo,
 * and the download of rules.json. It only reports choices; the curation controller acts on them.
 */
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import { h, replaceChildren } from './dom.js';

export interface CurationBarActions {
  toggleTable(): void;
  undo(): void;
  download(): void;
}

export class CurationBar {
  private readonly table: HTMLButtonElement;
  private readonly undoButton: HTMLButtonElement;
  private readonly downloadButton: HTMLButtonElement;
  private readonly count: HTMLElement;

  constructor(root: HTMLElement, actions: CurationBarActions, bag: Disposables, registry: ResourceRegistry) {
    this.table = h('button', { type: 'button', id: 'table-toggle', 'aria-pressed': 'false', 'aria-controls': 'entity-table', title: 'Every entity in a table: sort, filter, select, correct' }, 'Table');
    this.count = h('span', { class: 'curation-count', id: 'curation-count', 'aria-live': 'polite' });
    this.undoButton = h('button', { type: 'button', id: 'curation-undo', title: 'Undo the last correction' }, 'Undo');
    this.downloadButton = h('button', { type: 'button', id: 'rules-download', title: 'Download the corrections as rules.json, for "entente build --rules rules.json"' }, 'Download rules');
    bag.listen(registry, this.table, 'click', () => actions.toggleTable());
    bag.listen(registry, this.undoButton, 'click', () => actions.undo());
    bag.listen(registry, this.downloadButton, 'click', () => actions.download());
    replaceChildren(root, this.table, this.count, this.undoButton, this.downloadButton);
  }

  update(state: { hasGraph: boolean; tableOpen: boolean; rules: number; canUndo: boolean }): void {
    this.table.disabled = !state.hasGraph;
    this.table.setAttribute('aria-pressed', String(state.tableOpen));
    this.count.textContent = state.rules ? `${state.rules} correction${state.rules === 1 ? '' : 's'}` : '';
    this.undoButton.hidden = !state.canUndo;
    this.downloadButton.hidden = state.rules === 0;
  }
}

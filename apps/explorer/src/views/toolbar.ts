/**
 * The toolbar: open files, what dropped documents do (add or replace), size and colour mappings, the layout switch
 * and exports. It only reports choices; the app acts on them.
 */
import { SIZE_METRICS } from '../state/metrics.js';
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import type { ColorBy, SizeMetric } from '../state/types.js';
import { DOCUMENT_EXTENSIONS, GRAPH_EXTENSIONS } from '../state/graph-io.js';
import { h, replaceChildren } from './dom.js';
import type { LayoutStatus } from '../workers/layout-runner.js';

export type ExportFormat = 'json' | 'gexf' | 'graphml' | 'csv' | 'png';
export type BuildMode = 'add' | 'replace';

export interface ToolbarActions {
  openFiles(files: File[]): void;
  setSizeMetric(metric: SizeMetric): void;
  setColorBy(by: ColorBy): void;
  toggleLayout(): void;
  exportAs(format: ExportFormat): void;
}

export class ToolbarView {
  readonly fileInput: HTMLInputElement;
  private readonly mode: HTMLSelectElement;
  private readonly size: HTMLSelectElement;
  private readonly color: HTMLSelectElement;
  private readonly layout: HTMLButtonElement;
  private readonly exportButton: HTMLButtonElement;

  constructor(root: HTMLElement, actions: ToolbarActions, bag: Disposables, registry: ResourceRegistry) {
    this.fileInput = h('input', {
      type: 'file',
      id: 'file-input',
      multiple: true,
      class: 'visually-hidden',
      tabindex: '-1',
      'aria-hidden': 'true',
      accept: [...GRAPH_EXTENSIONS, ...DOCUMENT_EXTENSIONS].join(','),
    });
    const open = h('button', { type: 'button', id: 'open-button', title: 'Open a graph (JSON, GEXF, GraphML) or documents (.txt, .md, .html, .jsonl)' }, 'Open…');
    this.mode = h('select', { id: 'build-mode' }, h('option', { value: 'add' }, 'Add to graph'), h('option', { value: 'replace' }, 'Replace graph'));
    this.size = h('select', { id: 'size-metric' }, ...SIZE_METRICS.map((m) => h('option', { value: m.id }, m.label)));
    this.color = h('select', { id: 'color-by' }, h('option', { value: 'type' }, 'Type'), h('option', { value: 'community' }, 'Community (Louvain)'));
    this.layout = h('button', { type: 'button', id: 'layout-toggle', 'aria-pressed': 'false' }, 'Layout');
    const format = h(
      'select',
      { id: 'export-format' },
      h('option', { value: 'png' }, 'PNG image'),
      h('option', { value: 'gexf' }, 'GEXF'),
      h('option', { value: 'graphml' }, 'GraphML'),
      h('option', { value: 'json' }, 'Entente JSON'),
      h('option', { value: 'csv' }, 'CSV (nodes + edges)'),
    );
    this.exportButton = h('button', { type: 'button', id: 'export-button' }, 'Export');

    bag.listen(registry, open, 'click', () => this.fileInput.click());
    bag.listen(registry, this.fileInput, 'change', () => {
      const files = Array.from(this.fileInput.files ?? []);
      // Reset so choosing the same file again fires change again.
      this.fileInput.value = '';
      if (files.length) actions.openFiles(files);
    });
    bag.listen(registry, this.size, 'change', () => actions.setSizeMetric(this.size.value as SizeMetric));
    bag.listen(registry, this.color, 'change', () => actions.setColorBy(this.color.value as ColorBy));
    bag.listen(registry, this.layout, 'click', () => actions.toggleLayout());
    bag.listen(registry, this.exportButton, 'click', () => actions.exportAs(format.value as ExportFormat));

    replaceChildren(
      root,
      h('div', { class: 'group' }, open, this.fileInput, labelled('Documents', this.mode)),
      h('div', { class: 'group' }, labelled('Size by', this.size), labelled('Colour by', this.color), this.layout),
      h('div', { class: 'group' }, labelled('Export as', format), this.exportButton),
    );
  }

  get buildMode(): BuildMode {
    return this.mode.value === 'replace' ? 'replace' : 'add';
  }

  update(state: { sizeMetric: SizeMetric; colorBy: ColorBy; layout: LayoutStatus | undefined; hasGraph: boolean }): void {
    this.size.value = state.sizeMetric;
    this.color.value = state.colorBy;
    const running = state.layout?.running ?? false;
    const stopped = state.layout?.stopped;
    this.layout.setAttribute('aria-pressed', String(running));
    // Paused, it goes on from where it was; settled or out of time, another run refines it.
    this.layout.textContent = running ? 'Pause layout' : stopped === 'paused' ? 'Resume layout' : 'Run layout';
    this.layout.title = running
      ? 'ForceAtlas2 is running (in a worker); it stops by itself when the picture settles'
      : stopped === 'converged' ? `The layout settled after ${state.layout!.iterations} iterations (${(state.layout!.ms / 1000).toFixed(1)} s)`
        : stopped === 'budget' ? `The layout stopped after ${(state.layout!.ms / 1000).toFixed(1)} s (its time budget); run it again to refine`
          : 'Run ForceAtlas2';
    this.layout.dataset.state = running ? 'running' : (stopped ?? 'idle');
    this.layout.disabled = !state.hasGraph;
    this.exportButton.disabled = !state.hasGraph;
  }
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'inline' }, h('span', {}, text), control);
}

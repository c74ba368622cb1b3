/**
 * The explorer's controller: it owns the view state (selection, filters, size metric, colouring) and the current
 * graph session, and keeps the views, the canvas and the URL in step. Views report user intent through callbacks;
 * every state change goes through `commit`, which recomputes what depends on it. Graphs come in through
 * `GraphIntake`; corrections change the graph on screen in place (`correct`); exports are `exportView`'s.
 */
import type { CameraState } from 'sigma/types';
import { CurationController } from './curation-controller.js';
import { DocumentScope } from './document-scope.js';
import { exportView, viewLegend } from './export-controller.js';
import { GraphIntake, type IntakeHost, type LoadOptions } from './graph-intake.js';
import { GraphSession } from './session.js';
import { bigGraphDefaults, describeBigGraph, holdsDefaults, storedLayoutNote, type BigGraphDefaults } from './state/big-graph.js';
import { whenIdle } from './views/when-idle.js';
import { edgeDetails, nodeDetails } from './state/details.js';
import { computeVisibility, defaultFilters, toggleType, visibilityKey, type Visibility } from './state/filters.js';
import { correctBy, correctTo, type Correction } from './correction.js';
import { isStructural, type GraphDiff } from './state/patch-graph.js';
import { CurationWorker } from './workers/curation-client.js';
import { Disposables, ResourceRegistry } from './state/registry.js';
import type { EntenteGraph, Selection } from './state/types.js';
import { choosesThresholds, edgeSelection, parseViewState, serializeViewState, type ViewState } from './state/url-state.js';
import { TextSources } from './text-sources.js';
import { CameraControlsView } from './views/camera-controls.js';
import type { CanvasLook } from './views/canvas.js';
import { byId } from './views/dom.js';
import { DropZone } from './views/dropzone.js';
import { FacetsView } from './views/facets.js';
import { FiltersView } from './views/filters.js';
import { LegendView } from './views/legend.js';
import { applyTypePalette, communityColor, typeColor } from './views/palette.js';
import { allEvidenceSection } from './views/pager.js';
import { PanelView } from './views/panel.js';
import { ReaderView } from './views/reader.js';
import { SearchView } from './views/search.js';
import { StatusView } from './views/status.js';
import { ToolbarView } from './views/toolbar.js';
import type { LayoutStatus } from './workers/layout-runner.js';

export class ExplorerApp implements IntakeHost {
  readonly registry = new ResourceRegistry();
  private readonly bag = new Disposables();
  private view: ViewState;
  private session: GraphSession | undefined;
  /** The graph as loaded and the part the document filters keep, which the session shows. */
  readonly scope = new DocumentScope();
  readonly texts = new TextSources();
  /** Frame the selection (or everything shown) when the automatic layout stops: positions are final then. */
  private frameAfterLayout = false;
  private visibility: Visibility | undefined;
  /** What `visibility` was computed from (`visibilityKey`): while it holds, the same sets are reused. */
  private visibilityFor = '';
  private loads = 0;
  /** Counts `show` calls: a big graph's session opens a task later, unless another show came first. */
  private opening = 0;
  private corrections = 0;
  private readonly autoLayout: boolean;
  /** The thresholds the loaded graph opens with in big-graph mode (null: a graph shown whole). */
  private bigDefaults: BigGraphDefaults | null = null;
  /** The URL chose the thresholds: the first graph opens with them, not with big-graph mode's. */
  private urlThresholds: boolean;
  /** Entities new with the documents last added, marked on the canvas until the next graph. */
  private added: ReadonlySet<string> | undefined;
  private readonly intake: GraphIntake;
  private readonly stage = byId('stage');
  private readonly canvasHost = byId('canvas');
  private readonly empty = byId('empty-state');
  readonly status: StatusView;
  private readonly toolbar: ToolbarView;
  private readonly search: SearchView;
  private readonly panel: PanelView;
  private readonly legend: LegendView;
  private readonly filters: FiltersView;
  readonly curation: CurationController;
  private readonly reader: ReaderView;
  private readonly facetsView: FacetsView;
  private readonly camera: CameraControlsView;

  constructor() {
    applyTypePalette();
    this.view = parseViewState(location.search);
    this.urlThresholds = choosesThresholds(location.search);
    this.autoLayout = new URLSearchParams(location.search).get('layout') !== 'off';
    this.intake = new GraphIntake(this);
    const { bag, registry } = this;
    const app = this;
    this.status = new StatusView(byId('status'), bag, registry);
    this.toolbar = new ToolbarView(byId('toolbar'), {
      openFiles: (files) => void this.openFiles(files),
      setSizeMetric: (sizeMetric) => this.commit({ sizeMetric }),
      setColorBy: (colorBy) => this.commit({ colorBy }),
      toggleLayout: () => {
        // The user took the layout in hand: its end no longer moves the camera.
        this.frameAfterLayout = false;
        this.session?.layout.toggle();
      },
      exportAs: (format) => void exportView({
        session: this.session, visibility: this.visibility, filters: this.view.filters, look: (s) => this.look(s),
        legend: () => viewLegend(this.session, this.visibility, this.view.colorBy, this.scope), say: (t) => this.status.say(t), problem: (t) => this.status.problem(t),
      }, format),
    }, bag, registry);
    this.search = new SearchView(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-suggestions'), (id) => this.select({ kind: 'node', id }, { focus: true, fromKeyboard: true }), bag, registry);
    this.curation = new CurationController({
      get graph() { return app.graph; },
      get searchIndex() { return app.session?.searchIndex; },
      get selectedNode() { return app.view.selection?.kind === 'node' ? app.view.selection.id : null; },
      correct: (graph, added) => this.correct(graph, added),
      correctBy: (diff, movedTo, added) => this.correctBy(diff, movedTo, added),
      select: (selection, opts) => this.select(selection, opts),
      say: (text) => this.status.say(text),
      problem: (text) => this.status.problem(text),
    }, bag, registry);
    this.panel = new PanelView(byId('details'), {
      selectNode: (id) => this.select({ kind: 'node', id }, { focus: true, fromKeyboard: true }),
      selectEdge: (a, b) => this.select(edgeSelection(a, b), { fromKeyboard: true }),
      clear: () => this.select(null),
      curate: this.curation.actions,
      openDocument: (id, range) => void this.reader.open(id, range),
      allEvidence: (d) => allEvidenceSection(d, () => this.texts.texts, (id, range) => void this.reader.open(id, range)),
    }, bag, registry);
    this.reader = new ReaderView(this.stage, {
      source: () => this.texts.texts,
      node: (id) => (this.graph?.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined),
      selectNode: (id) => this.select({ kind: 'node', id }, { focus: true }),
    }, bag, registry);
    this.legend = new LegendView(byId('legend'), (type, shown) => this.commit({ filters: toggleType(this.view.filters, type, shown) }), bag, registry);
    this.filters = new FiltersView(byId('filters'), (filters) => this.commit({ filters }), bag, registry, () => ({ ...defaultFilters(), ...this.bigDefaults }));
    this.facetsView = new FacetsView(byId('facets'), (docs) => this.commit({ docs }), bag, registry);
    this.camera = new CameraControlsView(byId('camera-controls'), {
      zoomIn: () => this.session?.canvas.zoom(1.5),
      zoomOut: () => this.session?.canvas.zoom(1 / 1.5),
      fit: () => this.session?.canvas.fitNodes(),
    }, bag, registry);
    new DropZone(document.body, byId('drop-overlay'), (files) => void this.openFiles(files), bag, registry);
    bag.listen(registry, byId('empty-open'), 'click', () => this.toolbar.fileInput.click());
    bag.listen<KeyboardEvent>(registry, document, 'keydown', (e) => {
      // "/" jumps to the search box, as on many sites, unless the user is typing somewhere.
      const target = e.target as HTMLElement;
      if (e.key === '/' && !/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
        e.preventDefault();
        byId('search').focus();
      }
    });
    this.renderChrome();
  }

  get graph(): EntenteGraph | undefined {
    return this.session?.graph;
  }
  get currentVisibility(): Visibility | undefined {
    return this.visibility;
  }
  get currentView(): ViewState {
    return this.view;
  }
  get currentSession(): GraphSession | undefined {
    return this.session;
  }
  /** How many documents the graph on screen is counted within. */
  get documentsShown(): number {
    return this.scope.documentsShown;
  }
  get loadCount(): number {
    return this.loads;
  }
  /** Corrections applied to the graph on screen in place (without a new session). */
  /** Entities new with the documents last added (marked on the canvas). */
  get addedEntities(): readonly string[] {
    return [...(this.added ?? [])];
  }
  get correctionCount(): number {
    return this.corrections;
  }
  get problem(): string {
    return this.status.problemText;
  }
  get readerDocument(): string | null {
    return this.reader.openDocument;
  }
  get textsFrom(): string {
    return this.texts.kind;
  }
  get buildMode(): 'add' | 'replace' {
    return this.toolbar.buildMode;
  }

  /** Load the page's graph (`?graph=` or ./graph.json). */
  start(): Promise<void> {
    return this.intake.start();
  }

  openFiles(files: File[]): Promise<void> {
    return this.intake.openFiles(files);
  }

  /** Replace the graph on screen. The old session (canvas, layout worker) is disposed first. */
  load(graph: EntenteGraph, opts: LoadOptions = {}): void {
    this.reader.close();
    this.texts.followCorrections(null);
    this.added = opts.added;
    // Positions go on the whole graph, so every subset of its documents opens with the same picture.
    const placed = (opts.placed ?? 0) + this.scope.setGraph(graph);
    // Big-graph mode: a big graph opens with its thresholds, unless the URL or the user chose others.
    const defaults = bigGraphDefaults(graph);
    if (!this.urlThresholds && holdsDefaults(this.view.filters, this.bigDefaults)) {
      this.view = { ...this.view, filters: { ...this.view.filters, topNodes: defaults?.topNodes ?? 0, minWeight: defaults?.minWeight ?? 1, hideIsolated: defaults?.hideIsolated ?? false } };
    }
    this.urlThresholds = false;
    this.bigDefaults = defaults;
    this.show({ keepView: opts.keepView, layout: placed > 0, loaded: true, source: opts.source });
    const docs = this.scope.documents.length;
    const v = this.visibility;
    const big = defaults && v && (this.view.filters.topNodes > 0 || this.view.filters.minWeight > 1) ? ` ${describeBigGraph(graph, this.view.filters, { nodes: v.visibleNodes, edges: v.visibleEdges })}` : '';
    this.status.say(`${graph.order} entities, ${graph.size} links${docs ? ` from ${docs} documents` : ''}.${this.scope.narrowed ? ` ${this.scope.describe()}` : ''}${big}${placed === 0 ? storedLayoutNote(graph) : ''}`);
  }

  /** A correction of the graph on screen: the curated graph, or the curation worker's diff (correction.ts). */
  correct(graph: EntenteGraph, added?: ReadonlySet<string>): void {
    if (!this.session) this.load(graph, { keepView: true, added });
    else this.corrected(this.session, correctTo(this.session, this.scope, this.view.docs, graph), added);
  }
  correctBy(diff: GraphDiff, movedTo: ReadonlyMap<string, string>, added?: ReadonlySet<string>): void {
    if (this.session) this.corrected(this.session, correctBy(this.session, this.scope, this.view.docs, diff, movedTo), added);
  }

  /** What follows a correction of the graph on screen: caches, texts, the table, the view. */
  private corrected(session: GraphSession, { patch, movedTo }: Correction, added?: ReadonlySet<string>): void {
    this.texts.followCorrections(movedTo);
    if (added) this.added = added;
    session.graphChanged(isStructural(patch));
    this.search.setIndex(() => session.searchIndex);
    this.curation.graphLoaded(session.graph, true);
    this.corrections += 1;
    // The hidden sets are computed again (the graph changed under the same filters).
    this.visibility = undefined;
    const sel = this.view.selection;
    const valid = sel?.kind === 'node' ? session.graph.hasNode(sel.id) : sel?.kind === 'edge' ? session.graph.hasEdge(sel.source, sel.target) : true;
    this.commit({ selection: valid ? sel : null });
    performance.measure('entente:correct', 'entente:correct');
  }

  /** Open a session on the loaded graph, counted within the documents the view's document filter selects. */
  private show(opts: { keepView?: boolean; layout: boolean; camera?: CameraState; loaded?: boolean; source?: LoadOptions['source'] }): void {
    const graph = this.scope.graphFor(this.view.docs, this.session?.graph);
    if (!graph) return;
    this.session?.dispose();
    this.session = undefined;
    this.visibility = undefined;
    const opening = ++this.opening;
    if (!opts.keepView) this.view = { ...this.view, selection: null };
    const sel = this.view.selection;
    if (sel?.kind === 'node' && !graph.hasNode(sel.id)) this.view.selection = null;
    if (sel?.kind === 'edge' && !(graph.hasNode(sel.source) && graph.hasNode(sel.target) && graph.hasEdge(sel.source, sel.target))) this.view.selection = null;
    performance.mark('entente:load');
    this.empty.hidden = graph.order > 0;
    if (graph.order === 0) {
      this.empty.querySelector('#empty-reason')!.textContent = this.scope.narrowed
        ? `No entities in the ${this.scope.documentsShown} document(s) the document filters keep. Widen the years or the facets, or choose "All documents".`
        : 'This graph has no entities. Drop documents or a graph file here.';
    }
    // The first frame is drawn with the final look (filters, sizes, colours, selection), so sigma processes the graph
    // once; the commit below finds nothing to change on the canvas.
    this.updateVisibility(graph);
    // A big graph opens in two tasks, so neither holds the page long (~100 ms each on the full UNGDC graph, 300 in
    // one): what the filters show (above), then the canvas and the views (next task). A newer load cancels this one.
    if (opts.loaded && this.bigDefaults) {
      setTimeout(() => {
        if (opening === this.opening) this.open(graph, opts);
      }, 0);
    } else this.open(graph, opts);
  }

  /** The second half of `show`: the session on `graph` (canvas, layout), the search, the curation, the view. */
  private open(graph: EntenteGraph, opts: Parameters<ExplorerApp['show']>[0]): void {
    this.loads += 1;
    this.updateVisibility(graph);
    this.session = new GraphSession(graph, this.canvasHost, (session) => this.look(session), {
      selectNode: (id) => this.select({ kind: 'node', id }),
      selectEdge: (a, b) => this.select(edgeSelection(a, b)),
      clearSelection: () => this.select(null),
    }, this.registry, (status) => this.layoutChanged(status), () => this.visibility);
    if (opts.camera) this.session.canvas.sigma.getCamera().setState(opts.camera);
    performance.measure('entente:session', 'entente:load');
    const current = this.session;
    this.search.setIndex(() => current.searchIndex);
    // Built while the page is idle, so the first letters typed find it ready.
    whenIdle(() => {
      if (!current.isDisposed) void current.searchIndex;
    });
    // A new graph resets the rules (they apply to the whole graph); the entity table follows the documents shown.
    if (opts.loaded) this.curation.graphLoaded(this.scope.graph!, false, opts.source && new CurationWorker(opts.source, this.registry));
    if (!opts.loaded || this.scope.narrowed) this.curation.graphLoaded(graph, true);
    // With the selection, so a link with ?node= or ?edge= opens with the panel filled.
    this.commit({ selection: this.view.selection });
    // Timings for the benchmark (performance.getEntriesByType('measure')); cheap, and useful in devtools too.
    performance.measure('entente:load', 'entente:load');
    // The camera goes to the selection once the layout has placed it, not before (it would aim at empty space).
    this.frameAfterLayout = false;
    if (this.autoLayout && opts.layout && graph.order > 1) {
      this.frameAfterLayout = !opts.camera;
      this.session.layout.start();
    } else {
      if (!opts.camera) this.frame();
      // No layout to wait for (the graph came placed): the curation worker may read the graph once the page is idle.
      if (opts.loaded) whenIdle(() => this.curation.warmUp());
    }
  }

  /** The camera on the selection, or on what the filters leave (else sigma's camera already shows the whole graph). */
  private frame(): void {
    if (this.view.selection || (this.visibility?.hiddenNodes.size ?? 0) > 0) this.session?.canvas.frameSelection(this.view.selection);
  }

  private layoutChanged(status: LayoutStatus): void {
    this.renderChrome();
    // The first layout is done: the curation worker may take a core to read the graph.
    if (!status.running) this.curation.warmUp();
    if (!status.running && this.frameAfterLayout) {
      this.frameAfterLayout = false;
      this.frame();
    }
  }

  select(selection: Selection, opts: { focus?: boolean; fromKeyboard?: boolean } = {}): void {
    // The user chose where to look: the end of the automatic layout no longer moves the camera.
    if (opts.focus) this.frameAfterLayout = false;
    this.commit({ selection }, opts.fromKeyboard);
    if (opts.focus && selection?.kind === 'node') this.session?.canvas.focusNode(selection.id);
  }

  /** Apply a change to the view state and bring everything that depends on it up to date. */
  private commit(change: Partial<ViewState>, moveFocus = false): void {
    const before = this.visibilityFor;
    this.view = { ...this.view, ...change };
    if ('docs' in change && this.scope.changes(this.view.docs)) {
      // Other documents: the graph is counted again (weights, sizes, legend, search) on a new session.
      this.show({ keepView: true, layout: false });
      this.status.say(this.scope.describe());
      return;
    }
    const session = this.session;
    if (session) {
      const sel = this.view.selection;
      this.updateVisibility(session.graph);
      if (this.visibilityFor !== before) {
        // After a filter, the camera fits what is left, and a big graph's layout works on what is shown.
        if ('filters' in change) session.canvas.fitNodes();
        session.layout.scopeChanged();
      }
      session.canvas.setLook(this.look(session));
      if ('selection' in change || moveFocus) {
        const details = sel?.kind === 'node' ? nodeDetails(session.graph, sel.id) : sel?.kind === 'edge' ? edgeDetails(session.graph, sel.source, sel.target) : null;
        this.panel.show(details, moveFocus);
        this.curation.selectionChanged(sel?.kind === 'node' ? sel.id : null);
      }
    }
    history.replaceState(history.state, '', `${location.pathname}${serializeViewState(this.view, location.search)}${location.hash}`);
    this.renderChrome();
  }

  /** Recompute what the filters hide, unless nothing it depends on has changed (then the same sets are kept). */
  private updateVisibility(graph: EntenteGraph): void {
    const sel = this.view.selection;
    const key = visibilityKey(this.view.filters, sel?.kind === 'node' ? sel.id : null);
    if (this.visibility && key === this.visibilityFor) return;
    this.visibility = computeVisibility(graph, this.view.filters, sel?.kind === 'node' ? sel.id : null);
    this.visibilityFor = key;
  }

  private look(session: GraphSession): CanvasLook {
    const graph = session.graph;
    const sizes = session.sizes(this.view.sizeMetric);
    const community = this.view.colorBy === 'community' ? session.communities().byNode : undefined;
    const none = new Set<string>();
    return {
      hiddenNodes: this.visibility?.hiddenNodes ?? none,
      hiddenEdges: this.visibility?.hiddenEdges ?? none,
      marked: this.added ?? none,
      selection: this.view.selection,
      // Sizes and communities are computed again after a correction: a new map is a new style.
      styleKey: `${this.view.sizeMetric}|${this.view.colorBy}|${this.corrections}`,
      size: (node) => sizes.get(node) ?? 5,
      color: (node) => (community ? communityColor(community.get(node) ?? 99) : typeColor(graph.getNodeAttribute(node, 'type'))),
    };
  }

  private renderChrome(): void {
    const s = this.session;
    this.toolbar.update({ sizeMetric: this.view.sizeMetric, colorBy: this.view.colorBy, layout: s?.layout.status, hasGraph: !!s && s.graph.order > 0 });
    this.camera.update(!!s && s.graph.order > 0);
    this.facetsView.update(this.scope.facets, this.scope.documents, this.view.docs, this.scope.documentsShown);
    if (!s || !this.visibility) return;
    const v = this.visibility;
    this.legend.update(this.view.filters, v, this.view.colorBy, this.view.colorBy === 'community' ? s.communities().items : []);
    this.filters.update(this.view.filters, s.maxWeight, this.view.selection?.kind === 'node', {
      nodes: v.visibleNodes, edges: v.visibleEdges, totalNodes: s.graph.order, totalEdges: s.graph.size,
    });
  }

  showEmpty(reason: string): void {
    this.empty.hidden = false;
    this.empty.querySelector('#empty-reason')!.textContent = reason;
    this.status.say('');
  }

  /** Release everything: the session, a running build or load, every listener. Safe to call twice. */
  dispose(): void {
    this.opening += 1;
    this.intake.cancel();
    this.curation.dispose();
    this.session?.dispose();
    this.session = undefined;
    this.bag.dispose();
  }
}


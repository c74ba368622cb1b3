/**
 * The explorer's controller: it owns the view state (selection, filters, size metric, colouring), the current graph
 * session and a running build, and keeps the views, the canvas and the URL in step. Views report user intent through
 * callbacks; every state change goes through `commit`, which recomputes what depends on it.
 */
import { mergeGraphs, mergedEntities, type Document, type DocumentRecord } from '@entente/core';
import { DocumentScope } from './document-scope.js';
import { countAdded } from './state/document-view.js';
import { CameraControlsView } from './views/camera-controls.js';
import { FacetsView } from './views/facets.js';
import { edgeDetails, nodeDetails } from './state/details.js';
import { parseDocumentFile } from './state/documents.js';
import { errorText } from './state/error-text.js';
import { layeredSource, MemorySource, NO_TEXTS, probeApi, type DocumentSource } from './state/reader.js';
import { computeVisibility, toggleType, visibilityKey, type Visibility } from './state/filters.js';
import { FileProblem, graphFromExport, isDocumentFileName, isGraphFileName, parseGraphFile } from './state/graph-io.js';
import { Disposables, ResourceRegistry } from './state/registry.js';
import { exportSubgraph } from './state/subgraph.js';
import type { EntenteGraph, Selection } from './state/types.js';
import { edgeSelection, parseViewState, serializeViewState, type ViewState } from './state/url-state.js';
import { GraphSession } from './session.js';
import type { CameraState } from 'sigma/types';
import type { CanvasLook } from './views/canvas.js';
import { byId } from './views/dom.js';
import { DropZone } from './views/dropzone.js';
import { download, graphFiles, pngFile } from './views/export.js';
import { FiltersView } from './views/filters.js';
import { LegendView } from './views/legend.js';
import { applyTypePalette, communityColor, typeColor } from './views/palette.js';
import { allEvidenceSection } from './views/pager.js';
import { PanelView } from './views/panel.js';
import { ReaderView } from './views/reader.js';
import { SearchView } from './views/search.js';
import { StatusView } from './views/status.js';
import { ToolbarView, type ExportFormat } from './views/toolbar.js';
import { startBuild, BuildCancelled, type BuildHandle } from './workers/build-client.js';
import { CurationController } from './curation-controller.js';
import { looksLikeRules } from './state/curation.js';

/** How long ForceAtlas2 runs by itself after a graph without a saved layout is loaded. */
const AUTO_LAYOUT_MS = 4000;

export class ExplorerApp {
  readonly registry = new ResourceRegistry();
  private readonly bag = new Disposables();
  private view: ViewState;
  private session: GraphSession | undefined;
  /** The graph as loaded and the part the document filters keep, which the session shows. */
  private readonly scope = new DocumentScope();
  /** Frame the selection (or everything shown) when the automatic layout stops: positions are final then. */
  private frameAfterLayout = false;
  private visibility: Visibility | undefined;
  /** What `visibility` was computed from (`visibilityKey`): while it holds, the same sets are reused. */
  private visibilityFor = '';
  private build: BuildHandle | undefined;
  private loads = 0;
  private readonly autoLayout: boolean;
  private readonly stage = byId('stage');
  private readonly canvasHost = byId('canvas');
  private readonly empty = byId('empty-state');
  private readonly status: StatusView;
  private readonly toolbar: ToolbarView;
  private readonly search: SearchView;
  private readonly panel: PanelView;
  private readonly legend: LegendView;
  private readonly filters: FiltersView;
  readonly curation: CurationController;
  private readonly reader: ReaderView;
  /** Where the reader finds texts: `entente serve`'s API, documents built in this page, or nowhere. */
  private source: DocumentSource = NO_TEXTS;
  /** The texts kept in this page seen through the corrections on screen (merged and retyped ids), when there are any. */
  private corrected: DocumentSource | undefined;
  private readonly facetsView: FacetsView;
  private readonly camera: CameraControlsView;

  constructor() {
    applyTypePalette();
    this.view = parseViewState(location.search);
    this.autoLayout = new URLSearchParams(location.search).get('layout') !== 'off';
    const { bag, registry } = this;
    const app = this;
    this.status = new StatusView(byId('status'), bag, registry);
    this.toolbar = new ToolbarView(byId('toolbar'), {
      openFiles: (files) => void this.openFiles(files),
      setSizeMetric: (sizeMetric) => this.commit({ sizeMetric }),
      setColorBy: (colorBy) => this.commit({ colorBy }),
      toggleLayout: () => this.session?.layout.toggle(),
      exportAs: (format) => void this.exportAs(format),
    }, bag, registry);
    this.search = new SearchView(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-suggestions'), (id) => this.select({ kind: 'node', id }, { focus: true, fromKeyboard: true }), bag, registry);
    this.curation = new CurationController({
      get graph() { return app.graph; },
      get searchIndex() { return app.session?.searchIndex; },
      get selectedNode() { return app.view.selection?.kind === 'node' ? app.view.selection.id : null; },
      load: (graph, opts) => this.load(graph, opts),
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
      allEvidence: (d) => allEvidenceSection(d, () => this.texts, (id, range) => void this.reader.open(id, range)),
    }, bag, registry);
    this.reader = new ReaderView(this.stage, {
      source: () => this.texts,
      node: (id) => (this.graph?.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined),
      selectNode: (id) => this.select({ kind: 'node', id }, { focus: true }),
    }, bag, registry);
    this.legend = new LegendView(byId('legend'), (type, shown) => this.commit({ filters: toggleType(this.view.filters, type, shown) }), bag, registry);
    this.filters = new FiltersView(byId('filters'), (filters) => this.commit({ filters }), bag, registry);
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
  get problem(): string {
    return this.status.problemText;
  }
  get readerDocument(): string | null {
    return this.reader.openDocument;
  }
  get textsFrom(): DocumentSource['kind'] {
    return this.source.kind;
  }
  private get texts(): DocumentSource {
    return this.corrected ?? this.source;
  }

  /** Load `?graph=<url>` or ./graph.json; when there is none, show the empty state. */
  async start(): Promise<void> {
    const param = new URLSearchParams(location.search).get('graph');
    const url = new URL(param ?? './graph.json', location.href);
    this.status.say(`Loading ${url.pathname.split('/').pop() || 'graph'}…`);
    let response: Response;
    try {
      response = await fetch(url);
    } catch {
      this.showEmpty(`Could not fetch ${url.href}. Only same-origin URLs are allowed by this page's Content-Security-Policy; drop or open a file instead.`);
      return;
    }
    // Dev servers answer a missing file with the app's own index.html (SPA fallback): that is "not found" too.
    const fallback = (response.headers.get('content-type') ?? '').includes('text/html');
    if (!response.ok || fallback) {
      this.showEmpty(param
        ? `Could not load ${url.href} (${fallback ? 'not found' : `HTTP ${response.status}`}).`
        : 'No graph.json next to this page yet. Run "pnpm start" to build one from data/, or drop documents or a graph file here.');
      return;
    }
    try {
      const text = await response.text();
      performance.mark('entente:fetched');
      const { graph, warnings } = parseGraphFile(url.pathname.split('/').pop() || 'graph.json', text, { DOMParser });
      performance.measure('entente:parse', 'entente:fetched');
      this.load(graph, { keepView: true });
      if (warnings.length) this.status.problem(warnings.join(' '));
      // The texts of the default graph come from `entente serve`'s API, when the page came from it.
      if (param === null) this.source = (await probeApi(location.href)) ?? NO_TEXTS;
    } catch (error) {
      this.showEmpty(error instanceof FileProblem ? error.message : `Could not read the graph: ${errorText(error)}`);
    }
  }

  /** Replace the graph on screen. The old session (canvas, layout worker) is disposed first. */
  load(graph: EntenteGraph, opts: { keepView?: boolean; curated?: boolean } = {}): void {
    // A corrected graph is the same graph to the user: the camera stays where it was.
    const camera = opts.curated ? this.session?.canvas.sigma.getCamera().getState() : undefined;
    // A correction keeps the document open (its mentions of a merged entity show as not in the graph until reopened).
    if (!opts.curated) this.reader.close();
    this.corrected = opts.curated && this.source instanceof MemorySource ? this.source.with([], mergedEntities(graph)) : undefined;
    // Positions go on the whole graph, so every subset of its documents opens with the same picture.
    const placed = this.scope.setGraph(graph);
    this.show({ keepView: opts.keepView, layout: placed > 0, camera, loaded: { curated: opts.curated === true } });
    const docs = this.scope.documents.length;
    this.status.say(`${graph.order} entities, ${graph.size} links${docs ? ` from ${docs} documents` : ''}.${this.scope.narrowed ? ` ${this.scope.describe()}` : ''}`);
  }

  /** Open a session on the loaded graph, counted within the documents the view's document filter selects. */
  private show(opts: { keepView?: boolean; layout: boolean; camera?: CameraState; loaded?: { curated: boolean } }): void {
    const graph = this.scope.graphFor(this.view.docs, this.session?.graph);
    if (!graph) return;
    this.session?.dispose();
    this.session = undefined;
    this.visibility = undefined;
    this.loads += 1;
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
    this.session = new GraphSession(graph, this.canvasHost, (session) => this.look(session), {
      selectNode: (id) => this.select({ kind: 'node', id }),
      selectEdge: (a, b) => this.select(edgeSelection(a, b)),
      clearSelection: () => this.select(null),
    }, this.registry, (running) => this.layoutChanged(running));
    if (opts.camera) this.session.canvas.sigma.getCamera().setState(opts.camera);
    performance.measure('entente:session', 'entente:load');
    this.search.setIndex(this.session.searchIndex);
    // A new graph resets the rules (they apply to the whole graph), a corrected one (ours) keeps them; the entity
    // table follows the documents shown ("curated" keeps the rules).
    if (opts.loaded) this.curation.graphLoaded(this.scope.graph!, opts.loaded.curated);
    if (!opts.loaded || this.scope.narrowed) this.curation.graphLoaded(graph, true);
    // With the selection, so a link with ?node= or ?edge= opens with the panel filled.
    this.commit({ selection: this.view.selection });
    // Timings for the benchmark (performance.getEntriesByType('measure')); cheap, and useful in devtools too.
    performance.measure('entente:load', 'entente:load');
    // The camera goes to the selection once the layout has placed it, not before (it would aim at empty space).
    this.frameAfterLayout = false;
    if (this.autoLayout && opts.layout && graph.order > 1) {
      this.frameAfterLayout = !opts.camera;
      this.session.layout.runFor(AUTO_LAYOUT_MS);
    } else if (!opts.camera) this.frame();
  }

  /** The camera on the selection, or on what the filters leave (else sigma's camera already shows the whole graph). */
  private frame(): void {
    if (this.view.selection || (this.visibility?.hiddenNodes.size ?? 0) > 0) this.session?.canvas.frameSelection(this.view.selection);
  }

  private layoutChanged(running: boolean): void {
    this.renderChrome();
    if (!running && this.frameAfterLayout) {
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
      // After a filter, the camera fits what is left.
      if ('filters' in change && this.visibilityFor !== before) session.canvas.fitNodes();
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
      selection: this.view.selection,
      styleKey: `${this.view.sizeMetric}|${this.view.colorBy}`,
      size: (node) => sizes.get(node) ?? 5,
      color: (node) => (community ? communityColor(community.get(node) ?? 99) : typeColor(graph.getNodeAttribute(node, 'type'))),
    };
  }

  private renderChrome(): void {
    const s = this.session;
    this.toolbar.update({ sizeMetric: this.view.sizeMetric, colorBy: this.view.colorBy, layoutRunning: s?.layout.running ?? false, hasGraph: !!s && s.graph.order > 0 });
    this.camera.update(!!s && s.graph.order > 0);
    this.facetsView.update(this.scope.facets, this.scope.documents, this.view.docs, this.scope.documentsShown);
    if (!s || !this.visibility) return;
    const v = this.visibility;
    this.legend.update(this.view.filters, v, this.view.colorBy, this.view.colorBy === 'community' ? s.communities().items : []);
    this.filters.update(this.view.filters, s.maxWeight, this.view.selection?.kind === 'node', {
      nodes: v.visibleNodes, edges: v.visibleEdges, totalNodes: s.graph.order, totalEdges: s.graph.size,
    });
  }

  private showEmpty(reason: string): void {
    this.empty.hidden = false;
    this.empty.querySelector('#empty-reason')!.textContent = reason;
    this.status.say('');
  }

  /** Dropped or picked files: a graph file is opened; documents are built in the worker and added or replace. */
  async openFiles(files: File[]): Promise<void> {
    this.status.clearProblem();
    const graphs = files.filter((f) => isGraphFileName(f.name));
    const docs = files.filter((f) => isDocumentFileName(f.name));
    const other = files.filter((f) => !graphs.includes(f) && !docs.includes(f));
    if (other.length) this.status.problem(`Not opened: ${other.map((f) => `"${f.name}"`).join(', ')} — the explorer opens graphs (.json, .gexf, .graphml) and documents (.txt, .md, .html, .jsonl).`);
    if (graphs.length && docs.length) {
      this.status.problem('Drop either one graph file or documents, not both at once.');
      return;
    }
    const first = graphs[0];
    if (first) {
      try {
        const text = await first.text();
        if (looksLikeRules(text)) {
          this.curation.openRules(first.name, text);
          return;
        }
        const { graph, warnings } = parseGraphFile(first.name, text, { DOMParser });
        this.cancelBuild();
        this.load(graph);
        this.source = NO_TEXTS;
        this.status.say(`Opened "${first.name}": ${graph.order} entities, ${graph.size} links.`);
        if (warnings.length) this.status.problem(warnings.join(' '));
      } catch (error) {
        this.status.problem(error instanceof FileProblem ? error.message : `Could not open "${first.name}": ${errorText(error)}`);
      }
      return;
    }
    if (docs.length) await this.buildFrom(docs);
  }

  private async buildFrom(files: File[]): Promise<void> {
    const documents: Document[] = [];
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const parsed = parseDocumentFile(file.name, await file.text(), new DOMParser());
      problems.push(...parsed.problems);
      for (const doc of parsed.documents) {
        // Two dropped files may share an id (same name in two folders, repeated JSONL ids): keep both.
        let id = doc.id;
        for (let n = 2; seen.has(id); n++) id = `${doc.id}#${n}`;
        seen.add(id);
        documents.push({ ...doc, id });
      }
    }
    if (problems.length) this.status.problem(problems.slice(0, 3).join('; ') + (problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''));
    if (!documents.length) return;
    this.cancelBuild();
    const mode = this.toolbar.buildMode;
    const noun = `${documents.length} document${documents.length === 1 ? '' : 's'}`;
    const handle = startBuild(documents, this.registry, (done, total) => this.status.setProgress(done, total, `Building the graph of ${noun}: ${done} / ${total}`));
    this.build = handle;
    this.status.startProgress(`Building the graph of ${noun}…`, () => handle.cancel());
    try {
      const { graph: data, records, ms } = await handle.result;
      const built = graphFromExport(data);
      const current = this.scope.graph;
      const adding = mode === 'add' && !!current && current.order > 0;
      if (adding) this.scope.syncPositions();
      const added = adding ? countAdded(current!, built) : undefined;
      const said = `Built ${built.order} entities and ${built.size} links from ${noun} in ${(ms / 1000).toFixed(1)} s${added ? `; added to the graph: ${added.nodes} new entities, ${added.edges} new links` : ''}.`;
      if (adding && this.curation.addDocuments(built)) {
        // Added under the rules in effect (the curation controller loaded the result).
        this.keepTexts(records, this.scope.graph ? mergedEntities(this.scope.graph) : new Map());
        this.status.say(said);
      } else if (adding) {
        const merged = current!.copy() as EntenteGraph;
        mergeGraphs(merged, built);
        // Merging may fold a surname into a person of the other graph: the records follow.
        this.keepTexts(records, mergedEntities(merged));
        this.load(merged, { keepView: true });
        this.status.say(said);
      } else {
        this.source = new MemorySource(records);
        this.load(built);
        this.status.say(said);
      }
    } catch (error) {
      if (error instanceof BuildCancelled) this.status.say('Build cancelled.');
      else this.status.problem(`Could not build a graph from ${noun}: ${errorText(error)}`);
    } finally {
      if (this.build === handle) this.build = undefined;
      this.status.endProgress();
    }
  }

  /** The texts of documents built in this page stay here, over the source the graph had (the API, or other texts). */
  private keepTexts(records: DocumentRecord[], redirects: ReadonlyMap<string, string>): void {
    this.source = this.source instanceof MemorySource ? this.source.with(records, redirects) : layeredSource(new MemorySource([]).with(records, redirects), this.source);
    // Added under corrections: the new texts are seen through them too.
    if (this.corrected && this.graph && this.source instanceof MemorySource) this.corrected = this.source.with([], mergedEntities(this.graph));
  }

  private cancelBuild(): void {
    this.build?.cancel();
    this.build = undefined;
  }

  async exportAs(format: ExportFormat): Promise<void> {
    const s = this.session;
    if (!s || !this.visibility) return;
    const base = `entente-${new Date().toISOString().slice(0, 10)}`;
    try {
      if (format === 'png') {
        download(await pngFile(s.canvas.sigma, base));
      } else {
        const look = this.look(s);
        const sub = exportSubgraph(s.graph, this.view.filters, this.visibility, look);
        for (const file of graphFiles(sub, format, base)) download(file);
      }
      this.status.say(`Exported ${format.toUpperCase()}.`);
    } catch (error) {
      this.status.problem(`Export to ${format.toUpperCase()} failed: ${errorText(error)}`);
    }
  }

  /** Release everything: the session, a running build, every listener. Safe to call twice. */
  dispose(): void {
    this.cancelBuild();
    this.session?.dispose();
    this.session = undefined;
    this.bag.dispose();
  }
}

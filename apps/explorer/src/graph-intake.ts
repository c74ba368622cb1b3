/**
 * How graphs come into the page: the default graph (`?graph=<url>` or ./graph.json) when it opens, graph and rules
 * files picked or dropped, and documents dropped to be built in the build worker and added to the graph on screen or
 * replace it. Entente JSON is read in the load worker (workers/load-client.ts), so a big file never freezes the page;
 * GEXF and GraphML need the page's DOMParser. The app is told what to show through `IntakeHost`.
 */
import { mergeGraphs, mergedEntities, type Document, type DocumentRecord } from '@entente/core';
import type { CurationController } from './curation-controller.js';
import type { DocumentScope } from './document-scope.js';
import { countAdded } from './state/document-view.js';
import { looksLikeRules } from './state/curation.js';
import { readDroppedFile } from './state/documents.js';
import { errorText } from './state/error-text.js';
import { extensionOf, FileProblem, graphFromExport, isDocumentFileName, isGraphFileName, parseGraphFile } from './state/graph-io.js';
import { MemorySource, NO_TEXTS, probeApi } from './state/reader.js';
import type { ResourceRegistry } from './state/registry.js';
import type { EntenteGraph } from './state/types.js';
import type { TextSources } from './text-sources.js';
import type { StatusView } from './views/status.js';
import { BuildCancelled, startBuild, type BuildHandle } from './workers/build-client.js';
import { LoadCancelled, loadInWorker, type LoadHandle, type LoadProgress } from './workers/load-client.js';
import type { LoadRequest } from './workers/load-protocol.js';

export interface LoadOptions {
  keepView?: boolean;
  /** How many nodes had no position (placed by the loader): the automatic layout runs when there are any. */
  placed?: number;
  /** Entities new to the graph on screen (documents added): the canvas marks them. */
  added?: ReadonlySet<string>;
  /** Where the graph was read from (an Entente JSON URL or file): the curation worker reads it again from there. */
  source?: LoadRequest;
}

export interface IntakeHost {
  readonly scope: DocumentScope;
  readonly texts: TextSources;
  readonly curation: CurationController;
  readonly status: StatusView;
  readonly registry: ResourceRegistry;
  readonly buildMode: 'add' | 'replace';
  load(graph: EntenteGraph, opts?: LoadOptions): void;
  showEmpty(reason: string): void;
}

const STAGES: Record<LoadProgress['stage'], string> = { fetching: 'Downloading', parsing: 'Reading', placing: 'Placing', adding: 'Adding' };

export class GraphIntake {
  private build: BuildHandle | undefined;
  private loading: LoadHandle | undefined;

  constructor(private readonly host: IntakeHost) {}

  /** Load `?graph=<url>` or ./graph.json; when there is none, show the empty state. */
  async start(): Promise<void> {
    const { host } = this;
    const param = new URLSearchParams(location.search).get('graph');
    const url = new URL(param ?? './graph.json', location.href);
    const name = url.pathname.split('/').pop() || 'graph.json';
    host.status.say(`Loading ${name}…`);
    try {
      if (!['.json', ''].includes(extensionOf(name))) {
        // GEXF and GraphML: read here (DOMParser).
        const response = await fetch(url).catch(() => undefined);
        const fallback = (response?.headers.get('content-type') ?? '').includes('text/html');
        if (!response) return this.unreachable(url);
        if (!response.ok || fallback) return this.missing(url, param !== null, fallback, response.status);
        const { graph, warnings } = parseGraphFile(name, await response.text(), { DOMParser });
        host.load(graph, { keepView: true });
        if (warnings.length) host.status.problem(warnings.join(' '));
      } else {
        const request: LoadRequest = { kind: 'url', url: url.href, name };
        const outcome = await this.inWorker(request, name);
        if (!outcome) return;
        if (outcome.kind === 'unreachable') return this.unreachable(url);
        if (outcome.kind === 'missing') return this.missing(url, param !== null, outcome.fallback, outcome.status);
        host.load(outcome.graph, { keepView: true, placed: outcome.placed, source: request });
        if (outcome.warnings.length) host.status.problem(outcome.warnings.join(' '));
      }
      // The texts of the default graph come from `entente serve`'s API, when the page came from it.
      if (param === null) host.texts.replace((await probeApi(location.href)) ?? NO_TEXTS);
    } catch (error) {
      host.showEmpty(error instanceof FileProblem ? error.message : `Could not read the graph: ${errorText(error)}`);
    }
  }

  /** Dropped or picked files: a graph file is opened; documents are built in the worker and added or replace. */
  async openFiles(files: File[]): Promise<void> {
    const { host } = this;
    host.status.clearProblem();
    const graphs = files.filter((f) => isGraphFileName(f.name));
    const docs = files.filter((f) => isDocumentFileName(f.name));
    const other = files.filter((f) => !graphs.includes(f) && !docs.includes(f));
    if (other.length) host.status.problem(`Not opened: ${other.map((f) => `"${f.name}"`).join(', ')} — the explorer opens graphs (.json, .gexf, .graphml) and documents (.txt, .md, .html, .jsonl).`);
    if (graphs.length && docs.length) {
      host.status.problem('Drop either one graph file or documents, not both at once.');
      return;
    }
    const first = graphs[0];
    if (first) {
      try {
        let opened: { graph: EntenteGraph; warnings: string[]; placed?: number; source?: LoadRequest };
        if (extensionOf(first.name) === '.json') {
          // A rules file is known by its first bytes, without reading what may be a 100 MB graph here.
          if (looksLikeRules(await first.slice(0, 4096).text()) || (first.size < 4_000_000 && looksLikeRules(await first.text()))) {
            host.curation.openRules(first.name, await first.text());
            return;
          }
          const request: LoadRequest = { kind: 'file', file: first };
          const outcome = await this.inWorker(request, first.name);
          if (!outcome || outcome.kind !== 'graph') return;
          opened = { ...outcome, source: request };
        } else opened = parseGraphFile(first.name, await first.text(), { DOMParser });
        this.cancelBuild();
        host.load(opened.graph, { placed: opened.placed, source: opened.source });
        host.texts.replace(NO_TEXTS);
        host.status.say(`Opened "${first.name}": ${opened.graph.order} entities, ${opened.graph.size} links.`);
        if (opened.warnings.length) host.status.problem(opened.warnings.join(' '));
      } catch (error) {
        host.status.problem(error instanceof FileProblem ? error.message : `Could not open "${first.name}": ${errorText(error)}`);
      }
      return;
    }
    if (docs.length) await this.buildFrom(docs);
  }

  /** Stop a running build or load. Safe to call twice. */
  cancel(): void {
    this.cancelBuild();
    this.loading?.cancel();
    this.loading = undefined;
  }

  /** A graph file read in the load worker, with progress; undefined when cancelled (by the user or a newer load). */
  private async inWorker(request: Parameters<typeof loadInWorker>[0], name: string) {
    const { status, registry } = this.host;
    this.loading?.cancel();
    const handle = loadInWorker(request, registry, (p) => {
      const label = `${STAGES[p.stage]} ${name}${p.total ? `: ${Math.round((100 * p.done) / p.total)}%` : '…'}`;
      if (p.total) status.setProgress(p.done, p.total, label);
      else status.startProgress(label, () => handle.cancel());
    });
    this.loading = handle;
    try {
      return await handle.result;
    } catch (error) {
      if (error instanceof LoadCancelled) return undefined;
      throw error;
    } finally {
      if (this.loading === handle) this.loading = undefined;
      status.endProgress();
    }
  }

  private unreachable(url: URL): void {
    this.host.showEmpty(`Could not fetch ${url.href}. Only same-origin URLs are allowed by this page's Content-Security-Policy; drop or open a file instead.`);
  }

  private missing(url: URL, asked: boolean, fallback: boolean, status: number): void {
    this.host.showEmpty(asked
      ? `Could not load ${url.href} (${fallback ? 'not found' : `HTTP ${status}`}).`
      : 'No graph.json next to this page yet. Run "pnpm start" to build one from data/, or drop documents or a graph file here.');
  }

  private async buildFrom(files: File[]): Promise<void> {
    const { host } = this;
    const documents: Document[] = [];
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const parsed = await readDroppedFile(file, new DOMParser());
      problems.push(...parsed.problems);
      for (const doc of parsed.documents) {
        // Two dropped files may share an id (same name in two folders, repeated JSONL ids): keep both.
        let id = doc.id;
        for (let n = 2; seen.has(id); n++) id = `${doc.id}#${n}`;
        seen.add(id);
        documents.push({ ...doc, id });
      }
    }
    if (problems.length) host.status.problem(problems.slice(0, 3).join('; ') + (problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''));
    if (!documents.length) return;
    this.cancelBuild();
    const mode = host.buildMode;
    const noun = `${documents.length} document${documents.length === 1 ? '' : 's'}`;
    const handle = startBuild(documents, host.registry, (done, total) => host.status.setProgress(done, total, `Building the graph of ${noun}: ${done} / ${total}`));
    this.build = handle;
    host.status.startProgress(`Building the graph of ${noun}…`, () => handle.cancel());
    try {
      const { graph: data, records, ms } = await handle.result;
      const built = graphFromExport(data);
      const current = host.scope.graph;
      const adding = mode === 'add' && !!current && current.order > 0;
      if (adding) host.scope.syncPositions();
      const added = adding ? countAdded(current!, built) : undefined;
      const said = `Built ${built.order} entities and ${built.size} links from ${noun} in ${(ms / 1000).toFixed(1)} s${added ? `; added to the graph: ${added.nodes} new entities, ${added.edges} new links` : ''}.`;
      const fresh = adding ? new Set(built.filterNodes((n) => !current!.hasNode(n))) : undefined;
      if (adding && host.curation.addDocuments(built, fresh)) {
        // Added under the rules in effect (the curation controller loaded the result).
        this.keepTexts(records, host.texts.moves);
      } else if (adding) {
        const merged = current!.copy() as EntenteGraph;
        mergeGraphs(merged, built);
        // Merging may fold a surname into a person of the other graph: the records follow.
        this.keepTexts(records, mergedEntities(merged));
        host.load(merged, { keepView: true, added: fresh });
      } else {
        host.texts.replace(new MemorySource(records));
        host.load(built);
      }
      host.status.say(said);
    } catch (error) {
      if (error instanceof BuildCancelled) host.status.say('Build cancelled.');
      else host.status.problem(`Could not build a graph from ${noun}: ${errorText(error)}`);
    } finally {
      if (this.build === handle) this.build = undefined;
      host.status.endProgress();
    }
  }

  private keepTexts(records: DocumentRecord[], redirects: ReadonlyMap<string, string>): void {
    this.host.texts.keep(records, redirects);
  }

  private cancelBuild(): void {
    this.build?.cancel();
    this.build = undefined;
  }
}

/**
 * The loaded graph and the part of it on screen: the whole graph (every document counted), the facets its documents
 * offer, and the graph counted within the documents the view's document filter keeps (state/document-view.ts). The
 * app asks it for the graph to open a session on; positions the layout gave a subset go back to the whole graph
 * first, so the next subset opens with them.
 */
import type { DocumentInfo } from '@entente/core';
import { copyPositions, graphForDocuments } from './state/document-view.js';
import { docFilterKey, documentFacets, type DocFilter, type DocumentFacets } from './state/facets.js';
import { assignMissingPositions } from './state/positions.js';
import type { EntenteGraph } from './state/types.js';

export class DocumentScope {
  private whole: EntenteGraph | undefined;
  private facetList: DocumentFacets | null = null;
  private shown: EntenteGraph | undefined;
  private shownFor = '';
  private shownDocs = 0;

  /** A new graph; returns how many of its nodes had no position (placed here, on the whole graph). */
  setGraph(graph: EntenteGraph): number {
    this.whole = graph;
    this.shown = undefined;
    this.shownFor = '';
    this.facetList = documentFacets(this.documents);
    return assignMissingPositions(graph);
  }

  get graph(): EntenteGraph | undefined {
    return this.whole;
  }
  get facets(): DocumentFacets | null {
    return this.facetList;
  }
  get documents(): readonly DocumentInfo[] {
    return this.whole?.getAttribute('documents') ?? [];
  }
  /** How many documents the graph on screen is counted within. */
  get documentsShown(): number {
    return this.shownDocs;
  }
  /** Whether the graph on screen is a subset (some documents left out). */
  get narrowed(): boolean {
    return !!this.shown && this.shown !== this.whole;
  }

  /** Whether `filter` selects other documents than the graph on screen was counted for. */
  changes(filter: DocFilter): boolean {
    return !!this.whole && docFilterKey(filter) !== this.shownFor;
  }

  /** The graph to show for `filter`; `current` is the graph on screen, whose positions are kept. */
  graphFor(filter: DocFilter, current: EntenteGraph | undefined): EntenteGraph | undefined {
    const whole = this.whole;
    if (!whole) return undefined;
    if (current && current !== whole && this.shown === current) copyPositions(current, whole);
    const view = graphForDocuments(whole, filter);
    this.shown = view.graph;
    this.shownFor = docFilterKey(filter);
    this.shownDocs = view.documents;
    return view.graph;
  }

  /**
   * The whole graph corrected (curation rules): returns what the graph on screen must become — the corrected graph,
   * or, when some documents are left out, its subset for `filter`. The graph on screen stays the one shown (the
   * caller patches it in place); when it is the whole graph it stays the whole graph.
   */
  corrected(graph: EntenteGraph, filter: DocFilter): EntenteGraph {
    if (!this.whole || !this.narrowed) return graph;
    copyPositions(this.shown!, graph);
    this.whole = graph;
    const view = graphForDocuments(graph, filter);
    this.shownDocs = view.documents;
    return view.graph;
  }

  /** Carry the positions of the graph on screen back to the whole graph (before the whole graph is copied). */
  syncPositions(): void {
    if (this.whole && this.shown && this.shown !== this.whole) copyPositions(this.shown, this.whole);
  }

  /** One line for the status bar about what is counted. */
  describe(): string {
    const g = this.shown;
    if (!g) return '';
    return `Counting within ${this.shownDocs} of ${this.documents.length} documents: ${g.order} entities, ${g.size} links.`;
  }
}

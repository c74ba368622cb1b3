/**
 * Where the reader finds the texts of the graph on screen: `entente serve`'s API, the records of documents built in
 * this page, or nowhere; and, when the user corrects entities, the same texts seen through the corrections (merged
 * and retyped ids), so the reader's highlights and pages name the entities on screen.
 */
import type { DocumentRecord } from '@entente/core';
import { layeredSource, MemorySource, NO_TEXTS, type DocumentSource } from './state/reader.js';
import { redirectedSource } from './state/redirected-source.js';

export class TextSources {
  private source: DocumentSource = NO_TEXTS;
  private corrected: DocumentSource | undefined;
  private moved: ReadonlyMap<string, string> | null = null;

  /** What the reader reads from. */
  get texts(): DocumentSource {
    return this.corrected ?? this.source;
  }
  get kind(): DocumentSource['kind'] {
    return this.source.kind;
  }

  /** A new graph, with its own texts (or none). */
  replace(source: DocumentSource): void {
    this.source = source;
    this.corrected = undefined;
  }

  /** The graph on screen is the graph as opened with corrections that moved these entities (null: none). */
  followCorrections(movedTo: ReadonlyMap<string, string> | null): void {
    this.moved = movedTo;
    // Texts kept here are rewritten through the merges; `entente serve`'s are asked for every id a merge joined.
    this.corrected = !movedTo || movedTo.size === 0 ? undefined : this.source instanceof MemorySource ? this.source.with([], movedTo) : redirectedSource(this.source, movedTo);
  }

  /** The entities the corrections on screen moved (merged, re-keyed), if any. */
  get moves(): ReadonlyMap<string, string> {
    return this.moved ?? new Map();
  }

  /** The texts of documents built in this page stay here, over the source the graph had (the API, or other texts). */
  keep(records: DocumentRecord[], redirects: ReadonlyMap<string, string>): void {
    this.source = this.source instanceof MemorySource ? this.source.with(records, redirects) : layeredSource(new MemorySource([]).with(records, redirects), this.source);
    // Added under corrections: the new texts are seen through them too.
    if (this.corrected && this.moved && this.source instanceof MemorySource) this.corrected = this.source.with([], this.moved);
  }
}

/**
 * Where the reader finds the texts of the graph on screen: `entente serve`'s API, the records of documents built in
 * this page, or nowhere; and, when the page holds the texts and the user corrects entities, the same texts seen
 * through the corrections (merged and retyped ids), so the reader's highlights name the entities on screen.
 */
import { mergedEntities, type DocumentRecord } from '@entente/core';
import { layeredSource, MemorySource, NO_TEXTS, type DocumentSource } from './state/reader.js';
import type { EntenteGraph } from './state/types.js';

export class TextSources {
  private source: DocumentSource = NO_TEXTS;
  private corrected: DocumentSource | undefined;

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

  /** The graph on screen is `graph` after corrections (or null: a graph as opened, no corrections). */
  followCorrections(graph: EntenteGraph | null): void {
    this.corrected = graph && this.source instanceof MemorySource ? this.source.with([], mergedEntities(graph)) : undefined;
  }

  /** The texts of documents built in this page stay here, over the source the graph had (the API, or other texts). */
  keep(records: DocumentRecord[], redirects: ReadonlyMap<string, string>, onScreen: EntenteGraph | undefined): void {
    this.source = this.source instanceof MemorySource ? this.source.with(records, redirects) : layeredSource(new MemorySource([]).with(records, redirects), this.source);
    // Added under corrections: the new texts are seen through them too.
    if (this.corrected && onScreen && this.source instanceof MemorySource) this.corrected = this.source.with([], mergedEntities(onScreen));
  }
}

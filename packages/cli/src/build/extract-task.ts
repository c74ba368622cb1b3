/**
 * The work one extraction worker does: a batch of documents → their results (the map step). Errors are caught per
 * document, so one bad document costs that document only.
 */
import { defaultKnowledgeBase, extractDocument, type DocumentResult, type Document, type ExtractOptions } from '@entente/core';

export interface ExtractBatch {
  docs: Document[];
  options: Partial<ExtractOptions>;
}

export type BatchItem = { ok: true; result: DocumentResult } | { ok: false; id: string; error: string };

export function extractBatch({ docs, options }: ExtractBatch): BatchItem[] {
  const kb = defaultKnowledgeBase();
  return docs.map((doc): BatchItem => {
    try {
      return { ok: true, result: extractDocument(doc, { ...options, kb }) };
    } catch (error) {
      return { ok: false, id: doc.id, error: (error as Error).message };
    }
  });
}

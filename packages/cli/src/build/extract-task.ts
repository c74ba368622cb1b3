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

/**
 * Fault injection for the tests of failure handling: `ENTENTE_TEST_FAULT=throw:<id>` makes that document's extraction
 * throw, `exit:<id>` kills the worker thread running it. Unset in normal use.
 */
function injectFault(id: string): void {
  const fault = process.env.ENTENTE_TEST_FAULT;
  if (!fault) return;
  const [kind, target] = fault.split(':', 2);
  if (target !== id) return;
  if (kind === 'throw') throw new Error('injected failure');
  if (kind === 'exit') process.exit(3);
}

export function extractBatch({ docs, options }: ExtractBatch): BatchItem[] {
  const kb = defaultKnowledgeBase();
  return docs.map((doc): BatchItem => {
    try {
      injectFault(doc.id);
      return { ok: true, result: extractDocument(doc, { ...options, kb }) };
    } catch (error) {
      return { ok: false, id: doc.id, error: (error as Error).message };
    }
  });
}

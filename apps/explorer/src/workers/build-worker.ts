/**
 * The build worker: core's map, reduce and finalize off the main thread (what `buildGraph` does, step by step, so
 * that each document's record — its text, sentences and mentions — comes back with the graph for the reader). It is
 * the only place the explorer imports the NLP pipeline, so wink-nlp and its model land in this worker's chunk and the
 * first render of a prebuilt graph never waits for them.
 */
import {
  addDocumentResult,
  createEntenteGraph,
  defaultKnowledgeBase,
  documentRecord,
  extractDocument,
  finalizeGraph,
  mergedEntities,
  redirectRecord,
  resolveOptions,
  type DocumentRecord,
} from '@entente/core';
import type { BuildMessage, BuildRequest } from './build-protocol.js';
import { errorText } from '../state/error-text.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<BuildRequest>) => void) | null;
  postMessage(message: BuildMessage): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const started = performance.now();
  try {
    const options = resolveOptions('explorer build', {});
    const kb = defaultKnowledgeBase();
    const graph = createEntenteGraph();
    const records: DocumentRecord[] = [];
    const { documents } = event.data;
    documents.forEach((doc, i) => {
      const result = extractDocument(doc, { ...options, kb });
      if (addDocumentResult(graph, result, options.maxEvidence)) records.push(documentRecord(doc, result));
      scope.postMessage({ kind: 'progress', done: i + 1, total: documents.length });
    });
    const final = finalizeGraph(graph, options, kb);
    const redirects = mergedEntities(final);
    scope.postMessage({ kind: 'done', graph: final.export(), records: records.map((r) => redirectRecord(r, redirects)), ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ kind: 'error', message: errorText(error) });
  }
};

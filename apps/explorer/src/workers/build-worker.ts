/**
 * The build worker: core's `buildGraph` off the main thread. It is the only place the explorer imports the NLP
 * pipeline, so wink-nlp and its model land in this worker's chunk and the first render of a prebuilt graph never
 * waits for them.
 */
import { buildGraph } from '@entente/core';
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
    const graph = buildGraph(event.data.documents, {
      onProgress: (done, total) => scope.postMessage({ kind: 'progress', done, total }),
    });
    scope.postMessage({ kind: 'done', graph: graph.export(), ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ kind: 'error', message: errorText(error) });
  }
};

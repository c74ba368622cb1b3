/**
 * The curation worker: the graph as opened (read again here from the same URL or file, so the page sends nothing
 * big), the last graph the rules gave, and core's `applyRules` — what `entente build --rules` runs — between them.
 * Each request answers with a diff, so the page changes only what the correction changed.
 */
import { applyRules, mergeGraphs, mergedEntities } from '@entente/core';
import { errorText } from '../state/error-text.js';
import { parseGraphFile, graphFromExport } from '../state/graph-io.js';
import { diffGraphs } from '../state/patch-graph.js';
import type { EntenteGraph } from '../state/types.js';
import type { FromCuration, ToCuration } from './curation-protocol.js';

let base: EntenteGraph | undefined;
let shown: EntenteGraph | undefined;
const post = (msg: FromCuration) => (self as unknown as Worker).postMessage(msg);

class NoDomParser {
  parseFromString(): never {
    throw new Error('the curation worker reads Entente JSON only');
  }
}

async function open(msg: Extract<ToCuration, { kind: 'open' }>): Promise<void> {
  const r = msg.request;
  const text = r.kind === 'url' ? await (await fetch(r.url)).text() : await r.file.text();
  base = parseGraphFile(r.kind === 'url' ? r.name : r.file.name, text, { DOMParser: NoDomParser }).graph;
  shown = base;
  post({ kind: 'ready' });
}

self.onmessage = (event: MessageEvent<ToCuration>) => {
  const msg = event.data;
  try {
    if (msg.kind === 'open') {
      open(msg).catch((error: unknown) => post({ kind: 'failed', message: errorText(error) }));
    } else if (msg.kind === 'add') {
      if (!base || !shown) return;
      const merged = base.copy() as EntenteGraph;
      mergeGraphs(merged, graphFromExport(msg.graph));
      // What is shown stays: the next answer's diff brings the new documents' entities.
      base = merged;
    } else if (msg.kind === 'apply') {
      if (!base || !shown) return;
      const { graph, report } = applyRules(base, msg.rules);
      const next = graph as EntenteGraph;
      const diff = diffGraphs(shown, next);
      shown = next;
      post({ kind: 'applied', id: msg.id, diff, report, movedTo: [...mergedEntities(next)] });
    }
  } catch (error) {
    post({ kind: 'failed', message: errorText(error) });
  }
};

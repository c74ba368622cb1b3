/**
 * "Export as": the graph formats are written from what is on screen (the filters' subgraph, with the colours and sizes
 * shown); PNG from the renderer, with a legend.
 */
import { ENTITY_TYPES } from '@entente/core';
import { TYPE_NAMES } from '@entente/core/export';
import type { DocumentScope } from './document-scope.js';
import type { Visibility } from './state/filters.js';
import { errorText } from './state/error-text.js';
import { exportSubgraph } from './state/subgraph.js';
import type { ColorBy, FilterState } from './state/types.js';
import { typeColor } from './views/palette.js';
import type { GraphSession } from './session.js';
import type { CanvasLook } from './views/canvas.js';
import { download, graphFiles, pngFile } from './views/export.js';
import type { ExportFormat } from './views/toolbar.js';
import type { PngLegend } from './views/png-legend.js';

export interface ExportHost {
  readonly session: GraphSession | undefined;
  readonly visibility: Visibility | undefined;
  readonly filters: FilterState;
  look(session: GraphSession): CanvasLook;
  /** What the PNG's legend says: a title, and the colours shown. */
  legend(): PngLegend;
  say(text: string): void;
  problem(text: string): void;
}

export async function exportView(host: ExportHost, format: ExportFormat): Promise<void> {
  const s = host.session;
  if (!s || !host.visibility) return;
  const base = `entente-${new Date().toISOString().slice(0, 10)}`;
  try {
    if (format === 'png') {
      download(await pngFile(s.canvas.sigma, base, host.legend()));
    } else {
      const sub = exportSubgraph(s.graph, host.filters, host.visibility, host.look(s));
      for (const file of graphFiles(sub, format, base)) download(file);
    }
    host.say(`Exported ${format.toUpperCase()}.`);
  } catch (error) {
    host.problem(`Export to ${format.toUpperCase()} failed: ${errorText(error)}`);
  }
}

/** The exported PNG's legend: what is shown of the graph, and what the colours mean (types or communities). */
export function viewLegend(s: GraphSession | undefined, v: Visibility | undefined, colorBy: ColorBy, scope: DocumentScope): PngLegend {
  if (!s || !v) return { title: 'Entente', entries: [] };
  const docs = scope.narrowed ? `, in ${scope.documentsShown} of ${scope.documents.length} documents` : '';
  const title = `Entente: ${v.visibleNodes.toLocaleString('en')} of ${s.graph.order.toLocaleString('en')} entities, ${v.visibleEdges.toLocaleString('en')} links${docs}`;
  const entries = colorBy === 'community'
    ? s.communities().items.map((c) => ({ color: c.color, label: `${c.label} (${c.size})` }))
    : ENTITY_TYPES.filter((t) => v.visibleByType[t] > 0).map((t) => ({ color: typeColor(t), label: `${TYPE_NAMES[t] ?? t} (${v.visibleByType[t].toLocaleString('en')})` }));
  return { title, entries };
}

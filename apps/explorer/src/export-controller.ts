/**
 * "Export as": the graph formats are written from what is on screen (the filters' subgraph, with the colours and sizes
 * shown); PNG from the renderer.
 */
import type { Visibility } from './state/filters.js';
import { errorText } from './state/error-text.js';
import { exportSubgraph } from './state/subgraph.js';
import type { FilterState } from './state/types.js';
import type { GraphSession } from './session.js';
import type { CanvasLook } from './views/canvas.js';
import { download, graphFiles, pngFile } from './views/export.js';
import type { ExportFormat } from './views/toolbar.js';

export interface ExportHost {
  readonly session: GraphSession | undefined;
  readonly visibility: Visibility | undefined;
  readonly filters: FilterState;
  look(session: GraphSession): CanvasLook;
  say(text: string): void;
  problem(text: string): void;
}

export async function exportView(host: ExportHost, format: ExportFormat): Promise<void> {
  const s = host.session;
  if (!s || !host.visibility) return;
  const base = `entente-${new Date().toISOString().slice(0, 10)}`;
  try {
    if (format === 'png') {
      download(await pngFile(s.canvas.sigma, base));
    } else {
      const sub = exportSubgraph(s.graph, host.filters, host.visibility, host.look(s));
      for (const file of graphFiles(sub, format, base)) download(file);
    }
    host.say(`Exported ${format.toUpperCase()}.`);
  } catch (error) {
    host.problem(`Export to ${format.toUpperCase()} failed: ${errorText(error)}`);
  }
}

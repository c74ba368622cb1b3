/**
 * Exports from the page. Graph formats are written by core's writers (the same as the CLI's) from the on-screen
 * subgraph; PNG is drawn by @sigma/export-image from the live renderer, so it shows exactly what is on screen, with a
 * legend drawn over it (png-legend.ts).
 * Files are handed to the browser as Blob downloads; nothing is uploaded anywhere.
 */
import { toBlob } from '@sigma/export-image';
import { type EdgeAttributes, type GraphAttributes, type NodeAttributes } from '@entente/core';
import { writeGraph } from '@entente/core/export';
import type Sigma from 'sigma';
import type { ShownSigma } from './canvas.js';
import type { EntenteGraph } from '../state/types.js';
import type { ExportFormat } from './toolbar.js';
import { drawPngLegend, type PngLegend } from './png-legend.js';

const MIME: Record<string, string> = {
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  csv: 'text/csv',
  png: 'image/png',
};

export interface DownloadFile {
  name: string;
  blob: Blob;
}

/** The files one export produces: one per format, two for CSV (nodes and edges). */
export function graphFiles(graph: EntenteGraph, format: Exclude<ExportFormat, 'png'>, base: string): DownloadFile[] {
  const written: unknown = writeGraph(graph, format, {});
  const mime = MIME[format] ?? 'application/octet-stream';
  if (typeof written === 'string') return [{ name: `${base}.${format}`, blob: new Blob([written], { type: mime }) }];
  if (written && typeof written === 'object') {
    // Multi-file formats (CSV) come back as { 'nodes.csv': text, 'edges.csv': text }.
    return Object.entries(written as Record<string, unknown>)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([part, text]) => ({ name: `${base}-${part.endsWith(`.${format}`) ? part : `${part}.${format}`}`, blob: new Blob([text], { type: mime }) }));
  }
  throw new Error(`explorer: the ${format} writer returned nothing`);
}

export async function pngFile(sigma: ShownSigma, base: string, legend?: PngLegend): Promise<DownloadFile> {
  // export-image is typed for an untyped Sigma; the renderer is the same object.
  const shot = await toBlob(sigma as unknown as Sigma, { format: 'png', backgroundColor: '#ffffff' });
  if (!legend) return { name: `${base}.png`, blob: shot };
  const image = await createImageBitmap(shot);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return { name: `${base}.png`, blob: shot };
  ctx.drawImage(image, 0, 0);
  drawPngLegend(ctx, legend, image.width / Math.max(1, sigma.getContainer().clientWidth));
  image.close();
  const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
  return { name: `${base}.png`, blob: blob ?? shot };
}

/** Save a file through a temporary object URL and a download link. */
export function download(file: DownloadFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reading an Entente graph from a file: graphology JSON, GEXF or GraphML, recognised by content (then extension)
 * through core's format registry. Node has no DOMParser, so the XML formats get @xmldom/xmldom's. Every failure
 * is one UsageError line naming the file.
 */
import { promises as fs } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { EntenteError } from '@entente/core';
import { IMPORT_FORMAT_IDS, detectFormat, readGraph, type ImportFormatId, type ImportedGraph } from '@entente/core/export';
import { UsageError } from '../errors.js';

/**
 * GEXF and GraphML are read through a DOM, which costs about 50 times the file in memory and grows slower than
 * linearly in time (a 29 MB GEXF: 10 s and 1.4 GB; 105 MB: 172 s and 4 GB). Larger files are refused, up front.
 */
export const MAX_XML_GRAPH_BYTES = 32 * 1024 * 1024;
/** JSON is parsed natively, but one file must fit in one JavaScript string (V8: 2^29 - 24 characters). */
export const MAX_JSON_GRAPH_BYTES = 512 * 1024 * 1024 - 64;

/** Refuse a graph file too large to read, before reading it: one line naming it, its size and the limit. */
export async function checkGraphFileSize(who: string, file: string): Promise<void> {
  const size = await fs.stat(file).then((s) => (s.isFile() ? s.size : 0), () => 0);
  if (size <= MAX_XML_GRAPH_BYTES) return;
  // Content decides, as it does for reading: a GEXF named .json is still XML.
  const head = await fs.open(file, 'r').then(async (h) => {
    try {
      const buffer = Buffer.alloc(256);
      const { bytesRead } = await h.read(buffer, 0, 256, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await h.close();
    }
  });
  const xml = head.replace(/^\uFEFF/, '').trimStart().startsWith('<');
  const limit = xml ? MAX_XML_GRAPH_BYTES : MAX_JSON_GRAPH_BYTES;
  if (size > limit) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new UsageError(
      `${who}: "${file}" is ${mb(size)}, over the ${mb(limit)} Entente reads as ${xml ? 'GEXF/GraphML (a DOM of ~50× the file); use the graph JSON that entente build wrote, or split the graph' : 'one graph JSON'}`,
    );
  }
}

export async function readGraphFile(file: string): Promise<ImportedGraph> {
  await checkGraphFileSize('entente', file);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(error));
    throw new UsageError(`entente: cannot read graph file "${file}": ${reason}`);
  }
  const format = text.trim() === '' ? undefined : detectFormat(file, text);
  if (format === undefined || !(IMPORT_FORMAT_IDS as string[]).includes(format)) {
    const why = text.trim() === '' ? ': it is empty' : format ? `: it looks like ${format}` : '';
    throw new UsageError(`entente: "${file}" is not a graph file Entente reads (${IMPORT_FORMAT_IDS.join(', ')})${why}`);
  }
  try {
    return readGraph(text, format as ImportFormatId, { DOMParser });
  } catch (error) {
    if (!(error instanceof EntenteError)) throw error;
    // Who complains (entente/readJson) means nothing to a CLI user; the file name says more.
    throw new UsageError(`entente: "${file}" is not a valid ${format.toUpperCase()} graph: ${error.detail}`);
  }
}

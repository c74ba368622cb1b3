/**
 * Reading an Entente graph from a file: graphology JSON, GEXF or GraphML, recognised by content (then extension)
 * through core's format registry. Node has no DOMParser, so the XML formats get @xmldom/xmldom's. Every failure
 * is one UsageError line naming the file.
 */
import { promises as fs } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { EntenteError, IMPORT_FORMAT_IDS, detectFormat, readGraph, type ImportFormatId, type ImportedGraph } from '@entente/core';
import { UsageError } from '../errors.js';

export async function readGraphFile(file: string): Promise<ImportedGraph> {
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
    // Core's message starts with who complains (entente/readJson: …); the file name says more to a CLI user.
    throw new UsageError(`entente: "${file}" is not a valid ${format.toUpperCase()} graph: ${error.message.replace(/^entente\/\w+: /, '')}`);
  }
}

/**
 * Dropped files → core Documents. Only the File is read here: its bytes go to core's one reader
 * (`@entente/core/documents`), the same `entente build` uses, so a file gives the same documents and the same graph in
 * the explorer as on the command line. HTML is parsed with the browser's DOMParser: a parsed document is inert (no
 * scripts run, no images load), core drops its handler attributes at once and keeps only its text, so nothing from
 * the file ever reaches the live page as markup.
 */
import type { Document } from '@entente/core';
import { readDocumentFile, type DocumentItem, type DocumentProblem, type HtmlParser } from '@entente/core/documents';

export type { HtmlParser } from '@entente/core/documents';

export interface ParsedDocuments {
  documents: Document[];
  /** One line per problem (a bad JSONL line, an empty file); the good documents are still used. */
  problems: string[];
}

/** The part of a File (or Blob with a name) read here. */
export interface NamedBytes {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * A dropped file's documents. The file's name is its documents' id and source, as `entente build` names a file given
 * directly; a `.gz` file is decompressed first (DecompressionStream, in every browser the explorer runs in).
 */
export async function readDroppedFile(file: NamedBytes, parser?: HtmlParser): Promise<ParsedDocuments> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.gz$/i.test(file.name)) bytes = await gunzip(bytes);
  } catch (error) {
    return { documents: [], problems: [`"${file.name}": cannot be read (${error instanceof Error ? error.message : String(error)})`] };
  }
  return parseDocumentFile(file.name, bytes, parser);
}

/** The documents of a file's bytes (or text), by core's reader. */
function parseDocumentFile(name: string, content: Uint8Array | string, parser?: HtmlParser): ParsedDocuments {
  return fromItems(readDocumentFile({ name, source: name }, content, parser ? { html: parser } : {}));
}

function fromItems(items: DocumentItem[]): ParsedDocuments {
  const documents: Document[] = [];
  const problems: string[] = [];
  for (const item of items) {
    if (item.kind === 'document') documents.push(item.doc);
    else if (item.kind === 'problem') problems.push(problemText(item.problem));
  }
  return { documents, problems };
}

/** `"speeches.jsonl" line 3: not valid JSON, line skipped`: the file named as the status bar names files. */
function problemText(p: DocumentProblem): string {
  return `"${p.file}"${p.line === undefined ? '' : ` line ${p.line}`}: ${p.reason}`;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Messages between the page and the build worker. Plain data only: they cross a structured-clone boundary. */
import type { Document, DocumentRecord } from '@entente/core';

export interface BuildRequest {
  documents: Document[];
}

export type BuildMessage =
  | { kind: 'progress'; done: number; total: number }
  /** `records`: each document's text, sentences and mentions (ids as in the graph), for the reader. */
  | { kind: 'done'; graph: unknown; records: DocumentRecord[]; ms: number }
  | { kind: 'error'; message: string };

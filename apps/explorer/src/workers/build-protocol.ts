/** Messages between the page and the build worker. Plain data only: they cross a structured-clone boundary. */
import type { Document } from '@entente/core';

export interface BuildRequest {
  documents: Document[];
}

export type BuildMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; graph: unknown; ms: number }
  | { kind: 'error'; message: string };

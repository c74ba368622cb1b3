/**
 * Messages of the load worker: the request (a same-origin URL or a picked/dropped file), then the graph in pieces —
 * its attributes, nodes and links in chunks small enough that adding one chunk is a short task on the main thread —
 * then what the user should know. Structured clones, not one big object: one 100 MB clone would be one long task.
 */
import type { EdgeAttributes, GraphAttributes, NodeAttributes, Reserve } from '@entente/core';

export type LoadRequest = { kind: 'url'; url: string; name: string } | { kind: 'file'; file: File };

export type LoadMessage =
  | { kind: 'progress'; stage: 'fetching' | 'parsing' | 'placing' }
  /** The answer was not a graph file: HTTP status, or an HTML page (a dev server's fallback for a missing file). */
  | { kind: 'missing'; status: number; fallback: boolean }
  | { kind: 'unreachable' }
  /** The attributes without the reserve's entities and links, which follow in `reserve` chunks (22 MB on UNGDC). */
  | { kind: 'graph'; attributes: GraphAttributes; allowSelfLoops: boolean; order: number; size: number }
  | { kind: 'reserve'; nodes: Reserve['nodes']; edges: Reserve['edges'] }
  | { kind: 'nodes'; nodes: Array<[string, NodeAttributes]> }
  | { kind: 'edges'; edges: Array<[string, string, string, EdgeAttributes]> }
  | { kind: 'done'; warnings: string[]; placed: number }
  /** `fileProblem`: a message for the user as it is (a bad file), else an unexpected error. */
  | { kind: 'error'; message: string; fileProblem: boolean };

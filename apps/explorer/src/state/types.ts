/** Types shared by the explorer's state and views. */
import type { UndirectedGraph } from 'graphology';
import type { EdgeAttributes, EntityType, GraphAttributes, NodeAttributes } from '@entente/core';

/** The one graph shape the explorer works on; loaders normalise every input to it. */
export type EntenteGraph = UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** What node size stands for. */
export type SizeMetric = 'mentions' | 'degree' | 'weightedDegree' | 'pagerank';
export const SIZE_METRIC_IDS: readonly SizeMetric[] = ['mentions', 'degree', 'weightedDegree', 'pagerank'];

/** What node colour stands for. */
export type ColorBy = 'type' | 'community';
export const COLOR_BY_IDS: readonly ColorBy[] = ['type', 'community'];

/** Ego-network depth around the selection; 0 is off. */
export type EgoDepth = 0 | 1 | 2;

/** The filter settings; pure data, so it round-trips through the URL. */
export interface FilterState {
  /** Types shown; a type not listed is hidden (unless `neighbours`). */
  types: EntityType[];
  /**
   * Also show the entities of other types linked to a shown one, with those links (not the links among them): "treaties
   * and who mentions them".
   */
  neighbours: boolean;
  /** Edges lighter than this are hidden. */
  minWeight: number;
  /** When > 0 and a node is selected, only its ego network is shown. */
  egoDepth: EgoDepth;
  hideIsolated: boolean;
  /**
   * Show only this many entities, the most mentioned first, of those the other filters leave (0: all). Big graphs open
   * with a limit (state/big-graph.ts); the selected entity is always shown.
   */
  topNodes: number;
  /** Hide entities whose confidence is under DOUBTFUL (see @entente/core graph/confidence.ts). */
  hideDoubtful: boolean;
}

/**
 * The selected item. An edge is named by its two endpoints (sorted), not its key: keys of an undirected Entente graph
 * may be generated, endpoints survive a rebuild and the URL.
 */
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; source: string; target: string } | null;

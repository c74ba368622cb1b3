/**
 * Messages between the layout runner (main thread) and the ForceAtlas2 worker. Positions travel as transferred
 * Float32Arrays (x, y per node in the runner's node order); `generation` names the graph structure they belong to, so
 * positions computed before an entity was merged away are never written onto the wrong nodes.
 */
import type { Fa2Settings } from '../state/layout-settings.js';

export type ToLayout =
  /** A new structure: the node matrix (graphology-layout-forceatlas2's layout, PPN floats per node) and edges. */
  | { kind: 'start'; generation: number; nodes: Float32Array; edges: Float32Array; settings: Fa2Settings; budgetMs: number }
  /** Go on from where the layout stopped (same structure), for up to `budgetMs`. */
  | { kind: 'resume'; budgetMs: number }
  | { kind: 'pause' }
  /** Send the current positions (the runner asks when the page has drawn the last ones). */
  | { kind: 'positions' };

export type StopReason = 'converged' | 'budget' | 'paused';

export type FromLayout =
  | { kind: 'positions'; generation: number; xy: Float32Array; iterations: number }
  | { kind: 'stopped'; generation: number; xy: Float32Array; iterations: number; reason: StopReason; ms: number };

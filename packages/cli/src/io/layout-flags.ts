/**
 * The layout's flags, shared by `entente build --layout` and `entente layout`: iterations and seed, read and checked
 * here with the flag's own spelling (core's `resolveLayoutOptions` checks them again, worded for the API), and the
 * summary line that says what ran and how long it took. The layout is not an option of the pipeline (it changes no
 * count), so it is not in core's OPTION_SCHEMA; its record goes in the manifest's `layout`.
 */
import { LAYOUT_DEFAULTS, MAX_LAYOUT_ITERATIONS, assignForceAtlas2Layout, type AssignableLayoutGraph, type LayoutOptions, type LayoutRecord } from '@entente/core';
import { UsageError } from '../errors.js';
import { parseIntOption } from './args.js';
import type { FlagSpec } from './command-line.js';

export const LAYOUT_ITERATIONS_FLAG: FlagSpec = {
  type: 'string',
  value: 'N',
  help: `ForceAtlas2 iterations (default ${LAYOUT_DEFAULTS.iterations}; the full UNGDC graph, 18,000 entities,\ntakes ~0.05 s each)`,
};
export const LAYOUT_SEED_FLAG: FlagSpec = { type: 'string', value: 'N', help: `seed of the layout's start (default ${LAYOUT_DEFAULTS.seed}): the same graph and seed give the same positions` };

/** --layout-iterations / --layout-seed (or --iterations / --seed), checked; only those given are set. */
export function readLayoutFlags(who: string, values: { iterations?: string; seed?: string }, names: { iterations: string; seed: string }): Partial<LayoutOptions> {
  const iterations = parseIntOption(who, names.iterations, values.iterations, 1);
  if (iterations !== undefined && iterations > MAX_LAYOUT_ITERATIONS) {
    throw new UsageError(`${who}: ${names.iterations} expects an integer from 1 to ${MAX_LAYOUT_ITERATIONS}, received "${values.iterations}"`);
  }
  const seed = parseIntOption(who, names.seed, values.seed, 0);
  return { ...(iterations !== undefined ? { iterations } : {}), ...(seed !== undefined ? { seed } : {}) };
}

export interface TimedLayout {
  record: LayoutRecord;
  ms: number;
}

/** Lay the graph out in place (positions, manifest record), timed. */
export function layOut(graph: AssignableLayoutGraph, options: Partial<LayoutOptions>): TimedLayout {
  const started = performance.now();
  const record = assignForceAtlas2Layout(graph, options);
  return { record, ms: performance.now() - started };
}

/** "ForceAtlas2, 300 iterations (Barnes-Hut, LinLog), 18,444 entities in 16.3 s", or what an update moved. */
export function describeLayout({ record, ms }: TimedLayout): string {
  const how = [record.barnesHut ? 'Barnes-Hut' : '', record.linLog ? 'LinLog' : ''].filter(Boolean).join(', ');
  const what = record.start === 'kept'
    ? `${record.placed.toLocaleString('en')} new of ${record.nodes.toLocaleString('en')} entities placed, the others kept`
    : `${record.nodes.toLocaleString('en')} entities`;
  return `ForceAtlas2, ${record.iterations} iterations${how ? ` (${how})` : ''}, seed ${record.seed}: ${what} in ${(ms / 1000).toFixed(1)} s`;
}

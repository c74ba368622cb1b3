/**
 * ForceAtlas2 in a web worker (graphology's supervisor), with settings inferred from the graph's size. The supervisor
 * writes x/y back onto the graph and sigma redraws on its own. Runs for a few seconds after a load, then stops so the
 * CPU is free; the user can start/stop it. `dispose()` kills the worker and the supervisor's graph listeners.
 */
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { cjsDefault } from '@entente/core';
import type { ResourceRegistry } from '../state/registry.js';
import type { EntenteGraph } from '../state/types.js';

const FA2Layout = cjsDefault(FA2LayoutModule);
const forceAtlas2 = cjsDefault(forceAtlas2Module);

export class LayoutRunner {
  private readonly supervisor: InstanceType<typeof FA2Layout>;
  private readonly release: () => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(graph: EntenteGraph, registry: ResourceRegistry, private readonly onChange: (running: boolean) => void = () => {}) {
    const settings = forceAtlas2.inferSettings(graph);
    // Weighted edges pull harder, so often co-mentioned entities sit together; linLog spreads clusters apart.
    this.supervisor = new FA2Layout(graph, {
      settings: { ...settings, edgeWeightInfluence: 1, linLogMode: false, adjustSizes: false },
      getEdgeWeight: 'weight',
    });
    this.release = registry.track('layout-worker');
  }

  get running(): boolean {
    return !this.disposed && this.supervisor.isRunning();
  }

  start(): void {
    if (this.disposed || this.running) return;
    this.supervisor.start();
    this.onChange(true);
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.disposed || !this.running) return;
    this.supervisor.stop();
    this.onChange(false);
  }

  /** Run for `ms`, then stop (the automatic run after a load). */
  runFor(ms: number): void {
    this.start();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), ms);
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  dispose(): void {
    if (this.disposed) return;
    this.stop();
    this.disposed = true;
    this.supervisor.kill();
    this.release();
  }
}

/**
 * ForceAtlas2 off the main thread, run by us rather than graphology's supervisor: the supervisor writes every
 * iteration back onto the graph, and on a big graph each write costs sigma a full reprocess (the page froze). Here
 * the worker iterates on its own, in slices of ~30 ms so it can read messages in between, and sends positions only
 * when the runner asks (after the page drew the last ones). It stops by itself when the layout has converged or its
 * time budget is spent, and can be paused and resumed without losing FA2's state (speeds, convergence).
 */
import iterateModule from 'graphology-layout-forceatlas2/iterate.js';
import { cjsDefault } from '@entente/core';
import { Convergence, positionsOf } from '../state/convergence.js';
import type { Fa2Settings } from '../state/layout-settings.js';
import type { FromLayout, StopReason, ToLayout } from './layout-protocol.js';

const iterate = cjsDefault(iterateModule) as (settings: Fa2Settings, nodes: Float32Array, edges: Float32Array) => unknown;

/** Iterations run back to back before the worker looks at its messages again. */
const SLICE_MS = 30;

interface Run {
  generation: number;
  nodes: Float32Array;
  edges: Float32Array;
  settings: Fa2Settings;
  convergence: Convergence;
  iterations: number;
  startedAt: number;
  until: number;
}

let run: Run | undefined;
let running = false;
const post = (msg: FromLayout, transfer: Transferable[]) => (self as unknown as Worker).postMessage(msg, transfer);

// A MessageChannel round trip yields to the event loop (so messages are read) without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
let wake: (() => void) | undefined;
channel.port1.onmessage = () => wake?.();
const yieldToMessages = () => new Promise<void>((ok) => {
  wake = ok;
  channel.port2.postMessage(0);
});

function stop(reason: StopReason): void {
  running = false;
  if (!run) return;
  const xy = positionsOf(run.nodes);
  post({ kind: 'stopped', generation: run.generation, xy, iterations: run.iterations, reason, ms: Math.round(performance.now() - run.startedAt) }, [xy.buffer]);
}

async function loop(): Promise<void> {
  while (running && run) {
    const r = run;
    const sliceEnd = performance.now() + SLICE_MS;
    let settled = false;
    do {
      iterate(r.settings, r.nodes, r.edges);
      r.iterations += 1;
      settled = r.convergence.update(r.nodes);
    } while (!settled && performance.now() < sliceEnd);
    if (settled) return stop('converged');
    if (performance.now() >= r.until) return stop('budget');
    await yieldToMessages();
  }
}

self.onmessage = (event: MessageEvent<ToLayout>) => {
  const msg = event.data;
  if (msg.kind === 'start') {
    const now = performance.now();
    run = { generation: msg.generation, nodes: msg.nodes, edges: msg.edges, settings: msg.settings, convergence: new Convergence(msg.nodes), iterations: 0, startedAt: now, until: now + msg.budgetMs };
    if (!running) {
      running = true;
      void loop();
    }
  } else if (msg.kind === 'resume') {
    if (!run || running) return;
    // A resumed layout starts judging convergence again: the user asked for more.
    run.convergence = new Convergence(run.nodes);
    run.until = performance.now() + msg.budgetMs;
    running = true;
    void loop();
  } else if (msg.kind === 'pause') {
    if (running) stop('paused');
  } else if (msg.kind === 'positions') {
    if (!run || !running) return;
    const xy = positionsOf(run.nodes);
    post({ kind: 'positions', generation: run.generation, xy, iterations: run.iterations }, [xy.buffer]);
  }
};

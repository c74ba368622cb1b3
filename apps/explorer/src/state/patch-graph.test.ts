import { describe, expect, it } from 'vitest';
import { applyRules, createEntenteGraph, edgeKey } from '@entente/core';
import { writeJson } from '@entente/core/export';
import type { EntenteGraph } from './types.js';
import { applyDiff, diffGraphs, isStructural, patchGraph } from './patch-graph.js';

function base(): EntenteGraph {
  const g = createEntenteGraph() as EntenteGraph;
  const node = (id: string, label: string, type: 'person' | 'state', x: number) => g.addNode(id, { label, type, aliases: [], mentions: 2, docs: ['d1'], evidence: [], x, y: x });
  node('person:a', 'A', 'person', 1);
  node('person:b', 'B', 'person', 2);
  node('person:c', 'C', 'person', 3);
  node('RUS', 'Russia', 'state', 4);
  const edge = (s: string, t: string, w: number) => g.addUndirectedEdgeWithKey(edgeKey(s, t), s < t ? s : t, s < t ? t : s, { weight: w, docs: ['d1'], evidence: [] });
  edge('person:a', 'RUS', 2);
  edge('person:b', 'RUS', 3);
  edge('person:a', 'person:c', 1);
  return g;
}

/** The graph as JSON without positions, nodes and edges sorted: what a user could tell apart. */
function content(g: EntenteGraph): unknown {
  const data = JSON.parse(writeJson(g));
  for (const n of data.nodes) for (const k of ['x', 'y']) delete n.attributes[k];
  data.nodes.sort((x: { key: string }, y: { key: string }) => (x.key < y.key ? -1 : 1));
  data.edges.sort((x: { key: string }, y: { key: string }) => (x.key < y.key ? -1 : 1));
  return data;
}

describe('#patchGraph', () => {
  it('makes the graph on screen the curated graph, in place, keeping positions', () => {
    const screen = base();
    const before = screen.getNodeAttributes('RUS');
    const { graph: curated } = applyRules(screen, [{ merge: ['person:b'], into: 'person:a' }, { rename: 'person:c', label: 'Cee' }, { hide: 'RUS' }]);
    const patch = patchGraph(screen, curated);
    expect(content(screen)).toEqual(content(curated));
    expect(patch.droppedNodes).toBe(2);
    expect(patch.changedNodes).toBeGreaterThanOrEqual(1);
    expect(isStructural(patch)).toBe(true);
    expect(screen.getNodeAttribute('person:a', 'x')).toBe(1);
    expect(before.x).toBe(4);
  });

  it('changes nothing when the graphs agree, and only a label for a rename', () => {
    const screen = base();
    const same = applyRules(screen, []).graph;
    const nothing = patchGraph(screen, same);
    expect(nothing).toEqual({ addedNodes: [], droppedNodes: 0, changedNodes: 0, addedEdges: 0, droppedEdges: 0, changedEdges: 0 });
    const renamed = applyRules(screen, [{ rename: 'person:c', label: 'Cee' }]).graph;
    const events: string[] = [];
    screen.on('nodeAttributesUpdated', ({ key }) => events.push(key));
    const patch = patchGraph(screen, renamed);
    expect(patch.changedNodes).toBe(1);
    expect(isStructural(patch)).toBe(false);
    expect(events).toEqual(['person:c']);
    expect(screen.getNodeAttribute('person:c', 'label')).toBe('Cee');
  });

  it('puts a re-keyed entity where the one it replaces was', () => {
    const screen = base();
    const { graph } = applyRules(screen, [{ retype: 'person:c', type: 'state' }]);
    const patch = patchGraph(screen, graph, new Map([['person:c', 'state:c']]));
    expect(patch.addedNodes).toEqual(['state:c']);
    expect(screen.getNodeAttributes('state:c')).toMatchObject({ x: 3, y: 3, type: 'state' });
    expect(screen.hasEdge('person:a', 'state:c')).toBe(true);
  });

  it('applies a diff made elsewhere (structured-cloned, as the curation worker sends it) to the graph on screen', () => {
    const asOpened = base();
    const screen = base();
    const first = applyRules(asOpened, [{ merge: ['person:b'], into: 'person:a' }]).graph;
    const second = applyRules(asOpened, [{ merge: ['person:b'], into: 'person:a' }, { retype: 'person:c', type: 'state' }]).graph;
    applyDiff(screen, structuredClone(diffGraphs(asOpened, first)));
    expect(content(screen)).toEqual(content(first));
    const diff = structuredClone(diffGraphs(first, second));
    // What the rules changed travels (the retyped entity; the merge's target, whose merged lists are new in every
    // run), not what they left alone.
    expect(diff.nodes.map(([id]) => id).sort()).toEqual(['person:a', 'state:c']);
    expect(diff.droppedNodes).toEqual(['person:c']);
    expect(diff.attributes.documents).toBeUndefined();
    const patch = applyDiff(screen, diff, new Map([['person:c', 'state:c']]));
    expect(content(screen)).toEqual(content(second));
    expect(patch.addedNodes).toEqual(['state:c']);
    expect(screen.getNodeAttributes('state:c')).toMatchObject({ x: 3, y: 3 });
    expect(screen.getNodeAttributes('person:a')).toMatchObject({ x: 1, y: 1 });
  });

  it('sends only what changed in the reserve\'s links, and the page rebuilds the same list', () => {
    const asOpened = base();
    const withheld = { key: 'person:w', attributes: { label: 'W', type: 'person', aliases: [], mentions: 1, docs: [], evidence: [] } };
    const link = (s: string, t: string) => ({ key: edgeKey(s, t), source: s < t ? s : t, target: s < t ? t : s, attributes: { weight: 1, docs: [], evidence: [] } });
    asOpened.setAttribute('reserve', { nodes: [withheld], edges: [link('person:b', 'person:w'), link('RUS', 'person:w')] } as never);
    const screen = asOpened.copy() as EntenteGraph;
    const { graph } = applyRules(asOpened, [{ merge: ['person:b'], into: 'person:a' }]);
    const diff = structuredClone(diffGraphs(asOpened, graph));
    expect(diff.attributes.reserve).toBeUndefined();
    expect(diff.reserveEdges?.filter((e) => typeof e === 'number')).toEqual([1]);
    applyDiff(screen, diff);
    expect(screen.getAttribute('reserve')).toEqual(graph.getAttribute('reserve'));
    expect(content(screen)).toEqual(content(graph));
  });
});

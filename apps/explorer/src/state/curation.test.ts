import { describe, expect, it } from 'vitest';
import { createEntenteGraph } from '@entente/core';
import { writeJson } from '@entente/core/export';
import { CurationLog, hideRule, looksLikeRules, mergeRule, renameRule, retypeRule, retypedId, rulesText, parseRules } from './curation.js';
import type { EntenteGraph } from './types.js';

function graph(): EntenteGraph {
  const g = createEntenteGraph() as EntenteGraph;
  g.replaceAttributes({ manifest: { generator: 'entente', version: 't', kbVersion: 't', options: { maxEvidence: 5 }, documentCount: 1 }, documents: [{ id: 'd' }] });
  g.addNode('RUS', { label: 'Russia', type: 'state', aliases: ['Russia'], mentions: 3, docs: ['d'], kbId: 'RUS', evidence: [], x: 1, y: 2 });
  g.addNode('person:lavrov', { label: 'Lavrov', type: 'person', aliases: ['Lavrov'], mentions: 1, docs: ['d'], evidence: [], x: 3, y: 4 });
  g.addNode('organisation:moscow-treaty', { label: 'Moscow Treaty', type: 'organisation', aliases: [], mentions: 1, docs: ['d'], evidence: [], x: 5, y: 6 });
  g.addUndirectedEdgeWithKey('RUS--person:lavrov', 'RUS', 'person:lavrov', { weight: 2, docs: ['d'], evidence: [] });
  return g;
}

describe('rules from actions', () => {
  it('names KB entities by id, others by id with the label to fall back on', () => {
    const g = graph();
    expect(hideRule(g, 'RUS')).toEqual({ hide: 'RUS' });
    expect(mergeRule(g, 'person:lavrov', 'RUS')).toEqual({ merge: [{ id: 'person:lavrov', label: 'Lavrov' }], into: 'RUS' });
    expect(renameRule(g, 'person:lavrov', ' Sergey Lavrov ')).toEqual({ rename: { id: 'person:lavrov', label: 'Lavrov' }, label: 'Sergey Lavrov' });
    expect(retypeRule(g, 'organisation:moscow-treaty', 'treaty')).toEqual({ retype: { id: 'organisation:moscow-treaty', label: 'Moscow Treaty' }, type: 'treaty' });
    expect(retypedId(g, 'organisation:moscow-treaty', 'treaty')).toBe('treaty:moscow-treaty');
    expect(retypedId(g, 'RUS', 'organisation')).toBe('RUS');
  });

  it('downloads what it reads back', () => {
    const rules = [hideRule(graph(), 'RUS')];
    expect(parseRules(rulesText(rules)).rules).toEqual(rules);
    expect(looksLikeRules(rulesText(rules))).toBe(true);
    expect(looksLikeRules('\uFEFF { "entente-rules": 1, "rules": [] }')).toBe(true);
    expect(looksLikeRules(writeJson(graph()))).toBe(false);
    expect(looksLikeRules('{"note": "by hand", "rules": [], "entente-rules": 1}')).toBe(true);
    expect(looksLikeRules('{"nodes": [], "note": "\\"entente-rules\\""}')).toBe(false);
  });
});

describe('CurationLog', () => {
  it('applies every rule to the graph as opened, and undoes the last', () => {
    const base = graph();
    const log = new CurationLog();
    log.reset(base);
    log.add(hideRule(base, 'person:lavrov'));
    const first = log.apply(base);
    expect(first.graph.nodes()).toEqual(['RUS', 'organisation:moscow-treaty']);
    log.add(retypeRule(base, 'organisation:moscow-treaty', 'treaty'));
    expect(log.apply(first.graph).graph.nodes()).toEqual(['RUS', 'treaty:moscow-treaty']);
    expect(log.undo()).toBe(true);
    expect(log.apply(first.graph).graph.nodes()).toEqual(['RUS', 'organisation:moscow-treaty']);
    expect(base.order).toBe(3);
  });

  it('keeps the positions the layout gave the curated graph', () => {
    const base = graph();
    const log = new CurationLog();
    log.reset(base);
    log.add(hideRule(base, 'person:lavrov'));
    const shown = log.apply(base).graph;
    shown.mergeNodeAttributes('RUS', { x: 40, y: 50 });
    log.add(renameRule(base, 'RUS', 'Russian Federation'));
    expect(log.apply(shown).graph.getNodeAttributes('RUS')).toMatchObject({ label: 'Russian Federation', x: 40, y: 50 });
  });

  it('corrects what added documents bring: they join the graph as opened, and the rules apply to all of it', () => {
    const base = graph();
    const log = new CurationLog();
    log.reset(base);
    log.add(hideRule(base, 'person:lavrov'));
    const more = graph();
    more.replaceAttributes({ ...more.getAttributes(), documents: [{ id: 'e' }] });
    more.updateEachNodeAttributes((_id, a) => ({ ...a, docs: ['e'] }));
    more.updateEachEdgeAttributes((_e, a) => ({ ...a, docs: ['e'] }));
    expect(log.addToBase(more)).toBe(true);
    const { graph: shown } = log.apply(undefined);
    expect(shown.hasNode('person:lavrov')).toBe(false);
    expect(shown.getNodeAttributes('RUS')).toMatchObject({ mentions: 6, docs: ['d', 'e'] });
    expect(base.getNodeAttribute('RUS', 'mentions')).toBe(3);
  });

  it('undoes a file opened as one change, and starts again with a new graph', () => {
    const log = new CurationLog();
    log.reset(graph());
    log.add({ hide: 'RUS' });
    log.replace([{ hide: 'person:lavrov' }, { hide: 'RUS' }]);
    expect(log.rules).toHaveLength(2);
    log.undo();
    expect(log.rules).toEqual([{ hide: 'RUS' }]);
    log.reset(graph());
    expect(log.rules).toEqual([]);
    expect(log.canUndo).toBe(false);
  });
});

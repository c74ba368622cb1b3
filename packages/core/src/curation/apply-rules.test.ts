import { describe, expect, it } from 'vitest';
import { writeJson } from '../export/json.js';
import { applyRules } from './apply-rules.js';
import type { Rule } from './rules.js';
import { curationGraph, ev } from './__fixtures__/curation-graph.js';

describe('#applyRules', () => {
  it('hides an entity and its links, leaving the input as it was', () => {
    const g = curationGraph();
    const before = writeJson(g);
    const { graph, report } = applyRules(g, [{ hide: 'person:alpha' }]);
    expect(graph.hasNode('person:alpha')).toBe(false);
    expect(graph.edges().filter((e) => e.includes('person:alpha--') || e.endsWith('--person:alpha'))).toEqual([]);
    expect(graph.size).toBe(2);
    expect(report).toMatchObject({ rules: 1, applied: 1, unused: 0, outcomes: [{ index: 0, kind: 'hide', applied: true, entities: ['person:alpha'] }] });
    expect(writeJson(g)).toBe(before);
  });

  it('merges as the reduce counts: mentions and weights add, documents unite, a shared sentence is kept once with both marks', () => {
    const { graph } = applyRules(curationGraph(), [{ merge: ['person:alpha'], into: 'person:alpha-beta' }]);
    expect(graph.hasNode('person:alpha')).toBe(false);
    const n = graph.getNodeAttributes('person:alpha-beta');
    expect(n).toMatchObject({ label: 'Alpha Beta', mentions: 5, docs: ['d1', 'd2'], aliases: ['A.', 'Alpha', 'Alpha Beta'], foundBy: { model: 1, rule: 2 } });
    expect(n.evidence).toEqual([ev('d1', 0, 10, [[0, 5], [6, 10]]), ev('d2', 0, 5)]);
    expect(n.confidence).toBe(0.83);
    expect(n.ambiguous).toBeUndefined();
    // Their own link would be a self-loop; the links to Russia add up.
    expect(graph.hasEdge('person:alpha--person:alpha-beta')).toBe(false);
    expect(graph.getEdgeAttributes('RUS--person:alpha-beta')).toMatchObject({ weight: 3, docs: ['d1', 'd2'] });
    expect(graph.getEdgeAttribute('RUS--person:alpha-beta', 'evidence')).toHaveLength(2);
  });

  it('finds entities by label or alias, so rules survive a change of id', () => {
    const byLabel = applyRules(curationGraph(), [{ merge: [{ id: 'person:gone', label: 'ALPHA' }], into: { alias: 'Alpha Beta' } }]);
    expect(byLabel.report.outcomes[0]).toMatchObject({ applied: true, entities: ['person:alpha', 'person:alpha-beta'] });
    const byAlias = applyRules(curationGraph(), [{ hide: { alias: 'a.' } }]);
    expect(byAlias.graph.hasNode('person:alpha')).toBe(false);
    // A label match is the label only; `type` narrows a name to one entity.
    expect(applyRules(curationGraph(), [{ hide: { label: 'A.' } }]).report.unused).toBe(1);
    const typed = applyRules(curationGraph(), [{ hide: { label: 'Moscow Treaty', type: 'treaty' } }]);
    expect(typed.graph.hasNode('treaty:moscow-treaty')).toBe(false);
    expect(typed.graph.hasNode('organisation:moscow-treaty')).toBe(true);
  });

  it('follows earlier rules: a chain of merges ends in one entity, and a merged id still names it', () => {
    const rules: Rule[] = [
      { merge: ['person:alpha'], into: 'person:alpha-beta' },
      { merge: ['person:alpha-beta'], into: 'RUS' },
      { rename: 'person:alpha', label: 'Russian Federation' },
    ];
    const { graph, report } = applyRules(curationGraph(), rules);
    expect(report.applied).toBe(3);
    expect(graph.nodes()).toEqual(['RUS', 'organisation:moscow-treaty', 'treaty:moscow-treaty']);
    expect(graph.getNodeAttributes('RUS')).toMatchObject({ label: 'Russian Federation', mentions: 10, kbId: 'RUS', confidence: 1 });
    expect(graph.edges()).toEqual(['RUS--organisation:moscow-treaty']);
  });

  it('retypes: the id takes the new type, links follow, and an entity already of that id absorbs it', () => {
    const { graph } = applyRules(curationGraph(), [{ retype: 'organisation:moscow-treaty', type: 'treaty' }]);
    expect(graph.hasNode('organisation:moscow-treaty')).toBe(false);
    expect(graph.getNodeAttributes('treaty:moscow-treaty')).toMatchObject({ type: 'treaty', mentions: 3, docs: ['d2', 'd3'] });
    expect(graph.getEdgeAttributes('RUS--treaty:moscow-treaty')).toMatchObject({ weight: 1, docs: ['d2'] });
    const alone = applyRules(curationGraph(), [{ retype: 'person:alpha', type: 'organisation' }]).graph;
    expect(alone.getNodeAttributes('organisation:alpha')).toMatchObject({ type: 'organisation', mentions: 2 });
    expect(alone.getNodeAttribute('organisation:alpha', 'ambiguous')).toBeUndefined();
    expect(alone.hasEdge('organisation:alpha--person:alpha-beta')).toBe(true);
    // The KB's ids carry no type: they stay.
    expect(applyRules(curationGraph(), [{ retype: 'RUS', type: 'organisation' }]).graph.getNodeAttribute('RUS', 'type')).toBe('organisation');
  });

  it('renames', () => {
    const { graph, report } = applyRules(curationGraph(), [{ rename: 'person:alpha', label: ' Alpha Gamma ' }, { rename: 'RUS', label: 'Russia' }]);
    expect(graph.getNodeAttribute('person:alpha', 'label')).toBe('Alpha Gamma');
    // A rule the graph already holds to (a graph read back for --update) is applied, not stale.
    expect(report.outcomes[1]).toMatchObject({ applied: true, entities: ['RUS'] });
  });

  it('keeps rules whose entity is absent, reports them unused with the reason, and changes nothing for them', () => {
    const { graph, report } = applyRules(curationGraph(), [
      { hide: 'person:nobody' },
      { merge: ['person:alpha'], into: { label: 'Moscow Treaty' } },
      { hide: 'person:alpha' },
      { rename: 'person:alpha', label: 'X' },
      { merge: ['person:nobody', 'person:alpha-beta'], into: 'RUS' },
    ]);
    expect(report).toMatchObject({ rules: 5, applied: 2, unused: 3 });
    expect(report.outcomes.map((o) => o.reason)).toEqual([
      'no entity "person:nobody"',
      '"into" matches 2 entities (organisation:moscow-treaty, treaty:moscow-treaty): name one by its id',
      undefined,
      '"person:alpha" was hidden by rules[2]',
      'no entity "person:nobody"',
    ]);
    expect(report.outcomes[4]!.applied).toBe(true);
    expect(graph.hasNode('person:alpha-beta')).toBe(false);
  });

  it('is deterministic and records the curation in the manifest', () => {
    const rules: Rule[] = [{ retype: 'organisation:moscow-treaty', type: 'treaty' }, { merge: ['person:alpha'], into: 'person:alpha-beta' }];
    const a = writeJson(applyRules(curationGraph(), rules).graph);
    expect(writeJson(applyRules(curationGraph(), rules).graph)).toBe(a);
    const { graph } = applyRules(curationGraph(), rules);
    expect(graph.getAttribute('manifest').curation).toEqual({ rules: 2, applied: 2, unused: 0 });
    expect(graph.nodes()).toEqual([...graph.nodes()].sort());
    expect(graph.edges()).toEqual([...graph.edges()].sort());
  });

  it('keeps the promise of --prune-isolated: an entity left without links goes too', () => {
    const { graph } = applyRules(curationGraph({ pruneIsolated: true }), [{ hide: 'RUS' }]);
    expect(graph.nodes()).toEqual(['person:alpha', 'person:alpha-beta']);
  });

  it('moves the reserve\'s links with the rules: to where a merged entity went, away with a hidden one', () => {
    const g = curationGraph();
    const attributes = { weight: 1, docs: ['d1'], evidence: [] };
    g.setAttribute('reserve', {
      nodes: [{ key: 'person:x', attributes: { label: 'X', type: 'person', aliases: ['X'], mentions: 1, docs: ['d1'], evidence: [] } }],
      edges: [
        { key: 'RUS--person:x', source: 'RUS', target: 'person:x', attributes },
        { key: 'person:alpha--person:x', source: 'person:alpha', target: 'person:x', attributes },
      ],
    });
    const { graph } = applyRules(g, [{ hide: 'RUS' }, { merge: ['person:alpha'], into: 'person:alpha-beta' }]);
    expect(graph.getAttribute('reserve')!.edges).toEqual([{ key: 'person:alpha-beta--person:x', source: 'person:alpha-beta', target: 'person:x', attributes }]);
    expect(graph.getAttribute('reserve')!.nodes).toHaveLength(1);
  });

  it('validates at the entry', () => {
    expect(() => applyRules(curationGraph(), [{ hide: 3 } as unknown as Rule])).toThrow('rules: rules[0].hide: expects an entity id or {"id", "label", "alias", "type"}, received 3');
  });
});

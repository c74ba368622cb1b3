/**
 * A small Entente graph written by hand for unit tests: two documents, eight entities of the four types, one isolated
 * entity, evidence with correct offsets and marks. Built by a function so every test gets a fresh, mutable copy.
 */
import { UndirectedGraph } from 'graphology';
import type { EdgeAttributes, EntityType, Evidence, GraphAttributes, NodeAttributes } from '@entente/core';
import type { EntenteGraph } from '../state/types.js';

const DOCS: Record<string, { title: string; sentences: string[] }> = {
  geneva: {
    title: 'Lavrov and Blinken meet in Geneva',
    sentences: [
      'Russian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken in Geneva on Friday.',
      'Lavrov said NATO must not expand to Ukraine.',
      'The United States and Russia agreed to keep talking about the New START treaty.',
    ],
  },
  vienna: {
    title: 'OSCE ministers gather in Vienna',
    sentences: ['Blinken told the OSCE that Ukraine must choose its own alliances.', 'The OSCE meets again in December.'],
  },
};

/** Evidence for sentence `index` of `doc`, marking each of `names` where it occurs. */
function ev(doc: string, index: number, names: string[]): Evidence {
  const sentences = DOCS[doc]!.sentences;
  const text = sentences[index]!;
  const start = sentences.slice(0, index).reduce((n, s) => n + s.length + 1, 0);
  const marks = names.map((name): [number, number] => {
    const at = text.indexOf(name);
    if (at < 0) throw new Error(`fixture: "${name}" is not in "${text}"`);
    return [at, at + name.length];
  });
  return { doc, sentence: index, start, end: start + text.length, text, marks };
}

function node(label: string, type: EntityType, aliases: string[], mentions: number, docs: string[], evidence: Evidence[]): NodeAttributes {
  return { label, type, aliases, mentions, docs, evidence };
}

export function smallGraph(): EntenteGraph {
  const g = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  g.replaceAttributes({
    manifest: { generator: 'entente', version: '0.0.0-fixture', kbVersion: 'fixture', options: {}, documentCount: 2 },
    documents: Object.entries(DOCS).map(([id, d]) => ({ id, title: d.title })),
  });
  g.addNode('person:sergey-lavrov', node('Sergey Lavrov', 'person', ['Lavrov', 'Sergey Lavrov'], 2, ['geneva'], [ev('geneva', 0, ['Sergey Lavrov']), ev('geneva', 1, ['Lavrov'])]));
  g.addNode('person:antony-blinken', node('Antony Blinken', 'person', ['Blinken', 'Antony Blinken'], 2, ['geneva', 'vienna'], [ev('geneva', 0, ['Antony Blinken']), ev('vienna', 0, ['Blinken'])]));
  g.addNode('RUS', node('Russia', 'state', ['Russia', 'Russian'], 2, ['geneva'], [ev('geneva', 0, ['Russian']), ev('geneva', 2, ['Russia'])]));
  g.addNode('USA', node('United States', 'state', ['United States', 'US'], 2, ['geneva'], [ev('geneva', 0, ['US']), ev('geneva', 2, ['United States'])]));
  g.addNode('UKR', node('Ukraine', 'state', ['Ukraine'], 2, ['geneva', 'vienna'], [ev('geneva', 1, ['Ukraine']), ev('vienna', 0, ['Ukraine'])]));
  g.addNode('org:nato', node('NATO', 'organisation', ['NATO'], 1, ['geneva'], [ev('geneva', 1, ['NATO'])]));
  g.addNode('org:osce', node('Organization for Security and Co-operation in Europe', 'organisation', ['OSCE'], 2, ['vienna'], [ev('vienna', 0, ['OSCE']), ev('vienna', 1, ['OSCE'])]));
  g.addNode('treaty:new-start', node('New START', 'treaty', ['New START'], 1, ['geneva'], [ev('geneva', 2, ['New START'])]));
  g.addNode('treaty:budapest-memorandum', node('Budapest Memorandum', 'treaty', ['Budapest Memorandum'], 1, ['vienna'], []));

  const edge = (a: string, b: string, weight: number, evidence: Evidence[]): void => {
    g.addEdge(a, b, { weight, docs: [...new Set(evidence.map((e) => e.doc))], evidence });
  };
  edge('person:sergey-lavrov', 'person:antony-blinken', 1, [ev('geneva', 0, ['Sergey Lavrov', 'Antony Blinken'])]);
  edge('person:sergey-lavrov', 'RUS', 1, [ev('geneva', 0, ['Russian', 'Sergey Lavrov'])]);
  edge('person:antony-blinken', 'USA', 1, [ev('geneva', 0, ['US', 'Antony Blinken'])]);
  edge('RUS', 'USA', 2, [ev('geneva', 0, ['Russian', 'US']), ev('geneva', 2, ['United States', 'Russia'])]);
  edge('person:sergey-lavrov', 'org:nato', 1, [ev('geneva', 1, ['Lavrov', 'NATO'])]);
  edge('org:nato', 'UKR', 1, [ev('geneva', 1, ['NATO', 'Ukraine'])]);
  edge('person:sergey-lavrov', 'UKR', 1, [ev('geneva', 1, ['Lavrov', 'Ukraine'])]);
  edge('RUS', 'treaty:new-start', 1, [ev('geneva', 2, ['Russia', 'New START'])]);
  edge('USA', 'treaty:new-start', 1, [ev('geneva', 2, ['United States', 'New START'])]);
  edge('person:antony-blinken', 'org:osce', 1, [ev('vienna', 0, ['Blinken', 'OSCE'])]);
  edge('org:osce', 'UKR', 1, [ev('vienna', 0, ['OSCE', 'Ukraine'])]);
  edge('person:antony-blinken', 'UKR', 1, [ev('vienna', 0, ['Blinken', 'Ukraine'])]);
  return g;
}

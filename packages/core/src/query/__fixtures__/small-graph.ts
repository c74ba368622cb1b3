/**
 * A small, hand-made Entente graph for query tests: the people, states, organisations and treaties of the RT article
 * on Russia's "indivisible security" letters, plus two UN General Debate speeches. Weights count sentence windows;
 * evidence quotes the sentences with the mentions marked, as the builder would.
 */
import { UndirectedGraph } from 'graphology';
import type { DocumentInfo, EdgeAttributes, EntityType, Evidence, GraphAttributes, NodeAttributes } from '../../types.js';

export type SmallGraph = UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const RT = 'rt-security-for-all';
const RUS = 'RUS_76_2021';
const USA = 'USA_76_2021';

export const SMALL_GRAPH_DOCUMENTS: DocumentInfo[] = [
  { id: RT, title: 'Security For All, or Security for None', source: 'RT' },
  { id: RUS, title: 'UN General Debate 2021: Russian Federation', date: '2021-09-25' },
  { id: USA, title: 'UN General Debate 2021: United States', date: '2021-09-21' },
];

/** The sentences evidence is cut from, by document; a sentence's index is its position here. */
const SENTENCES: Record<string, string[]> = {
  [RT]: [
    'The responses to its security proposals that Russia has received so far from the US and NATO demonstrate that Moscow and the western nations have fundamental differences, Russian Foreign Minister Sergey Lavrov said.',
    'The principle was formulated in the OSCE Charter for European Security signed at the Istanbul summit in 1999.',
    'The Istanbul Charter provides that each OSCE participating state has an equal right to security, and not only NATO countries, he said.',
    'They prefer to rely on documents that do not contain it, like the 1990 OSCE Paris Charter for New Europe, Lavrov said.',
    'As of now, he argued that NATO aspires to have military supremacy bypassing the prerogatives of the UN Security Council.',
    'The Russian foreign ministry sent letters to the top diplomats of the US, Canada, and several European countries, Lavrov said.',
    'Lavrov’s statement came as Russian President Vladimir Putin said that the US response to Russia’s security initiatives reveal that Moscow’s concerns were ignored.',
    'Russia wants the OSCE to confirm the principle of indivisible security, Lavrov said.',
  ],
  [RUS]: [
    'Russia will keep working in the UN Security Council on the basis of the Charter.',
    'The OSCE, the UN Security Council and Russia share the task of keeping the peace in Europe.',
    'Russia recalls the commitments of the Charter for European Security.',
    'President Vladimir Putin has proposed a summit of the permanent members of the UN Security Council, Russia said.',
  ],
  [USA]: [
    'The United States will work with partners in the UN Security Council.',
    'The United States reaffirms its commitment to the UN Security Council and to the OSCE.',
  ],
};

/** Evidence for one sentence, with every listed surface form marked. */
function evidence(doc: string, sentence: number, ...names: string[]): Evidence {
  const sentences = SENTENCES[doc]!;
  const text = sentences[sentence]!;
  let start = 0;
  for (let i = 0; i < sentence; i++) start += sentences[i]!.length + 1;
  const marks: Array<[number, number]> = [];
  for (const name of names) {
    // Whole words only: "Russia" must not mark the start of "Russian".
    const at = text.search(new RegExp(`(?<!\\p{L})${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u'));
    if (at < 0) throw new Error(`small-graph fixture: "${name}" is not in ${doc}#${sentence}`);
    marks.push([at, at + name.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  return { doc, sentence, start, end: start + text.length, text, marks };
}

interface NodeSpec {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  docs: string[];
  kbId?: string;
}

const NODES: NodeSpec[] = [
  { id: 'person:sergey-lavrov', label: 'Sergey Lavrov', type: 'person', aliases: ['Sergey Lavrov', 'Sergei Lavrov', 'Russian Foreign Minister Sergey Lavrov'], mentions: 9, docs: [RT] },
  { id: 'person:vladimir-putin', label: 'Vladimir Putin', type: 'person', aliases: ['Vladimir Putin', 'Vladimir Vladimirovich Putin', 'President Vladimir Putin'], mentions: 2, docs: [RT, RUS] },
  { id: 'person:antonio-guterres', label: 'António Guterres', type: 'person', aliases: ['António Guterres', 'Secretary-General Guterres'], mentions: 1, docs: [USA] },
  { id: 'Q159', label: 'Russia', type: 'state', aliases: ['Russia', 'Russian Federation', 'Moscow'], mentions: 11, docs: [RT, RUS], kbId: 'Q159' },
  { id: 'Q30', label: 'United States', type: 'state', aliases: ['United States', 'US', 'U.S.', 'USA', 'United States of America', 'Washington'], mentions: 7, docs: [RT, USA], kbId: 'Q30' },
  { id: 'Q16', label: 'Canada', type: 'state', aliases: ['Canada'], mentions: 1, docs: [RT], kbId: 'Q16' },
  { id: 'Q7184', label: 'NATO', type: 'organisation', aliases: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'], mentions: 5, docs: [RT], kbId: 'Q7184' },
  { id: 'Q37470', label: 'UN Security Council', type: 'organisation', aliases: ['UN Security Council', 'United Nations Security Council', 'UNSC'], mentions: 6, docs: [RT, RUS, USA], kbId: 'Q37470' },
  { id: 'Q81299', label: 'OSCE', type: 'organisation', aliases: ['OSCE', 'Organization for Security and Co-operation in Europe'], mentions: 6, docs: [RT, RUS, USA], kbId: 'Q81299' },
  { id: 'treaty:charter-for-european-security', label: 'Charter for European Security', type: 'treaty', aliases: ['Charter for European Security', 'OSCE Charter for European Security', 'Istanbul Charter'], mentions: 3, docs: [RT, RUS] },
  { id: 'treaty:charter-of-paris', label: 'Charter of Paris for a New Europe', type: 'treaty', aliases: ['Charter of Paris for a New Europe', 'Paris Charter for New Europe'], mentions: 1, docs: [RT] },
];

/** [a, b, evidence…]: the weight is the number of evidence sentences, as with sentence windows. */
const EDGES: Array<[string, string, Evidence[]]> = [
  ['person:sergey-lavrov', 'Q159', [evidence(RT, 0, 'Russia', 'Sergey Lavrov'), evidence(RT, 6, 'Lavrov', 'Russia'), evidence(RT, 7, 'Russia', 'Lavrov')]],
  ['person:sergey-lavrov', 'Q30', [evidence(RT, 0, 'US', 'Sergey Lavrov'), evidence(RT, 5, 'US', 'Lavrov'), evidence(RT, 6, 'Lavrov', 'US')]],
  ['person:sergey-lavrov', 'Q7184', [evidence(RT, 0, 'NATO', 'Sergey Lavrov')]],
  ['person:sergey-lavrov', 'Q81299', [evidence(RT, 3, 'OSCE', 'Lavrov'), evidence(RT, 7, 'OSCE', 'Lavrov')]],
  ['person:sergey-lavrov', 'treaty:charter-of-paris', [evidence(RT, 3, 'Paris Charter for New Europe', 'Lavrov')]],
  ['person:sergey-lavrov', 'Q16', [evidence(RT, 5, 'Canada', 'Lavrov')]],
  ['person:sergey-lavrov', 'person:vladimir-putin', [evidence(RT, 6, 'Lavrov', 'Vladimir Putin')]],
  ['person:vladimir-putin', 'Q159', [evidence(RT, 6, 'Vladimir Putin', 'Russia'), evidence(RUS, 3, 'Vladimir Putin', 'Russia')]],
  ['person:vladimir-putin', 'Q30', [evidence(RT, 6, 'Vladimir Putin', 'US')]],
  ['person:vladimir-putin', 'Q37470', [evidence(RUS, 3, 'Vladimir Putin', 'UN Security Council')]],
  ['Q159', 'Q30', [evidence(RT, 0, 'Russia', 'US'), evidence(RT, 6, 'US', 'Russia')]],
  ['Q159', 'Q7184', [evidence(RT, 0, 'Russia', 'NATO')]],
  ['Q159', 'Q37470', [evidence(RUS, 0, 'Russia', 'UN Security Council'), evidence(RUS, 1, 'UN Security Council', 'Russia'), evidence(RUS, 3, 'UN Security Council', 'Russia')]],
  ['Q159', 'Q81299', [evidence(RUS, 1, 'OSCE', 'Russia'), evidence(RT, 7, 'Russia', 'OSCE')]],
  ['Q159', 'treaty:charter-for-european-security', [evidence(RUS, 2, 'Russia', 'Charter for European Security')]],
  ['Q30', 'Q7184', [evidence(RT, 0, 'US', 'NATO')]],
  ['Q30', 'Q16', [evidence(RT, 5, 'US', 'Canada')]],
  ['Q30', 'Q37470', [evidence(USA, 0, 'United States', 'UN Security Council'), evidence(USA, 1, 'United States', 'UN Security Council')]],
  ['Q30', 'Q81299', [evidence(USA, 1, 'United States', 'OSCE')]],
  ['Q7184', 'Q37470', [evidence(RT, 4, 'NATO', 'UN Security Council')]],
  ['Q7184', 'Q81299', [evidence(RT, 2, 'OSCE', 'NATO')]],
  ['Q81299', 'Q37470', [evidence(RUS, 1, 'OSCE', 'UN Security Council'), evidence(USA, 1, 'UN Security Council', 'OSCE')]],
  ['Q81299', 'treaty:charter-for-european-security', [evidence(RT, 1, 'OSCE Charter for European Security'), evidence(RT, 2, 'Istanbul Charter', 'OSCE')]],
  ['Q81299', 'treaty:charter-of-paris', [evidence(RT, 3, 'OSCE Paris Charter for New Europe')]],
];

/** A fresh copy of the small graph each call, so a test can never leak changes into another. */
export function buildSmallGraph(): SmallGraph {
  const graph: SmallGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    manifest: { generator: 'entente', version: '0.1.0', kbVersion: 'fixture', options: { window: 'sentence' }, documentCount: SMALL_GRAPH_DOCUMENTS.length },
    documents: SMALL_GRAPH_DOCUMENTS.map((d) => ({ ...d })),
  });
  for (const { id, ...node } of NODES) {
    const marked = EDGES.flatMap(([a, b, ev]) => (a === id || b === id ? ev : []));
    graph.addNode(id, { ...node, aliases: [...node.aliases], docs: [...node.docs], evidence: marked.slice(0, 3) });
  }
  for (const [a, b, ev] of EDGES) {
    graph.addEdge(a, b, { weight: ev.length, docs: [...new Set(ev.map((e) => e.doc))], evidence: ev });
  }
  return graph;
}

/** The same graph as graphology's serialised JSON, what `entente build` writes. */
export function smallGraphJson(): string {
  return JSON.stringify(buildSmallGraph().export());
}

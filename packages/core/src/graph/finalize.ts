/**
 * After the reduce: merge lone surnames into the one full name that carries them across documents, drop edges below
 * the minimum weight (after counting, so weights stay exact) and, on request, isolated nodes; then write the graph in
 * sorted order with its manifest, so the same input always serialises to the same bytes.
 */
import { ENTENTE_VERSION } from '../version.js';
import { manifestOptions, resolveOptions, type BuildOptions } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { compareEvidence, createEntenteGraph, edgeKey, mergeEdgeAttributes, mergeNodeAttributes, type EntenteGraph } from './entente-graph.js';
import { documentIndex, labelVotesOf } from './reduce.js';
import { chooseLabel } from './labels.js';
import { spellingMerges, type NamedNode } from '../resolve/spelling.js';
import { graphRunOnMerges, runOnOf, type RunOnNode } from './run-ons.js';
import { containedNameMerges, type ContainedNode } from '../resolve/name-containment.js';
import { regnalNameMerges, type RegnalNode } from '../resolve/regnal-names.js';
import { cutNames, type CutNode } from '../resolve/cut-names.js';
import { corpusWithheld } from './corpus-admission.js';
import { RARE_SPELLING_DEFAULTS, rareSpellingMerges, type RatedNode } from '../resolve/rare-spellings.js';
import { entriesNamed } from '../knowledge/kb.js';
import { nodeConfidence } from './confidence.js';
import { restoreReserve, takeReserve, withholdWeak, type WithheldCounts } from './reserve.js';
import type { Reserve } from '../types.js';
import { edgeDocCounts, nodeDocCounts } from './doc-counts.js';
import { loneSurname, nameParts } from '../resolve/person-names.js';
import { createPersonResolver, GRAPH_SCOPE, kbPeopleNames, type WeightedName } from '../resolve/person-resolver.js';
import { compareStrings } from '../util/compare.js';
import { carryMerges, noteMerge } from './merged-entities.js';
import { stateBodyMerges } from './state-bodies.js';
import { pipelineStages, stageRecord } from '../pipeline/registry.js';

export function finalizeGraph(graph: EntenteGraph, given: Partial<BuildOptions>, kb: KnowledgeBase): EntenteGraph {
  const options = resolveOptions('finalizeGraph', given);
  if (!kb || typeof kb.version !== 'string') throw new InvalidOptionError('finalizeGraph', 'kb', 'a knowledge base (createKnowledgeBase)', kb);
  restoreReserve(graph, takeReserve(graph), options.maxEvidence);
  chooseLabels(graph);
  const { reserve, withheld } = settleGraph(graph, kb, options);
  if (options.minConfidence > 0) graph.filterNodes((_, a) => (a.confidence ?? 1) < options.minConfidence).forEach((n) => graph.dropNode(n));
  const out = createEntenteGraph();
  const documents = [...documentIndex(graph).values()].sort((a, b) => compareStrings(a.id, b.id));
  out.replaceAttributes({
    manifest: {
      generator: 'entente',
      version: ENTENTE_VERSION,
      kbVersion: kb.version,
      options: manifestOptions(options),
      // How the graph was made: the stages the options run, id@version (pipeline/registry.ts).
      stages: stageRecord(pipelineStages(options)),
      documentCount: documents.length,
      ...(withheld ? { withheld } : {}),
    },
    documents,
    ...(reserve && reserve.nodes.length > 0 ? { reserve } : {}),
  });
  const keptEdges = graph.edges().filter((e) => graph.getEdgeAttribute(e, 'weight') >= options.minWeight).sort();
  const connected = new Set<string>();
  for (const e of keptEdges) for (const n of graph.extremities(e)) connected.add(n);
  for (const node of graph.nodes().sort()) {
    if (options.pruneIsolated && !connected.has(node)) continue;
    const a = graph.getNodeAttributes(node);
    const { docs, counts } = nodeDocCounts(a);
    out.addNode(node, { ...a, aliases: [...a.aliases].sort(), docs, docMentions: counts, evidence: [...a.evidence].sort(compareEvidence) });
  }
  for (const e of keptEdges) {
    const [s, t] = graph.extremities(e);
    if (!out.hasNode(s) || !out.hasNode(t)) continue;
    const a = graph.getEdgeAttributes(e);
    const [x, y] = s < t ? [s, t] : [t, s];
    const { docs, counts } = edgeDocCounts(a);
    out.addUndirectedEdgeWithKey(e, x, y, { ...a, docs, docWeights: counts, evidence: [...a.evidence].sort(compareEvidence) });
  }
  carryMerges(graph, out);
  return out;
}

/**
 * What every write of a graph settles, after a build or a merge (so a graph grown by `mergeGraphs` is settled as one
 * built at once): given the KB, misspellings of its names and of names the graph holds far more often, and run-ons
 * past its names and past names the graph holds far more often, each merged into one node; longer or shorter names
 * of one instrument or body, and wordings that differ only in small words or order, as one node; names cut at the
 * front into the one name they end (cut-names.ts); a state's body once whatever its wording (state-bodies.ts); a ruler
 * by title and one name into the one person so named in full (regnal-names.ts); people once per person (lone
 * surnames to their full names, else to the KB's only person of that surname); the weak entities withheld into the
 * reserve, with those the corpus's evidence withholds (corpus-admission.ts; unless `keepWeak`); and each node's
 * confidence.
 */
export function settleGraph(graph: EntenteGraph, kb: KnowledgeBase | undefined, options: Pick<BuildOptions, 'maxEvidence' | 'keepWeak'>): { reserve?: Reserve; withheld?: WithheldCounts } {
  if (kb) {
    mergeSpellings(graph, kb, options.maxEvidence);
    mergeRareSpellings(graph, kb, options.maxEvidence);
    mergeRunOns(graph, kb, options.maxEvidence);
  }
  mergeContainedNames(graph, kb, options.maxEvidence);
  const cut = mergeCutNames(graph, kb, options.maxEvidence);
  if (kb) for (const [from, to] of stateBodyMerges(graph, kb)) mergeNodeInto(graph, from, to, options.maxEvidence);
  mergeRegnalNames(graph, options.maxEvidence);
  mergeLoneSurnames(graph, options.maxEvidence, kb);
  const held = options.keepWeak ? undefined : withholdWeak(graph, kb, corpusWithheld(graph, cut));
  graph.updateEachNodeAttributes((_, a) => ({ ...a, confidence: nodeConfidence(a) }));
  return held ? { reserve: held.reserve, withheld: held.counts } : {};
}

/** Misspellings of the KB's names go to the KB's entities (resolve/spelling.ts). */
function mergeSpellings(graph: EntenteGraph, kb: KnowledgeBase, maxEvidence: number): void {
  const kbIds = new Set<string>();
  const others: NamedNode[] = [];
  graph.forEachNode((id, a) => {
    if (a.type === 'state') return;
    if (a.kbId) kbIds.add(a.kbId);
    else others.push({ id, label: a.label, type: a.type });
  });
  const merges = spellingMerges(kb, others.sort((x, y) => compareStrings(x.id, y.id)), kbIds);
  for (const [from, to] of [...merges].sort((x, y) => compareStrings(x[0], y[0]))) if (graph.hasNode(to)) mergeNodeInto(graph, from, to, maxEvidence);
}

/** One-off misspellings of names the graph holds far more often go to those names (resolve/rare-spellings.ts). */
function mergeRareSpellings(graph: EntenteGraph, kb: KnowledgeBase, maxEvidence: number): void {
  const nodes: RatedNode[] = graph.mapNodes((id, a) => ({ id, label: a.label, type: a.type, mentions: a.mentions, aliases: a.aliases, ...(a.kbId ? { kbId: a.kbId } : {}) }));
  const merges = rareSpellingMerges(nodes, { ...RARE_SPELLING_DEFAULTS, protectedWord: (w) => kb.demonyms.has(w) || entriesNamed(kb, w, 'state').length > 0 });
  for (const [from, to] of [...merges].sort((x, y) => compareStrings(x[0], y[0]))) if (graph.hasNode(from) && graph.hasNode(to)) mergeNodeInto(graph, from, to, maxEvidence);
}

/** The year of the earliest document that mentions a node, or undefined when no document is dated. */
function firstYears(graph: EntenteGraph): (id: string) => number | undefined {
  const documents = documentIndex(graph);
  const yearOf = (doc: string) => {
    const year = Number.parseInt(documents.get(doc)?.date?.slice(0, 4) ?? '', 10);
    return Number.isFinite(year) ? year : Infinity;
  };
  return (id) => {
    let first = Infinity;
    for (const doc of graph.getNodeAttribute(id, 'docs')) first = Math.min(first, yearOf(doc));
    return Number.isFinite(first) ? first : undefined;
  };
}

/** An instrument or a body under a longer or shorter name is one node (resolve/name-containment.ts). */
function mergeContainedNames(graph: EntenteGraph, kb: KnowledgeBase | undefined, maxEvidence: number): void {
  const firstYear = firstYears(graph);
  const nodes: ContainedNode[] = graph.filterNodes((_, a) => a.type === 'treaty' || a.type === 'organisation').map((id) => {
    const a = graph.getNodeAttributes(id);
    const kbYear = a.kbId ? kb?.entries.get(a.kbId)?.year : undefined;
    const first = Math.min(kbYear ?? Infinity, firstYear(id) ?? Infinity);
    return { id, label: a.label, type: a.type, mentions: a.mentions, ...(a.kbId ? { kbId: a.kbId } : {}), ...(Number.isFinite(first) ? { firstYear: first } : {}) };
  });
  for (const type of ['treaty', 'organisation'] as const) {
    const merges = containedNameMerges(nodes, type);
    for (const [from, to] of [...merges].sort((x, y) => compareStrings(x[0], y[0]))) if (graph.hasNode(from) && graph.hasNode(to)) mergeNodeInto(graph, from, to, maxEvidence);
  }
}

/**
 * A name that ran on past a KB name ("Security Council for Germany") is that KB entity, when the graph has it
 * (run-ons.ts); otherwise admission.ts withholds it.
 */
function mergeRunOns(graph: EntenteGraph, kb: KnowledgeBase, maxEvidence: number): void {
  const byKb = new Map<string, string>();
  graph.forEachNode((id, a) => a.kbId && byKb.set(a.kbId, id));
  const firstYear = firstYears(graph);
  for (const id of graph.nodes().sort()) {
    const a = graph.getNodeAttributes(id);
    if (a.kbId || (a.type !== 'organisation' && a.type !== 'treaty')) continue;
    const entry = runOnOf(a.label, kb);
    // Not a name spoken of before the instrument was made: the 1991 "Paris Agreement on Cambodia" is no run-on of
    // the 2015 Paris Agreement.
    const early = entry?.year !== undefined && (firstYear(id) ?? Infinity) < entry.year - 1;
    const to = entry && entry.type === a.type && !early ? byKb.get(entry.id) : undefined;
    if (to !== undefined && to !== id) mergeNodeInto(graph, id, to, maxEvidence);
  }
  // Then run-ons past names the KB lacks but the graph says far more often ("Commission on Human Rights in May").
  const nodes: RunOnNode[] = graph.mapNodes((id, a) => ({ id, label: a.label, type: a.type, mentions: a.mentions, ...(a.kbId ? { kbId: a.kbId } : {}) }));
  for (const [from, to] of [...graphRunOnMerges(nodes)].sort((x, y) => compareStrings(x[0], y[0]))) if (graph.hasNode(from) && graph.hasNode(to)) mergeNodeInto(graph, from, to, maxEvidence);
}

/**
 * Names cut at the front go to the one name they end (resolve/cut-names.ts); returns those that end several, which
 * name none (withheld unless weak entities are kept).
 */
function mergeCutNames(graph: EntenteGraph, kb: KnowledgeBase | undefined, maxEvidence: number): Set<string> {
  // A KB entity's names are the KB's, not the forms merged into it (which may hold earlier mistakes); others go by label.
  const nodes: CutNode[] = graph.filterNodes((_, a) => a.type === 'organisation' || a.type === 'treaty').map((id) => {
    const a = graph.getNodeAttributes(id);
    const names = a.kbId ? (kb?.entries.get(a.kbId)?.names ?? []) : [];
    return { id, label: a.label, type: a.type, mentions: a.mentions, aliases: names, ...(a.kbId ? { kbId: a.kbId } : {}) };
  });
  const { merges, cut } = cutNames(nodes);
  for (const [from, to] of [...merges].sort((x, y) => compareStrings(x[0], y[0]))) if (graph.hasNode(from) && graph.hasNode(to)) mergeNodeInto(graph, from, to, maxEvidence);
  return cut;
}

/** "Pope Paul", "Prince Wan": a ruler named by title and one name goes to the one person named so in full. */
function mergeRegnalNames(graph: EntenteGraph, maxEvidence: number): void {
  const people: RegnalNode[] = graph.filterNodes((_, a) => a.type === 'person').map((id) => {
    const a = graph.getNodeAttributes(id);
    return { id, label: a.label, mentions: a.mentions, aliases: a.aliases, ...(a.kbId ? { kbId: a.kbId } : {}) };
  });
  for (const [from, to] of [...regnalNameMerges(people)].sort((x, y) => compareStrings(x[0], y[0]))) if (graph.hasNode(from) && graph.hasNode(to)) mergeNodeInto(graph, from, to, maxEvidence);
}

/** Each node the KB does not name gets its most frequent well-formed label (labels.ts). */
function chooseLabels(graph: EntenteGraph): void {
  const votes = labelVotesOf(graph);
  graph.updateEachNodeAttributes((id, a) => {
    if (a.kbId) return a;
    const forms = new Map(votes.get(id) ?? []);
    let counted = 0;
    for (const n of forms.values()) counted += n;
    // Mentions no vote explains (a graph read back for --update) count for the label it already has.
    if (a.mentions > counted || forms.size === 0) forms.set(a.label, (forms.get(a.label) ?? 0) + Math.max(1, a.mentions - counted));
    const label = chooseLabel(forms, a.type);
    return label === a.label ? a : { ...a, label };
  });
}

/**
 * People, once per person, by the graph's rule (resolve/person-resolver.ts, `GRAPH_SCOPE`): variants of one full name
 * are merged into the most mentioned, then a lone surname ("Lavrov said…") goes to the person who carries it when that
 * person is the only one or holds nearly all mentions of the full names ending with it; otherwise it stays apart,
 * marked `ambiguous`. Given the KB, its people count too under all the KB's names, those the graph does not hold with
 * the weight of a few mentions (kbPeopleNames): "Kagame" alone becomes Paul Kagame, whose node it starts.
 */
export function mergeLoneSurnames(graph: EntenteGraph, maxEvidence: number, kb?: KnowledgeBase): void {
  const fullNames = () => {
    const out: WeightedName[] = [];
    graph.forEachNode((id, a) => {
      // The KB's people too, so that a lone "Carter" finds Jimmy Carter; they never move (`fixed`).
      if (a.type !== 'person') return;
      if (a.kbId) for (const n of new Set([a.label, ...a.aliases])) if (nameParts(n)) out.push({ id, label: n, weight: a.mentions, fixed: true });
      if (!a.kbId && nameParts(a.label)) out.push({ id, label: a.label, weight: a.mentions });
    });
    return out.sort((x, y) => compareStrings(x.id, y.id));
  };
  const { variants } = createPersonResolver(fullNames(), GRAPH_SCOPE);
  for (const [from, to] of [...variants].sort((x, y) => compareStrings(x[0], y[0]))) mergeNodeInto(graph, from, to, maxEvidence);
  const people = kb ? [...kb.entries.values()].filter((e) => e.type === 'person').sort((x, y) => compareStrings(x.id, y.id)) : [];
  const mentions = new Map<string, number>();
  graph.forEachNode((id, a) => a.kbId && a.type === 'person' && mentions.set(id, a.mentions));
  const resolver = createPersonResolver([...fullNames(), ...kbPeopleNames(people, mentions)], GRAPH_SCOPE);
  for (const id of graph.nodes().sort()) {
    const a = graph.getNodeAttributes(id);
    const surname = a.type === 'person' && !a.kbId ? loneSurname(a.label) : undefined;
    if (surname === undefined) continue;
    const to = resolver.surname(surname, a.mentions);
    const entry = to && to !== 'ambiguous' && !graph.hasNode(to) ? kb?.entries.get(to) : undefined;
    // The KB's person the graph did not have: an empty node, which the merge below fills.
    if (entry) graph.addNode(entry.id, { label: entry.name, type: 'person', kbId: entry.id, ...(entry.wikidata ? { wikidata: entry.wikidata } : {}), aliases: [], mentions: 0, docs: [], evidence: [] });
    if (to === 'ambiguous') graph.setNodeAttribute(id, 'ambiguous', true);
    else if (to !== undefined && to !== id) mergeNodeInto(graph, id, to, maxEvidence);
    // A graph read back for --update may carry the mark from before; it holds only while the surname is shared.
    else if (a.ambiguous) graph.removeNodeAttribute(id, 'ambiguous');
  }
}

/** Move node `from` into node `to`: attributes and edges are merged, `from` is dropped. */
export function mergeNodeInto(graph: EntenteGraph, from: string, to: string, maxEvidence: number): void {
  const a = graph.getNodeAttributes(from);
  graph.updateNodeAttributes(to, (n) => mergeNodeAttributes(n, a, maxEvidence));
  for (const e of graph.edges(from)) {
    const other = graph.opposite(from, e);
    const attrs = graph.getEdgeAttributes(e);
    if (other === to) continue;
    const key = edgeKey(to, other);
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttributes(key, (ed) => mergeEdgeAttributes(ed, attrs, maxEvidence));
    } else {
      graph.addUndirectedEdgeWithKey(key, to, other, { ...attrs });
    }
  }
  graph.dropNode(from);
  noteMerge(graph, from, to);
}

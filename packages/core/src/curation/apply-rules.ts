/**
 * Apply curation rules to a graph: one pure function that `entente build --rules`, `entente curate` and the explorer
 * all call, so the same rules give the same graph everywhere. Rules apply in file order, each to the graph the
 * previous ones left. A rule whose entity is not in the graph (yet, or any more) is kept and reported as unused,
 * never an error: rules outlive the builds they were written against.
 */
import { DEFAULT_OPTIONS } from '../options.js';
import { createEntenteGraph, edgeKey, type EntenteGraph } from '../graph/entente-graph.js';
import type { BuildManifest, EdgeAttributes, EntityType, NodeAttributes, Reserve } from '../types.js';
import { compareStrings } from '../util/compare.js';
import { EntityMatcher } from './match.js';
import { mergeInto, rekeyNode } from './node-ops.js';
import { carryMerges, noteMerge } from '../graph/merged-entities.js';
import { ruleKind, validateRules, type Rule, type RuleKind, type RulesFile } from './rules.js';

export interface RuleOutcome {
  /** Index in the file's `rules`. */
  index: number;
  kind: RuleKind;
  /** Its entities were found and the graph now holds to it (a rename to the label it has already counts). */
  applied: boolean;
  /** The entities it changed (for a merge: the target last), as they were named before the rule. */
  entities: string[];
  /** Why it was not applied, or what it could not find while applying. */
  reason?: string;
}

export interface CurationReport {
  rules: number;
  applied: number;
  unused: number;
  outcomes: RuleOutcome[];
}

export interface CurationResult {
  graph: EntenteGraph;
  report: CurationReport;
}

/** What a curated graph's manifest says about its rules (`manifest.curation`); the CLI adds the file's hash. */
export type CurationSummary = NonNullable<BuildManifest['curation']>;

/**
 * Apply `rules` (a rules file, or its list) to `graph`. The input is not changed; the result is written in sorted
 * order, so the same graph and rules give the same bytes.
 */
export function applyRules(graph: EntenteGraph, rules: RulesFile | readonly Rule[]): CurationResult {
  const file = validateRules(Array.isArray(rules) ? { 'entente-rules': 1, rules } : rules);
  // The working copy is written sorted; merges and retypes add nodes and links at the end, so only then is it
  // sorted again (a copy of 100k links is most of the cost on a big graph).
  const work = sortedCopy(graph);
  // Mentions extracted before (the documents file, the reader's records) follow merges and retypes: graph/merged-entities.ts.
  carryMerges(graph, work);
  const manifest = graph.getAttribute('manifest');
  const options = (manifest?.options ?? {}) as { maxEvidence?: unknown; pruneIsolated?: unknown };
  const maxEvidence = typeof options.maxEvidence === 'number' ? options.maxEvidence : DEFAULT_OPTIONS.maxEvidence;
  const matcher = new EntityMatcher(work);
  const outcomes = file.rules.map((rule, index) => applyRule(work, matcher, rule, index, maxEvidence));
  // A graph built with --prune-isolated promises no entity without links: hiding a hub must not break the promise.
  if (options.pruneIsolated === true) work.filterNodes((n) => work.degree(n) === 0).forEach((n) => work.dropNode(n));
  const applied = outcomes.filter((o) => o.applied).length;
  const report = { rules: outcomes.length, applied, unused: outcomes.length - applied, outcomes };
  const out = isSorted(work.nodes()) && isSorted(work.edges()) ? work : sortedCopy(work);
  carryMerges(work, out);
  const reserve = out.getAttribute('reserve');
  if (reserve) out.setAttribute('reserve', followRules(reserve, matcher));
  const written = out.getAttribute('manifest');
  if (written) out.setAttribute('manifest', { ...written, curation: { rules: report.rules, applied, unused: report.unused } });
  return { graph: out, report };
}

function applyRule(graph: EntenteGraph, matcher: EntityMatcher, rule: Rule, index: number, maxEvidence: number): RuleOutcome {
  const kind = ruleKind(rule);
  const unused = (reason: string | undefined): RuleOutcome => ({ index, kind, applied: false, entities: [], reason: reason ?? 'no entity matches' });
  if ('hide' in rule) {
    const { ids, reason } = matcher.match(rule.hide);
    if (!ids.length) return unused(reason);
    for (const id of ids) {
      graph.dropNode(id);
      matcher.hide(id, index);
    }
    return { index, kind, applied: true, entities: ids };
  }
  if ('merge' in rule) {
    const target = matcher.match(rule.into);
    if (target.ids.length !== 1) return unused(target.ids.length ? `"into" matches ${target.ids.length} entities (${target.ids.join(', ')}): name one by its id` : `"into": ${target.reason}`);
    const into = target.ids[0]!;
    const missing: string[] = [];
    const sources = new Set<string>();
    for (const s of rule.merge) {
      const m = matcher.match(s);
      if (!m.ids.length) missing.push(m.reason ?? 'no entity matches');
      for (const id of m.ids) if (id !== into) sources.add(id);
    }
    if (!sources.size) return unused(missing.length ? missing.join('; ') : `nothing to merge: every entity named is "${into}"`);
    const ids = [...sources].sort(compareStrings);
    for (const id of ids) {
      mergeInto(graph, id, into, maxEvidence);
      matcher.moveTo(id, into);
      noteMerge(graph, id, into);
    }
    return { index, kind, applied: true, entities: [...ids, into], ...(missing.length ? { reason: missing.join('; ') } : {}) };
  }
  if ('rename' in rule) {
    const { ids, reason } = matcher.match(rule.rename);
    const label = rule.label.trim();
    if (!ids.length) return unused(reason);
    for (const id of ids) {
      graph.setNodeAttribute(id, 'label', label);
      matcher.renamed(id, label);
    }
    return { index, kind, applied: true, entities: ids };
  }
  const { ids, reason } = matcher.match(rule.retype);
  if (!ids.length) return unused(reason);
  for (const id of ids) if (graph.getNodeAttribute(id, 'type') !== rule.type) retype(graph, matcher, id, rule.type, maxEvidence);
  return { index, kind, applied: true, entities: ids };
}

/**
 * A new type, and the id that goes with it: `organisation:moscow-treaty` becomes `treaty:moscow-treaty` (an entity
 * of that id already there absorbs it, as a build would have counted them as one); ids without a type prefix (the
 * KB's: ISO codes, Wikidata ids) stay.
 */
function retype(graph: EntenteGraph, matcher: EntityMatcher, id: string, type: EntityType, maxEvidence: number): void {
  const a = graph.getNodeAttributes(id);
  const prefix = `${a.type}:`;
  const to = id.startsWith(prefix) ? `${type}:${id.slice(prefix.length)}` : id;
  const attrs = { ...a, type };
  // `ambiguous` says that several people carry a surname: it means nothing for another type.
  if (type !== 'person') delete attrs.ambiguous;
  if (to === id) {
    graph.replaceNodeAttributes(id, attrs);
    return;
  }
  if (graph.hasNode(to)) {
    graph.replaceNodeAttributes(id, attrs);
    mergeInto(graph, id, to, maxEvidence);
  } else {
    rekeyNode(graph, id, to, attrs, maxEvidence);
  }
  matcher.moveTo(id, to);
  noteMerge(graph, id, to);
}

/**
 * The links of the graph's reserve (withheld entities, graph/reserve.ts) follow the rules too: a link to an entity
 * merged or retyped now names where it went, a link to a hidden one goes, so a later update that restores the reserve
 * hangs its links on the entities the rules left. (The withheld entities themselves are not in the graph: rules naming
 * them wait, unused, until an update admits them.)
 */
function followRules(reserve: Reserve, matcher: EntityMatcher): Reserve {
  const edges: Reserve['edges'] = [];
  for (const e of reserve.edges) {
    const s = matcher.current(e.source);
    const t = matcher.current(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    edges.push(s === e.source && t === e.target ? e : { ...e, key: edgeKey(s, t), source: s < t ? s : t, target: s < t ? t : s });
  }
  return { ...reserve, edges: edges.sort((x, y) => compareStrings(x.key, y.key)) };
}

/**
 * A copy in code-unit order of node ids and edge keys, as finalizeGraph writes it. Attributes come out in one key
 * order too (the build's, then any others as they were): a graph read back from a file orders them otherwise, and the
 * same graph and rules must give the same bytes however the graph was read. Attribute objects are new; their lists
 * are shared, and curation never changes a list in place.
 */
function sortedCopy(graph: EntenteGraph): EntenteGraph {
  const out = createEntenteGraph();
  out.replaceAttributes({ ...graph.getAttributes() });
  const nodes: Array<[string, NodeAttributes]> = [];
  graph.forEachNode((key, a) => void nodes.push([key, a]));
  for (const [key, a] of nodes.sort((x, y) => compareStrings(x[0], y[0]))) out.addNode(key, inOrder(a, NODE_KEYS));
  const edges: Array<[string, EdgeAttributes, string, string]> = [];
  graph.forEachEdge((key, a, s, t) => void edges.push([key, a, s, t]));
  for (const [key, a, s, t] of edges.sort((x, y) => compareStrings(x[0], y[0]))) out.addUndirectedEdgeWithKey(key, s < t ? s : t, s < t ? t : s, inOrder(a, EDGE_KEYS));
  return out;
}

function isSorted(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! >= keys[i]!) return false;
  return true;
}

const NODE_KEYS = ['label', 'type', 'aliases', 'mentions', 'docs', 'docMentions', 'evidence', 'foundBy', 'kbId', 'wikidata', 'ambiguous', 'confidence'];
const EDGE_KEYS = ['weight', 'docs', 'docWeights', 'evidence'];

function inOrder<T extends object>(attrs: T, keys: readonly string[]): T {
  const source = attrs as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  for (const k of Object.keys(source)) if (!(k in out) && source[k] !== undefined) out[k] = source[k];
  return out as T;
}

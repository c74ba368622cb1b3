/**
 * Curation in the explorer: each action (hide, merge, rename, retype) becomes a rule in an in-memory list, and the
 * graph on screen is always core's `applyRules(base, rules)` — the function `entente build --rules` runs — so the
 * rules downloaded as rules.json give the CLI the same graph. Pure (no DOM), so it is unit tested.
 */
import { applyRules, mergeGraphs, parseRules, serializeRules, type CurationReport, type EntitySelector, type EntityType, type Rule, type RulesFile } from '@entente/core';
import type { EntenteGraph } from './types.js';

/**
 * How a rule written here names an entity: the KB's ids are stable, so the id alone; other ids are slugs of a label
 * and can change in a rebuild, so the label goes with them as a fallback (curation/match.ts in core).
 */
export function selectorFor(graph: EntenteGraph, id: string): EntitySelector {
  const a = graph.getNodeAttributes(id);
  return a.kbId ? id : { id, label: a.label };
}

export const hideRule = (graph: EntenteGraph, id: string): Rule => ({ hide: selectorFor(graph, id) });
export const mergeRule = (graph: EntenteGraph, from: string, into: string): Rule => ({ merge: [selectorFor(graph, from)], into: selectorFor(graph, into) });
export const renameRule = (graph: EntenteGraph, id: string, label: string): Rule => ({ rename: selectorFor(graph, id), label: label.trim() });
export const retypeRule = (graph: EntenteGraph, id: string, type: EntityType): Rule => ({ retype: selectorFor(graph, id), type });

/** The id an entity has after a retype (core re-keys `type:slug` ids; the KB's stay). */
export function retypedId(graph: EntenteGraph, id: string, type: EntityType): string {
  const prefix = `${graph.getNodeAttribute(id, 'type')}:`;
  return id.startsWith(prefix) ? `${type}:${id.slice(prefix.length)}` : id;
}

/**
 * A .json file that is a rules file rather than a graph: one that starts with the version key is known at a glance,
 * without parsing what may be a 100 MB graph; a small file with the key elsewhere (written by hand) is parsed to see.
 */
export function looksLikeRules(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('{')) return false;
  if (/^\{\s*"entente-rules"\s*:/.test(head)) return true;
  if (text.length > 4_000_000 || !text.includes('"entente-rules"')) return false;
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'entente-rules' in value;
  } catch {
    return false;
  }
}

export function rulesFile(rules: readonly Rule[]): RulesFile {
  return { 'entente-rules': 1, rules: [...rules] };
}

export function rulesText(rules: readonly Rule[]): string {
  return serializeRules(rulesFile(rules));
}

export { parseRules };

/**
 * The rules list with its history: every change (an action, a file opened) is undoable. `base` is the graph as opened
 * (or as documents made it), before any rule.
 */
export class CurationLog {
  private history: Rule[][] = [];
  private list: Rule[] = [];

  constructor(private base: EntenteGraph | undefined = undefined) {}

  get rules(): readonly Rule[] {
    return this.list;
  }
  get canUndo(): boolean {
    return this.history.length > 0;
  }
  /** The graph as opened, before the rules. */
  get baseGraph(): EntenteGraph | undefined {
    return this.base;
  }

  /** A new graph: rules and history start again. */
  reset(base: EntenteGraph): void {
    this.base = base;
    this.list = [];
    this.history = [];
  }

  /**
   * Documents built in the page join the graph as opened (core's mergeGraphs), and the rules stay, to be applied to
   * all of it: what the new documents bring is corrected too. False when there is no graph yet.
   */
  addToBase(built: EntenteGraph): boolean {
    if (!this.base) return false;
    const merged = this.base.copy() as EntenteGraph;
    mergeGraphs(merged, built);
    this.base = merged;
    return true;
  }

  add(rule: Rule): void {
    this.history.push(this.list);
    this.list = [...this.list, rule];
  }

  replace(rules: readonly Rule[]): void {
    this.history.push(this.list);
    this.list = [...rules];
  }

  /** The rules list before the last change (what Undo goes back to), if any. */
  get previous(): readonly Rule[] | undefined {
    return this.history[this.history.length - 1];
  }

  undo(): boolean {
    const previous = this.history.pop();
    if (!previous) return false;
    this.list = previous;
    return true;
  }

  /**
   * The graph the rules give. Positions the user has seen (the layout ran on the curated graph) are carried back to
   * the base first, so applying the rules again does not move the nodes that stay. The result is a new graph, never
 * the base nor the graph on screen.
   */
  apply(onScreen: EntenteGraph | undefined): { graph: EntenteGraph; report: CurationReport } {
    return this.applyList(onScreen, this.list);
  }

  /** The graph another rules list would give (the list itself is not changed). */
  applyList(onScreen: EntenteGraph | undefined, rules: readonly Rule[]): { graph: EntenteGraph; report: CurationReport } {
    if (!this.base) throw new Error('explorer: no graph to curate');
    // The graph on screen is changed in place into the result: the base must not be that graph (once, on the first
    // correction of a graph as opened).
    if (onScreen === this.base) this.base = this.base.copy() as EntenteGraph;
    const base = this.base;
    if (onScreen) carryPositions(onScreen, base);
    return applyRules(base, rules);
  }
}

function carryPositions(from: EntenteGraph, to: EntenteGraph): void {
  from.forEachNode((id, a) => {
    if (to.hasNode(id) && typeof a.x === 'number' && typeof a.y === 'number') to.mergeNodeAttributes(id, { x: a.x, y: a.y });
  });
}

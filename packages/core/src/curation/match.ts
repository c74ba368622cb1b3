/**
 * Finding the entities a rule names, in a graph that earlier rules are changing. An id is followed through earlier
 * merges and retypes (a rule may name an entity by the id it had before), and names are looked up in an index built
 * once and checked against the node as it is now, so 30k entities and hundreds of rules cost index lookups, not scans.
 */
import { normaliseName } from '../knowledge/normalise.js';
import type { EntenteGraph } from '../graph/entente-graph.js';
import { compareStrings } from '../util/compare.js';
import type { EntitySelector } from './rules.js';

export interface Matched {
  ids: string[];
  /** Why nothing matched, for the report. */
  reason?: string;
}

export class EntityMatcher {
  /**
   * Normalised label or alias → ids that carried it (possibly stale: checked on lookup). Built on the first name
   * lookup: rules that name entities by ids that are there never need it.
   */
  private names: Map<string, Set<string>> | undefined;
  /** Old id → where it went (a merge or a retype). A node in the graph never has an entry, so chains end. */
  private readonly moved = new Map<string, string>();
  /** Hidden id → the rule that hid it. */
  private readonly hidden = new Map<string, number>();

  constructor(private readonly graph: EntenteGraph) {}

  private index(): Map<string, Set<string>> {
    if (!this.names) {
      this.names = new Map();
      this.graph.forEachNode((id, a) => {
        this.addName(a.label, id);
        for (const alias of a.aliases) this.addName(alias, id);
      });
    }
    return this.names;
  }

  match(selector: EntitySelector): Matched {
    const s = typeof selector === 'string' ? { id: selector } : selector;
    let idReason: string | undefined;
    if (s.id !== undefined) {
      const id = this.follow(s.id);
      if (this.graph.hasNode(id)) return { ids: [id] };
      const by = this.hidden.get(id);
      idReason = by !== undefined ? `"${s.id}" was hidden by rules[${by}]` : `no entity "${s.id}"`;
    }
    const name = s.label ?? s.alias;
    if (name === undefined) return { ids: [], reason: idReason };
    const key = normaliseName(name);
    const found = new Set<string>();
    for (const candidate of this.index().get(key) ?? []) {
      const id = this.follow(candidate);
      if (!this.graph.hasNode(id) || found.has(id)) continue;
      const a = this.graph.getNodeAttributes(id);
      if (s.type !== undefined && a.type !== s.type) continue;
      const matches = normaliseName(a.label) === key || (s.label === undefined && a.aliases.some((x) => normaliseName(x) === key));
      if (matches) found.add(id);
    }
    const ids = [...found].sort(compareStrings);
    const what = `${s.label !== undefined ? 'label' : 'alias'} "${name}"${s.type ? ` (${s.type})` : ''}`;
    return ids.length ? { ids } : { ids, reason: idReason ? `${idReason}, no entity with the ${what}` : `no entity with the ${what}` };
  }

  /** `from` is now part of `to` (merged, or the same entity under a new id). */
  moveTo(from: string, to: string): void {
    this.moved.set(from, to);
    this.moved.delete(to);
  }

  /** Where an id went through the rules: its id now, or undefined when it was hidden. */
  current(id: string): string | undefined {
    const now = this.follow(id);
    return this.hidden.has(now) ? undefined : now;
  }

  hide(id: string, rule: number): void {
    this.hidden.set(id, rule);
  }

  renamed(id: string, label: string): void {
    if (this.names) this.addName(label, id);
  }

  private follow(id: string): string {
    // Bounded, though moveTo keeps chains acyclic: a rules file must never hang a build.
    for (let i = 0; i < 10_000 && this.moved.has(id); i++) id = this.moved.get(id)!;
    return id;
  }

  private addName(name: string, id: string): void {
    const key = normaliseName(name);
    const names = this.names!;
    let ids = names.get(key);
    if (!ids) names.set(key, (ids = new Set()));
    ids.add(id);
  }
}

/**
 * Curation in the explorer, end to end: the "Correct this entity" actions of the panel and the table, the rules list
 * with undo, rules files opened and downloaded, and the entity table. Every change re-applies the whole rules list to
 * the graph as opened, with core's `applyRules` (what `entente build --rules` runs). For a graph read from a file or
 * URL that runs in the curation worker, which answers with a diff the app applies to the graph on screen in place
 * (the page never copies the graph); otherwise here, and the app turns the graph on screen into the result. Changes
 * run one after another, in order. The app only tells it when a graph is loaded and what is selected.
 */
import { InvalidRulesError, type CurationReport, type EntityType, type Rule } from '@entente/core';
import type { GraphDiff } from './state/patch-graph.js';
import type { CurationWorker } from './workers/curation-client.js';
import { CurationLog, hideRule, mergeRule, parseRules, renameRule, retypeRule, retypedId, rulesText } from './state/curation.js';
import type { Disposables, ResourceRegistry } from './state/registry.js';
import { searchEntities, type SearchIndex } from './state/search.js';
import type { EntenteGraph, Selection } from './state/types.js';
import type { CurateActions } from './views/curate-actions.js';
import { CurationBar } from './views/curation-bar.js';
import { byId } from './views/dom.js';
import { EntityTableView } from './views/entity-table.js';
import { download } from './views/export.js';

export interface CurationHost {
  readonly graph: EntenteGraph | undefined;
  readonly searchIndex: SearchIndex | undefined;
  readonly selectedNode: string | null;
  /** Show `graph`, the graph as opened with the rules applied (the app changes the graph on screen into it). */
  correct(graph: EntenteGraph, added?: ReadonlySet<string>): void;
  /** The same, from the curation worker's diff (from what it last answered, which is what is on screen). */
  correctBy(diff: GraphDiff, movedTo: ReadonlyMap<string, string>, added?: ReadonlySet<string>): void;
  select(selection: Selection, opts?: { focus?: boolean }): void;
  say(text: string): void;
  problem(text: string): void;
}

export class CurationController {
  readonly log = new CurationLog();
  readonly actions: CurateActions;
  private readonly bar: CurationBar;
  private readonly table: EntityTableView;
  private worker: CurationWorker | undefined;
  /** The worker's diffs changed the graph on screen, which is also the log's base: only the worker may go on. */
  private usedWorker = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly host: CurationHost, bag: Disposables, registry: ResourceRegistry) {
    this.actions = {
      hide: (id) => this.hide(id),
      merge: (from, into) => this.merge(from, into),
      rename: (id, label) => this.act(renameRule(this.graph, id, label), `Renamed "${this.label(id)}" to "${label.trim()}"`, id),
      retype: (id, type) => this.retype(id, type),
      suggest: (query) => (host.searchIndex ? searchEntities(host.searchIndex, query, 8) : []),
    };
    this.bar = new CurationBar(byId('curation'), { toggleTable: () => this.toggleTable(), undo: () => this.undo(), download: () => this.download() }, bag, registry);
    this.table = new EntityTableView(byId('entity-table'), {
      select: (id) => host.select({ kind: 'node', id }, { focus: true }),
      hide: (id) => this.hide(id),
      mergeIntoSelected: (id) => {
        const into = host.selectedNode;
        if (into && into !== id) this.merge(id, into);
      },
      close: () => this.toggleTable(false),
    }, bag, registry);
    this.render();
  }

  /** A graph was loaded: a new one resets the rules (and its worker, if any, replaces the last); a curated one keeps them. */
  graphLoaded(graph: EntenteGraph, curated: boolean, worker?: CurationWorker): void {
    if (!curated) {
      this.log.reset(graph);
      this.worker?.dispose();
      this.worker = worker;
      this.usedWorker = false;
    }
    this.table.setGraph(graph);
    this.render();
  }

  selectionChanged(id: string | null): void {
    this.table.setSelection(id);
  }

  /** Documents built in the page are added to the graph as opened, then the rules apply to all of it again. */
  addDocuments(built: EntenteGraph, added?: ReadonlySet<string>): boolean {
    if (this.log.rules.length === 0 || !this.log.baseGraph) return false;
    if (this.worker && !this.worker.failed) this.worker.add(built.export());
    else if (!this.log.addToBase(built)) return false;
    this.reapply(this.host.selectedNode, added);
    return true;
  }

  /** The curation worker's state ('none' without one: corrections are computed on the page). */
  get workerState(): string {
    return this.worker?.state ?? 'none';
  }

  /** Let the curation worker read its graph (the app calls this once the first layout is done). */
  warmUp(): void {
    void this.worker?.begin();
  }

  /** Release the curation worker. Safe to call twice. */
  dispose(): void {
    this.worker?.dispose();
    this.worker = undefined;
  }

  /** A rules file opened or dropped: its rules replace the list (Undo restores the list before). */
  openRules(name: string, text: string): void {
    if (!this.log.baseGraph || !this.host.graph) {
      this.host.problem(`"${name}" is a rules file: open a graph first, then its rules.`);
      return;
    }
    let rules: Rule[];
    try {
      rules = parseRules(text).rules;
    } catch (error) {
      const reason = error instanceof InvalidRulesError ? error.message.replace(/^rules: /, '') : (error as Error).message;
      this.host.problem(`"${name}" is not a rules file the explorer can use: ${reason}`);
      return;
    }
    this.run(async () => {
      const outcome = await this.compute(rules);
      this.log.replace(rules);
      outcome.show(this.host.selectedNode);
      const report = outcome.report;
      const unused = report.outcomes.filter((o) => !o.applied);
      this.host.say(`Applied "${name}": ${report.applied} of ${report.rules} rules${unused.length ? `; unused: ${unused.slice(0, 2).map((o) => `rule ${o.index + 1} (${o.reason})`).join('; ')}${unused.length > 2 ? ` and ${unused.length - 2} more` : ''}` : ''}.`);
    });
  }

  private get graph(): EntenteGraph {
    const g = this.host.graph;
    if (!g) throw new Error('explorer: no graph to curate');
    return g;
  }

  private label(id: string): string {
    return this.graph.getNodeAttribute(id, 'label');
  }

  private hide(id: string): void {
    this.act(hideRule(this.graph, id), `Hid "${this.label(id)}"`, null);
  }

  private merge(from: string, into: string): void {
    this.act(mergeRule(this.graph, from, into), `Merged "${this.label(from)}" into "${this.label(into)}"`, into);
  }

  private retype(id: string, type: EntityType): void {
    this.act(retypeRule(this.graph, id, type), `"${this.label(id)}" is now a ${type}`, retypedId(this.graph, id, type));
  }

  /**
   * One more rule; if it changes nothing (its entity is gone), it is not kept and the user is told why (the graph on
   * screen then needs nothing: an unused rule changes no entity or link, and the next answer carries the graph's
   * attributes whole).
   */
  private act(rule: Rule, done: string, select: string | null): void {
    this.run(async () => {
      const outcome = await this.compute([...this.log.rules, rule]);
      const last = outcome.report.outcomes[outcome.report.outcomes.length - 1];
      if (last && !last.applied) {
        this.host.problem(`Nothing to do: ${last.reason}.`);
        return;
      }
      this.log.add(rule);
      outcome.show(select);
      this.host.say(`${done}. ${this.log.rules.length} correction${this.log.rules.length === 1 ? '' : 's'}: Undo, or Download rules for "entente build --rules".`);
    });
  }

  private undo(): void {
    this.run(async () => {
      // Undoing a hide brings the entity back: select it, so the user sees what came back.
      const last = this.log.rules[this.log.rules.length - 1];
      const back = last && 'hide' in last ? (typeof last.hide === 'string' ? last.hide : last.hide.id) : undefined;
      if (!this.log.canUndo) return;
      const outcome = await this.compute(this.log.previous ?? []);
      this.log.undo();
      outcome.show(back ?? this.host.selectedNode);
      this.host.say(`Undone. ${this.log.rules.length} correction${this.log.rules.length === 1 ? '' : 's'}.`);
    });
  }

  private reapply(select: string | null, added?: ReadonlySet<string>): void {
    this.run(async () => (await this.compute(this.log.rules)).show(select, added));
  }

  /** Changes one after another: each starts from what the one before left on screen. */
  private run(change: () => Promise<void>): void {
    this.queue = this.queue.then(change).catch((error: unknown) => this.host.problem(`The correction failed: ${(error as Error).message}`));
  }

  /** The graph `rules` give: from the curation worker when there is one and the whole graph is shown, else here. */
  private async compute(rules: readonly Rule[]): Promise<{ report: CurationReport; show(select: string | null, added?: ReadonlySet<string>): void }> {
    const worker = this.worker;
    if (worker && (await worker.begin())) {
      const answer = await worker.apply(rules);
      return {
        report: answer.report,
        show: (select, added) => {
          this.usedWorker = true;
          this.host.correctBy(answer.diff, answer.movedTo, added);
          this.selectAfter(select);
        },
      };
    }
    if (this.usedWorker) throw new Error('the curation worker stopped; reload the page to go on correcting');
    const { graph, report } = this.log.applyList(this.host.graph, rules);
    return {
      report,
      show: (select, added) => {
        this.host.correct(graph, added);
        this.selectAfter(select);
      },
    };
  }

  private selectAfter(select: string | null): void {
    const graph = this.host.graph;
    this.host.select(select && graph?.hasNode(select) ? { kind: 'node', id: select } : null);
    this.render();
  }

  private download(): void {
    download({ name: 'rules.json', blob: new Blob([rulesText(this.log.rules)], { type: 'application/json' }) });
    this.host.say(`Downloaded rules.json (${this.log.rules.length} rules). Apply them with "entente build … --rules rules.json".`);
  }

  private toggleTable(open = !this.table.isOpen): void {
    this.table.setOpen(open);
    if (open) this.table.setSelection(this.host.selectedNode);
    this.render();
  }

  private render(): void {
    this.bar.update({ hasGraph: !!this.host.graph, tableOpen: this.table.isOpen, rules: this.log.rules.length, canUndo: this.log.canUndo });
  }
}

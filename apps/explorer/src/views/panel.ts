/**
 * The details panel (<aside aria-label="Details">): an entity's name, type, aliases, mentions, documents, strongest
 * neighbours and evidence; or, for a pair, the sentences where the two are co-mentioned. All document text goes in as
 * text nodes (see dom.ts); mentions are highlighted with <mark> elements built around text nodes.
 */
import type { DocRef, EdgeDetails, EvidenceItem, NeighbourItem, NodeDetails } from '../state/details.js';
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import { h, markedText, replaceChildren } from './dom.js';
import { curateSection, type CurateActions } from './curate-actions.js';

export interface PanelActions {
  selectNode(id: string): void;
  selectEdge(a: string, b: string): void;
  clear(): void;
  /** Hide, merge, rename, retype (the curation controller); no section without it. */
  curate?: CurateActions;
  /** Read a document (at a range: the sentence of an evidence item). */
  openDocument(id: string, range?: { start: number; end: number }): void;
  /** Every mention of the entity, or sentence of the link, paged (views/pager.ts); null when not offered. */
  allEvidence(details: NodeDetails | EdgeDetails): Node | null;
}

export class PanelView {
  private readonly body: HTMLElement;

  constructor(
    private readonly aside: HTMLElement,
    private readonly actions: PanelActions,
    bag: Disposables,
    registry: ResourceRegistry,
  ) {
    this.body = h('div', { class: 'panel-body' });
    const close = h('button', { type: 'button', class: 'panel-close', 'aria-label': 'Close details' }, '×');
    bag.listen(registry, close, 'click', () => actions.clear());
    bag.listen<KeyboardEvent>(registry, aside, 'keydown', (e) => {
      if (e.key === 'Escape') actions.clear();
    });
    replaceChildren(aside, close, this.body);
    this.show(null);
  }

  /** Show details; `moveFocus` puts keyboard focus on the heading (after a choice made from the keyboard). */
  show(details: NodeDetails | EdgeDetails | null, moveFocus = false): void {
    this.aside.classList.toggle('has-details', details !== null);
    if (!details) {
      replaceChildren(
        this.body,
        h('h2', { class: 'panel-title' }, 'Details'),
        h('p', { class: 'hint' }, 'Search for an entity or click a node to see its documents, neighbours and evidence. Click a link, or a neighbour here, to read the sentences that connect two entities.'),
      );
      return;
    }
    if (details.kind === 'node') this.showNode(details);
    else this.showEdge(details);
    if (moveFocus) this.body.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  private showNode(d: NodeDetails): void {
    replaceChildren(
      this.body,
      h('h2', { class: 'panel-title', tabindex: '-1' }, d.label),
      h('p', { class: 'badge-line' }, typeBadge(d.type), d.kbId ? h('span', { class: 'kb' }, d.kbId) : null),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'Mentions'), h('dd', {}, String(d.mentions)),
        h('dt', {}, 'Connections'), h('dd', {}, String(d.degree)),
        h('dt', {}, 'Documents'), h('dd', {}, String(d.docs.length)),
        ...(d.confidence !== undefined ? [h('dt', {}, 'Confidence'), h('dd', {}, d.confidence.toFixed(2))] : []),
      ),
      d.ambiguous ? h('p', { class: 'hint' }, 'A surname several people in this graph carry: kept apart rather than guessed.') : null,
      d.aliases.length ? section('Also called', h('p', { class: 'aliases' }, d.aliases.join(' · '))) : null,
      this.actions.curate ? curateSection(d, this.actions.curate) : null,
      d.neighbours.length
        ? section(
            'Strongest links',
            h('ul', { class: 'neighbours' }, ...d.neighbours.map((n) => h('li', {}, this.pairButton(d.id, n)))),
          )
        : null,
      section(`Evidence (${d.evidence.length})`, this.evidenceList(d.evidence, `No sentences kept for ${d.label}.`)),
      this.actions.allEvidence(d),
      d.docs.length ? section('Documents', this.docList(d.docs)) : null,
    );
  }

  private showEdge(d: EdgeDetails): void {
    replaceChildren(
      this.body,
      h('h2', { class: 'panel-title', tabindex: '-1' }, `${d.source.label} — ${d.target.label}`),
      h('p', { class: 'hint' }, `Co-mentioned ${d.weight} time${d.weight === 1 ? '' : 's'} in ${d.docs.length} document${d.docs.length === 1 ? '' : 's'}.`),
      h('p', { class: 'ends' }, this.nodeButton(d.source), this.nodeButton(d.target)),
      section(`Sentences (${d.evidence.length})`, this.evidenceList(d.evidence, 'No sentences kept for this link.')),
      this.actions.allEvidence(d),
      d.docs.length ? section('Documents', this.docList(d.docs)) : null,
    );
  }

  /** A neighbour: shows the co-mention sentences of the pair. */
  private pairButton(from: string, n: NeighbourItem): HTMLButtonElement {
    const button = h(
      'button',
      { type: 'button', class: 'link-button', 'aria-label': `${n.label}: show the ${n.weight} co-mention${n.weight === 1 ? '' : 's'}` },
      h('span', { class: `swatch type-${n.type}`, 'aria-hidden': 'true' }),
      n.label,
      h('span', { class: 'weight' }, String(n.weight)),
    );
    // Buttons are rebuilt with the panel, so their listeners go with them: no registry needed.
    button.addEventListener('click', () => this.actions.selectEdge(from, n.id));
    return button;
  }

  /** Documents as buttons that open them in the reader. */
  private docList(docs: DocRef[]): HTMLElement {
    return h('ul', { class: 'docs' }, ...docs.map((doc) => h('li', {}, this.docButton(doc.id, doc.title))));
  }

  private docButton(id: string, title: string, range?: { start: number; end: number }): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'cite-button', 'data-doc': id }, title);
    button.addEventListener('click', () => this.actions.openDocument(id, range));
    return button;
  }

  private evidenceList(items: EvidenceItem[], empty: string): HTMLElement {
    if (items.length === 0) return h('p', { class: 'hint' }, empty);
    return h(
      'ol',
      { class: 'evidence' },
      ...items.map((item) => h('li', {}, h('blockquote', {}, markedText(item.segments)), this.docButton(item.doc.id, item.doc.title, item.range))),
    );
  }

  private nodeButton(n: NeighbourItem): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'link-button' }, h('span', { class: `swatch type-${n.type}`, 'aria-hidden': 'true' }), n.label);
    button.addEventListener('click', () => this.actions.selectNode(n.id));
    return button;
  }
}

function typeBadge(type: string): HTMLElement {
  return h('span', { class: `badge type-${type}` }, h('span', { class: `swatch type-${type}`, 'aria-hidden': 'true' }), type);
}

function section(title: string, ...content: Array<Node | null>): HTMLElement {
  return h('section', {}, h('h3', {}, title), ...content);
}

/**
 * The document reader, over the graph view: a document whole, its entities highlighted (each mention a button that
 * selects the entity in the graph and the details panel, which stay beside it), and its mentions listed by entity.
 * Opened from the details panel (a document, or the source of a sentence), it scrolls to that sentence. Esc or
 * Close returns to the graph. Document text only ever goes in as text nodes (dom.ts), never as HTML.
 */
import type { EntityType, ReaderDocument } from '@entente/core';
import { mentionGroups, readerSegments, TextsUnavailable, type DocumentSource } from '../state/reader.js';
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import { h, replaceChildren } from './dom.js';

export interface ReaderActions {
  /** The source of the graph on screen, asked at each opening (it changes with the graph). */
  source(): DocumentSource;
  node(id: string): { label: string; type: EntityType } | undefined;
  selectNode(id: string): void;
}

export class ReaderView {
  readonly root: HTMLElement;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;
  private request = 0;
  private current: string | null = null;

  constructor(stage: HTMLElement, private readonly actions: ReaderActions, bag: Disposables, registry: ResourceRegistry) {
    this.heading = h('h2', { class: 'reader-title', tabindex: '-1', id: 'reader-title' }, 'Document');
    const close = h('button', { type: 'button', class: 'reader-close', 'aria-label': 'Close the document' }, 'Close');
    this.body = h('div', { class: 'reader-body' });
    this.root = h('section', { class: 'reader', id: 'reader', 'aria-labelledby': 'reader-title', hidden: true }, h('header', { class: 'reader-head' }, this.heading, close), this.body);
    stage.appendChild(this.root);
    bag.listen(registry, close, 'click', () => this.close());
    bag.listen<KeyboardEvent>(registry, this.root, 'keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.close();
      }
    });
  }

  get openDocument(): string | null {
    return this.current;
  }

  /** Open document `id`; `target` is the range to bring into view (a sentence, a mention). */
  async open(id: string, target?: { start: number; end: number }): Promise<void> {
    const mine = ++this.request;
    this.current = id;
    this.root.hidden = false;
    this.heading.textContent = id;
    replaceChildren(this.body, h('p', { class: 'hint', role: 'status' }, 'Loading the document…'));
    this.heading.focus({ preventScroll: true });
    let doc: ReaderDocument;
    try {
      doc = await this.actions.source().document(id);
    } catch (error) {
      if (mine !== this.request) return;
      const message = error instanceof TextsUnavailable ? error.message : `Could not open "${id}": ${(error as Error).message}`;
      replaceChildren(this.body, h('p', { class: 'reader-problem', role: 'status' }, message));
      return;
    }
    if (mine !== this.request) return;
    this.render(doc, target);
  }

  close(): void {
    this.request++;
    this.current = null;
    this.root.hidden = true;
    replaceChildren(this.body);
  }

  private render(doc: ReaderDocument, target?: { start: number; end: number }): void {
    this.heading.textContent = doc.title ?? doc.id;
    const meta = [doc.date, doc.source, ...Object.entries(doc.meta ?? {}).map(([k, v]) => `${k}: ${String(v)}`)].filter((x): x is string => !!x);
    const buttons: HTMLButtonElement[] = [];
    const text = h('div', { class: 'reader-text' });
    let targetEl: HTMLElement | undefined;
    for (const segment of readerSegments(doc, target)) {
      let node: Node;
      if (segment.mention !== undefined) {
        const m = doc.mentions[segment.mention]!;
        const n = this.actions.node(m.entity);
        const button = h('button', { type: 'button', class: `mention${n ? ` type-${n.type}` : ' not-in-graph'}${m.via ? ' via' : ''}`, 'data-entity': m.entity, title: n ? `${n.label} (${n.type})` : 'Not in this graph' }, segment.text);
        if (n) button.addEventListener('click', () => this.actions.selectNode(m.entity));
        else button.disabled = true;
        buttons[segment.mention] = button;
        node = button;
      } else node = document.createTextNode(segment.text);
      if (segment.target) {
        // Consecutive target segments share one <span>, so the sentence is one highlighted run.
        if (!targetEl) text.appendChild((targetEl = h('span', { class: 'reader-target' })));
        targetEl.appendChild(node);
      } else text.appendChild(node);
    }
    const groups = mentionGroups(doc, (id) => this.actions.node(id));
    const list = h(
      'ul',
      { class: 'reader-mentions' },
      ...groups.map((g) => {
        const select = h('button', { type: 'button', class: 'link-button', disabled: !g.inGraph }, h('span', { class: `swatch${g.type ? ` type-${g.type}` : ''}`, 'aria-hidden': 'true' }), g.label, h('span', { class: 'weight' }, String(g.mentions.length)));
        if (g.inGraph) select.addEventListener('click', () => this.actions.selectNode(g.entity));
        let at = -1;
        const next = h('button', { type: 'button', class: 'reader-next', 'aria-label': `Next mention of ${g.label} in the text` }, '↓');
        next.addEventListener('click', () => {
          at = (at + 1) % g.mentions.length;
          const b = buttons[g.mentions[at]!];
          b?.scrollIntoView({ block: 'center' });
          b?.focus({ preventScroll: true });
        });
        return h('li', {}, select, next);
      }),
    );
    replaceChildren(
      this.body,
      meta.length ? h('p', { class: 'reader-meta' }, meta.join(' · ')) : null,
      text,
      h('section', { class: 'reader-side' }, h('h3', {}, `Mentions (${doc.mentions.length}) of ${groups.length} entit${groups.length === 1 ? 'y' : 'ies'}`), list),
    );
    if (targetEl) targetEl.scrollIntoView({ block: 'center' });
    else this.body.scrollTop = 0;
  }
}

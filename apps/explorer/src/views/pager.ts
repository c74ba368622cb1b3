/**
 * Every mention of an entity, or every sentence of a link, a page at a time, in the details panel: the panel shows
 * the first few kept in the graph; this asks the document source (state/reader.ts) for all of them. Each item opens
 * its document in the reader at that sentence. Text goes in as text nodes only (dom.ts).
 */
import type { ReaderHit, ReaderPage } from '@entente/core';
import { segmentEvidence } from '../state/evidence.js';
import { TextsUnavailable } from '../state/reader.js';
import { h, markedText, replaceChildren } from './dom.js';

export const PAGE_SIZE = 10;

export interface PagerOptions {
  title: string;
  /** How many there are, as the graph counts them (shown before the first page arrives). */
  count: number;
  load(offset: number, limit: number): Promise<ReaderPage>;
  openDocument(id: string, range: { start: number; end: number }): void;
}

/** A section that loads its first page when opened (a <details>), then pages on demand. */
export function pagerSection(o: PagerOptions): HTMLElement {
  const list = h('ol', { class: 'evidence pager-list' });
  const status = h('p', { class: 'hint pager-status', role: 'status' });
  const prev = h('button', { type: 'button', class: 'pager-prev' }, 'Previous');
  const next = h('button', { type: 'button', class: 'pager-next' }, 'Next');
  const nav = h('div', { class: 'pager-nav' }, prev, next);
  const summary = h('summary', {}, `${o.title} (${o.count})`);
  const section = h('details', { class: 'pager' }, summary, status, list, nav);
  let offset = 0;
  let request = 0;
  let loaded = false;

  const show = async (at: number): Promise<void> => {
    const mine = ++request;
    status.textContent = 'Loading…';
    prev.disabled = true;
    next.disabled = true;
    try {
      const page = await o.load(at, PAGE_SIZE);
      // An older answer arriving after a newer request is dropped.
      if (mine !== request) return;
      offset = at;
      replaceChildren(list, ...page.items.map((item) => hitItem(item, o.openDocument)));
      list.setAttribute('start', String(at + 1));
      status.textContent = page.total === 0 ? 'None found in the texts.' : `${at + 1}–${at + page.items.length} of ${page.total}`;
      prev.disabled = at === 0;
      next.disabled = at + page.items.length >= page.total;
    } catch (error) {
      if (mine !== request) return;
      replaceChildren(list);
      status.textContent = error instanceof TextsUnavailable ? error.message : `Could not load them: ${(error as Error).message}`;
      nav.hidden = true;
    }
  };
  section.addEventListener('toggle', () => {
    if (section.open && !loaded) {
      loaded = true;
      void show(0);
    }
  });
  prev.addEventListener('click', () => void show(Math.max(0, offset - PAGE_SIZE)));
  next.addEventListener('click', () => void show(offset + PAGE_SIZE));
  return section;
}

function hitItem(item: ReaderHit, open: PagerOptions['openDocument']): HTMLElement {
  const cite = h('button', { type: 'button', class: 'cite-button', 'data-doc': item.doc }, item.title);
  cite.addEventListener('click', () => open(item.doc, item.mention ? { start: item.mention[0], end: item.mention[1] } : { start: item.start, end: item.end }));
  return h('li', {}, h('blockquote', {}, markedText(segmentEvidence(item.text, item.marks))), cite);
}

/** The pager for a selection: every mention of an entity, or every sentence of a link. */
export function allEvidenceSection(
  d: { kind: 'node'; id: string; mentions: number } | { kind: 'edge'; source: { id: string }; target: { id: string }; weight: number },
  source: () => import('../state/reader.js').DocumentSource,
  openDocument: PagerOptions['openDocument'],
): HTMLElement {
  return d.kind === 'node'
    ? pagerSection({ title: 'All mentions', count: d.mentions, load: (o, l) => source().mentions(d.id, o, l), openDocument })
    : pagerSection({ title: 'All sentences', count: d.weight, load: (o, l) => source().link(d.source.id, d.target.id, o, l), openDocument });
}

/**
 * A tiny element builder. Text always goes in as text nodes, attributes through setAttribute: there is no way to pass
 * HTML, so document text from graphs and dropped files cannot become markup.
 */
import type { Segment } from '../state/evidence.js';

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replace all children of `el`. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** Evidence text as text nodes with <mark> around the mentions. */
export function markedText(segments: Segment[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const s of segments) frag.appendChild(s.mark ? h('mark', {}, s.text) : document.createTextNode(s.text));
  return frag;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer: element #${id} is missing from index.html`);
  return el as T;
}

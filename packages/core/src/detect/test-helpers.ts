/** Test helper: run detection over a text with the tiny KB and return mentions as `type:text→entity` strings. */
import { extractDocument } from '../pipeline/extract.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';
import type { ExtractOptions } from '../options.js';
import { analyse } from '../language/analyse.js';
import { createTokenView, type TokenView } from './tokens.js';

export function mentionsOf(text: string, options: Partial<ExtractOptions> = {}): string[] {
  return extractDocument({ id: 't', text }, { kb: tinyKb(), ...options }).mentions.map((m) => `${m.type}:${m.text}→${m.entity}`);
}

/**
 * Test helper: the tokens of `marked` without its brackets, and the token range the brackets enclose
 * ("The [Working Group] met." → the view of "The Working Group met." and the tokens of "Working Group").
 */
export function markedSpan(marked: string): { view: TokenView; first: number; last: number } {
  const text = marked.replace(/[[\]]/g, '');
  const view = createTokenView(analyse(text, { maxChars: 10_000, maxTokenChars: 64 }));
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const first = view.a.start.findIndex((s) => s >= start);
  const last = view.a.end.findIndex((e) => e >= end) + 1;
  return { view, first, last };
}

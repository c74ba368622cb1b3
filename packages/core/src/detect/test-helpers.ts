/** Test helper: run detection over a text with the tiny KB and return mentions as `type:text→entity` strings. */
import { extractDocument } from '../pipeline/extract.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';
import type { ExtractOptions } from '../options.js';

export function mentionsOf(text: string, options: Partial<ExtractOptions> = {}): string[] {
  return extractDocument({ id: 't', text }, { kb: tinyKb(), ...options }).mentions.map((m) => `${m.type}:${m.text}→${m.entity}`);
}

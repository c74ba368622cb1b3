/**
 * Keys and small string helpers of the KB build. The normal forms are the very functions the matcher uses
 * (src/knowledge/normalise.ts), so KB keys and runtime keys cannot drift apart.
 */
import { isAcronymLike, normaliseName } from '../../src/knowledge/normalise.js';

export { isAcronymLike };

/** The key under which the matcher looks a surface form up: exact case for acronyms, normal form otherwise. */
export function surfaceKey(s: string): string {
  return isAcronymLike(s) ? `A:${s.trim()}` : `N:${normaliseName(s)}`;
}

/** A looser key to merge records of the same organisation from two sources. */
export function mergeKey(name: string): string {
  return normaliseName(name)
    .replace(/&/g, ' and ')
    .replace(/[-‐–—/,.()']/g, ' ')
    .replace(/\borganisation\b/g, 'organization')
    .replace(/\bprogramme\b/g, 'program')
    .replace(/\bcentre\b/g, 'center')
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\blabour\b/g, 'labor')
    .replace(/\bco operation\b/g, 'cooperation')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Latin script only: the KB is English, and other scripts in the sources are native names. */
export const LATIN = /^[\p{Script=Latin}\p{M}0-9\s.'’\-–&,()/+!]+$/u;

export function uniqBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const it of items) {
    const k = key(it);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(it);
  }
  return out;
}

/** A source string with white space folded, or undefined for the placeholders the sources use for "none". */
export function clean(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  if (!t || t === 'null' || t.startsWith('[No code')) return undefined;
  return t;
}

/** Code-unit comparison: the order never depends on the locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Letters that NFD does not decompose, spelled as English-language media spell them without diacritics. */
const ASCII_MAP: Record<string, string> = {
  'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th',
  'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ß': 'ss', 'ʻ': "'", 'ʼ': "'", '’': "'",
};

/** The form of a name without diacritics ("Phạm Văn Đồng" → "Pham Van Dong", "Støre" → "Store"). */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐøØłŁıðÐþÞæÆœŒßʻʼ’]/g, (c) => ASCII_MAP[c] ?? c)
    .normalize('NFC');
}

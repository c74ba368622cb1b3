/**
 * String order by UTF-16 code units: the same on every machine and locale (unlike `localeCompare`), which sorted
 * output that must be byte-identical needs.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

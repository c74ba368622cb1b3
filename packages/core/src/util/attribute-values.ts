/**
 * Reading attribute values of graphs that come from files and other tools, where lists and numbers may arrive as text.
 * Queries (core) and the explorer read them the same way, so a file shows the same values in both.
 */

/**
 * A list attribute: an array (strings, and numbers as text), a JSON array in a string (GEXF/GraphML attributes), or
 * `a|b` text (how Entente's and Gephi's writers join lists).
 */
export function readList(value: unknown): string[] {
  if (Array.isArray(value)) return listItems(value);
  if (typeof value !== 'string' || value === '') return [];
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return listItems(parsed);
    } catch {
      // Not JSON after all: fall through to the plain split.
    }
  }
  return value.split('|').map((s) => s.trim()).filter(Boolean);
}

function listItems(values: unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number' && Number.isFinite(v)) out.push(String(v));
  }
  return out;
}

/** A number attribute, or `fallback` when it is missing, empty or not a finite number (`null` is missing, not 0). */
export function readNumber(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : fallback;
}

/** The record persons.json holds, and the field rules its readers (CSV, curated table) and its check share. */
import type { PersonRecord as KbPersonRecord } from '../../src/knowledge/kb-types.js';

/** The shape persons.json has for the KB (kb-types.ts), with roles always written by this generator. */
export type PersonRecord = KbPersonRecord & { roles: string[] };

/** A Wikidata item id. */
export const QID = /^Q[1-9]\d*$/;

/**
 * White space folded; undefined when nothing is left. Not keys.ts `clean`, which also takes "null" and "[No code…]"
 * (placeholders of the organisation and state sources) for nothing.
 */
export function cleanField(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}
